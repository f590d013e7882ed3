package analysis

import (
	"cmp"
	"math/bits"
	"math/rand/v2"
	"slices"
)

// This file splits a signed graph into two sides with as few frustrated
// ties (hostile within a side, cooperative across) as possible: the
// engine of [Blocs].

// ExactFrustrationLimit is the largest block (biconnected component,
// counted in units a split cannot separate: actors, or actors held
// together by affiliations) that [Blocs] splits exactly, by enumerating
// its 2^(k-1) partitions in Gray-code order; larger blocks are split by
// local search.
const ExactFrustrationLimit = 24

// costGraph is what a split is computed on: units joined by edges, each
// edge with what it costs when its two ends are on the same side (its
// hostile ties) and when they are on different sides (its cooperative
// ties), counted in ties and in strength. Neighbour lists are sorted.
type costGraph struct {
	off          []int32
	to           []int32
	same, diff   []int32   // frustrated ties if the ends share a side, or not
	sameW, diffW []float64 // their summed strength
}

func (c *costGraph) n() int { return len(c.off) - 1 }

// find returns the position of the edge u-v, or -1.
func (c *costGraph) find(u, v int32) int32 {
	lo, hi := c.off[u], c.off[u+1]
	if i, ok := slices.BinarySearch(c.to[lo:hi], v); ok {
		return lo + int32(i)
	}
	return -1
}

// costEdge is one edge of a costGraph before merging.
type costEdge struct {
	u, v         int32
	same, diff   int32
	sameW, diffW float64
}

// newCostGraph builds a costGraph of n units from edges, merging those on
// the same pair (in either order) in the order given. Each edge goes into
// the rows of both its ends, in the order given; each row is then sorted by
// the other end, stably (rows made from pairs sorted by their ends already
// are, unless units merged actors), and its entries on one pair merged.
// O(n + e log d) time for e edges and at most d per unit. It spends a unit
// of work per entry, and returns nil if work reports the context done.
func newCostGraph(n int, edges []costEdge, work *budget) *costGraph {
	off := make([]int32, n+1)
	for _, e := range edges {
		if e.u != e.v {
			off[e.u+1]++
			off[e.v+1]++
		}
	}
	for u := range n {
		off[u+1] += off[u]
	}
	rows := make([]costEdge, off[n])
	next := slices.Clone(off[:n])
	for _, e := range edges {
		if work.spend(1) {
			return nil
		}
		if e.u == e.v {
			continue
		}
		rows[next[e.u]] = e
		next[e.u]++
		e.u, e.v = e.v, e.u
		rows[next[e.u]] = e
		next[e.u]++
	}
	byOther := func(a, b costEdge) int { return cmp.Compare(a.v, b.v) }
	k := len(rows)
	c := &costGraph{off: make([]int32, n+1), to: make([]int32, 0, k), same: make([]int32, 0, k), diff: make([]int32, 0, k),
		sameW: make([]float64, 0, k), diffW: make([]float64, 0, k)}
	for u := range n {
		row := rows[off[u]:off[u+1]]
		if work.spend(len(row) + 1) {
			return nil
		}
		if !slices.IsSortedFunc(row, byOther) {
			slices.SortStableFunc(row, byOther)
		}
		for i := 0; i < len(row); {
			e := row[i]
			j := i + 1
			for ; j < len(row) && row[j].v == e.v; j++ {
				e.same += row[j].same
				e.diff += row[j].diff
				e.sameW += row[j].sameW
				e.diffW += row[j].diffW
			}
			c.to = append(c.to, e.v)
			c.same, c.diff = append(c.same, e.same), append(c.diff, e.diff)
			c.sameW, c.diffW = append(c.sameW, e.sameW), append(c.diffW, e.diffW)
			i = j
		}
		c.off[u+1] = int32(len(c.to))
	}
	return c
}

// split is a two-sided partition of the units of a costGraph.
type split struct {
	side   []int8  // side of every unit (0 for units without edges)
	count  int     // frustrated ties
	weight float64 // their summed strength
	lower  int     // proven lower bound of the least count
	exact  bool    // count is the least
}

// splitter holds the state of one search.
type splitter struct {
	c     *costGraph
	side  []int8
	mark  []int32 // mark[v] == stamp: v is in the block being solved
	stamp int32
	rng   *rand.Rand
	work  *budget // a unit per edge looked at; once it reports the context done, the search stops
}

// degree is the number of edges of unit u, the work of looking at them.
func (x *splitter) degree(u int32) int { return int(x.c.off[u+1] - x.c.off[u]) }

func (x *splitter) in(v int32) bool { return x.mark[v] == x.stamp }

// cost is what edge i costs with its ends on the same side or not.
func (x *splitter) cost(i int32, same bool) (int, float64) {
	if same {
		return int(x.c.same[i]), x.c.sameW[i]
	}
	return int(x.c.diff[i]), x.c.diffW[i]
}

// frustrated counts and weighs the frustrated ties among nodes.
func (x *splitter) frustrated(nodes []int32) (int, float64) {
	k, w := 0, 0.0
	for _, u := range nodes {
		for i := x.c.off[u]; i < x.c.off[u+1]; i++ {
			if v := x.c.to[i]; v > u && x.in(v) {
				dk, dw := x.cost(i, x.side[u] == x.side[v])
				k, w = k+dk, w+dw
			}
		}
	}
	return k, w
}

// flipGain is how much frustration (ties and strength) flipping u removes.
func (x *splitter) flipGain(u int32) (int, float64) {
	g, gw := 0, 0.0
	for i := x.c.off[u]; i < x.c.off[u+1]; i++ {
		v := x.c.to[i]
		if !x.in(v) {
			continue
		}
		same := x.side[u] == x.side[v]
		now, nowW := x.cost(i, same)
		after, afterW := x.cost(i, !same)
		g, gw = g+now-after, gw+nowW-afterW
	}
	return g, gw
}

// better reports whether (k, w) is less frustrated than (bk, bw): fewer
// ties, or as many weighing less (beyond rounding).
func better(k int, w float64, bk int, bw float64) bool {
	return k < bk || k == bk && w < bw-1e-9*(1+bw)
}

// solveSplit splits every connected component of c into two sides with as
// few frustrated ties as possible, ties between equally frustrated
// partitions going to the one whose frustrated ties weigh least. The
// frustration of a graph is the sum of that of its blocks (biconnected
// components), which share at most one unit and can each be flipped to
// agree on it, so each block is solved on its own: exactly up to
// exactLimit units, else by seeded multi-start local search. In every
// component the smallest unit is on side 0. It returns false, and no
// split, if work reports the context done first.
func solveSplit(c *costGraph, seed uint64, exactLimit int, work *budget) (split, bool) {
	n := c.n()
	x := &splitter{c: c, side: make([]int8, n), mark: make([]int32, n), rng: rand.New(rand.NewPCG(seed, 0x2545f4914f6cdd1d)), work: work}
	for i := range x.mark {
		x.mark[i] = -1
	}
	sp := split{side: make([]int8, n), exact: true}
	t := &tarjan{disc: make([]int32, n), low: make([]int32, n), mark: make([]int32, n)}
	placed := make([]bool, n)
	member := make([][]int32, n) // blocks of each unit of the component
	for root := range int32(n) {
		if placed[root] || c.off[root] == c.off[root+1] {
			continue
		}
		bs := t.blocks(c, root, work)
		if work.halted() {
			return split{}, false
		}
		for bi := range bs {
			b := &bs[bi]
			x.stamp++
			for _, v := range b.nodes {
				x.mark[v] = x.stamp
				member[v] = append(member[v], int32(bi))
			}
			if work.spend(len(b.nodes)) {
				return split{}, false
			}
			var k int
			var w float64
			if len(b.nodes) <= exactLimit {
				k, w = x.exact(b.nodes)
				sp.lower += k
			} else {
				k, w = x.heuristic(b.nodes)
				if !work.halted() {
					sp.lower += x.lowerBound(b.nodes)
				}
				sp.exact = false
			}
			if work.halted() {
				return split{}, false
			}
			sp.count += k
			sp.weight += w
			b.side = make([]int8, len(b.nodes))
			for i, v := range b.nodes {
				b.side[i] = x.side[v]
			}
		}
		// Place the blocks from the root outwards, flipping each to agree
		// with the one unit it shares with those already placed.
		done := make([]bool, len(bs))
		queue := []int32{root}
		placed[root] = true
		for len(queue) > 0 {
			u := queue[0]
			queue = queue[1:]
			for _, bi := range member[u] {
				if done[bi] {
					continue
				}
				done[bi] = true
				b := &bs[bi]
				i, _ := slices.BinarySearch(b.nodes, u)
				flip := sp.side[u] ^ b.side[i]
				for j, v := range b.nodes {
					if !placed[v] {
						placed[v] = true
						sp.side[v] = b.side[j] ^ flip
						queue = append(queue, v)
					}
				}
			}
			member[u] = nil
		}
	}
	return sp, true
}

// block is a biconnected component: its units, sorted, and the side of
// each in the block's own best split.
type block struct {
	nodes []int32
	side  []int8
}

// tarjan finds blocks by Tarjan's algorithm, iteratively; disc and low
// are shared by the searches of all components, and mark[v] == stamp says
// v is already in the block being gathered.
type tarjan struct {
	disc, low   []int32
	mark        []int32
	time, stamp int32
}

// blocks returns the blocks of the component of root, in the order the
// depth-first search (neighbours in order) completes them, spending a unit
// of work per step, and nil if work reports the context done. O(k + e)
// for the component's k units and e edges.
func (t *tarjan) blocks(c *costGraph, root int32, work *budget) []block {
	type frame struct {
		u, parent int32
		next      int32
	}
	var out []block
	var edges [][2]int32
	t.time++
	t.disc[root], t.low[root] = t.time, t.time
	frames := []frame{{root, -1, c.off[root]}}
	for len(frames) > 0 {
		if work.spend(1) {
			return nil
		}
		f := &frames[len(frames)-1]
		u := f.u
		if f.next < c.off[u+1] {
			v := c.to[f.next]
			f.next++
			switch {
			case v == f.parent:
			case t.disc[v] == 0:
				edges = append(edges, [2]int32{u, v})
				t.time++
				t.disc[v], t.low[v] = t.time, t.time
				frames = append(frames, frame{v, u, c.off[v]})
			case t.disc[v] < t.disc[u]: // a back edge
				edges = append(edges, [2]int32{u, v})
				t.low[u] = min(t.low[u], t.disc[v])
			}
			continue
		}
		frames = frames[:len(frames)-1]
		p := f.parent
		if p < 0 {
			continue
		}
		t.low[p] = min(t.low[p], t.low[u])
		if t.low[u] >= t.disc[p] {
			var nodes []int32
			t.stamp++
			for {
				e := edges[len(edges)-1]
				edges = edges[:len(edges)-1]
				for _, v := range e {
					if t.mark[v] != t.stamp {
						t.mark[v] = t.stamp
						nodes = append(nodes, v)
					}
				}
				if e == [2]int32{p, u} {
					break
				}
			}
			slices.Sort(nodes)
			out = append(out, block{nodes: nodes})
		}
	}
	return out
}

// exact finds the best split of a block by enumerating its partitions
// with nodes[0] on side 0, in Gray-code order, and leaves it in x.side.
func (x *splitter) exact(nodes []int32) (int, float64) {
	for _, v := range nodes {
		x.side[v] = 0
	}
	cur, curW := x.frustrated(nodes)
	best, bestW, bestCode := cur, curW, uint64(0)
	for i := uint64(1); i < 1<<(len(nodes)-1); i++ {
		v := nodes[bits.TrailingZeros64(i)+1]
		if x.work.spend(x.degree(v) + 1) {
			return 0, 0 // stopped: solveSplit gives up the search
		}
		g, gw := x.flipGain(v)
		cur, curW = cur-g, curW-gw
		x.side[v] ^= 1
		if better(cur, curW, best, bestW) {
			best, bestW, bestCode = cur, curW, i^(i>>1)
		}
	}
	for j, v := range nodes[1:] {
		x.side[v] = int8(bestCode >> j & 1)
	}
	x.side[nodes[0]] = 0
	return x.frustrated(nodes) // counted again, free of rounding drift
}

// heuristic splits a block by local search (single-unit flips until none
// helps) from a spanning-tree start and 15 random starts, keeps the best,
// and leaves it in x.side with nodes[0] on side 0.
func (x *splitter) heuristic(nodes []int32) (int, float64) {
	best := make([]int8, len(nodes))
	bestK, bestW := -1, 0.0
	const restarts = 16
	for r := range restarts {
		if r == 0 {
			// Spanning-tree start: each unit on the side its tree edge
			// prefers.
			for _, v := range nodes {
				x.side[v] = -1
			}
			x.side[nodes[0]] = 0
			queue := []int32{nodes[0]}
			for q := 0; q < len(queue); q++ {
				u := queue[q]
				for i := x.c.off[u]; i < x.c.off[u+1]; i++ {
					v := x.c.to[i]
					if !x.in(v) || x.side[v] >= 0 {
						continue
					}
					x.side[v] = x.side[u]
					if s, d := x.c.same[i], x.c.diff[i]; s > d || s == d && x.c.sameW[i] > x.c.diffW[i] {
						x.side[v] ^= 1
					}
					queue = append(queue, v)
				}
			}
		} else {
			for _, v := range nodes {
				x.side[v] = int8(x.rng.IntN(2))
			}
		}
		for improved := true; improved; {
			improved = false
			for _, v := range nodes {
				if x.work.spend(x.degree(v) + 1) {
					return 0, 0 // stopped: solveSplit gives up the search
				}
				if g, gw := x.flipGain(v); g > 0 || g == 0 && gw > 1e-9 {
					x.side[v] ^= 1
					improved = true
				}
			}
		}
		if k, w := x.frustrated(nodes); bestK < 0 || better(k, w, bestK, bestW) {
			bestK, bestW = k, w
			for i, v := range nodes {
				best[i] = x.side[v]
			}
		}
	}
	flip := best[0]
	for i, v := range nodes {
		x.side[v] = best[i] ^ flip
	}
	return bestK, bestW
}

// lowerBound is a proven lower bound of a block's least frustration: every
// edge costs at least the lesser of its two costs, and beyond that each
// unbalanced triangle of the edges' residual signs (cooperative where
// parting costs more, hostile where sharing does) costs one more; the
// triangles are packed greedily so that they share no edge.
func (x *splitter) lowerBound(nodes []int32) int {
	residual := func(i int32) int8 {
		switch s, d := x.c.same[i], x.c.diff[i]; {
		case d > s:
			return 1
		case s > d:
			return -1
		}
		return 0
	}
	k := 0
	used := map[[2]int32]bool{}
	for _, u := range nodes {
		for i := x.c.off[u]; i < x.c.off[u+1]; i++ {
			v := x.c.to[i]
			if v <= u || !x.in(v) {
				continue
			}
			k += int(min(x.c.same[i], x.c.diff[i]))
			suv := residual(i)
			if suv == 0 || used[[2]int32{u, v}] {
				continue
			}
			if x.work.spend(int(x.c.off[u+1] - i)) {
				return 0 // stopped: solveSplit gives up the search
			}
			for j := i + 1; j < x.c.off[u+1]; j++ {
				w := x.c.to[j]
				vw := x.c.find(v, w)
				if !x.in(w) || vw < 0 {
					continue
				}
				suw, svw := residual(j), residual(vw)
				if suw == 0 || svw == 0 || suv*suw*svw > 0 || used[[2]int32{v, w}] || used[[2]int32{u, w}] {
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
