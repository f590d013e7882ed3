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
// on which betweenness, closeness and harmonic centrality, and Blocs, take
// seconds.
var bigProjection = sync.OnceValue(func() *analysis.Projection { return arcsProjection(10000, 500000) })

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

// arcsProjection is a seeded projection of n actors and m events shaped
// like the benchmarks', made directly from arcs.
func arcsProjection(n, m int) *analysis.Projection {
	rng := rand.New(rand.NewPCG(7, 42))
	from, to, w := make([]int32, 0, m), make([]int32, 0, m), make([]float64, 0, m)
	for range m {
		u, v := pair(rng, n, n/10)
		from, to, w = append(from, int32(u)), append(to, int32(v)), append(w, 1)
	}
	return analysis.NewFromArcs(n, from, to, w)
}

// louvainProjection has 50k actors and 2M events, on which Louvain takes
// seconds. Its undirected collapse is made here: made on first use, as
// costly as the projection and, like it, not cancellable, it would
// otherwise delay the first cancellation the tests time.
var louvainProjection = sync.OnceValue(func() *analysis.Projection {
	p := arcsProjection(50000, 2000000)
	p.Undirected()
	return p
})

// complete1000 is the complete graph on 1000 actors (and one more without
// ties), with 166 million triangles (and a billion directed ones) to
// count, its undirected collapse made.
var complete1000 = sync.OnceValue(func() *analysis.Projection {
	p := completePlusOne(1000)
	p.Undirected()
	return p
})

// cliqueWithPendants returns k actors all tied to each other, each also
// tied to p actors of its own that have no other tie: one block of k
// actors for Blocs to split exactly, by 2^(k-1) flips that each look at
// the k-1+p ties of the actor flipped.
func cliqueWithPendants(k, p int) *analysis.Projection {
	var from, to []int32
	var w []float64
	add := func(u, v int32) {
		from, to, w = append(from, u, v), append(to, v, u), append(w, 1, 1)
	}
	for u := range int32(k) {
		for v := u + 1; v < int32(k); v++ {
			add(u, v)
		}
		for j := range int32(p) {
			add(u, int32(k)+u*int32(p)+j)
		}
	}
	return analysis.NewFromArcs(k+k*p, from, to, w)
}

// slowCases are calls that each take more than a second uncancelled on
// two cores (measured: betweenness 9.6 s, closeness 4.1 s, 3^13 cliques
// 3.2 s, the simple paths of K12 2.4 s, 2000 shortest paths 4.7 s, the
// series and comparison 1.3 and 1.7 s, Louvain on 50k actors and 2M
// events 1.9 s, the signed triads of K1000 2.7 s and its directed ones
// 39 s, blocs of a 24-actor block with 200 pendants per actor 6.3 s and
// of the 10k-actor projection 3.4 s), with a context to stop them.
func slowCases() []struct {
	name string
	run  func(ctx context.Context) error
} {
	big := bigProjection()
	gen := generatedYear()
	louvain, complete := louvainProjection(), complete1000()
	pendants := cliqueWithPendants(analysis.ExactFrustrationLimit, 200)
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
		{"Louvain", func(ctx context.Context) error {
			_, err := analysis.Louvain(ctx, louvain, analysis.LouvainOptions{})
			return err
		}},
		{"SignedTriads", func(ctx context.Context) error {
			_, err := analysis.SignedTriads(ctx, complete, analysis.SignedTriadsOptions{})
			return err
		}},
		{"DirectedSignedTriads", func(ctx context.Context) error {
			_, err := analysis.DirectedSignedTriads(ctx, complete, analysis.DirectedSignedTriadsOptions{})
			return err
		}},
		{"Blocs exact", func(ctx context.Context) error {
			_, err := analysis.Blocs(ctx, pendants, analysis.BlocsOptions{})
			return err
		}},
		{"Blocs local search", func(ctx context.Context) error {
			_, err := analysis.Blocs(ctx, big, analysis.BlocsOptions{Seed: 1})
			return err
		}},
	}
}

// generatedYear is a generated graph of 3000 actors and 60000 relations
// over 2014.
var generatedYear = sync.OnceValue(func() *graph.Graph { return generate(7, 3000, 60000) })
