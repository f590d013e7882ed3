package encoding_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
	"github.com/diplograph/diplograph/graph/encoding"
	"github.com/diplograph/diplograph/graph/encoding/csv"
	"github.com/diplograph/diplograph/graph/encoding/gexf"
	"github.com/diplograph/diplograph/graph/encoding/graphml"
	"github.com/diplograph/diplograph/graph/encoding/internal/enctest"
	"github.com/diplograph/diplograph/graph/encoding/nodelink"
	"github.com/diplograph/diplograph/internal/graphtest"
)

// simpleFormats are the encoders, each writing g in simple mode or not.
var simpleFormats = []struct {
	name   string
	xml    bool
	encode func(g *graph.Graph, simple bool) ([]byte, error)
}{
	{"nodelink", false, func(g *graph.Graph, simple bool) ([]byte, error) {
		var b bytes.Buffer
		enc := nodelink.NewEncoder(&b)
		enc.Simple = simple
		err := enc.Encode(g)
		return b.Bytes(), err
	}},
	{"graphml", true, func(g *graph.Graph, simple bool) ([]byte, error) {
		var b bytes.Buffer
		enc := graphml.NewEncoder(&b)
		enc.Simple = simple
		err := enc.Encode(g)
		return b.Bytes(), err
	}},
	{"gexf", true, func(g *graph.Graph, simple bool) ([]byte, error) {
		var b bytes.Buffer
		enc := gexf.NewEncoder(&b)
		enc.Simple = simple
		err := enc.Encode(g)
		return b.Bytes(), err
	}},
	{"csv", false, func(g *graph.Graph, simple bool) ([]byte, error) {
		var nodes, edges bytes.Buffer
		enc := csv.NewEncoder(&nodes, &edges)
		enc.Simple = simple
		err := enc.Encode(g)
		return append(nodes.Bytes(), edges.Bytes()...), err
	}},
}

// costWritten reports whether out declares or holds the cost attribute.
func costWritten(out []byte) bool {
	for _, s := range []string{`"cost"`, `attr.name="cost"`, `title="cost"`, ",cost,"} {
		if bytes.Contains(out, []byte(s)) {
			return true
		}
	}
	return false
}

func build(t *testing.T, rels ...graph.Relation) *graph.Graph {
	t.Helper()
	b := graph.NewBuilder()
	b.Add(actors.NewState("RUS", "Russia"), actors.NewState("UKR", "Ukraine"))
	for _, r := range rels {
		b.AddRelation(r)
	}
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestSimpleMode checks every encoder's Simple setting: a simple graph is
// written with a cost beside each weight; a graph with parallel or
// symmetric relations, or a weight without a finite cost, is refused with
// an *encoding.Error naming the relation, and nothing is written. Without
// Simple every graph is written, without a cost.
func TestSimpleMode(t *testing.T) {
	p := analysis.Project(graphtest.Rich(), analysis.ProjectOptions{})
	simple, err := p.Simple()
	if err != nil {
		t.Fatal(err)
	}
	phoned := graph.NewRelation("RUS", "UKR", graph.Phoned)
	tests := []struct {
		name string
		g    *graph.Graph
		err  error  // from simple mode
		item string // of the error
		key  string
	}{
		{"projection", simple, nil, "", ""},
		{"one directed relation", build(t, phoned), nil, "", ""},
		{"both ways", build(t, phoned, graph.NewRelation("UKR", "RUS", graph.Sanctions)), nil, "", ""},
		{"rich multigraph", graphtest.Rich(), encoding.ErrNotSimple, "", ""},
		{"parallel", build(t, phoned, graph.NewRelation("RUS", "UKR", graph.Sanctions)), encoding.ErrNotSimple, `edge "RUS-sanctions-UKR"`, ""},
		{"symmetric", build(t, graph.NewRelation("RUS", "UKR", graph.Met)), encoding.ErrNotSimple, `edge "RUS-met-UKR"`, "kind"},
		{"no finite cost", build(t, graph.Relation{From: "RUS", To: "UKR", Kind: graph.Phoned, Weight: 5e-324}), encoding.ErrBadValue, `edge "RUS-phoned-UKR"`, "weight"},
	}
	for _, f := range simpleFormats {
		for _, tt := range tests {
			t.Run(f.name+"/"+tt.name, func(t *testing.T) {
				out, err := f.encode(tt.g, true)
				var ee *encoding.Error
				switch {
				case tt.err == nil && err != nil:
					t.Fatalf("simple mode: %v", err)
				case tt.err == nil && !costWritten(out):
					t.Errorf("simple mode wrote no cost:\n%s", out)
				case tt.err != nil && (!errors.Is(err, tt.err) || !errors.As(err, &ee)):
					t.Fatalf("simple mode = %v, want an *encoding.Error wrapping %v", err, tt.err)
				case tt.err != nil && (tt.item != "" && ee.Item != tt.item || ee.Key != tt.key || len(out) > 0):
					t.Errorf("simple mode = %q (item %q, key %q) and %d bytes written; want item %q, key %q, nothing written", err, ee.Item, ee.Key, len(out), tt.item, tt.key)
				}
				out, err = f.encode(tt.g, false)
				if err != nil || costWritten(out) {
					t.Errorf("multigraph mode: %v, cost written %v", err, costWritten(out))
				}
			})
		}
	}
}

// TestSimpleCostValues checks the cost each format writes: 1/weight, as
// the shortest text that reads back to the same float.
func TestSimpleCostValues(t *testing.T) {
	g := build(t, graph.Relation{From: "RUS", To: "UKR", Kind: graph.Phoned, Weight: 3},
		graph.Relation{From: "UKR", To: "RUS", Kind: graph.Phoned, Weight: 0.25})
	for _, f := range simpleFormats {
		t.Run(f.name, func(t *testing.T) {
			out, err := f.encode(g, true)
			if err != nil {
				t.Fatal(err)
			}
			cost4 := map[string]string{"nodelink": "\"cost\": 4\n", "graphml": `>4</data>`, "gexf": `value="4"/>`, "csv": `,0.25,4,`}[f.name]
			for _, want := range []string{"0.3333333333333333", cost4} {
				if !bytes.Contains(out, []byte(want)) {
					t.Errorf("%s missing:\n%s", want, out)
				}
			}
		})
	}
	var b bytes.Buffer
	enc := nodelink.NewEncoder(&b)
	enc.Simple = true
	if err := enc.Encode(g); err != nil {
		t.Fatal(err)
	}
	if s := b.String(); !strings.Contains(s, `"multigraph": false`) || strings.Contains(s, `"key"`) || !strings.Contains(s, `"id": "RUS-phoned-UKR"`) {
		t.Errorf("simple node-link: want multigraph false, no key, an id:\n%s", s)
	}
}

// FuzzSimple puts text in every text field of a graph, id in every ID and
// weight on a relation, projects it and writes the projection's graph in
// simple mode in every format: it must be written, with the edge's cost,
// unless its text cannot be carried or the cost is not finite.
func FuzzSimple(f *testing.F) {
	for _, s := range enctest.Tricky {
		f.Add(s, "a", 1.0)
	}
	f.Add("x", "Ā.b-c_d", 0.125)
	f.Add("x", "日本", 1e300)
	f.Add("x", "a", 5e-324)
	f.Fuzz(func(t *testing.T, text, id string, weight float64) {
		g, err := enctest.Graph(text, id, weight)
		if err != nil {
			return // not a graph: a bad ID or weight
		}
		s, err := analysis.Project(g, analysis.ProjectOptions{Weighting: analysis.WeightByRelation}).Simple()
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range simpleFormats {
			out, err := f.encode(s, true)
			if err == nil {
				if !costWritten(out) {
					t.Fatalf("%s: no cost written", f.name)
				}
				continue
			}
			var ee *encoding.Error
			ok := errors.As(err, &ee) && (!utf8.ValidString(text) && errors.Is(err, encoding.ErrNotUTF8) ||
				f.xml && errors.Is(err, encoding.ErrNotXML) || errors.Is(err, encoding.ErrBadValue) && ee.Key == "weight")
			if !ok {
				t.Fatalf("%s: Encode in simple mode = %v", f.name, err)
			}
		}
	})
}
