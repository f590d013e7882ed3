package analysis

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// PathOptions control the path functions.
type PathOptions struct {
	// Weighted measures a path by the sum of its edge costs 1/weight (an
	// edge carrying more relations is shorter); otherwise by hops.
	Weighted bool
	// Undirected follows relations either way, over the undirected collapse
	// ([Projection.Undirected]); otherwise only from source to target of
	// each relation (a symmetric kind runs both ways).
	Undirected bool
}

// Path is a chain of actors from a source to a target, with the relations
// that join each consecutive pair.
type Path struct {
	Actors []string // actor IDs, source first
	Steps  []Step   // len(Actors)-1 steps
	Cost   float64  // hops, or the sum of costs 1/weight when weighted
	p      *Projection
}

// Step is one hop of a [Path]: the relations between two consecutive actors.
type Step struct {
	From, To string // actor IDs, in path order
	// Relations are the selected relations the hop rests on, in relation
	// order: those running From->To (and symmetric ones either way) or, for
	// an undirected path, every relation between the two.
	Relations []graph.Relation
}

// Len returns the number of hops.
func (pa Path) Len() int { return len(pa.Steps) }

// String returns the actor IDs joined by arrows: "klitschko -> UKR -> RUS".
func (pa Path) String() string { return strings.Join(pa.Actors, " -> ") }

// adjacency returns the edges a path search follows.
func (p *Projection) adjacency(o PathOptions) *csr {
	if o.Undirected {
		return &p.Undirected().adj
	}
	return &p.out
}

// pathSearch finds shortest paths on one adjacency, with nodes and edges
// that may be banned (for Yen's algorithm).
type pathSearch struct {
	c          *csr
	cost       []float64 // nil for hops
	bannedNode []bool
	bannedEdge map[[2]int32]bool
	// scratch
	dist   []float64
	parent []int32
}

func newPathSearch(p *Projection, o PathOptions) *pathSearch {
	c := p.adjacency(o)
	s := &pathSearch{c: c, bannedNode: make([]bool, p.Len()), bannedEdge: map[[2]int32]bool{},
		dist: make([]float64, p.Len()), parent: make([]int32, p.Len())}
	if o.Weighted {
		s.cost = costs(c)
	}
	return s
}

// shortest returns the nodes of a shortest path from src to dst and its
// cost, or nil. By hops it is breadth-first over neighbours in ID order, so
// among paths of equal length it returns the one whose actor IDs come first
// in lexicographic order. Weighted, it is Dijkstra with ties taken in ID
// order.
func (s *pathSearch) shortest(src, dst int32) ([]int32, float64) {
	for i := range s.dist {
		s.dist[i] = math.Inf(1)
		s.parent[i] = -1
	}
	if s.bannedNode[src] || s.bannedNode[dst] {
		return nil, 0
	}
	s.dist[src] = 0
	if s.cost == nil {
		queue := []int32{src}
		for i := 0; i < len(queue) && math.IsInf(s.dist[dst], 1); i++ {
			v := queue[i]
			for _, w := range s.c.to[s.c.off[v]:s.c.off[v+1]] {
				if !math.IsInf(s.dist[w], 1) || s.bannedNode[w] || s.bannedEdge[[2]int32{v, w}] {
					continue
				}
				s.dist[w] = s.dist[v] + 1
				s.parent[w] = v
				queue = append(queue, w)
			}
		}
	} else {
		var h distHeap
		done := make([]bool, len(s.dist))
		h.push(0, src)
		for len(h) > 0 {
			d, v := h.pop()
			if done[v] {
				continue
			}
			done[v] = true
			if v == dst {
				break
			}
			for e := s.c.off[v]; e < s.c.off[v+1]; e++ {
				w := s.c.to[e]
				if done[w] || s.bannedNode[w] || s.bannedEdge[[2]int32{v, w}] {
					continue
				}
				if nd := d + s.cost[e]; nd < s.dist[w] {
					s.dist[w] = nd
					s.parent[w] = v
					h.push(nd, w)
				}
			}
		}
	}
	if math.IsInf(s.dist[dst], 1) {
		return nil, 0
	}
	var nodes []int32
	for v := dst; v != -1; v = s.parent[v] {
		nodes = append(nodes, v)
	}
	slices.Reverse(nodes)
	return nodes, s.dist[dst]
}

// edgeCost is the cost of the edge u->v in the search's adjacency.
func (s *pathSearch) edgeCost(u, v int32) float64 {
	if s.cost == nil {
		return 1
	}
	return s.cost[s.c.find(u, v)]
}

func (s *pathSearch) pathCost(nodes []int32) float64 {
	c := 0.0
	for i := 1; i < len(nodes); i++ {
		c += s.edgeCost(nodes[i-1], nodes[i])
	}
	return c
}

func (p *Projection) endpoints(from, to string) (int32, int32, error) {
	u, ok := p.Index(from)
	if !ok {
		return 0, 0, fmt.Errorf("%w %q", ErrUnknownActor, from)
	}
	v, ok := p.Index(to)
	if !ok {
		return 0, 0, fmt.Errorf("%w %q", ErrUnknownActor, to)
	}
	return int32(u), int32(v), nil
}

// makePath turns a node sequence into a Path with its relation chain.
func (p *Projection) makePath(nodes []int32, cost float64, o PathOptions) Path {
	pa := Path{Cost: cost, p: p}
	for i, v := range nodes {
		pa.Actors = append(pa.Actors, p.ids[v])
		if i == 0 {
			continue
		}
		u := nodes[i-1]
		st := Step{From: p.ids[u], To: p.ids[v]}
		if p.rs != nil {
			var idx []int32
			if o.Undirected {
				idx = p.relationsBetween(u, v)
			} else if e := p.out.find(u, v); e >= 0 {
				idx = p.rels[p.relOff[e]:p.relOff[e+1]]
			}
			for _, r := range idx {
				st.Relations = append(st.Relations, p.rs[r])
			}
		}
		pa.Steps = append(pa.Steps, st)
	}
	return pa
}

// ShortestPath returns a shortest path from one actor to another, by hops
// or weighted, with the relations along it. Among equally short paths by
// hops it returns the one whose actor IDs come first. It fails with
// ErrUnknownActor or ErrNoPath. O(n + m) by hops, O(m log n) weighted.
func ShortestPath(p *Projection, from, to string, o PathOptions) (Path, error) {
	u, v, err := p.endpoints(from, to)
	if err != nil {
		return Path{}, err
	}
	nodes, cost := newPathSearch(p, o).shortest(u, v)
	if nodes == nil {
		return Path{}, fmt.Errorf("%w from %q to %q", ErrNoPath, from, to)
	}
	return p.makePath(nodes, cost, o), nil
}

type candidate struct {
	nodes []int32
	cost  float64
}

func cmpCandidate(a, b candidate) int {
	if c := cmp.Compare(a.cost, b.cost); c != 0 {
		return c
	}
	if c := cmp.Compare(len(a.nodes), len(b.nodes)); c != 0 {
		return c
	}
	return slices.Compare(a.nodes, b.nodes)
}

// KShortestPaths returns up to k loopless paths from one actor to another,
// shortest first (Yen's algorithm). Ties are broken deterministically: by
// cost, then hops, then the actor IDs in lexicographic order. It fails with
// ErrUnknownActor, ErrNoPath (no path at all) or ErrBadOption (k < 1).
// O(k n (m + n log n)).
func KShortestPaths(p *Projection, from, to string, k int, o PathOptions) ([]Path, error) {
	if k < 1 {
		return nil, fmt.Errorf("%w: k = %d shortest paths", ErrBadOption, k)
	}
	u, v, err := p.endpoints(from, to)
	if err != nil {
		return nil, err
	}
	s := newPathSearch(p, o)
	first, cost := s.shortest(u, v)
	if first == nil {
		return nil, fmt.Errorf("%w from %q to %q", ErrNoPath, from, to)
	}
	found := []candidate{{first, cost}}
	var pool []candidate
	seen := map[string]bool{fmt.Sprint(first): true}
	for len(found) < k {
		last := found[len(found)-1].nodes
		for i := 0; i < len(last)-1; i++ {
			root := last[:i+1]
			clear(s.bannedEdge)
			clear(s.bannedNode)
			for _, f := range found {
				if len(f.nodes) > i+1 && slices.Equal(f.nodes[:i+1], root) {
					s.bannedEdge[[2]int32{f.nodes[i], f.nodes[i+1]}] = true
				}
			}
			for _, r := range root[:i] {
				s.bannedNode[r] = true
			}
			spur, _ := s.shortest(last[i], v)
			if spur == nil {
				continue
			}
			nodes := append(slices.Clone(root[:i]), spur...)
			key := fmt.Sprint(nodes)
			if seen[key] {
				continue
			}
			seen[key] = true
			pool = append(pool, candidate{nodes, s.pathCost(nodes)})
		}
		if len(pool) == 0 {
			break
		}
		best := slices.MinFunc(pool, cmpCandidate)
		pool = slices.DeleteFunc(pool, func(c candidate) bool { return cmpCandidate(c, best) == 0 })
		found = append(found, best)
	}
	out := make([]Path, len(found))
	for i, c := range found {
		out[i] = p.makePath(c.nodes, c.cost, o)
	}
	return out, nil
}

// AllSimplePaths returns every path without repeated actors from one actor
// to another with at most maxHops hops, sorted by cost, then hops, then
// actor IDs. The number of paths can grow exponentially with maxHops. It
// fails with ErrUnknownActor or ErrBadOption (maxHops < 1); no path is an
// empty result, not an error.
func AllSimplePaths(p *Projection, from, to string, maxHops int, o PathOptions) ([]Path, error) {
	if maxHops < 1 {
		return nil, fmt.Errorf("%w: paths of at most %d hops", ErrBadOption, maxHops)
	}
	u, v, err := p.endpoints(from, to)
	if err != nil {
		return nil, err
	}
	s := newPathSearch(p, o)
	var found []candidate
	onPath := make([]bool, p.Len())
	stack := []int32{u}
	onPath[u] = true
	var walk func()
	walk = func() {
		x := stack[len(stack)-1]
		if x == v {
			found = append(found, candidate{slices.Clone(stack), s.pathCost(stack)})
			return
		}
		if len(stack) > maxHops {
			return
		}
		for _, w := range s.c.to[s.c.off[x]:s.c.off[x+1]] {
			if onPath[w] {
				continue
			}
			onPath[w] = true
			stack = append(stack, w)
			walk()
			stack = stack[:len(stack)-1]
			onPath[w] = false
		}
	}
	if u != v {
		walk()
	}
	slices.SortFunc(found, cmpCandidate)
	out := make([]Path, len(found))
	for i, c := range found {
		out[i] = p.makePath(c.nodes, c.cost, o)
	}
	return out, nil
}
