package analysis

import (
	"context"
	"sync/atomic"
)

// ClosenessOptions control [Closeness].
type ClosenessOptions struct {
	// Weighted measures distance as the sum of edge costs 1/weight (a
	// heavier edge is shorter); otherwise in hops. Default false.
	Weighted bool
}

// Closeness ranks actors by closeness centrality with the Wasserman-Faust
// correction, as networkx.closeness_centrality(G, wf_improved=True), with
// distance="cost" (cost = 1/weight) when Weighted: for a directed graph it
// uses distances to the actor from the r-1 other actors that can reach it,
// (r-1)/sum(d) * (r-1)/(n-1), and 0 if none can.
//
// O(n m) time by hops, O(n m log n) weighted, on every core; O(n + m)
// memory per core. Sorted by score, highest first, then by ID. It fails
// only with ctx.Err() once ctx is done: every core looks at ctx between
// two actors and stops.
func Closeness(ctx context.Context, p *Projection, o ClosenessOptions) ([]Score, error) {
	x, err := distanceMeasure(ctx, p, o.Weighted, false)
	if err != nil {
		return nil, err
	}
	return p.scores(x), nil
}

// HarmonicOptions control [Harmonic].
type HarmonicOptions struct {
	// Weighted measures distance as the sum of edge costs 1/weight (a
	// heavier edge is shorter); otherwise in hops. Default false.
	Weighted bool
}

// Harmonic ranks actors by harmonic centrality, as
// networkx.harmonic_centrality(G), with distance="cost" (cost = 1/weight)
// when Weighted: the sum of 1/d(v, u) over the other actors v that can
// reach u (not normalised).
//
// O(n m) time by hops, O(n m log n) weighted, on every core; O(n + m)
// memory per core. Sorted by score, highest first, then by ID. It fails
// only with ctx.Err() once ctx is done, as [Closeness].
func Harmonic(ctx context.Context, p *Projection, o HarmonicOptions) ([]Score, error) {
	x, err := distanceMeasure(ctx, p, o.Weighted, true)
	if err != nil {
		return nil, err
	}
	return p.scores(x), nil
}

// distanceMeasure computes closeness (or harmonic centrality) of every node
// from a search over the in-adjacency, in parallel; each node's value is
// computed by one goroutine, so the result does not depend on scheduling.
// Every worker looks at ctx before each node's search.
func distanceMeasure(ctx context.Context, p *Projection, weighted, harmonic bool) ([]float64, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	stop := stopperOf(ctx)
	var halted atomic.Bool
	n := p.Len()
	x := make([]float64, n)
	var inCost []float64
	if weighted {
		inCost = costs(&p.in)
	}
	scratch := make([]*search, workers())
	parallel(n, 16, func(w, lo, hi int) {
		s := scratch[w]
		if s == nil {
			s = newSearch(n, weighted)
			scratch[w] = s
		}
		for u := lo; u < hi; u++ {
			if stop.stopped() {
				halted.Store(true)
				return
			}
			if weighted {
				s.reachWeighted(&p.in, inCost, int32(u))
			} else {
				s.reach(&p.in, int32(u))
			}
			tot, h := 0.0, 0.0
			for _, v := range s.order[1:] {
				d := s.distance(v)
				tot += d
				h += 1 / d
			}
			if harmonic {
				x[u] = h
			} else if r := float64(len(s.order)); tot > 0 && n > 1 {
				x[u] = (r - 1) / tot
				x[u] *= (r - 1) / float64(n-1)
			}
			s.reset()
		}
	})
	if halted.Load() {
		return nil, ctx.Err()
	}
	return x, nil
}

func (s *search) distance(v int32) float64 {
	if s.hop != nil {
		return float64(s.hop[v])
	}
	return s.dist[v]
}
