package analysis

import (
	"math/bits"
	"math/rand/v2"
	"slices"
)

// Frustration is the result of [FrustrationIndex].
type Frustration struct {
	// Index is the number of signed pairs that disagree with Blocs: hostile
	// pairs inside a bloc plus cooperative pairs across. When Exact it is
	// the frustration index (the minimum over all two-bloc partitions);
	// otherwise an upper bound.
	Index int
	// LowerBound is a proven lower bound: the number of edge-disjoint
	// unbalanced triangles found. Equal to Index when Exact.
	LowerBound int
	// Exact reports whether Index is the minimum.
	Exact bool
	// Blocs is the partition achieving Index, each sorted by ID. In every
	// connected component the actor with the smallest ID is in Blocs[0];
	// actors without signed ties are in Blocs[0].
	Blocs [2][]string
}

// ExactFrustrationLimit is the largest connected component (in actors) of
// the signed projection whose frustration [FrustrationIndex] computes
// exactly, by enumerating its 2^(k-1) partitions in Gray-code order.
const ExactFrustrationLimit = 24

// FrustrationOptions control [FrustrationIndex].
type FrustrationOptions struct {
	// Seed seeds the random starts of the local search; the same seed gives
	// the same result. Default 0.
	Seed uint64
	// Heuristic uses the local search on every component, however small:
	// an upper bound, fast on any graph. By default components up to
	// ExactFrustrationLimit actors are solved exactly.
	Heuristic bool
}

// FrustrationIndex finds the two-bloc partition of the actors that
// minimises the number of frustrated pairs of the signed projection
// (hostile within a bloc, cooperative across): the frustration index, zero
// exactly when the graph is balanced. NetworkX has no counterpart.
//
// Connected components of the signed projection up to
// ExactFrustrationLimit actors are solved exactly, in O(2^k k d) time for a
// component of k actors of degree d; larger ones (or all, with Heuristic)
// by seeded multi-start local search (single-actor moves until none helps,
// from a spanning-tree start and from 15 random starts), O(m) per sweep,
// which gives an upper bound, reported with a lower bound from edge-disjoint
// unbalanced triangles. O(n + m) memory. Blocs are sorted by ID. It never
// fails.
func FrustrationIndex(p *Projection, o FrustrationOptions) Frustration {
	limit := ExactFrustrationLimit
	if o.Heuristic {
		limit = 1
	}
	return frustration(p, o.Seed, limit)
}

func frustration(p *Projection, seed uint64, exactLimit int) Frustration {
	s := p.signedProjection()
	n := p.Len()
	side := make([]int8, n)
	comp := make([]int32, n)
	for i := range comp {
		comp[i] = -1
	}
	f := Frustration{Exact: true}
	rng := rand.New(rand.NewPCG(seed, 0x2545f4914f6cdd1d))
	for root := range int32(n) {
		if comp[root] >= 0 {
			continue
		}
		nodes := []int32{root}
		comp[root] = root
		for i := 0; i < len(nodes); i++ {
			to, _ := s.adj(nodes[i])
			for _, w := range to {
				if comp[w] < 0 {
					comp[w] = root
					nodes = append(nodes, w)
				}
			}
		}
		if len(nodes) == 1 {
			continue
		}
		slices.Sort(nodes)
		var k int
		if len(nodes) <= exactLimit {
			k = exactFrustration(s, nodes, side)
		} else {
			k = heuristicFrustration(s, nodes, side, rng)
			f.Exact = false
		}
		if side[nodes[0]] != 0 {
			for _, v := range nodes {
				side[v] ^= 1
			}
		}
		f.Index += k
	}
	for v := range n {
		f.Blocs[side[v]] = append(f.Blocs[side[v]], p.ids[v])
	}
	f.LowerBound = disjointUnbalancedTriangles(s)
	if f.Exact {
		f.LowerBound = f.Index
	}
	return f
}

// frustrated counts the frustrated pairs among nodes under side.
func frustrated(s *signed, nodes []int32, side []int8) int {
	k := 0
	for _, u := range nodes {
		to, sg := s.adj(u)
		for i, v := range to {
			if v > u && (sg[i] < 0) == (side[u] == side[v]) {
				k++
			}
		}
	}
	return k
}

// flipGain is how much frustration flipping u removes.
func flipGain(s *signed, u int32, side []int8) int {
	g := 0
	to, sg := s.adj(u)
	for i, v := range to {
		if (sg[i] < 0) == (side[u] == side[v]) {
			g++ // frustrated now, not after the flip
		} else {
			g--
		}
	}
	return g
}

func exactFrustration(s *signed, nodes []int32, side []int8) int {
	for _, v := range nodes {
		side[v] = 0
	}
	cur := frustrated(s, nodes, side)
	best, bestCode := cur, uint64(0)
	// Gray code over nodes[1:]; nodes[0] stays in bloc 0.
	for i := uint64(1); i < 1<<(len(nodes)-1); i++ {
		j := bits.TrailingZeros64(i)
		v := nodes[j+1]
		cur -= flipGain(s, v, side)
		side[v] ^= 1
		if cur < best {
			best, bestCode = cur, i^(i>>1)
		}
	}
	for j, v := range nodes[1:] {
		side[v] = int8(bestCode >> j & 1)
	}
	side[nodes[0]] = 0
	return best
}

func heuristicFrustration(s *signed, nodes []int32, side []int8, rng *rand.Rand) int {
	best := make([]int8, len(nodes))
	bestK := -1
	const restarts = 16
	for r := range restarts {
		if r == 0 {
			// Spanning-tree start: the bloc every tree path implies.
			for _, v := range nodes {
				side[v] = -1
			}
			side[nodes[0]] = 0
			queue := []int32{nodes[0]}
			for i := 0; i < len(queue); i++ {
				u := queue[i]
				to, sg := s.adj(u)
				for j, v := range to {
					if side[v] < 0 {
						side[v] = side[u]
						if sg[j] < 0 {
							side[v] ^= 1
						}
						queue = append(queue, v)
					}
				}
			}
		} else {
			for _, v := range nodes {
				side[v] = int8(rng.IntN(2))
			}
		}
		for improved := true; improved; {
			improved = false
			for _, v := range nodes {
				if flipGain(s, v, side) > 0 {
					side[v] ^= 1
					improved = true
				}
			}
		}
		if k := frustrated(s, nodes, side); bestK < 0 || k < bestK {
			bestK = k
			for i, v := range nodes {
				best[i] = side[v]
			}
		}
	}
	for i, v := range nodes {
		side[v] = best[i]
	}
	return bestK
}

// disjointUnbalancedTriangles greedily packs unbalanced triangles that
// share no pair: each needs its own frustrated pair, so their number is a
// lower bound of the frustration index.
func disjointUnbalancedTriangles(s *signed) int {
	used := map[[2]int32]bool{}
	k := 0
	n := len(s.off) - 1
	for u := range int32(n) {
		tu, su := s.adj(u)
		for i, v := range tu {
			if v <= u || used[[2]int32{u, v}] {
				continue
			}
			for j := i + 1; j < len(tu); j++ {
				w := tu[j]
				svw := s.signOf(v, w)
				if svw == 0 || su[i]*svw*su[j] > 0 || used[[2]int32{u, v}] || used[[2]int32{v, w}] || used[[2]int32{u, w}] {
					continue
				}
				used[[2]int32{u, v}], used[[2]int32{v, w}], used[[2]int32{u, w}] = true, true, true
				k++
				break
			}
		}
	}
	return k
}
