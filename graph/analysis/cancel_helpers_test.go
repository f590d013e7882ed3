package analysis_test

import (
	"context"
	"math/rand/v2"
	"sync"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
)

// bigProjection is the 10k-actor, 500k-event projection of the benchmarks,
// on which betweenness, closeness and harmonic centrality take seconds.
var bigProjection = sync.OnceValue(func() *analysis.Projection {
	n, m := 10000, 500000
	rng := rand.New(rand.NewPCG(7, 42))
	from, to, w := make([]int32, 0, m), make([]int32, 0, m), make([]float64, 0, m)
	for range m {
		u, v := pair(rng, n, n/10)
		from, to, w = append(from, int32(u)), append(to, int32(v)), append(w, 1)
	}
	return analysis.NewFromArcs(n, from, to, w)
})

// moonMoser returns the complement of k disjoint triangles: 3k actors and
// 3^k maximal cliques, the most a graph of that size can have.
func moonMoser(k int) *analysis.Projection {
	var from, to []int32
	var w []float64
	for u := range int32(3 * k) {
		for v := range int32(3 * k) {
			if u != v && u/3 != v/3 {
				from, to, w = append(from, u), append(to, v), append(w, 1)
			}
		}
	}
	return analysis.NewFromArcs(3*k, from, to, w)
}

// completePlusOne returns the complete graph on n actors and one more
// actor, the last, that none of them reaches: a search for the paths to it
// walks every simple path of the complete graph and finds none.
func completePlusOne(n int) *analysis.Projection {
	var from, to []int32
	var w []float64
	for u := range int32(n) {
		for v := range int32(n) {
			if u != v {
				from, to, w = append(from, u), append(to, v), append(w, 1)
			}
		}
	}
	return analysis.NewFromArcs(n+1, from, to, w)
}

// slowCases are calls that each take more than a second uncancelled on
// two cores (measured: betweenness 9.6 s, closeness 4.1 s, 3^13 cliques
// 3.2 s, the simple paths of K12 2.4 s, 2000 shortest paths 4.7 s, the
// series and comparison 1.3 and 1.7 s), with a context to stop them.
func slowCases() []struct {
	name string
	run  func(ctx context.Context) error
} {
	big := bigProjection()
	gen := generatedYear()
	year := []date.Span{date.At(date.OfYear(2014))}
	return []struct {
		name string
		run  func(ctx context.Context) error
	}{
		{"Betweenness", func(ctx context.Context) error {
			_, err := analysis.Betweenness(ctx, big, analysis.BetweennessOptions{})
			return err
		}},
		{"Betweenness weighted", func(ctx context.Context) error {
			_, err := analysis.Betweenness(ctx, big, analysis.BetweennessOptions{Weighted: true})
			return err
		}},
		{"Closeness", func(ctx context.Context) error {
			_, err := analysis.Closeness(ctx, big, analysis.ClosenessOptions{})
			return err
		}},
		{"Harmonic weighted", func(ctx context.Context) error {
			_, err := analysis.Harmonic(ctx, big, analysis.HarmonicOptions{Weighted: true})
			return err
		}},
		{"Compute", func(ctx context.Context) error {
			_, err := analysis.Compute(ctx, big, analysis.MeasureHarmonic, analysis.MeasureOptions{})
			return err
		}},
		{"MaximalCliques", func(ctx context.Context) error {
			_, err := analysis.MaximalCliques(ctx, moonMoser(13))
			return err
		}},
		{"AllSimplePaths", func(ctx context.Context) error {
			p := completePlusOne(12)
			_, err := analysis.AllSimplePaths(ctx, p, p.ActorID(0), p.ActorID(12), analysis.AllSimplePathsOptions{})
			return err
		}},
		{"KShortestPaths", func(ctx context.Context) error {
			_, err := analysis.KShortestPaths(ctx, big, big.ActorID(5), big.ActorID(9999), analysis.KShortestPathsOptions{K: 2000})
			return err
		}},
		{"Series", func(ctx context.Context) error {
			_, err := analysis.Series(ctx, gen, year, analysis.SeriesOptions{Measure: analysis.MeasureBetweenness, Weighted: true})
			return err
		}},
		{"CompareRanks", func(ctx context.Context) error {
			_, err := analysis.CompareRanks(ctx, gen, "a0001", year[0], analysis.CompareRanksOptions{Measure: analysis.MeasureBetweenness, Weighted: true})
			return err
		}},
	}
}

// generatedYear is a generated graph of 3000 actors and 60000 relations
// over 2014.
var generatedYear = sync.OnceValue(func() *graph.Graph { return generate(7, 3000, 60000) })
