package analysis_test

import (
	"context"
	"math"
	"slices"
	"testing"

	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/simple"
	"gonum.org/v1/gonum/graph/topo"

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

// costGraph reads a projection's weights as costs 1/weight, for gonum's
// shortest-path algorithms.
type costGraph struct{ *analysis.Projection }

func (c costGraph) Weight(x, y int64) (float64, bool) {
	w, ok := c.Projection.Weight(x, y)
	if ok && x != y {
		w = 1 / w
	}
	return w, ok
}

func (c costGraph) WeightedEdge(u, v int64) gg.WeightedEdge {
	w, ok := c.Weight(u, v)
	if !ok || u == v {
		return nil
	}
	return simple.WeightedEdge{F: simple.Node(u), T: simple.Node(v), W: w}
}

// TestGonumAgreement runs gonum's own algorithms on the compact core and
// compares them with this package's kernels where the two define the same
// thing, and with NetworkX's distances.
func TestGonumAgreement(t *testing.T) {
	for _, tg := range testGraphs() {
		p := analysis.Project(tg.g, analysis.ProjectOptions{})
		n := float64(p.Len())
		ref := loadReference(t, tg.name)
		byIndex := func(s []analysis.Score) []float64 {
			out := make([]float64, p.Len())
			for _, x := range s {
				i, ok := p.NodeID(x.ID)
				if !ok || p.ActorID(i) != x.ID {
					t.Fatalf("NodeID(%q) = %d, %v; ActorID gives %q", x.ID, i, ok, p.ActorID(i))
				}
				out[i] = x.Score
			}
			return out
		}
		t.Run(tg.name+"/betweenness", func(t *testing.T) {
			ours, _ := analysis.Betweenness(context.Background(), p, analysis.BetweennessOptions{})
			theirs := network.Betweenness(p)
			for i, v := range byIndex(ours) {
				if want := theirs[int64(i)] / ((n - 1) * (n - 2)); !close(v, want, 1e-12) {
					t.Errorf("%s: %v, gonum %v", p.ActorID(int64(i)), v, want)
				}
			}
		})
		t.Run(tg.name+"/betweenness_weighted", func(t *testing.T) {
			ours, _ := analysis.Betweenness(context.Background(), p, analysis.BetweennessOptions{Weighted: true})
			theirs := network.BetweennessWeighted(costGraph{p}, path.DijkstraAllPaths(costGraph{p}))
			for i, v := range byIndex(ours) {
				if want := theirs[int64(i)] / ((n - 1) * (n - 2)); !close(v, want, 1e-9) {
					t.Errorf("%s: %v, gonum %v", p.ActorID(int64(i)), v, want)
				}
			}
		})
		t.Run(tg.name+"/pagerank", func(t *testing.T) {
			ours, _ := analysis.PageRank(p, analysis.PageRankOptions{Weighted: true})
			theirs := network.PageRank(p, 0.85, 1e-12)
			for i, v := range byIndex(ours) {
				// gonum's PageRank stops on a different criterion.
				if want := theirs[int64(i)]; !close(v, want, 1e-8) {
					t.Errorf("%s: %v, gonum %v", p.ActorID(int64(i)), v, want)
				}
			}
		})
		t.Run(tg.name+"/hits", func(t *testing.T) {
			hubs, auths, _ := analysis.HITS(p, analysis.HITSOptions{})
			theirs := network.HITS(p, 1e-12)
			var sh, sa float64
			for _, ha := range theirs {
				sh += ha.Hub
				sa += ha.Authority
			}
			h, a := byIndex(hubs), byIndex(auths)
			for i := range h {
				// gonum normalises to unit Euclidean norm; rescale to sum 1.
				if want := theirs[int64(i)].Hub / sh; !close(h[i], want, 1e-8) {
					t.Errorf("hub %s: %v, gonum %v", p.ActorID(int64(i)), h[i], want)
				}
				if want := theirs[int64(i)].Authority / sa; !close(a[i], want, 1e-8) {
					t.Errorf("authority %s: %v, gonum %v", p.ActorID(int64(i)), a[i], want)
				}
			}
		})
		t.Run(tg.name+"/distances", func(t *testing.T) {
			for src, want := range ref.Paths.Hops {
				u, _ := p.NodeID(src)
				sp := path.DijkstraFrom(p.Node(u), costGraph{p})
				bfs := path.DijkstraFrom(p.Node(u), unit{p})
				for v := range int64(p.Len()) {
					d, ok := want[p.ActorID(v)]
					if got := bfs.WeightTo(v); ok && got != d || !ok && !math.IsInf(got, 1) {
						t.Errorf("hops %s->%s: gonum on the core %v, NetworkX %v (%v)", src, p.ActorID(v), got, d, ok)
					}
					c, ok := ref.Paths.Cost[src][p.ActorID(v)]
					if got := sp.WeightTo(v); ok && !close(got, c, 1e-12) || !ok && !math.IsInf(got, 1) {
						t.Errorf("cost %s->%s: gonum on the core %v, NetworkX %v (%v)", src, p.ActorID(v), got, c, ok)
					}
				}
			}
		})
		t.Run(tg.name+"/strong_components", func(t *testing.T) {
			var got [][]string
			for _, c := range topo.TarjanSCC(p) {
				var names []string
				for _, n := range c {
					names = append(names, p.ActorID(n.ID()))
				}
				slices.Sort(names)
				got = append(got, names)
			}
			slices.SortFunc(got, slices.Compare)
			if !slices.EqualFunc(got, ref.Structure.StrongComponents, slices.Equal) {
				t.Errorf("gonum TarjanSCC on the core: %v\nNetworkX: %v", got, ref.Structure.StrongComponents)
			}
		})
	}
}

// unit gives every edge of a projection weight 1, for hop distances.
type unit struct{ *analysis.Projection }

func (u unit) Weight(x, y int64) (float64, bool) {
	_, ok := u.Projection.Weight(x, y)
	if x == y {
		return 0, ok
	}
	return 1, ok
}

func (u unit) WeightedEdge(x, y int64) gg.WeightedEdge {
	if !u.HasEdgeFromTo(x, y) {
		return nil
	}
	return simple.WeightedEdge{F: simple.Node(x), T: simple.Node(y), W: 1}
}

// gonumIDs lists the IDs of a gonum node iterator.
func gonumIDs(it gg.Nodes) []int64 {
	var out []int64
	for it.Next() {
		out = append(out, it.Node().ID())
	}
	return out
}
