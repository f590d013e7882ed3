package analysis

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sync"
	"sync/atomic"
)

// BetweennessOptions control [Betweenness].
type BetweennessOptions struct {
	// Weighted measures path length as the sum of edge costs 1/weight (a
	// heavier edge is shorter); otherwise in hops. Default false.
	Weighted bool
	// Samples, if between 1 and n-1, estimates betweenness from that many
	// source actors drawn at random (seeded by Seed), rescaled as NetworkX
	// does with its k argument. The default 0 (or Samples >= n) computes it
	// exactly.
	Samples int
	// Seed seeds the choice of the Samples sources; the same seed draws the
	// same sources. Default 0.
	Seed uint64
}

// Betweenness ranks actors by normalised betweenness centrality, as
// networkx.betweenness_centrality(G, normalized=True, endpoints=False), with
// weight="cost" (cost = 1/weight) when Weighted: the fraction of shortest
// paths between ordered pairs of other actors that pass through the actor,
// divided by (n-1)(n-2). With Samples, as betweenness_centrality(G,
// k=Samples) from sources of its own seeded draw.
//
// It runs Brandes' algorithm from every source (or the sampled ones):
// O(n m) time by hops and O(n m log n) weighted (Samples/n of that), on
// every core, in O(n + m) memory per core. Sources are split into a fixed
// number of stripes whose partial sums are added in stripe order, so the
// result does not depend on scheduling. Sorted by score, highest first,
// then by ID. It fails with ErrBadOption (Samples < 0), or with ctx.Err()
// once ctx is done: every core looks at ctx between two sources and stops.
func Betweenness(ctx context.Context, p *Projection, o BetweennessOptions) ([]Score, error) {
	x, err := betweenness(ctx, p, o)
	if err != nil {
		return nil, err
	}
	return p.scores(x), nil
}

func betweenness(ctx context.Context, p *Projection, o BetweennessOptions) ([]float64, error) {
	n := p.Len()
	if o.Samples < 0 {
		return nil, fmt.Errorf("%w: betweenness from %d sampled sources", ErrBadOption, o.Samples)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	sources := make([]int32, n)
	for i := range sources {
		sources[i] = int32(i)
	}
	sampled := o.Samples > 0 && o.Samples < n
	if sampled {
		rng := rand.New(rand.NewPCG(o.Seed, 0x9e3779b97f4a7c15))
		perm := rng.Perm(n)[:o.Samples]
		sources = sources[:0]
		for _, v := range perm {
			sources = append(sources, int32(v))
		}
		slices.Sort(sources)
	}
	x, ok := brandes(stopperOf(ctx), p, sources, o.Weighted)
	if !ok {
		return nil, ctx.Err()
	}
	// Rescale as NetworkX's _rescale with endpoints=False, normalized=True.
	nn := n - 1
	if nn < 2 {
		return x, nil
	}
	if !sampled {
		s := 1 / float64(nn*(nn-1))
		for i := range x {
			x[i] *= s
		}
		return x, nil
	}
	k := len(sources)
	scaleSource := math.NaN()
	if k > 1 {
		scaleSource = 1 / (float64(k-1) * float64(nn-1))
	}
	scaleOther := 1 / (float64(k) * float64(nn-1))
	isSource := make([]bool, n)
	for _, s := range sources {
		isSource[s] = true
	}
	for i := range x {
		if isSource[i] {
			x[i] *= scaleSource
		} else {
			x[i] *= scaleOther
		}
	}
	return x, nil
}

// stripes is the number of parts the sources of Brandes' algorithm are cut
// into; their partial sums are added in order, so the result is the same
// to the bit on any number of cores.
const stripes = 256

// brandes returns the raw (unnormalised) betweenness from the given
// sources, and false if it stopped. Workers take stripes one at a time;
// a finished stripe's partial sums wait in a queue until every stripe
// before it has been added, and whichever worker finishes the next stripe
// in order adds the queue's run, so no worker waits for another (before,
// a worker waited for the previous stripe: under load a descheduled
// worker held the others up, and two cores ran slower than one). Every
// worker looks at stop between two sources; once stopped, the workers take
// no more stripes.
func brandes(stop stopper, p *Projection, sources []int32, weighted bool) ([]float64, bool) {
	n := p.Len()
	total := make([]float64, n)
	if len(sources) == 0 {
		return total, true
	}
	var outCost, inCost []float64
	if weighted {
		outCost, inCost = costs(&p.out), costs(&p.in)
	}
	ns := min(len(sources), stripes)
	var (
		mu      sync.Mutex
		done    = make([][]float64, ns) // finished stripes not yet added
		added   int                     // stripes added to total
		spare   [][]float64             // buffers to reuse
		stopped atomic.Bool
	)
	// finish queues stripe i's sums and adds every finished stripe that is
	// next in order; it returns a buffer for the next stripe.
	finish := func(i int, acc []float64) []float64 {
		mu.Lock()
		defer mu.Unlock()
		done[i] = acc
		for added < ns && done[added] != nil {
			for v, d := range done[added] {
				total[v] += d
			}
			spare = append(spare, done[added])
			done[added] = nil
			added++
		}
		if k := len(spare); k > 0 {
			acc = spare[k-1]
			spare = spare[:k-1]
			clear(acc)
			return acc
		}
		return make([]float64, n)
	}
	var next atomic.Int64
	parallelWorkers(min(workers(), ns), func() {
		s := newSearch(n, weighted)
		acc := make([]float64, n)
		for {
			i := int(next.Add(1)) - 1
			if i >= ns || stopped.Load() {
				return
			}
			for _, src := range sources[i*len(sources)/ns : (i+1)*len(sources)/ns] {
				if stop.stopped() {
					stopped.Store(true)
					return
				}
				if weighted {
					s.dijkstra(&p.out, outCost, src)
					s.accumulateWeighted(&p.in, inCost, src, acc)
				} else {
					s.bfs(&p.out, src)
					s.accumulate(&p.in, src, acc)
				}
				s.reset()
			}
			acc = finish(i, acc)
		}
	})
	return total, !stopped.Load()
}

// accumulate runs Brandes' dependency accumulation after a bfs from src,
// walking predecessors through the in-adjacency in.
func (s *search) accumulate(in *csr, src int32, acc []float64) {
	for i := len(s.order) - 1; i > 0; i-- {
		w := s.order[i]
		coeff := (1 + s.delta[w]) / s.sigma[w]
		dw := s.hop[w] - 1
		for _, v := range in.to[in.off[w]:in.off[w+1]] {
			if s.hop[v] == dw {
				s.delta[v] += s.sigma[v] * coeff
			}
		}
		acc[w] += s.delta[w]
	}
}

// accumulateWeighted is accumulate after a dijkstra: v precedes w if
// dist(v) + cost(v->w) == dist(w) exactly.
func (s *search) accumulateWeighted(in *csr, inCost []float64, src int32, acc []float64) {
	for i := len(s.order) - 1; i > 0; i-- {
		w := s.order[i]
		coeff := (1 + s.delta[w]) / s.sigma[w]
		dw := s.dist[w]
		for e := in.off[w]; e < in.off[w+1]; e++ {
			v := in.to[e]
			if s.dist[v]+inCost[e] == dw {
				s.delta[v] += s.sigma[v] * coeff
			}
		}
		acc[w] += s.delta[w]
	}
}
