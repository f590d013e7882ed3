package analysis_test

import (
	"context"
	"math"
	"math/rand/v2"
	"testing"

	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/topo"

	"github.com/diplograph/diplograph/graph/analysis"
)

// gonumCase is one query both gonum and this package answer: setup
// prepares what neither should be timed for (the undirected collapse, a
// partition) and returns the two calls, ours first.
type gonumCase struct {
	name  string
	setup func(b *testing.B, p *analysis.Projection) (ours, gonum func())
}

func must[T any](b *testing.B) func(T, error) T {
	return func(v T, err error) T {
		if err != nil {
			b.Fatal(err)
		}
		return v
	}
}

// ends are the two actors the path benchmarks join, as BenchmarkShortestPath.
func ends(p *analysis.Projection) (from, to string) {
	return p.ActorID(0), p.ActorID(int64(p.Len() - 1))
}

var gonumCases = []gonumCase{
	{"PageRank", func(b *testing.B, p *analysis.Projection) (func(), func()) {
		return func() { must[[]analysis.Score](b)(analysis.PageRank(p, analysis.PageRankOptions{Weighted: true})) },
			func() { network.PageRankSparse(p, 0.85, 1e-12) }
	}},
	{"PageRankDense", func(b *testing.B, p *analysis.Projection) (func(), func()) {
		return func() { must[[]analysis.Score](b)(analysis.PageRank(p, analysis.PageRankOptions{Weighted: true})) },
			func() { network.PageRank(p, 0.85, 1e-12) }
	}},
	{"HITS", func(b *testing.B, p *analysis.Projection) (func(), func()) {
		return func() {
				if _, _, err := analysis.HITS(p, analysis.HITSOptions{}); err != nil {
					b.Fatal(err)
				}
			},
			func() { network.HITS(p, 1e-12) }
	}},
	{"Betweenness", func(b *testing.B, p *analysis.Projection) (func(), func()) {
		return func() {
				must[[]analysis.Score](b)(analysis.Betweenness(context.Background(), p, analysis.BetweennessOptions{}))
			},
			func() { network.Betweenness(p) }
	}},
	{"BetweennessWeighted", func(b *testing.B, p *analysis.Projection) (func(), func()) {
		return func() {
				must[[]analysis.Score](b)(analysis.Betweenness(context.Background(), p, analysis.BetweennessOptions{Weighted: true}))
			},
			func() { network.BetweennessWeighted(p.Costs(), path.DijkstraAllPaths(p.Costs())) }
	}},
	{"Closeness", func(b *testing.B, p *analysis.Projection) (func(), func()) {
		return func() {
				must[[]analysis.Score](b)(analysis.Closeness(context.Background(), p, analysis.ClosenessOptions{}))
			},
			func() { network.Closeness(p.Hops(), path.DijkstraAllPaths(p.Hops())) }
	}},
	{"HarmonicWeighted", func(b *testing.B, p *analysis.Projection) (func(), func()) {
		return func() {
				must[[]analysis.Score](b)(analysis.Harmonic(context.Background(), p, analysis.HarmonicOptions{Weighted: true}))
			},
			func() { network.Harmonic(p.Costs(), path.DijkstraAllPaths(p.Costs())) }
	}},
	{"ShortestPath", func(b *testing.B, p *analysis.Projection) (func(), func()) {
		from, to := ends(p)
		u, v := p.Node(0), p.Node(int64(p.Len()-1))
		return func() {
				must[analysis.Path](b)(analysis.ShortestPath(p, from, to, analysis.ShortestPathOptions{Weighted: true}))
			},
			func() {
				if nodes, _ := path.DijkstraFromTo(u, v, p.Costs()); nodes == nil {
					b.Fatal("no path")
				}
			}
	}},
	{"ShortestPathHops", func(b *testing.B, p *analysis.Projection) (func(), func()) {
		from, to := ends(p)
		u, v := p.Node(0), p.Node(int64(p.Len()-1))
		return func() {
				must[analysis.Path](b)(analysis.ShortestPath(p, from, to, analysis.ShortestPathOptions{}))
			},
			func() {
				if nodes, _ := path.DijkstraFromTo(u, v, p.Hops()); nodes == nil {
					b.Fatal("no path")
				}
			}
	}},
	{"SingleSource", func(b *testing.B, p *analysis.Projection) (func(), func()) {
		from := p.ActorID(0)
		u := p.Node(0)
		return func() {
				must[*analysis.ShortestPathTree](b)(analysis.Distances(context.Background(), p, from, analysis.DistancesOptions{Weighted: true}))
			},
			func() { path.DijkstraFrom(u, p.Costs()) }
	}},
	{"SingleSourceHops", func(b *testing.B, p *analysis.Projection) (func(), func()) {
		from := p.ActorID(0)
		u := p.Node(0)
		return func() {
				must[*analysis.ShortestPathTree](b)(analysis.Distances(context.Background(), p, from, analysis.DistancesOptions{}))
			},
			func() { path.DijkstraFrom(u, p.Hops()) }
	}},
	{"KShortestPaths", func(b *testing.B, p *analysis.Projection) (func(), func()) {
		from, to := ends(p)
		u, v := p.Node(0), p.Node(int64(p.Len()-1))
		return func() {
				must[[]analysis.Path](b)(analysis.KShortestPaths(context.Background(), p, from, to, analysis.KShortestPathsOptions{K: 5, Weighted: true}))
			},
			func() {
				if len(path.YenKShortestPaths(p.Costs(), 5, math.Inf(1), u, v)) == 0 {
					b.Fatal("no path")
				}
			}
	}},
	{"WeakComponents", func(b *testing.B, p *analysis.Projection) (func(), func()) {
		un := p.Undirected()
		return func() { analysis.WeakComponents(p) }, func() { topo.ConnectedComponents(un) }
	}},
	{"StrongComponents", func(b *testing.B, p *analysis.Projection) (func(), func()) {
		return func() { analysis.StrongComponents(p) }, func() { topo.TarjanSCC(p) }
	}},
	{"KCore", func(b *testing.B, p *analysis.Projection) (func(), func()) {
		return func() { analysis.KCore(p, 10) }, func() { topo.KCore(10, degreeView{p}) }
	}},
	{"MaximalCliques", func(b *testing.B, p *analysis.Projection) (func(), func()) {
		un := p.Undirected()
		return func() { must[[][]string](b)(analysis.MaximalCliques(context.Background(), p)) },
			func() { topo.BronKerbosch(un) }
	}},
	{"Louvain", func(b *testing.B, p *analysis.Projection) (func(), func()) {
		un := p.Undirected()
		return func() {
				must[analysis.Communities](b)(analysis.Louvain(context.Background(), p, analysis.LouvainOptions{Weighted: true, Seed: 1}))
			},
			func() { community.Modularize(un, 1, rand.NewPCG(1, 1)) }
	}},
	{"Modularity", func(b *testing.B, p *analysis.Projection) (func(), func()) {
		un := p.Undirected()
		groups := make([][]string, 10)
		nodes := make([][]gg.Node, 10)
		for i := range p.Len() {
			groups[i%10] = append(groups[i%10], p.ActorID(int64(i)))
			nodes[i%10] = append(nodes[i%10], p.Node(int64(i)))
		}
		return func() {
				must[float64](b)(analysis.Modularity(context.Background(), p, groups, analysis.ModularityOptions{Weighted: true}))
			},
			func() { community.Q(un, nodes, 1) }
	}},
}

// BenchmarkGonum times each query gonum and this package both answer, on
// the projections of the other benchmarks at 1k/20k and 10k/500k, ours and
// then gonum's back to back: -bench 'Gonum/PageRank/1k' runs one pair. The
// results, and the decisions taken on them, are in doc.go ("Gonum") and
// the README.
func BenchmarkGonum(b *testing.B) {
	for _, c := range gonumCases {
		b.Run(c.name, func(b *testing.B) {
			for _, s := range benchSizes[:2] {
				b.Run(s.name, func(b *testing.B) {
					p := benchProjection(b, s.n, s.m, s.viaAPI)
					ours, gonum := c.setup(b, p)
					for _, run := range []struct {
						name string
						fn   func()
					}{{"ours", ours}, {"gonum", gonum}} {
						b.Run(run.name, func(b *testing.B) {
							b.ReportAllocs()
							for b.Loop() {
								run.fn()
							}
						})
					}
				})
			}
		})
	}
}
