package gen_test

import (
	"bytes"
	"crypto/sha256"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/diplograph/diplograph/bench/internal/gen"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/scenario"
)

func TestDeterministic(t *testing.T) {
	s, _ := gen.SizeNamed("S")
	tests := []struct {
		name       string
		seedA      uint64
		seedB      uint64
		wantEquals bool
	}{
		{"same seed, same bytes", 1, 1, true},
		{"other seed, other bytes", 1, 2, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var a, b bytes.Buffer
			if err := gen.Write(&a, s, tt.seedA); err != nil {
				t.Fatal(err)
			}
			if err := gen.Write(&b, s, tt.seedB); err != nil {
				t.Fatal(err)
			}
			if got := sha256.Sum256(a.Bytes()) == sha256.Sum256(b.Bytes()); got != tt.wantEquals {
				t.Errorf("equal = %v, want %v", got, tt.wantEquals)
			}
		})
	}
}

func TestSizeNamed(t *testing.T) {
	tests := []struct {
		name         string
		actors, rels int
		wantErr      bool
	}{
		{"S", 1_000, 20_000, false},
		{"m", 10_000, 500_000, false},
		{"L", 50_000, 5_000_000, false},
		{"XL", 0, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := gen.SizeNamed(tt.name)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error %v", err, tt.wantErr)
			}
			if s.Actors != tt.actors || s.Relations != tt.rels {
				t.Errorf("size %+v, want %d actors, %d relations", s, tt.actors, tt.rels)
			}
		})
	}
}

// TestShape loads the S scenario as a user would and checks the shape the
// benchmark asks for.
func TestShape(t *testing.T) {
	s, _ := gen.SizeNamed("S")
	path := filepath.Join(t.TempDir(), "s.json")
	var buf bytes.Buffer
	if err := gen.Write(&buf, s, 1); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	g, err := scenario.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if g.NumActors() != s.Actors || g.NumRelations() != s.Relations {
		t.Fatalf("%d actors, %d relations; want %d, %d", g.NumActors(), g.NumRelations(), s.Actors, s.Relations)
	}
	var quoted, cited, months, weighted, counted, reported, ranged int
	activity := map[string]int{}
	kinds := map[string]bool{}
	for r := range g.Relations() {
		kinds[r.Kind] = true
		activity[r.From]++
		if len(r.Evidence) > 0 {
			cited++
			if r.Evidence[0].Quote != "" {
				quoted++
			}
		}
		if r.When.Since.Precision() == date.Month {
			months++
		}
		if !r.When.Until.IsZero() {
			ranged++
		}
		if r.Weight != 1 {
			weighted++
		}
		if r.Count > 1 {
			counted++
		}
		if r.ReportedBy != "" {
			reported++
		}
	}
	symmetric, directed := 0, 0
	for k := range kinds {
		kind, _ := g.Kind(k)
		if kind.Symmetric {
			symmetric++
		} else {
			directed++
		}
	}
	n := float64(s.Relations)
	frac := func(name string, got int, lo, hi float64) {
		t.Helper()
		if f := float64(got) / n; f < lo || f > hi {
			t.Errorf("%s: %.3f of relations, want %.2f-%.2f", name, f, lo, hi)
		}
	}
	frac("cited", cited, 0.27, 0.33)
	frac("quoted", quoted, 0.17, 0.23)
	frac("dated to a month", months, 0.08, 0.12)
	frac("weight other than 1", weighted, 0.10, 0.15)
	frac("count above 1", counted, 0.08, 0.12)
	frac("reported by someone", reported, 0.04, 0.06)
	if ranged == 0 {
		t.Error("no relation has an until date")
	}
	if len(kinds) != 20 || len(g.CustomKinds()) != 4 || symmetric < 5 || directed < 5 {
		t.Errorf("%d kinds (%d custom), %d symmetric, %d directed; want 20 (4 custom), both sorts", len(kinds), len(g.CustomKinds()), symmetric, directed)
	}
	// Power-law activity: the busiest 1% of actors start far more than 1%
	// of the relations, and the median actor few.
	counts := make([]int, 0, len(activity))
	for _, c := range activity {
		counts = append(counts, c)
	}
	slices.Sort(counts)
	slices.Reverse(counts)
	top := 0
	for _, c := range counts[:s.Actors/100] {
		top += c
	}
	if f := float64(top) / n; f < 0.15 {
		t.Errorf("the busiest 1%% of actors start %.3f of relations, want a power law (> 0.15)", f)
	}
	if med := counts[len(counts)/2]; med > int(n/float64(s.Actors)) {
		t.Errorf("median actor starts %d relations, want fewer than the mean %v", med, n/float64(s.Actors))
	}
	if _, ok := g.Kind(graph.Met); !ok {
		t.Error("built-in kind met missing")
	}
}
