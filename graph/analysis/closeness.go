package analysis

// DistanceOptions control the distance-based measures ([Closeness],
// [Harmonic]).
type DistanceOptions struct {
	// Weighted measures distance as the sum of edge costs 1/weight;
	// otherwise in hops.
	Weighted bool
}

// Closeness ranks actors by closeness centrality with the Wasserman-Faust
// correction, as networkx.closeness_centrality(G, wf_improved=True): for a
// directed graph it uses distances to the actor from the r-1 actors that
// can reach it, (r-1)/sum(d) * (r-1)/(n-1), and 0 if none can. O(n m) time
// for hops, O(n m log n) weighted, O(n + m) memory per core, on every core.
func Closeness(p *Projection, o DistanceOptions) []Score {
	return p.scores(distanceMeasure(p, o.Weighted, false))
}

// Harmonic ranks actors by harmonic centrality, as
// networkx.harmonic_centrality: the sum of 1/d(v, u) over the other actors v
// that can reach u (not normalised). Same cost as [Closeness].
func Harmonic(p *Projection, o DistanceOptions) []Score {
	return p.scores(distanceMeasure(p, o.Weighted, true))
}

// distanceMeasure computes closeness (or harmonic centrality) of every node
// from a search over the in-adjacency, in parallel; each node's value is
// computed by one goroutine, so the result does not depend on scheduling.
func distanceMeasure(p *Projection, weighted, harmonic bool) []float64 {
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
			if weighted {
				s.dijkstra(&p.in, inCost, int32(u))
			} else {
				s.bfs(&p.in, int32(u))
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
	return x
}

func (s *search) distance(v int32) float64 {
	if s.hop != nil {
		return float64(s.hop[v])
	}
	return s.dist[v]
}
