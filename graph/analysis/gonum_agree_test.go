package analysis_test

import (
	"cmp"
	"context"
	"errors"
	"math"
	"slices"
	"testing"

	"math/rand/v2"

	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/topo"

	"github.com/diplograph/diplograph/graph/analysis"
)

// This file checks that gonum's own algorithms, run on the projection,
// agree with this package's kernels on the three test graphs (the Ukraine
// example, a generated weighted graph of 300 actors, and a small graph of
// several components with dangling and isolated actors), for every measure
// both have. Differences of definition, and how they are converted:
//
//   - network.Betweenness counts each ordered pair once and does not
//     normalise: divided by (n-1)(n-2) it is NetworkX's normalised
//     betweenness of a directed graph, ours.
//   - network.Closeness is 1/sum(d) over the actors that reach v, +Inf for
//     an actor nobody reaches; ours (NetworkX's) has the Wasserman-Faust
//     factor: times r^2/(n-1) for the r others that reach v, and 0 if r = 0.
//   - network.PageRank and PageRankSparse start from a random vector and
//     stop when the 2-norm of a step is below tol; ours from the uniform
//     vector, on the 1-norm: agreement to 1e-8 with tol 1e-12. Both spread
//     dangling actors' mass uniformly and teleport uniformly.
//   - network.HITS ignores weights and normalises to unit 2-norm; ours to
//     sum 1.
//   - topo.KCore works on an undirected graph's degree; ours (NetworkX's
//     core_number of a DiGraph) counts in-degree plus out-degree, so that
//     a pair joined both ways counts twice: gonum is given that degree
//     (each neighbour listed once per direction).
//   - community.Modularize draws its own random order: its communities
//     differ from our Louvain's, so the test checks that both reach a
//     comparable modularity and that community.Q and our Modularity agree
//     on any partition.
//   - Paths: gonum's DijkstraFrom gives the distances of Distances and
//     ShortestPath, by hops on Hops and by cost 1/weight on Costs.
//     Gonum and we break ties between equally short paths
//     differently, so paths are compared by cost, and each gonum path is
//     checked to be a path of the projection.

const gonumTol = 1e-9

// byNode returns a ranking's scores indexed by gonum node ID.
func byNode(t *testing.T, p *analysis.Projection, s []analysis.Score) []float64 {
	t.Helper()
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

// sortedGroups turns gonum node sets into sorted actor ID lists, ordered as
// this package orders components and cliques: largest first, then by first
// ID.
func sortedGroups(t *testing.T, p *analysis.Projection, sets [][]gg.Node) [][]string {
	t.Helper()
	out := make([][]string, 0, len(sets))
	for _, s := range sets {
		ids, err := p.ActorsOf(s)
		if err != nil {
			t.Fatal(err)
		}
		slices.Sort(ids)
		out = append(out, ids)
	}
	slices.SortFunc(out, func(a, b []string) int {
		if c := cmp.Compare(len(b), len(a)); c != 0 {
			return c
		}
		return slices.Compare(a, b)
	})
	return out
}

// degreeView is the projection as an undirected gonum graph in which each
// neighbour is listed once per direction, so that the degree gonum counts
// is in-degree plus out-degree, the degree of NetworkX's core_number on a
// DiGraph.
type degreeView struct{ *analysis.Projection }

func (d degreeView) From(id int64) gg.Nodes {
	nodes := slices.Concat(gg.NodesOf(d.Projection.From(id)), gg.NodesOf(d.Projection.To(id)))
	return iterator.NewOrderedNodes(nodes)
}

func (d degreeView) EdgeBetween(x, y int64) gg.Edge {
	if e := d.Edge(x, y); e != nil {
		return e
	}
	return d.Edge(y, x)
}

// weightOf sums a view's weights along a gonum path, failing if a step is
// not an edge.
func weightOf(t *testing.T, g path.Weighted, nodes []gg.Node) float64 {
	t.Helper()
	var sum float64
	for i := 1; i < len(nodes); i++ {
		w, ok := g.Weight(nodes[i-1].ID(), nodes[i].ID())
		if !ok || nodes[i-1].ID() == nodes[i].ID() {
			t.Fatalf("gonum path %v: no edge %d-%d", nodes, nodes[i-1].ID(), nodes[i].ID())
		}
		sum += w
	}
	return sum
}

// hopWeights counts every edge of a gonum graph as 1.
type hopWeights struct{ gg.Graph }

func (h hopWeights) Weight(x, y int64) (float64, bool) {
	if x == y {
		return 0, true
	}
	return 1, h.Edge(x, y) != nil
}

// distanceViews are the four ways to measure a path: directed or not, by
// hops or by cost 1/weight.
func distanceViews(p *analysis.Projection) []struct {
	name string
	g    gg.Graph
	w    path.Weighted
	o    analysis.ShortestPathOptions
} {
	un := p.Undirected()
	return []struct {
		name string
		g    gg.Graph
		w    path.Weighted
		o    analysis.ShortestPathOptions
	}{
		{"hops", p.Hops(), hopWeights{p.Hops()}, analysis.ShortestPathOptions{}},
		{"cost", p.Costs(), p.Costs(), analysis.ShortestPathOptions{Weighted: true}},
		{"undirected_hops", un.Hops(), hopWeights{un.Hops()}, analysis.ShortestPathOptions{Undirected: true}},
		{"undirected_cost", un.Costs(), un.Costs(), analysis.ShortestPathOptions{Weighted: true, Undirected: true}},
	}
}

// sources picks up to k actors spread over the projection.
func sources(p *analysis.Projection, k int) []int64 {
	var out []int64
	step := max(1, p.Len()/k)
	for i := 0; i < p.Len() && len(out) < k; i += step {
		out = append(out, int64(i))
	}
	return out
}

// TestGonumAgreement runs gonum's own algorithms on the projection and
// compares them with this package's kernels, measure by measure.
func TestGonumAgreement(t *testing.T) {
	ctx := context.Background()
	for _, tg := range testGraphs() {
		p := analysis.Project(tg.g, analysis.ProjectOptions{})
		n := float64(p.Len())
		scoresAgree := func(t *testing.T, ours []analysis.Score, theirs func(i int64) float64, tol float64) {
			t.Helper()
			for i, v := range byNode(t, p, ours) {
				if want := theirs(int64(i)); !close(v, want, tol) {
					t.Errorf("%s: ours %v, gonum %v", p.ActorID(int64(i)), v, want)
				}
			}
		}
		t.Run(tg.name+"/pagerank", func(t *testing.T) {
			for _, c := range []struct {
				weighted bool
				g        gg.Directed
			}{{true, p}, {false, p.Hops()}} {
				ours, err := analysis.PageRank(p, analysis.PageRankOptions{Weighted: c.weighted})
				if err != nil {
					t.Fatal(err)
				}
				dense := network.PageRank(c.g, 0.85, 1e-12)
				sparse := network.PageRankSparse(c.g, 0.85, 1e-12)
				scoresAgree(t, ours, func(i int64) float64 { return dense[i] }, 1e-8)
				scoresAgree(t, ours, func(i int64) float64 { return sparse[i] }, 1e-8)
			}
		})
		t.Run(tg.name+"/hits", func(t *testing.T) {
			hubs, auths, err := analysis.HITS(p, analysis.HITSOptions{})
			if err != nil {
				t.Fatal(err)
			}
			theirs := network.HITS(p, 1e-12)
			var sh, sa float64
			for _, ha := range theirs {
				sh += ha.Hub
				sa += ha.Authority
			}
			scoresAgree(t, hubs, func(i int64) float64 { return theirs[i].Hub / sh }, 1e-8)
			scoresAgree(t, auths, func(i int64) float64 { return theirs[i].Authority / sa }, 1e-8)
		})
		t.Run(tg.name+"/betweenness", func(t *testing.T) {
			norm := (n - 1) * (n - 2)
			hops, err := analysis.Betweenness(ctx, p, analysis.BetweennessOptions{})
			if err != nil {
				t.Fatal(err)
			}
			h := network.Betweenness(p)
			scoresAgree(t, hops, func(i int64) float64 { return h[i] / norm }, gonumTol)
			cost, err := analysis.Betweenness(ctx, p, analysis.BetweennessOptions{Weighted: true})
			if err != nil {
				t.Fatal(err)
			}
			c := network.BetweennessWeighted(p.Costs(), path.DijkstraAllPaths(p.Costs()))
			scoresAgree(t, cost, func(i int64) float64 { return c[i] / norm }, gonumTol)
		})
		t.Run(tg.name+"/closeness_harmonic", func(t *testing.T) {
			for _, c := range []struct {
				weighted bool
				g        gg.Graph
			}{{false, p.Hops()}, {true, p.Costs()}} {
				all := path.DijkstraAllPaths(c.g)
				reach := func(u int64) (r float64) {
					for v := range int64(p.Len()) {
						if v != u && !math.IsInf(all.Weight(v, u), 1) {
							r++
						}
					}
					return r
				}
				cl, err := analysis.Closeness(ctx, p, analysis.ClosenessOptions{Weighted: c.weighted})
				if err != nil {
					t.Fatal(err)
				}
				gc := network.Closeness(c.g, all)
				scoresAgree(t, cl, func(i int64) float64 {
					r := reach(i)
					if r == 0 {
						if !math.IsInf(gc[i], 1) {
							t.Errorf("%s: nobody reaches it, gonum's closeness %v", p.ActorID(i), gc[i])
						}
						return 0
					}
					return gc[i] * r * r / (n - 1)
				}, gonumTol)
				hm, err := analysis.Harmonic(ctx, p, analysis.HarmonicOptions{Weighted: c.weighted})
				if err != nil {
					t.Fatal(err)
				}
				gh := network.Harmonic(c.g, all)
				scoresAgree(t, hm, func(i int64) float64 { return gh[i] }, gonumTol)
			}
		})
		t.Run(tg.name+"/shortest_paths", func(t *testing.T) {
			for _, view := range distanceViews(p) {
				for _, u := range sources(p, 12) {
					from := path.DijkstraFrom(p.Node(u), view.g)
					tree, err := analysis.Distances(ctx, p, p.ActorID(u), analysis.DistancesOptions{Weighted: view.o.Weighted, Undirected: view.o.Undirected})
					if err != nil {
						t.Fatal(err)
					}
					reached := 0
					for v := range int64(p.Len()) {
						want := from.WeightTo(v)
						d, ok := tree.Distance(p.ActorID(v))
						if ok != !math.IsInf(want, 1) || ok && !close(d.Cost, want, gonumTol) {
							t.Errorf("%s %s->%s: Distances %v, %v; gonum %v", view.name, p.ActorID(u), p.ActorID(v), d.Cost, ok, want)
						}
						if ok {
							reached++
						}
					}
					if reached != len(tree.Reached) {
						t.Errorf("%s from %s: %d reached, gonum reaches %d", view.name, p.ActorID(u), len(tree.Reached), reached)
					}
					for v := range int64(p.Len()) {
						if v == u {
							continue
						}
						want := from.WeightTo(v)
						got, err := analysis.ShortestPath(p, p.ActorID(u), p.ActorID(v), view.o)
						switch {
						case math.IsInf(want, 1):
							if !errors.Is(err, analysis.ErrNoPath) {
								t.Errorf("%s %s->%s: gonum finds no path, ours %v, %v", view.name, p.ActorID(u), p.ActorID(v), got, err)
							}
						case err != nil:
							t.Errorf("%s %s->%s: %v, gonum %v", view.name, p.ActorID(u), p.ActorID(v), err, want)
						case !close(got.Cost, want, gonumTol):
							t.Errorf("%s %s->%s: cost %v, gonum %v", view.name, p.ActorID(u), p.ActorID(v), got.Cost, want)
						default:
							nodes, _ := from.To(v)
							if w := weightOf(t, view.w, nodes); !close(w, want, gonumTol) {
								t.Errorf("%s %s->%s: gonum's path weighs %v, says %v", view.name, p.ActorID(u), p.ActorID(v), w, want)
							}
						}
					}
				}
			}
		})
		t.Run(tg.name+"/k_shortest_paths", func(t *testing.T) {
			const k = 5
			for _, view := range distanceViews(p) {
				pairs := 0
				for _, u := range sources(p, 6) {
					for _, v := range sources(p, 7) {
						if u == v {
							continue
						}
						theirs := path.YenKShortestPaths(view.g, k, math.Inf(1), p.Node(u), p.Node(v))
						ours, err := analysis.KShortestPaths(ctx, p, p.ActorID(u), p.ActorID(v), analysis.KShortestPathsOptions{
							K: k, Weighted: view.o.Weighted, Undirected: view.o.Undirected})
						if len(theirs) == 0 {
							if !errors.Is(err, analysis.ErrNoPath) {
								t.Errorf("%s %s->%s: gonum finds no path, ours %v", view.name, p.ActorID(u), p.ActorID(v), err)
							}
							continue
						}
						if err != nil {
							t.Fatal(err)
						}
						pairs++
						if len(ours) != len(theirs) {
							t.Errorf("%s %s->%s: %d paths, gonum %d", view.name, p.ActorID(u), p.ActorID(v), len(ours), len(theirs))
							continue
						}
						for i, nodes := range theirs {
							if w := weightOf(t, view.w, nodes); !close(ours[i].Cost, w, gonumTol) {
								t.Errorf("%s %s->%s path %d: cost %v (%v), gonum %v (%v)", view.name, p.ActorID(u), p.ActorID(v), i, ours[i].Cost, ours[i], w, nodes)
							}
						}
					}
				}
				if pairs == 0 {
					t.Errorf("%s: no pair with a path was compared", view.name)
				}
			}
		})
		t.Run(tg.name+"/components", func(t *testing.T) {
			if got, want := sortedGroups(t, p, topo.ConnectedComponents(p.Undirected())), analysis.WeakComponents(p); !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("weak: gonum %v\nours %v", got, want)
			}
			if got, want := sortedGroups(t, p, topo.TarjanSCC(p)), analysis.StrongComponents(p); !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("strong: gonum %v\nours %v", got, want)
			}
		})
		t.Run(tg.name+"/cliques", func(t *testing.T) {
			ours, err := analysis.MaximalCliques(ctx, p)
			if err != nil {
				t.Fatal(err)
			}
			if got := sortedGroups(t, p, topo.BronKerbosch(p.Undirected())); !slices.EqualFunc(got, ours, slices.Equal) {
				t.Errorf("gonum %v\nours %v", got, ours)
			}
		})
		t.Run(tg.name+"/k_core", func(t *testing.T) {
			top := int(analysis.CoreNumbers(p)[0].Score)
			for k := 0; k <= top+1; k++ {
				got, err := p.ActorsOf(topo.KCore(k, degreeView{p}))
				if err != nil {
					t.Fatal(err)
				}
				slices.Sort(got)
				if want := analysis.KCore(p, k); !slices.Equal(got, want) {
					t.Errorf("%d-core: gonum %v, ours %v", k, got, want)
				}
			}
		})
		t.Run(tg.name+"/modularity_louvain", func(t *testing.T) {
			un := p.Undirected()
			ours, err := analysis.Louvain(ctx, p, analysis.LouvainOptions{Weighted: true, Seed: 1})
			if err != nil {
				t.Fatal(err)
			}
			reduced := community.Modularize(un, 1, rand.NewPCG(1, 1))
			theirs := sortedGroups(t, p, reduced.Communities())
			for _, groups := range [][][]string{ours.Groups, theirs} {
				var nodes [][]gg.Node
				for _, g := range groups {
					var set []gg.Node
					for _, id := range g {
						i, _ := p.NodeID(id)
						set = append(set, p.Node(i))
					}
					nodes = append(nodes, set)
				}
				for _, c := range []struct {
					weighted bool
					g        gg.Graph
					gamma    float64
				}{{true, un, 1}, {false, un.Hops(), 1}, {true, un, 0.5}} {
					q, err := analysis.Modularity(ctx, p, groups, analysis.ModularityOptions{Weighted: c.weighted, Resolution: c.gamma})
					if err != nil {
						t.Fatal(err)
					}
					if want := community.Q(c.g, nodes, c.gamma); !close(q, want, gonumTol) {
						t.Errorf("weighted %v, resolution %v: modularity %v, gonum's Q %v", c.weighted, c.gamma, q, want)
					}
				}
			}
			// Both are local optima of the same objective: within a few
			// hundredths of each other on these graphs.
			qt := community.Q(un, reduced.Communities(), 1)
			if math.Abs(ours.Modularity-qt) > 0.03 {
				t.Errorf("our Louvain reaches modularity %v, gonum's Modularize %v", ours.Modularity, qt)
			}
			t.Logf("modularity: ours %.4f (%d groups), gonum %.4f (%d groups)", ours.Modularity, len(ours.Groups), qt, len(theirs))
		})
	}
}
