package analysis

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// Cost names the rule that measures the length of a path for [Distances]
// ([DistancesOptions.Cost]). The zero Cost is [CostHops].
type Cost uint8

// The cost rules, in the order [Costs] lists them.
const (
	// CostHops: every edge costs 1, so a distance is a number of hops. Its
	// name is "hops".
	CostHops Cost = iota
	// CostInverseWeight: an edge costs 1/weight, so a pair tied by three
	// relations is a third as far apart as a pair tied by one: the rule of
	// every measure's Weighted option. Its name is "inverse-weight".
	CostInverseWeight
	// CostWeight: an edge costs its weight, for weights that are already
	// lengths (kilometres, days, a WeightFunc of your own). Its name is
	// "weight".
	CostWeight
	numCosts
)

var costNames = [numCosts]string{"hops", "inverse-weight", "weight"}

// Costs returns every cost rule, in declaration order.
func Costs() []Cost {
	out := make([]Cost, numCosts)
	for i := range out {
		out[i] = Cost(i)
	}
	return out
}

// String returns the rule's name: "hops", "inverse-weight" or "weight";
// Cost(n) for a value outside [Costs].
func (c Cost) String() string {
	if c < numCosts {
		return costNames[c]
	}
	return "Cost(" + strconv.Itoa(int(c)) + ")"
}

// ParseCost reads a cost rule by the name [Cost.String] gives it, in any
// case; "1/weight" is accepted for "inverse-weight". An unknown name fails
// with an error wrapping [ErrBadOption] that lists the valid names.
func ParseCost(s string) (Cost, error) {
	if s == "1/weight" {
		return CostInverseWeight, nil
	}
	for c, name := range costNames {
		if strings.EqualFold(s, name) {
			return Cost(c), nil
		}
	}
	return 0, fmt.Errorf("%w: cost %q (want %s)", ErrBadOption, s, nameList(costNames[:]))
}

// MarshalText implements encoding.TextMarshaler with the name String gives.
// A value outside [Costs] fails with an error wrapping [ErrBadOption].
func (c Cost) MarshalText() ([]byte, error) {
	if c >= numCosts {
		return nil, fmt.Errorf("%w: %v", ErrBadOption, c)
	}
	return []byte(c.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseCost].
func (c *Cost) UnmarshalText(text []byte) error {
	v, err := ParseCost(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// DistancesOptions control [Distances].
type DistancesOptions struct {
	// Weighted measures distance as the sum of edge costs 1/weight, as the
	// Weighted option of every other measure: the same as Cost
	// CostInverseWeight. Default false (hops, unless Cost says otherwise).
	// Weighted with Cost CostWeight fails with ErrBadOption.
	Weighted bool
	// Cost is the rule that measures a path: CostHops (the default),
	// CostInverseWeight or CostWeight.
	Cost Cost
	// Undirected follows relations either way, over the undirected
	// collapse ([Projection.Undirected]); otherwise (the default) only from
	// source to target of each relation, a symmetric kind running both
	// ways.
	Undirected bool
}

// Distance is one actor's entry in a [ShortestPathTree]: how far it is from
// the tree's source and the actor it is reached through.
type Distance struct {
	ID   string // actor ID
	Name string // actor name (or ID)
	// Cost is the length of a shortest path from the source: hops, or the
	// sum of edge costs under the tree's Cost rule. 0 for the source.
	Cost float64
	// Hops is the number of edges of the shortest path the tree holds
	// (equal to Cost by hops). 0 for the source.
	Hops int
	// Via is the ID of the actor just before this one on that path: its
	// parent in the tree. "" for the source.
	Via string
}

// ShortestPathTree is every shortest distance from one actor, as
// [Distances] returns it: a table of the actors reached, by distance, and
// the predecessor tree that gives a path to each of them.
type ShortestPathTree struct {
	// From is the source's actor ID.
	From string
	// Cost is the rule the distances are measured by.
	Cost Cost
	// Undirected reports whether the paths follow relations either way.
	Undirected bool
	// Reached lists the actors a path from the source reaches, the source
	// first: sorted by Cost, then by ID.
	Reached []Distance
	// Unreached lists, by ID, the actors no path from the source reaches:
	// their distance is infinite.
	Unreached []string

	p      *Projection
	at     []int32 // node -> position in Reached, -1 if unreached
	parent []int32 // node -> parent node, -1 for the source and the unreached
}

// Distance returns the entry of the actor id and true, or false if no path
// from the source reaches it or it is not an actor of the projection.
// O(1).
func (t *ShortestPathTree) Distance(id string) (Distance, bool) {
	u, ok := t.p.index(id)
	if !ok || t.at[u] < 0 {
		return Distance{}, false
	}
	return t.Reached[t.at[u]], true
}

// Path returns the shortest path of the tree from its source to the actor
// to, with the relations along it, as [ShortestPath] would return it with
// the same options (for CostHops and CostInverseWeight). O(length of the
// path + its relations). It fails with ErrUnknownActor, or ErrNoPath if to
// is unreached.
func (t *ShortestPathTree) Path(to string) (Path, error) {
	v, ok := t.p.index(to)
	if !ok {
		return Path{}, fmt.Errorf("%w %q", ErrUnknownActor, to)
	}
	if t.at[v] < 0 {
		return Path{}, fmt.Errorf("%w from %q to %q", ErrNoPath, t.From, to)
	}
	var nodes []int32
	for u := v; u != -1; u = t.parent[u] {
		nodes = append(nodes, u)
	}
	slices.Reverse(nodes)
	return t.p.makePath(nodes, t.Reached[t.at[v]].Cost, t.Undirected), nil
}

// Distances returns every shortest distance from the actor from, with the
// tree of shortest paths, as networkx.single_source_shortest_path_length
// (by hops) or networkx.single_source_dijkstra_path_length with weight
// "cost" = 1/weight (CostInverseWeight, or Weighted) or "weight"
// (CostWeight), on the undirected collapse when Undirected. By hops it is
// a breadth-first search over neighbours in ID order; weighted, Dijkstra
// with a binary heap, ties settled in ID order; so each actor's parent is
// the one [ShortestPath] would choose.
//
// O(n + m) time by hops, O(n log n + m log n) weighted, O(n) memory beyond
// the result; it looks at ctx every few thousand edges. Reached is sorted
// by distance, then ID; Unreached by ID. It fails with
// ErrUnknownActor (from), ErrBadOption (a Cost outside [Costs], or
// Weighted with CostWeight), or ctx.Err() once ctx is done.
func Distances(ctx context.Context, p *Projection, from string, o DistancesOptions) (*ShortestPathTree, error) {
	rule := o.Cost
	if rule >= numCosts {
		return nil, fmt.Errorf("%w: distances by %v", ErrBadOption, rule)
	}
	if o.Weighted {
		if rule == CostWeight {
			return nil, fmt.Errorf("%w: distances Weighted (cost 1/weight) with cost %v", ErrBadOption, rule)
		}
		rule = CostInverseWeight
	}
	src, ok := p.index(from)
	if !ok {
		return nil, fmt.Errorf("%w %q", ErrUnknownActor, from)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	c := p.adjacency(o.Undirected)
	n := p.Len()
	b := budgetOf(ctx)
	dist := make([]float64, n)
	parent := make([]int32, n)
	hops := make([]int32, n)
	for i := range n {
		dist[i] = math.Inf(1)
		parent[i] = -1
		hops[i] = -1
	}
	var order []int32
	if rule == CostHops {
		order = bfsTree(c, src, parent, hops, b)
	} else {
		order = dijkstraTree(c, rule == CostInverseWeight, src, dist, parent, hops, b)
	}
	if b.halted() {
		return nil, ctx.Err()
	}
	if rule == CostHops {
		// Breadth-first search yields its levels in turn, each in the
		// order of discovery: a counting sort by level, over the nodes in
		// ID order, sorts them by (hops, ID) in O(n).
		order = byLevel(order, hops)
		for _, v := range order {
			dist[v] = float64(hops[v])
		}
	} else if byDistance := func(a, b int32) int {
		if c := cmp.Compare(dist[a], dist[b]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	}; !slices.IsSortedFunc(order, byDistance) {
		// Dijkstra settles nodes by (distance, node), node order being ID
		// order, unless an edge costs nothing (a weight so large that its
		// inverse, or so small that itself, adds nothing to a distance).
		slices.SortFunc(order, byDistance)
	}
	t := &ShortestPathTree{From: from, Cost: rule, Undirected: o.Undirected, p: p,
		Reached: make([]Distance, len(order)), Unreached: make([]string, 0, n-len(order)),
		at: make([]int32, n), parent: parent}
	for i := range t.at {
		t.at[i] = -1
	}
	for i, v := range order {
		d := Distance{ID: p.ids[v], Name: p.names[v], Cost: dist[v], Hops: int(hops[v])}
		if u := parent[v]; u >= 0 {
			d.Via = p.ids[u]
		}
		t.Reached[i] = d
		t.at[v] = int32(i)
	}
	for v := range n {
		if t.at[v] < 0 {
			t.Unreached = append(t.Unreached, p.ids[v])
		}
	}
	return t, nil
}

// bfsTree searches c from src by hops, filling hops (-1 for a node not
// reached) and parent, and returns the nodes reached in the order found:
// level by level, each level in the order of its discovery. It stops early
// once b reports its context done.
func bfsTree(c *csr, src int32, parent, hops []int32, b *budget) []int32 {
	hops[src] = 0
	order := make([]int32, 1, len(hops))
	order[0] = src
	// Once every node is reached, the edges left to scan can find nothing.
	for i := 0; i < len(order) && len(order) < len(hops); i++ {
		v := order[i]
		adj := c.to[c.off[v]:c.off[v+1]]
		if b.spend(len(adj)) {
			return order
		}
		dv := hops[v] + 1
		for _, w := range adj {
			if hops[w] < 0 {
				hops[w] = dv
				parent[w] = v
				order = append(order, w)
			}
		}
	}
	return order
}

// byLevel returns the nodes of a breadth-first order sorted by (hops,
// node), by counting: O(n).
func byLevel(order []int32, hops []int32) []int32 {
	levels := hops[order[len(order)-1]] + 1
	start := make([]int32, levels+1)
	for _, v := range order {
		start[hops[v]+1]++
	}
	for l := range levels {
		start[l+1] += start[l]
	}
	out := make([]int32, len(order))
	for v, h := range hops {
		if h >= 0 {
			out[start[h]] = int32(v)
			start[h]++
		}
	}
	return out
}

// dijkstraTree searches c from src with edge costs 1/weight (inverse) or
// weight, filling dist, parent and hops, and returns the nodes in the
// order they were settled. It stops early once b reports its context done.
func dijkstraTree(c *csr, inverse bool, src int32, dist []float64, parent, hops []int32, b *budget) []int32 {
	var h distHeap
	var order []int32
	done := make([]bool, len(dist))
	dist[src] = 0
	hops[src] = 0
	h.push(0, src)
	for len(h) > 0 {
		d, v := h.pop()
		if done[v] {
			continue // a stale entry
		}
		done[v] = true
		order = append(order, v)
		lo, hi := c.off[v], c.off[v+1]
		if b.spend(int(hi - lo)) {
			return order
		}
		for e := lo; e < hi; e++ {
			w := c.to[e]
			if done[w] {
				continue
			}
			cost := c.w[e]
			if inverse {
				cost = 1 / cost
			}
			if nd := d + cost; nd < dist[w] {
				dist[w] = nd
				parent[w] = v
				hops[w] = hops[v] + 1
				h.push(nd, w)
			}
		}
	}
	return order
}
