package analysis

import (
	"cmp"
	"iter"
	"math"
	"slices"
	"sync"

	"github.com/diplograph/diplograph/graph"
)

// csr is a compressed sparse row adjacency: the neighbours of node u are
// to[off[u]:off[u+1]], sorted ascending, with weights w[off[u]:off[u+1]].
type csr struct {
	off []int32
	to  []int32
	w   []float64
}

func (c *csr) adj(u int32) ([]int32, []float64) {
	lo, hi := c.off[u], c.off[u+1]
	return c.to[lo:hi], c.w[lo:hi]
}

func (c *csr) degree(u int32) int { return int(c.off[u+1] - c.off[u]) }

// find returns the position of edge u->v in c, or -1.
func (c *csr) find(u, v int32) int {
	lo, hi := int(c.off[u]), int(c.off[u+1])
	i, ok := slices.BinarySearch(c.to[lo:hi], v)
	if !ok {
		return -1
	}
	return lo + i
}

// Projection is a view of a [graph.Graph] as a weighted simple directed
// graph, held in slices: the compact core every measure of this package runs
// on. There is at most one edge per ordered pair of actors, its weight the
// sum of the relation weights ([ProjectOptions]) of the relations that fall
// on it, and no self-loops. See the package documentation for the rule.
//
// Its public methods address actors by ID. It also implements gonum's
// graph.WeightedDirected, whose int64 node IDs are the actors' positions
// 0..n-1 in ID order; [Projection.NodeID] and [Projection.ActorID] map
// between the two, so gonum's algorithms run on it too.
//
// A Projection is immutable and safe for concurrent use.
type Projection struct {
	g     *graph.Graph
	ids   []string // actor IDs by node
	names []string // actor labels by node
	out   csr      // successors
	in    csr      // predecessors; in.w[i] is the weight of the same edge
	// relOff, rels: the relations (indexes into g's relations) that fall on
	// each out edge, in relation order.
	relOff  []int32
	rels    []int32
	relW    []float64 // weight each relation of g adds (0 if left out)
	relSign []int8    // sign each relation counts with: its own, else its kind's (graph.Graph.SignOf)
	kinds   map[string]graph.Kind

	unOnce sync.Once
	un     *Undirected
}

// ProjectOptions control [Project]. The zero value weighs every relation 1.
type ProjectOptions struct {
	// Weighting is the built-in rule for the weight a relation adds to its
	// edge. The default, WeightByCount, makes the weight of u->v the
	// number of relations from u to v.
	Weighting Weighting
	// WeightFunc, if not nil, replaces Weighting with a rule of your own.
	// Default nil.
	WeightFunc WeightFunc
}

// Project projects g (typically a view made with [graph.Graph.Filter]) to a
// weighted simple directed graph. Every relation r of g adds its weight
// (see [ProjectOptions]) to the edge r.From->r.To, and for a symmetric kind
// also to r.To->r.From; a relation whose weight is not a positive finite
// number is left out. Nodes are g's actors in ID order. Cost O(n + m)
// time and memory for n actors and m relations (relations are referenced
// by their index in g, not copied). It never fails.
func Project(g *graph.Graph, o ProjectOptions) *Projection {
	n := g.NumActors()
	p := &Projection{g: g, ids: make([]string, n), names: make([]string, n), kinds: map[string]graph.Kind{}}
	for i := range n {
		a := g.ActorAt(i)
		p.ids[i] = a.ID
		p.names[i] = a.Label()
	}
	for k := range g.Kinds().Kinds() {
		p.kinds[k.Name] = k
	}
	// Relations are read from the graph's columns (graph.Graph.RelationLink);
	// only a WeightFunc of the caller's sees them materialised.
	m := g.NumRelations()
	arcs := make([]arc, 0, m)
	p.relW = make([]float64, m)
	p.relSign = make([]int8, m)
	for i := range m {
		l := g.RelationLink(i)
		p.relSign[i] = int8(l.Sign)
		var w float64
		if o.WeightFunc != nil {
			w = o.WeightFunc(g.RelationAt(i), *l.Kind)
		} else {
			w = o.Weighting.weighLink(l)
		}
		if !(w > 0) || math.IsInf(w, 0) {
			continue
		}
		p.relW[i] = w
		u, v := int32(l.From), int32(l.To)
		arcs = append(arcs, arc{u, v, int32(i), w})
		if l.Kind.Symmetric {
			arcs = append(arcs, arc{v, u, int32(i), w})
		}
	}
	p.build(n, arcs)
	return p
}

// arc is one relation's contribution to an edge before merging.
type arc struct {
	u, v int32
	rel  int32 // index of the relation, or -1
	w    float64
}

// build sorts arcs by (u, v, rel), merges those on the same pair into one
// edge and fills both adjacency structures.
func (p *Projection) build(n int, arcs []arc) {
	arcs = radixSort(n, arcs)
	p.out.off = make([]int32, n+1)
	p.relOff = []int32{0}
	for i := 0; i < len(arcs); {
		a := arcs[i]
		w := 0.0
		j := i
		for ; j < len(arcs) && arcs[j].u == a.u && arcs[j].v == a.v; j++ {
			w += arcs[j].w
			if arcs[j].rel >= 0 {
				p.rels = append(p.rels, arcs[j].rel)
			}
		}
		p.out.to = append(p.out.to, a.v)
		p.out.w = append(p.out.w, w)
		p.out.off[a.u+1]++
		p.relOff = append(p.relOff, int32(len(p.rels)))
		i = j
	}
	for u := range n {
		p.out.off[u+1] += p.out.off[u]
	}
	m := len(p.out.to)
	p.in.off = make([]int32, n+1)
	for _, v := range p.out.to {
		p.in.off[v+1]++
	}
	for v := range n {
		p.in.off[v+1] += p.in.off[v]
	}
	p.in.to = make([]int32, m)
	p.in.w = make([]float64, m)
	next := slices.Clone(p.in.off[:n])
	for u := range int32(n) {
		for e := p.out.off[u]; e < p.out.off[u+1]; e++ {
			v := p.out.to[e]
			k := next[v]
			next[v]++
			p.in.to[k] = u
			p.in.w[k] = p.out.w[e]
		}
	}
}

// radixSort orders arcs by (u, v), keeping the input order (relation order)
// among arcs on the same pair: two stable counting sorts, O(n + m).
func radixSort(n int, arcs []arc) []arc {
	if slices.IsSortedFunc(arcs, cmpArc) {
		return arcs
	}
	tmp := make([]arc, len(arcs))
	count := make([]int, n+1)
	pass := func(src, dst []arc, key func(arc) int32) {
		clear(count)
		for _, a := range src {
			count[key(a)+1]++
		}
		for i := range n {
			count[i+1] += count[i]
		}
		for _, a := range src {
			k := key(a)
			dst[count[k]] = a
			count[k]++
		}
	}
	pass(arcs, tmp, func(a arc) int32 { return a.v })
	pass(tmp, arcs, func(a arc) int32 { return a.u })
	return arcs
}

func cmpArc(a, b arc) int {
	if c := cmp.Compare(a.u, b.u); c != 0 {
		return c
	}
	return cmp.Compare(a.v, b.v)
}

// fromArcs makes a projection without a graph behind it, for tests and
// benchmarks: n nodes named "n0", "n1", ..., and the given arcs.
func fromArcs(n int, arcs []arc) *Projection {
	p := &Projection{ids: make([]string, n), names: make([]string, n)}
	for i := range n {
		p.ids[i] = nodeName(i)
		p.names[i] = p.ids[i]
	}
	p.build(n, arcs)
	return p
}

func nodeName(i int) string {
	const digits = "0123456789"
	b := []byte{'n'}
	// fixed width keeps ID order equal to index order
	for d := 1_000_000_000; d >= 1; d /= 10 {
		b = append(b, digits[(i/d)%10])
	}
	return string(b)
}

// Graph returns the graph the projection was made from.
func (p *Projection) Graph() *graph.Graph { return p.g }

// Len returns the number of nodes (actors).
func (p *Projection) Len() int { return len(p.ids) }

// NumEdges returns the number of directed edges.
func (p *Projection) NumEdges() int { return len(p.out.to) }

// NodeID returns the gonum node ID of the actor with the given ID (its
// position in ID order), and false if the actor is not in the projection.
// O(log n).
func (p *Projection) NodeID(actorID string) (int64, bool) {
	i, ok := slices.BinarySearch(p.ids, actorID)
	return int64(i), ok
}

// ActorID returns the actor ID of a gonum node ID, and "" if there is no
// such node. O(1).
func (p *Projection) ActorID(node int64) string {
	if !p.has(node) {
		return ""
	}
	return p.ids[node]
}

// index returns the node of the actor id.
func (p *Projection) index(id string) (int32, bool) {
	i, ok := slices.BinarySearch(p.ids, id)
	return int32(i), ok
}

// edge returns the position in p.out of the edge from->to, or -1.
func (p *Projection) edge(from, to string) int {
	u, ok := p.index(from)
	if !ok {
		return -1
	}
	v, ok := p.index(to)
	if !ok {
		return -1
	}
	return p.out.find(u, v)
}

// EdgeWeight returns the weight of the edge from->to, and 0 and false if
// there is none (or either actor is unknown). O(log n).
func (p *Projection) EdgeWeight(from, to string) (float64, bool) {
	e := p.edge(from, to)
	if e < 0 {
		return 0, false
	}
	return p.out.w[e], true
}

// EdgeRelations returns the relations that fall on the edge from->to, in
// relation order: those from from to to and, for symmetric kinds, those
// from to to from. It yields nothing if there is no such edge, or if the
// projection was made without a graph. O(log n) to start, O(1) per
// relation, which is read from the graph as it is yielded.
func (p *Projection) EdgeRelations(from, to string) iter.Seq[graph.Relation] {
	e := p.edge(from, to)
	if e < 0 {
		return noRelations
	}
	return p.pick(p.rels[p.relOff[e]:p.relOff[e+1]])
}

// Successors returns the actors that from has an edge to, in ID order,
// each with the weight of its edge. It yields nothing for an unknown
// actor. O(log n) to start, O(1) per successor.
func (p *Projection) Successors(from string) iter.Seq2[string, float64] {
	return p.neighbours(&p.out, from)
}

// Predecessors returns the actors with an edge to to, in ID order, each
// with the weight of its edge. It yields nothing for an unknown actor.
// O(log n) to start, O(1) per predecessor.
func (p *Projection) Predecessors(to string) iter.Seq2[string, float64] {
	return p.neighbours(&p.in, to)
}

func (p *Projection) neighbours(c *csr, id string) iter.Seq2[string, float64] {
	return func(yield func(string, float64) bool) {
		u, ok := p.index(id)
		if !ok {
			return
		}
		to, w := c.adj(u)
		for i, v := range to {
			if !yield(p.ids[v], w[i]) {
				return
			}
		}
	}
}

func noRelations(func(graph.Relation) bool) {}

// pick yields the relations of the graph at the given indexes.
func (p *Projection) pick(idx []int32) iter.Seq[graph.Relation] {
	if p.g == nil {
		return noRelations
	}
	return func(yield func(graph.Relation) bool) {
		for _, i := range idx {
			if !yield(p.g.RelationAt(int(i))) {
				return
			}
		}
	}
}

// relations returns the relations at the given indexes as a slice, for
// results that hold them (path steps).
func (p *Projection) relations(idx []int32) []graph.Relation {
	if p.g == nil || len(idx) == 0 {
		return nil
	}
	out := make([]graph.Relation, len(idx))
	for i, j := range idx {
		out[i] = p.g.RelationAt(int(j))
	}
	return out
}

// relationsBetween returns the relation indexes on u->v and v->u, each once,
// in relation order.
func (p *Projection) relationsBetween(u, v int32) []int32 {
	var idx []int32
	if e := p.out.find(u, v); e >= 0 {
		idx = append(idx, p.rels[p.relOff[e]:p.relOff[e+1]]...)
	}
	if e := p.out.find(v, u); e >= 0 {
		idx = append(idx, p.rels[p.relOff[e]:p.relOff[e+1]]...)
	}
	slices.Sort(idx)
	return slices.Compact(idx)
}

// pairWeight is the weight of the relations on edge e and on edge back (-1
// for none), each relation once (a symmetric relation is on both), added
// in relation order as relationsBetween lists them. It merges the two
// sorted lists without allocating.
func (p *Projection) pairWeight(e, back int32) float64 {
	a := p.rels[p.relOff[e]:p.relOff[e+1]]
	var b []int32
	if back >= 0 {
		b = p.rels[p.relOff[back]:p.relOff[back+1]]
	}
	w := 0.0
	for len(a) > 0 || len(b) > 0 {
		var r int32
		switch {
		case len(b) == 0 || len(a) > 0 && a[0] < b[0]:
			r, a = a[0], a[1:]
		case len(a) == 0 || b[0] < a[0]:
			r, b = b[0], b[1:]
		default: // the same relation on both edges
			r, a, b = a[0], a[1:], b[1:]
		}
		w += p.relW[r]
	}
	return w
}

// Undirected is the undirected collapse of a [Projection], used by community
// detection, cliques, signed balance and undirected paths and egos: one edge
// per unordered pair {u, v} that has a relation either way, weighing the sum
// of the weights of the relations between u and v (see [ProjectOptions]),
// each relation counted once (a symmetric relation too). Its methods address
// actors by ID; it implements gonum's graph.WeightedUndirected with the node
// IDs of its projection ([Projection.NodeID]).
type Undirected struct {
	p   *Projection
	adj csr
}

// Undirected returns the undirected collapse of p, computed on first use in
// O(n + r log r) time for r relations and O(n + m) memory, then kept.
func (p *Projection) Undirected() *Undirected {
	p.unOnce.Do(func() { p.un = p.collapse() })
	return p.un
}

func (p *Projection) collapse() *Undirected {
	n := int32(p.Len())
	// Each node's neighbours are its successors and predecessors merged,
	// both lists sorted by node: a first pass counts them, a second fills
	// the rows in order, so no edge list is built and sorted.
	c := csr{off: make([]int32, n+1)}
	for u := range n {
		out, in := p.out.to[p.out.off[u]:p.out.off[u+1]], p.in.to[p.in.off[u]:p.in.off[u+1]]
		k := int32(0)
		for i, j := 0, 0; i < len(out) || j < len(in); k++ {
			switch {
			case j == len(in) || i < len(out) && out[i] < in[j]:
				i++
			case i == len(out) || in[j] < out[i]:
				j++
			default:
				i, j = i+1, j+1
			}
		}
		c.off[u+1] = c.off[u] + k
	}
	c.to = make([]int32, c.off[n])
	c.w = make([]float64, c.off[n])
	for u := range n {
		lo, hi := p.out.off[u], p.out.off[u+1]
		out, in := p.out.to[lo:hi], p.in.to[p.in.off[u]:p.in.off[u+1]]
		k := c.off[u]
		for i, j := 0, 0; i < len(out) || j < len(in); k++ {
			var v, e, back int32
			switch {
			case j == len(in) || i < len(out) && out[i] < in[j]: // u->v only
				v, e, back = out[i], lo+int32(i), -1
				i++
			case i == len(out) || in[j] < out[i]: // v->u only
				v, e, back = in[j], -1, -1
				j++
			default: // both ways
				v, e, back = out[i], lo+int32(i), -1
				i, j = i+1, j+1
			}
			c.to[k] = v
			if v < u { // row v, filled already, holds the pair's weight
				c.w[k] = c.w[c.find(v, u)]
				continue
			}
			if e < 0 {
				e = int32(p.out.find(v, u))
			} else if j > 0 && in[j-1] == v {
				back = int32(p.out.find(v, u))
			}
			c.w[k] = p.pairWeightOf(e, back)
		}
	}
	return &Undirected{p: p, adj: c}
}

// pairWeightOf is the weight of the pair joined by out edge e and, if back
// is not -1, by out edge back the other way: the relations on both, each
// once, when the projection has a graph; else the two edges' weights.
func (p *Projection) pairWeightOf(e, back int32) float64 {
	if p.g != nil {
		return p.pairWeight(e, back)
	}
	if back < 0 {
		return p.out.w[e]
	}
	return p.out.w[e] + p.out.w[back]
}

// Projection returns the directed projection u was collapsed from.
func (u *Undirected) Projection() *Projection { return u.p }

// Len returns the number of nodes.
func (u *Undirected) Len() int { return u.p.Len() }

// NumEdges returns the number of undirected edges.
func (u *Undirected) NumEdges() int { return len(u.adj.to) / 2 }

// Neighbors returns the actors adjacent to id, in ID order, each with the
// weight of the pair. It yields nothing for an unknown actor. O(log n) to
// start, O(1) per neighbour.
func (u *Undirected) Neighbors(id string) iter.Seq2[string, float64] {
	return u.p.neighbours(&u.adj, id)
}

// EdgeWeight returns the weight of the pair {a, b}, and 0 and false if the
// two are not adjacent (or either is unknown). O(log n).
func (u *Undirected) EdgeWeight(a, b string) (float64, bool) {
	x, ok := u.p.index(a)
	if !ok {
		return 0, false
	}
	y, ok := u.p.index(b)
	if !ok {
		return 0, false
	}
	e := u.adj.find(x, y)
	if e < 0 {
		return 0, false
	}
	return u.adj.w[e], true
}

// EdgeRelations returns the relations between a and b, whichever their
// direction, each once, in relation order: those whose weights make up the
// pair's weight. It yields nothing if the two are not adjacent, or if the
// projection was made without a graph. O(d log d) for the d relations.
func (u *Undirected) EdgeRelations(a, b string) iter.Seq[graph.Relation] {
	x, ok := u.p.index(a)
	if !ok {
		return noRelations
	}
	y, ok := u.p.index(b)
	if !ok {
		return noRelations
	}
	return u.p.pick(u.p.relationsBetween(x, y))
}
