package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportProjected exports the example's projection in every format
// that reads back, under a non-default weighting and a view, and ranks the
// file read back: with --weight relation (each tie weighs its own weight)
// every measure gives what it gives on the example itself.
func TestExportProjected(t *testing.T) {
	dir := t.TempDir()
	view := []string{"--weight", "goldstein", "--sign", "-"}
	for _, f := range []struct{ format, file string }{
		{"nodelink", "p.json"}, {"graphml", "p.graphml"}, {"yaml", "p.yaml"}, {"json", "p.scenario.json"},
	} {
		t.Run(f.format, func(t *testing.T) {
			path := filepath.Join(dir, f.file)
			args := append([]string{"export", example, "--projected", "--format", f.format, "-o", path}, view...)
			if code, _, errs := runCmd(t, "", args...); code != exitOK {
				t.Fatalf("export: exit %d: %s", code, errs)
			}
			for _, by := range []string{"pagerank", "closeness", "degree"} {
				for _, weighted := range []string{"--weighted", "--weighted=false"} {
					_, want, _ := runCmd(t, "", append([]string{"rank", example, "--by", by, weighted, "--json"}, view...)...)
					code, got, errs := runCmd(t, "", "rank", path, "--by", by, weighted, "--weight", "relation", "--json")
					if code != exitOK || got != want || len(want) < 100 {
						t.Errorf("rank --by %s %s on the export: exit %d %s\n%s\nwant\n%s", by, weighted, code, errs, got, want)
					}
				}
			}
		})
	}
	// A node-link projection is a simple graph with weights and costs, and
	// every actor of the view.
	data, err := os.ReadFile(filepath.Join(dir, "p.json"))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Multigraph bool              `json:"multigraph"`
		Nodes      []json.RawMessage `json:"nodes"`
		Edges      []struct {
			Kind   string  `json:"kind"`
			Sign   int     `json:"sign"`
			Weight float64 `json:"weight"`
			Cost   float64 `json:"cost"`
		} `json:"edges"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Multigraph || len(doc.Nodes) != 33 || len(doc.Edges) == 0 {
		t.Fatalf("multigraph %v, %d nodes, %d edges; want a simple graph of the 33 actors", doc.Multigraph, len(doc.Nodes), len(doc.Edges))
	}
	for _, e := range doc.Edges {
		if e.Kind != "tie" || e.Sign != -1 || e.Weight <= 0 || e.Cost != 1/e.Weight {
			t.Errorf("edge %+v: want a hostile tie with cost 1/weight", e)
		}
	}
	// CSV and GEXF carry the cost too; DOT draws the ties.
	if code, _, errs := runCmd(t, "", "export", example, "--projected", "--format", "csv", "-o", filepath.Join(dir, "p")); code != exitOK {
		t.Fatalf("csv: %s", errs)
	}
	if edges, err := os.ReadFile(filepath.Join(dir, "p.edges.csv")); err != nil || !strings.HasPrefix(string(edges), "source,target,id,kind,sign,symmetric,nature,since,until,weight,cost,") {
		t.Errorf("p.edges.csv: %v\n%.200s", err, edges)
	}
	for _, format := range []string{"gexf", "dot"} {
		code, out, errs := runCmd(t, "", "export", example, "--projected", "--format", format)
		if code != exitOK || !strings.Contains(out, "tie") {
			t.Errorf("%s: exit %d %s\n%.300s", format, code, errs, out)
		}
	}
}

// TestExportSymmetric checks that the multigraph export marks every
// relation of a symmetric kind, and only those.
func TestExportSymmetric(t *testing.T) {
	code, out, errs := runCmd(t, "", "export", example, "--format", "nodelink")
	if code != exitOK {
		t.Fatal(errs)
	}
	var doc struct {
		Edges []struct {
			Kind      string `json:"kind"`
			Symmetric *bool  `json:"symmetric"`
		} `json:"edges"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	symmetric := map[string]bool{"met": true, "negotiated": true, "agreed": true, "cooperated": true, "consulted": true, "agreed-to-meet": true, "allied-with": true}
	n := 0
	for _, e := range doc.Edges {
		if e.Symmetric == nil || *e.Symmetric != symmetric[e.Kind] {
			t.Errorf("%s edge: symmetric %v", e.Kind, e.Symmetric)
		}
		if symmetric[e.Kind] {
			n++
		}
	}
	if n == 0 {
		t.Error("the example has no symmetric relation: nothing tested")
	}
}

func TestExportProjectedUsage(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		stderr string
	}{
		{"weight without projected", []string{"export", example, "--format", "nodelink", "--weight", "goldstein"}, "give --projected"},
		{"bad weight", []string{"export", example, "--format", "nodelink", "--projected", "--weight", "heavy"}, "count, relation, goldstein or evidence"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := runCmd(t, "", tt.args...)
			if code != exitUsage || !strings.Contains(errs, tt.stderr) {
				t.Errorf("exit %d, stderr %s; want exit %d and %q", code, errs, exitUsage, tt.stderr)
			}
		})
	}
}
