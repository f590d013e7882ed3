package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeLargeScenario writes a seeded scenario of n actors and m relations,
// most of them from a few active actors, on which rank --by closeness
// takes seconds.
func writeLargeScenario(t *testing.T, n, m int) string {
	t.Helper()
	type actor struct {
		ID   string `json:"id"`
		Name string `json:"name"`
		Kind string `json:"kind"`
	}
	type relation struct {
		From string `json:"from"`
		To   string `json:"to"`
		Kind string `json:"kind"`
	}
	doc := struct {
		Title     string     `json:"title"`
		Actors    []actor    `json:"actors"`
		Relations []relation `json:"relations"`
	}{Title: "generated"}
	id := func(i int) string { return fmt.Sprintf("a%05d", i) }
	for i := range n {
		doc.Actors = append(doc.Actors, actor{id(i), fmt.Sprintf("Actor %d", i), "state"})
	}
	rng := rand.New(rand.NewPCG(1, 2))
	kinds := []string{"phoned", "backs", "met", "sanctions", "condemned"}
	for range m {
		u, v := int(float64(n)*rng.Float64()*rng.Float64()), rng.IntN(n)
		if u == v {
			v = (v + 1) % n
		}
		doc.Relations = append(doc.Relations, relation{id(u), id(v), kinds[rng.IntN(len(kinds))]})
	}
	data, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "large.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestCancelledRun checks that work stopped by a cancelled context ends
// with status 1 and "interrupted", not with the context's error text.
func TestCancelledRun(t *testing.T) {
	file := writeLargeScenario(t, 2000, 8000)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, args := range [][]string{
		{"rank", file, "--by", "closeness"},
		{"rank", file, "--by", "betweenness", "--weighted"},
		{"path", file, "a00001", "a01999", "--k", "50"},
		{"communities", file, "--signed"},
		{"balance", file},
	} {
		t.Run(args[0]+" "+strings.Join(args[2:], " "), func(t *testing.T) {
			var out, errb strings.Builder
			code := run(ctx, args, strings.NewReader(""), &out, &errb)
			if code != exitFail || !strings.Contains(errb.String(), "interrupted") || strings.Contains(errb.String(), "context canceled") {
				t.Errorf("exit %d, stderr %q; want exit 1 and interrupted", code, errb.String())
			}
		})
	}
}
