package analysis_test

import (
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
)

// TestProjectionByID checks the actor-ID methods of the projection against
// its gonum interface and against the relations of the graph.
func TestProjectionByID(t *testing.T) {
	for _, tg := range testGraphs() {
		t.Run(tg.name, func(t *testing.T) {
			p := analysis.Project(tg.g, analysis.ProjectOptions{})
			un := p.Undirected()
			edges, pairs := 0, 0
			for node := range int64(p.Len()) {
				u := p.ActorID(node)
				if back, ok := p.NodeID(u); !ok || back != node {
					t.Fatalf("NodeID(ActorID(%d)) = %d, %v", node, back, ok)
				}
				if a := tg.g.ActorAt(int(node)); a.ID != u {
					t.Fatalf("node %d is %s, the graph's actor %d is %s", node, u, node, a.ID)
				}
				var succ []int64
				for v, w := range p.Successors(u) {
					edges++
					vn, _ := p.NodeID(v)
					succ = append(succ, vn)
					if gw, ok := p.Weight(node, vn); !ok || gw != w {
						t.Errorf("%s->%s: Successors weight %v, gonum Weight %v %v", u, v, w, gw, ok)
					}
					if ew, ok := p.EdgeWeight(u, v); !ok || ew != w {
						t.Errorf("%s->%s: EdgeWeight %v %v, want %v", u, v, ew, ok, w)
					}
					// The weight is the number of relations on the edge.
					n := 0
					for r := range p.EdgeRelations(u, v) {
						n++
						k, _ := tg.g.Kind(r.Kind)
						if !(r.From == u && r.To == v || k.Symmetric && r.From == v && r.To == u) {
							t.Errorf("%s->%s holds relation %s %s->%s", u, v, r.Kind, r.From, r.To)
						}
					}
					if float64(n) != w {
						t.Errorf("%s->%s: %d relations, weight %v", u, v, n, w)
					}
				}
				if want := gonumIDs(p.From(node)); !slices.Equal(succ, want) {
					t.Errorf("%s: Successors %v, gonum From %v", u, succ, want)
				}
				var pred []int64
				for v, w := range p.Predecessors(u) {
					vn, _ := p.NodeID(v)
					pred = append(pred, vn)
					if ew, _ := p.EdgeWeight(v, u); ew != w {
						t.Errorf("%s<-%s: Predecessors weight %v, EdgeWeight %v", u, v, w, ew)
					}
				}
				if want := gonumIDs(p.To(node)); !slices.Equal(pred, want) {
					t.Errorf("%s: Predecessors %v, gonum To %v", u, pred, want)
				}
				for v, w := range un.Neighbors(u) {
					pairs++
					if ew, ok := un.EdgeWeight(v, u); !ok || ew != w {
						t.Errorf("{%s, %s}: EdgeWeight %v %v, want %v", u, v, ew, ok, w)
					}
					// Each relation between the two counts once.
					var ids, want []string
					for r := range un.EdgeRelations(u, v) {
						ids = append(ids, r.ID)
					}
					for r := range tg.g.Between(u, v) {
						want = append(want, r.ID)
					}
					if !slices.Equal(ids, want) || float64(len(ids)) != w {
						t.Errorf("{%s, %s}: relations %v (weight %v), the graph has %v", u, v, ids, w, want)
					}
				}
			}
			if edges != p.NumEdges() || pairs != 2*un.NumEdges() {
				t.Errorf("%d edges, %d pair ends; NumEdges %d, %d", edges, pairs, p.NumEdges(), un.NumEdges())
			}
		})
	}
}

func TestProjectionUnknownActors(t *testing.T) {
	p := analysis.Project(disconnected(), analysis.ProjectOptions{})
	if _, ok := p.NodeID("nobody"); ok {
		t.Error("NodeID of an unknown actor")
	}
	for _, n := range []int64{-1, int64(p.Len())} {
		if id := p.ActorID(n); id != "" {
			t.Errorf("ActorID(%d) = %q", n, id)
		}
	}
	if _, ok := p.EdgeWeight("A", "nobody"); ok {
		t.Error("EdgeWeight to an unknown actor")
	}
	if _, ok := p.EdgeWeight("A", "F"); ok {
		t.Error("EdgeWeight of a missing edge")
	}
	if _, ok := p.Undirected().EdgeWeight("nobody", "A"); ok {
		t.Error("undirected EdgeWeight of an unknown actor")
	}
	for range p.Successors("nobody") {
		t.Error("successors of an unknown actor")
	}
	for range p.Undirected().Neighbors("nobody") {
		t.Error("neighbours of an unknown actor")
	}
	for range p.EdgeRelations("A", "F") {
		t.Error("relations of a missing edge")
	}
	for range p.Undirected().EdgeRelations("A", "nobody") {
		t.Error("relations with an unknown actor")
	}
	// Iteration stops when asked.
	n := 0
	for range p.Successors("A") {
		n++
		break
	}
	if n != 1 {
		t.Errorf("%d successors after break", n)
	}
}

// weightedGraph has three relations from A to B (one cited twice, one of
// weight 4), an aggregate of six condemnations from B to C (Count 6) and a withdrew-for (no Goldstein
// value) from C to A.
func weightedGraph() *graph.Graph {
	b := graph.NewBuilder()
	b.AddSource(graph.Source{ID: "s", Title: "source"})
	for _, id := range []string{"A", "B", "C"} {
		b.Add(actors.Actor{ID: id, Name: "Actor " + id})
	}
	cite := graph.Evidence{Source: "s", Quote: "q"}
	b.AddRelation(graph.Relation{From: "A", To: "B", Kind: graph.Phoned, Evidence: []graph.Evidence{cite, cite}})
	b.AddRelation(graph.Relation{From: "A", To: "B", Kind: graph.Backs, Weight: 4})
	b.AddRelation(graph.Relation{From: "A", To: "B", Kind: graph.Sanctions})
	b.AddRelation(graph.Relation{From: "B", To: "C", Kind: graph.Condemned, Count: 6})
	b.AddRelation(graph.Relation{From: "C", To: "A", Kind: graph.WithdrewFor})
	g, err := b.Build()
	if err != nil {
		panic(err)
	}
	return g
}

func TestWeightings(t *testing.T) {
	g := weightedGraph()
	goldstein := func(kind string) float64 { k, _ := g.Kind(kind); return math.Abs(k.Goldstein) }
	cases := []struct {
		o          analysis.ProjectOptions
		ab, bc, ca float64 // 0: no edge
	}{
		{analysis.ProjectOptions{}, 3, 6, 1},
		{analysis.ProjectOptions{Weighting: analysis.WeightByRelation}, 1 + 4 + 1, 1, 1},
		{analysis.ProjectOptions{Weighting: analysis.WeightByEvidence}, 2 + 1 + 1, 1, 1},
		{analysis.ProjectOptions{Weighting: analysis.WeightByGoldstein},
			goldstein(graph.Phoned) + goldstein(graph.Backs) + goldstein(graph.Sanctions), goldstein(graph.Condemned), 0},
		// A WeightFunc replaces the Weighting; bad weights leave relations out.
		{analysis.ProjectOptions{Weighting: analysis.WeightByGoldstein, WeightFunc: func(r graph.Relation, k graph.Kind) float64 {
			switch r.Kind {
			case graph.Phoned:
				return math.NaN()
			case graph.Backs:
				return math.Inf(1)
			case graph.Sanctions:
				return -1
			}
			return 0.5
		}}, 0, 0.5, 0.5},
	}
	for _, c := range cases {
		t.Run(c.o.Weighting.String(), func(t *testing.T) {
			p := analysis.Project(g, c.o)
			for _, e := range []struct {
				from, to string
				want     float64
			}{{"A", "B", c.ab}, {"B", "C", c.bc}, {"C", "A", c.ca}} {
				w, ok := p.EdgeWeight(e.from, e.to)
				if ok != (e.want > 0) || w != e.want {
					t.Errorf("%s->%s weighs %v (%v), want %v", e.from, e.to, w, ok, e.want)
				}
				n := 0
				for range p.EdgeRelations(e.from, e.to) {
					n++
				}
				if e.want == 0 && n != 0 {
					t.Errorf("%s->%s: %d relations on a missing edge", e.from, e.to, n)
				}
			}
		})
	}
	if got := analysis.Weighting(99).Weigh(g.RelationAt(1), graph.Kind{}); got != 1 {
		t.Errorf("an unknown weighting weighs %v, want 1 (as count)", got)
	}
}

func TestDegreeWeighted(t *testing.T) {
	p := analysis.Project(weightedGraph(), analysis.ProjectOptions{Weighting: analysis.WeightByRelation})
	cases := []struct {
		o    analysis.DegreeOptions
		want map[string]float64
	}{
		{analysis.DegreeOptions{}, map[string]float64{"A": 1, "B": 1, "C": 1}},
		{analysis.DegreeOptions{Direction: analysis.Out}, map[string]float64{"A": 0.5, "B": 0.5, "C": 0.5}},
		{analysis.DegreeOptions{Weighted: true}, map[string]float64{"A": 7, "B": 7, "C": 2}},
		{analysis.DegreeOptions{Direction: analysis.In, Weighted: true}, map[string]float64{"A": 1, "B": 6, "C": 1}},
		{analysis.DegreeOptions{Direction: analysis.Direction(9)}, map[string]float64{"A": 1, "B": 1, "C": 1}},
	}
	for _, c := range cases {
		if got := analysis.ScoreMap(analysis.Degree(p, c.o)); !mapsEqual(got, c.want) {
			t.Errorf("%+v: %v, want %v", c.o, got, c.want)
		}
	}
	one, _ := weightedGraph().Filter(graph.Filter{Actors: []string{"A"}})
	if got := analysis.Degree(analysis.Project(one, analysis.ProjectOptions{}), analysis.DegreeOptions{}); len(got) != 1 || got[0].Score != 1 {
		t.Errorf("degree of a lone actor: %v, want 1 as NetworkX", got)
	}
}

func mapsEqual(a, b map[string]float64) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestEnums(t *testing.T) {
	type enum interface {
		String() string
		MarshalText() ([]byte, error)
	}
	var ws, ds []enum
	for _, w := range analysis.Weightings() {
		ws = append(ws, w)
	}
	for _, d := range analysis.Directions() {
		ds = append(ds, d)
	}
	cases := []struct {
		name   string
		values []enum
		parse  func(string) (enum, error)
		bad    enum
	}{
		{"Weighting", ws, func(s string) (enum, error) {
			var w analysis.Weighting
			err := w.UnmarshalText([]byte(s))
			if v, perr := analysis.ParseWeighting(s); v != w || (perr == nil) != (err == nil) {
				t.Errorf("ParseWeighting(%q) and UnmarshalText disagree", s)
			}
			return w, err
		}, analysis.Weighting(200)},
		{"Direction", ds, func(s string) (enum, error) {
			var d analysis.Direction
			err := d.UnmarshalText([]byte(s))
			if v, perr := analysis.ParseDirection(s); v != d || (perr == nil) != (err == nil) {
				t.Errorf("ParseDirection(%q) and UnmarshalText disagree", s)
			}
			return d, err
		}, analysis.Direction(-3)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if len(c.values) < 3 {
				t.Fatalf("%d values", len(c.values))
			}
			var names []string
			for _, v := range c.values {
				text, err := v.MarshalText()
				if err != nil || string(text) != v.String() {
					t.Errorf("%v: MarshalText %q, %v", v, text, err)
				}
				for _, s := range []string{v.String(), strings.ToUpper(v.String())} {
					if got, err := c.parse(s); err != nil || got != v {
						t.Errorf("parse %q = %v, %v; want %v", s, got, err, v)
					}
				}
				names = append(names, v.String())
			}
			if distinct := slices.Compact(slices.Sorted(slices.Values(names))); len(distinct) != len(names) {
				t.Errorf("names not distinct: %v", names)
			}
			_, err := c.parse("no-such-name")
			if !errors.Is(err, analysis.ErrBadOption) {
				t.Errorf("bad name: %v, want ErrBadOption", err)
			}
			for _, n := range names {
				if err == nil || !strings.Contains(err.Error(), n) {
					t.Errorf("error %v does not list %q", err, n)
				}
			}
			if _, err := c.bad.MarshalText(); !errors.Is(err, analysis.ErrBadOption) {
				t.Errorf("MarshalText of %v: %v, want ErrBadOption", c.bad, err)
			}
			if !strings.Contains(c.bad.String(), c.name) {
				t.Errorf("String of an invalid value: %q", c.bad.String())
			}
		})
	}
}

func FuzzParseWeighting(f *testing.F) {
	for _, w := range analysis.Weightings() {
		f.Add(w.String())
	}
	f.Add("")
	f.Add("COUNT")
	f.Fuzz(func(t *testing.T, s string) {
		w, err := analysis.ParseWeighting(s)
		if err != nil {
			if !errors.Is(err, analysis.ErrBadOption) {
				t.Fatalf("%q: %v does not wrap ErrBadOption", s, err)
			}
			return
		}
		if !strings.EqualFold(w.String(), s) || !slices.Contains(analysis.Weightings(), w) {
			t.Fatalf("%q parsed as %v", s, w)
		}
	})
}

func FuzzParseDirection(f *testing.F) {
	for _, d := range analysis.Directions() {
		f.Add(d.String())
	}
	f.Add("")
	f.Add("Out")
	f.Fuzz(func(t *testing.T, s string) {
		d, err := analysis.ParseDirection(s)
		if err != nil {
			if !errors.Is(err, analysis.ErrBadOption) {
				t.Fatalf("%q: %v does not wrap ErrBadOption", s, err)
			}
			return
		}
		if !strings.EqualFold(d.String(), s) || !slices.Contains(analysis.Directions(), d) {
			t.Fatalf("%q parsed as %v", s, d)
		}
	})
}
