package analysis

import "math"

// costs returns 1/w for every edge of c: the cost of an edge when distances
// are weighted.
func costs(c *csr) []float64 {
	out := make([]float64, len(c.w))
	for i, w := range c.w {
		out[i] = 1 / w
	}
	return out
}

// search is the scratch space of one single-source shortest-path search:
// breadth-first for hops, Dijkstra for weighted costs. Between searches
// every entry is back at its initial value, so a search costs O(visited),
// not O(n).
type search struct {
	hop   []int32   // hop distance, -1 if not reached
	dist  []float64 // weighted distance, +Inf if not reached
	sigma []float64 // number of shortest paths from the source
	delta []float64 // Brandes dependency
	order []int32   // nodes in the order they were settled
	heap  distHeap
}

func newSearch(n int, weighted bool) *search {
	s := &search{sigma: make([]float64, n), delta: make([]float64, n), order: make([]int32, 0, n)}
	if weighted {
		s.dist = make([]float64, n)
		for i := range s.dist {
			s.dist[i] = math.Inf(1)
		}
	} else {
		s.hop = make([]int32, n)
		for i := range s.hop {
			s.hop[i] = -1
		}
	}
	return s
}

// reset undoes the last search.
func (s *search) reset() {
	for _, v := range s.order {
		if s.hop != nil {
			s.hop[v] = -1
		} else {
			s.dist[v] = math.Inf(1)
		}
		s.sigma[v] = 0
		s.delta[v] = 0
	}
	s.order = s.order[:0]
	s.heap = s.heap[:0]
}

// bfs searches c from src by hops, counting shortest paths.
func (s *search) bfs(c *csr, src int32) {
	s.hop[src] = 0
	s.sigma[src] = 1
	s.order = append(s.order, src)
	for i := 0; i < len(s.order); i++ {
		v := s.order[i]
		dv := s.hop[v] + 1
		for _, w := range c.to[c.off[v]:c.off[v+1]] {
			if s.hop[w] < 0 {
				s.hop[w] = dv
				s.order = append(s.order, w)
			}
			if s.hop[w] == dv {
				s.sigma[w] += s.sigma[v]
			}
		}
	}
}

// reach searches c from src by hops, as bfs without counting paths: hop
// and order only, for the distance measures. Once every node is reached
// the edges left to scan can find nothing, so it stops: on a graph where
// most actors reach most others that skips most of the edges.
func (s *search) reach(c *csr, src int32) {
	s.hop[src] = 0
	s.order = append(s.order, src)
	n := len(s.hop)
	for i := 0; i < len(s.order) && len(s.order) < n; i++ {
		v := s.order[i]
		dv := s.hop[v] + 1
		for _, w := range c.to[c.off[v]:c.off[v+1]] {
			if s.hop[w] < 0 {
				s.hop[w] = dv
				s.order = append(s.order, w)
			}
		}
	}
}

// reachWeighted searches c from src with edge costs cost, as dijkstra
// without counting paths: dist and order only, for the distance measures.
// It settles nodes in the same order as dijkstra, so distances and their
// sums are the same to the bit. It stops once every node is settled.
func (s *search) reachWeighted(c *csr, cost []float64, src int32) {
	s.dist[src] = 0
	s.heap.push(0, src)
	settled := s.order
	n := len(s.dist)
	for len(s.heap) > 0 && len(settled) < n {
		d, v := s.heap.pop()
		if d > s.dist[v] || s.delta[v] < 0 {
			continue // stale entry, or settled already
		}
		s.delta[v] = -1 // mark settled; delta is cleared before use
		settled = append(settled, v)
		for e := c.off[v]; e < c.off[v+1]; e++ {
			w := c.to[e]
			if nd := d + cost[e]; s.delta[w] >= 0 && nd < s.dist[w] {
				s.dist[w] = nd
				s.heap.push(nd, w)
			}
		}
	}
	s.order = settled
	for _, v := range settled {
		s.delta[v] = 0
	}
}

// dijkstra searches c from src with edge costs cost, counting shortest
// paths the way NetworkX does (exact equality of float distances).
func (s *search) dijkstra(c *csr, cost []float64, src int32) {
	s.dist[src] = 0
	s.sigma[src] = 1
	s.heap.push(0, src)
	settled := s.order
	for len(s.heap) > 0 {
		d, v := s.heap.pop()
		if d > s.dist[v] || s.delta[v] < 0 {
			continue // stale entry, or settled already
		}
		s.delta[v] = -1 // mark settled; delta is cleared before use
		settled = append(settled, v)
		for e := c.off[v]; e < c.off[v+1]; e++ {
			w := c.to[e]
			nd := d + cost[e]
			switch {
			case s.delta[w] >= 0 && nd < s.dist[w]:
				s.dist[w] = nd
				s.sigma[w] = s.sigma[v]
				s.heap.push(nd, w)
			case nd == s.dist[w]:
				s.sigma[w] += s.sigma[v]
			}
		}
	}
	s.order = settled
	for _, v := range settled {
		s.delta[v] = 0
	}
}

// distHeap is a binary min-heap of (distance, node), ties by node.
type distHeap []heapItem

type heapItem struct {
	d float64
	v int32
}

func (h heapItem) less(o heapItem) bool { return h.d < o.d || h.d == o.d && h.v < o.v }

func (h *distHeap) push(d float64, v int32) {
	*h = append(*h, heapItem{d, v})
	a := *h
	i := len(a) - 1
	for i > 0 {
		j := (i - 1) / 2
		if !a[i].less(a[j]) {
			break
		}
		a[i], a[j] = a[j], a[i]
		i = j
	}
}

func (h *distHeap) pop() (float64, int32) {
	a := *h
	top := a[0]
	last := len(a) - 1
	a[0] = a[last]
	a = a[:last]
	i := 0
	for {
		l := 2*i + 1
		if l >= len(a) {
			break
		}
		m := l
		if r := l + 1; r < len(a) && a[r].less(a[l]) {
			m = r
		}
		if !a[m].less(a[i]) {
			break
		}
		a[i], a[m] = a[m], a[i]
		i = m
	}
	*h = a
	return top.d, top.v
}
