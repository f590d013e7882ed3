package encoding_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/diplograph/diplograph/graph/analysis"
	"github.com/diplograph/diplograph/graph/encoding/gexf"
	"github.com/diplograph/diplograph/graph/encoding/graphml"
	"github.com/diplograph/diplograph/graph/encoding/nodelink"
	"github.com/diplograph/diplograph/internal/graphtest"
)

// needNetworkX returns the python3 to run, or skips (fails under CI=true)
// when python3 or NetworkX is missing.
func needNetworkX(t *testing.T) string {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err == nil {
		err = exec.Command(py, "-c", "import networkx").Run()
	}
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("python3 with networkx is required under CI: %v", err)
		}
		t.Skipf("skipping: needs python3 with networkx (%v)", err)
	}
	return py
}

type nxGraph struct {
	Directed   bool                                  `json:"directed"`
	Multigraph bool                                  `json:"multigraph"`
	Nodes      int                                   `json:"nodes"`
	Edges      int                                   `json:"edges"`
	Graph      map[string]any                        `json:"graph"`
	NodeAttrs  map[string]map[string]any             `json:"node_attrs"`
	EdgeAttrs  map[string]map[string]json.RawMessage `json:"edge_attrs"`
}

// TestNetworkX writes every export of the rich fixture and reads each back
// with NetworkX: counts, directions, keys and attributes must survive,
// symmetric relations must say so. It also writes the fixture's projection
// in simple mode, which NetworkX must read as a DiGraph with the
// projection's edges, weights and costs 1/weight.
func TestNetworkX(t *testing.T) {
	py := needNetworkX(t)
	g := graphtest.Rich()
	p := analysis.Project(g, analysis.ProjectOptions{Weighting: analysis.WeightByRelation})
	s, err := p.Simple()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	write := func(name string, fn func(*bytes.Buffer) error) {
		var buf bytes.Buffer
		if err := fn(&buf); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("graph.json", func(b *bytes.Buffer) error { return nodelink.NewEncoder(b).Encode(g) })
	write("graph.graphml", func(b *bytes.Buffer) error { return graphml.NewEncoder(b).Encode(g) })
	write("graph.gexf", func(b *bytes.Buffer) error { return gexf.NewEncoder(b).Encode(g) })
	write("simple.json", func(b *bytes.Buffer) error {
		enc := nodelink.NewEncoder(b)
		enc.Simple = true
		return enc.Encode(s)
	})
	write("simple.graphml", func(b *bytes.Buffer) error {
		enc := graphml.NewEncoder(b)
		enc.Simple = true
		return enc.Encode(s)
	})
	write("simple.gexf", func(b *bytes.Buffer) error {
		enc := gexf.NewEncoder(b)
		enc.Simple = true
		return enc.Encode(s)
	})
	out, err := exec.Command(py, filepath.Join("testdata", "check_networkx.py"), dir).Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			t.Fatalf("check_networkx.py: %v\n%s", err, ee.Stderr)
		}
		t.Fatal(err)
	}
	var res map[string]json.RawMessage
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, format := range []string{"nodelink", "graphml", "gexf"} {
		t.Run(format, func(t *testing.T) {
			var got nxGraph
			if err := json.Unmarshal(res[format], &got); err != nil {
				t.Fatal(err)
			}
			if !got.Directed || !got.Multigraph || got.Nodes != g.NumActors() || got.Edges != g.NumRelations() {
				t.Fatalf("NetworkX sees directed=%v multigraph=%v %d nodes %d edges; want a directed multigraph of %d and %d",
					got.Directed, got.Multigraph, got.Nodes, got.Edges, g.NumActors(), g.NumRelations())
			}
			for a := range g.Actors() {
				na, ok := got.NodeAttrs[a.ID]
				if !ok {
					t.Errorf("node %q missing", a.ID)
					continue
				}
				name := na["name"]
				if format == "gexf" {
					name = na["label"]
				}
				if name != a.Name {
					t.Errorf("node %q name = %v, want %q", a.ID, name, a.Name)
				}
				if a.Kind.String() != "unknown" && na["kind"] != a.Kind.String() {
					t.Errorf("node %q kind = %v", a.ID, na["kind"])
				}
				for k, v := range a.Attrs {
					key := "attr." + k
					if format == "nodelink" {
						if m, _ := na["attrs"].(map[string]any); m[k] != v {
							t.Errorf("node %q attrs[%s] = %v", a.ID, k, m[k])
						}
					} else if na[key] != v {
						t.Errorf("node %q %s = %v, want %q", a.ID, key, na[key], v)
					}
				}
			}
			for r := range g.Relations() {
				ea, ok := got.EdgeAttrs[r.ID]
				if !ok {
					t.Errorf("edge %q missing (have %d edges)", r.ID, len(got.EdgeAttrs))
					continue
				}
				var src, dst, kind string
				var weight float64
				_ = json.Unmarshal(ea["_source"], &src)
				_ = json.Unmarshal(ea["_target"], &dst)
				_ = json.Unmarshal(ea["kind"], &kind)
				_ = json.Unmarshal(ea["weight"], &weight)
				if src != r.From || dst != r.To || kind != r.Kind || weight != r.Weight {
					t.Errorf("edge %q = %s -%s-> %s weight %v; want %s -%s-> %s weight %v", r.ID, src, kind, dst, weight, r.From, r.Kind, r.To, r.Weight)
				}
				if len(r.Evidence) > 0 && format != "nodelink" {
					var quote string
					_ = json.Unmarshal(ea["quote"], &quote)
					if quote != r.Evidence[0].Quote {
						t.Errorf("edge %q quote = %q", r.ID, quote)
					}
				}
				if len(r.Evidence) > 0 && format == "nodelink" {
					var ev []map[string]string
					_ = json.Unmarshal(ea["evidence"], &ev)
					if len(ev) != len(r.Evidence) || ev[0]["quote"] != r.Evidence[0].Quote {
						t.Errorf("edge %q evidence = %v", r.ID, ev)
					}
				}
				var symmetric bool
				k, _ := g.Kind(r.Kind)
				if err := json.Unmarshal(ea["symmetric"], &symmetric); err != nil || symmetric != k.Symmetric {
					t.Errorf("edge %q symmetric = %s, want %v (kind %s)", r.ID, ea["symmetric"], k.Symmetric, r.Kind)
				}
				if format == "gexf" && !r.When.IsZero() && len(ea["spells"]) == 0 {
					t.Errorf("edge %q has no spells in GEXF", r.ID)
				}
			}
		})
	}

	symmetric := 0
	for r := range g.Relations() {
		if k, _ := g.Kind(r.Kind); k.Symmetric {
			symmetric++
		}
	}
	if symmetric == 0 {
		t.Error("the fixture has no symmetric relation: the symmetric attribute is not tested")
	}
	for _, format := range []string{"simple_nodelink", "simple_graphml", "simple_gexf"} {
		t.Run(format, func(t *testing.T) { checkSimple(t, p, res[format]) })
	}
}

// checkSimple checks what NetworkX read from a simple-mode export of p's
// graph: a DiGraph with p's actors and edges, each with p's weight, cost
// 1/weight and kind tie.
func checkSimple(t *testing.T, p *analysis.Projection, raw json.RawMessage) {
	t.Helper()
	var got nxGraph
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatal(err)
	}
	if !got.Directed || got.Multigraph || got.Nodes != p.Len() || got.Edges != p.NumEdges() {
		t.Fatalf("NetworkX sees directed=%v multigraph=%v %d nodes %d edges; want a DiGraph of %d and %d",
			got.Directed, got.Multigraph, got.Nodes, got.Edges, p.Len(), p.NumEdges())
	}
	edges := map[[2]string]map[string]json.RawMessage{}
	for _, ea := range got.EdgeAttrs {
		var src, dst string
		_ = json.Unmarshal(ea["_source"], &src)
		_ = json.Unmarshal(ea["_target"], &dst)
		edges[[2]string{src, dst}] = ea
	}
	n := 0
	for node := range int64(p.Len()) {
		u := p.ActorID(node)
		for v, w := range p.Successors(u) {
			n++
			ea, ok := edges[[2]string{u, v}]
			if !ok {
				t.Errorf("edge %s -> %s missing", u, v)
				continue
			}
			var weight, cost float64
			var kind string
			if json.Unmarshal(ea["weight"], &weight) != nil || json.Unmarshal(ea["cost"], &cost) != nil || json.Unmarshal(ea["kind"], &kind) != nil ||
				weight != w || cost != 1/w || kind != analysis.TieKind {
				t.Errorf("edge %s -> %s: weight %s cost %s kind %s; want %v, %v, %s", u, v, ea["weight"], ea["cost"], ea["kind"], w, 1/w, analysis.TieKind)
			}
		}
	}
	if n == 0 {
		t.Error("the projection has no edges")
	}
}
