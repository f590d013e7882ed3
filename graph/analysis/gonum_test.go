package analysis_test

import (
	"cmp"
	"errors"
	"math"
	"slices"
	"testing"

	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/diplograph/diplograph/graph/analysis"
)

// ids lists the IDs of a gonum node iterator, checking Len as it goes.
func ids(t *testing.T, it gg.Nodes) []int64 {
	t.Helper()
	var out []int64
	n := it.Len()
	for it.Next() {
		if it.Len() != n-1 {
			t.Fatalf("Len %d after Next, want %d", it.Len(), n-1)
		}
		n--
		out = append(out, it.Node().ID())
	}
	if it.Node() != nil {
		t.Error("Node after exhaustion is not nil")
	}
	it.Reset()
	if it.Len() != len(out) {
		t.Errorf("Len %d after Reset, want %d", it.Len(), len(out))
	}
	return out
}

// TestGonumContract checks the projection against gonum's graph interfaces
// by comparing every answer with a simple.WeightedDirectedGraph copied from
// it, in the spirit of gonum's testgraph.
func TestGonumContract(t *testing.T) {
	for _, tg := range testGraphs() {
		p := analysis.Project(tg.g, analysis.ProjectOptions{})
		t.Run(tg.name+"/directed", func(t *testing.T) {
			ref := simple.NewWeightedDirectedGraph(0, math.Inf(1))
			gg.CopyWeighted(ref, p)
			if ref.Nodes().Len() != p.Len() || ref.Edges().Len() != p.NumEdges() {
				t.Fatalf("copy has %d nodes, %d edges; projection %d, %d", ref.Nodes().Len(), ref.Edges().Len(), p.Len(), p.NumEdges())
			}
			nodes := ids(t, p.Nodes())
			for i, id := range nodes {
				if id != int64(i) || p.Node(id) == nil {
					t.Fatalf("node %d has ID %d", i, id)
				}
			}
			for _, bad := range []int64{-1, int64(p.Len())} {
				if p.Node(bad) != nil || p.From(bad) != gg.Empty || p.Edge(0, bad) != nil || p.HasEdgeBetween(bad, 0) {
					t.Errorf("node %d should not exist", bad)
				}
			}
			for _, u := range nodes {
				from := ids(t, p.From(u))
				want := gg.NodesOf(ref.From(u))
				if len(from) != len(want) {
					t.Fatalf("From(%d): %d nodes, want %d", u, len(from), len(want))
				}
				to := ids(t, p.To(u))
				if len(to) != ref.To(u).Len() {
					t.Fatalf("To(%d): %d nodes, want %d", u, len(to), ref.To(u).Len())
				}
				for _, v := range from {
					e := p.WeightedEdge(u, v)
					if e == nil || e.From().ID() != u || e.To().ID() != v || e.Weight() != ref.WeightedEdge(u, v).Weight() {
						t.Fatalf("edge %d->%d: %v", u, v, e)
					}
					if r := e.ReversedEdge(); r.From().ID() != v || r.To().ID() != u {
						t.Fatalf("reversed edge %d->%d: %v", u, v, r)
					}
					if !p.HasEdgeFromTo(u, v) || !p.HasEdgeBetween(v, u) || !slices.Contains(ids(t, p.To(v)), u) {
						t.Fatalf("edge %d->%d not found both ways", u, v)
					}
				}
				for _, v := range nodes {
					w, ok := p.Weight(u, v)
					rw, rok := ref.Weight(u, v)
					if ok != rok || ok && w != rw {
						t.Fatalf("Weight(%d, %d) = %v, %v; want %v, %v", u, v, w, ok, rw, rok)
					}
					if p.HasEdgeFromTo(u, v) != ref.HasEdgeFromTo(u, v) {
						t.Fatalf("HasEdgeFromTo(%d, %d)", u, v)
					}
				}
			}
		})
		t.Run(tg.name+"/undirected", func(t *testing.T) {
			un := p.Undirected()
			ref := simple.NewWeightedUndirectedGraph(0, math.Inf(1))
			gg.CopyWeighted(ref, un)
			if ref.Edges().Len() != un.NumEdges() {
				t.Fatalf("copy has %d edges, collapse %d", ref.Edges().Len(), un.NumEdges())
			}
			for u := range int64(un.Len()) {
				for v := range int64(un.Len()) {
					w, ok := un.Weight(u, v)
					rw, rok := ref.Weight(u, v)
					if ok != rok || ok && w != rw {
						t.Fatalf("Weight(%d, %d) = %v, %v; want %v, %v", u, v, w, ok, rw, rok)
					}
					if un.HasEdgeBetween(u, v) != (p.HasEdgeFromTo(u, v) || p.HasEdgeFromTo(v, u)) {
						t.Fatalf("collapse edge {%d, %d} does not match the projection", u, v)
					}
				}
			}
		})
	}
}

// gonumIDs lists the IDs of a gonum node iterator.
func gonumIDs(it gg.Nodes) []int64 {
	var out []int64
	for it.Next() {
		out = append(out, it.Node().ID())
	}
	return out
}

// TestGonumViews checks the cost and hop views of the projection and its
// collapse, and the mapping of gonum's results back to actors.
func TestGonumViews(t *testing.T) {
	for _, tg := range testGraphs() {
		p := analysis.Project(tg.g, analysis.ProjectOptions{})
		un := p.Undirected()
		t.Run(tg.name+"/costs", func(t *testing.T) {
			for _, c := range []struct {
				name       string
				view, base gg.Weighted
				nodes      func(int64) gg.Nodes
			}{
				{"directed", p.Costs(), p, p.From},
				{"undirected", un.Costs(), un, un.From},
			} {
				edges := 0
				for u := range int64(p.Len()) {
					if w, ok := c.view.Weight(u, u); !ok || w != 0 {
						t.Errorf("%s: Weight(%d, %d) = %v, %v; want 0, true", c.name, u, u, w, ok)
					}
					for _, v := range gonumIDs(c.nodes(u)) {
						edges++
						bw, _ := c.base.Weight(u, v)
						w, ok := c.view.Weight(u, v)
						e := c.view.WeightedEdge(u, v)
						if !ok || w != 1/bw || e == nil || e.Weight() != 1/bw || e.From().ID() != u || e.To().ID() != v {
							t.Fatalf("%s: cost of %d-%d: %v, %v, edge %v; weight %v", c.name, u, v, w, ok, e, bw)
						}
					}
				}
				if edges == 0 {
					t.Fatalf("%s: no edges", c.name)
				}
				if _, ok := c.view.Weight(-1, 0); ok || c.view.WeightedEdge(-1, 0) != nil {
					t.Errorf("%s: an edge from node -1", c.name)
				}
			}
		})
		t.Run(tg.name+"/hops", func(t *testing.T) {
			for name, g := range map[string]gg.Graph{"directed": p.Hops(), "undirected": un.Hops()} {
				if _, weighted := g.(gg.Weighted); weighted {
					t.Errorf("%s: the hop view has weights", name)
				}
				if got, want := gonumIDs(g.Nodes()), gonumIDs(p.Nodes()); !slices.Equal(got, want) {
					t.Errorf("%s: nodes %v, want %v", name, got, want)
				}
			}
			if got, want := gonumIDs(p.Hops().To(0)), gonumIDs(p.To(0)); !slices.Equal(got, want) {
				t.Errorf("the directed hop view: To(0) = %v, want %v", got, want)
			}
		})
		t.Run(tg.name+"/scores_actors", func(t *testing.T) {
			byNode := map[int64]float64{}
			for i := range int64(p.Len()) {
				byNode[i] = float64(i % 3)
			}
			s, err := p.ScoresOf(byNode)
			if err != nil {
				t.Fatal(err)
			}
			if len(s) != p.Len() || !slices.IsSortedFunc(s, func(a, b analysis.Score) int {
				if a.Score != b.Score {
					return cmp.Compare(b.Score, a.Score)
				}
				return cmp.Compare(a.ID, b.ID)
			}) {
				t.Errorf("ScoresOf: %d scores, not sorted by score then ID", len(s))
			}
			for _, x := range s {
				if i, _ := p.NodeID(x.ID); x.Score != byNode[i] {
					t.Errorf("ScoresOf: %s scores %v, node %d has %v", x.ID, x.Score, i, byNode[i])
				}
			}
			ids, err := p.ActorsOf(gg.NodesOf(p.Nodes()))
			if err != nil || len(ids) != p.Len() || !slices.IsSorted(ids) {
				t.Errorf("ActorsOf(all nodes) = %v, %v", ids, err)
			}
		})
	}
	p := analysis.Project(ukraine(), analysis.ProjectOptions{})
	for _, bad := range []struct {
		name string
		call func() error
	}{
		{"ScoresOf node -1", func() error { _, err := p.ScoresOf(map[int64]float64{-1: 1}); return err }},
		{"ScoresOf node n", func() error { _, err := p.ScoresOf(map[int64]float64{int64(p.Len()): 1}); return err }},
		{"ActorsOf nil", func() error { _, err := p.ActorsOf([]gg.Node{p.Node(0), nil}); return err }},
		{"ActorsOf node n", func() error { _, err := p.ActorsOf([]gg.Node{simple.Node(p.Len())}); return err }},
	} {
		t.Run(bad.name, func(t *testing.T) {
			if err := bad.call(); !errors.Is(err, analysis.ErrUnknownActor) {
				t.Errorf("error %v, want ErrUnknownActor", err)
			}
		})
	}
}
