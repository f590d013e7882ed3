package analysis

import (
	"cmp"
	"math"
	"slices"
	"sync"

	"github.com/diplograph/diplograph/graph"
)

// WeightFunc gives the weight one relation adds to the projected edge it
// falls on. It is called once per selected relation, with the relation's
// kind. A result that is not a positive finite number leaves the relation out
// of the projection (it adds no edge and no weight, and is not part of any
// edge's relation chain).
type WeightFunc func(r graph.Relation, k graph.Kind) float64

// Count is the default [WeightFunc]: every relation counts 1, so the weight
// of u->v is the number of selected relations from u to v (a symmetric kind
// counting both ways).
func Count(graph.Relation, graph.Kind) float64 { return 1 }

// RelationWeight weighs a relation by its own Weight field (1 unless the
// scenario says otherwise).
func RelationWeight(r graph.Relation, _ graph.Kind) float64 { return r.Weight }

// Goldstein weighs a relation by the magnitude of its kind's Goldstein value
// (|-8| for sanctions, 1 for a phone call), so intense relations weigh more
// whatever their sign. Kinds with a zero Goldstein value (those without a
// CAMEO code, such as withdrew-for) add nothing and are left out.
func Goldstein(_ graph.Relation, k graph.Kind) float64 { return math.Abs(k.Goldstein) }

// EvidenceCount weighs a relation by the number of citations backing it; a
// relation without evidence counts 1.
func EvidenceCount(r graph.Relation, _ graph.Kind) float64 {
	return float64(max(1, len(r.Evidence)))
}

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
// on. Node i is the i-th actor of the graph in ID order; there is at most one
// edge per ordered pair, its weight the sum of the [WeightFunc] over the
// relations that fall on it, and no self-loops. See the package
// documentation for the rule.
//
// A Projection is immutable and safe for concurrent use. It implements
// gonum's graph.WeightedDirected with node IDs 0..n-1 (see [Projection.Node]),
// so gonum's algorithms run on it too.
type Projection struct {
	g     *graph.Graph
	ids   []string // actor IDs by node
	names []string // actor labels by node
	out   csr      // successors
	in    csr      // predecessors; in.w[i] is the weight of the same edge
	// inEdge[i] is the position in out of the edge that in.to[i] names.
	inEdge []int32
	// relOff, rels: the relations (indexes into rs) that fall on each out
	// edge, in relation order.
	relOff []int32
	rels   []int32
	rs     []graph.Relation
	relW   []float64 // weight each relation adds (0 if left out)
	kinds  map[string]graph.Kind

	unOnce sync.Once
	un     *Undirected
}

// Project projects g (typically a view made with [graph.Graph.Filter]) to a
// weighted simple directed graph. Every relation r of g adds weight(r) to the
// edge r.From->r.To, and for a symmetric kind also to r.To->r.From. A nil
// weight means [Count]. Cost O(n + m log m) time for n actors and m
// relations, O(n + m) memory.
func Project(g *graph.Graph, weight WeightFunc) *Projection {
	if weight == nil {
		weight = Count
	}
	as := slices.Collect(g.Actors())
	p := &Projection{g: g, ids: make([]string, len(as)), names: make([]string, len(as)), kinds: map[string]graph.Kind{}}
	index := make(map[string]int32, len(as))
	for i, a := range as {
		p.ids[i] = a.ID
		p.names[i] = a.Label()
		index[a.ID] = int32(i)
	}
	for k := range g.Kinds().Kinds() {
		p.kinds[k.Name] = k
	}
	p.rs = slices.Collect(g.Relations())
	arcs := make([]arc, 0, len(p.rs))
	p.relW = make([]float64, len(p.rs))
	for i, r := range p.rs {
		k := p.kinds[r.Kind]
		w := weight(r, k)
		if !(w > 0) || math.IsInf(w, 0) {
			continue
		}
		p.relW[i] = w
		u, v := index[r.From], index[r.To]
		arcs = append(arcs, arc{u, v, int32(i), w})
		if k.Symmetric {
			arcs = append(arcs, arc{v, u, int32(i), w})
		}
	}
	p.build(len(as), arcs)
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
	p.inEdge = make([]int32, m)
	next := slices.Clone(p.in.off[:n])
	for u := range int32(n) {
		for e := p.out.off[u]; e < p.out.off[u+1]; e++ {
			v := p.out.to[e]
			k := next[v]
			next[v]++
			p.in.to[k] = u
			p.in.w[k] = p.out.w[e]
			p.inEdge[k] = e
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

// ID returns the actor ID of node i.
func (p *Projection) ID(i int) string { return p.ids[i] }

// Name returns the display name of node i (the actor's name, or its ID).
func (p *Projection) Name(i int) string { return p.names[i] }

// Index returns the node of the actor with the given ID.
func (p *Projection) Index(id string) (int, bool) {
	i, ok := slices.BinarySearch(p.ids, id)
	return i, ok
}

// EdgeWeight returns the weight of the edge u->v, or 0 and false if there
// is none.
func (p *Projection) EdgeWeight(u, v int) (float64, bool) {
	if u < 0 || v < 0 || u >= len(p.ids) || v >= len(p.ids) {
		return 0, false
	}
	e := p.out.find(int32(u), int32(v))
	if e < 0 {
		return 0, false
	}
	return p.out.w[e], true
}

// Successors returns the nodes u has an edge to, ascending. The slice is
// shared and must not be modified.
func (p *Projection) Successors(u int) []int32 { to, _ := p.out.adj(int32(u)); return to }

// Predecessors returns the nodes with an edge to v, ascending. The slice is
// shared and must not be modified.
func (p *Projection) Predecessors(v int) []int32 { to, _ := p.in.adj(int32(v)); return to }

// Relations returns the relations that fall on the edge u->v, in relation
// order: those from u to v and, for symmetric kinds, those from v to u.
func (p *Projection) Relations(u, v int) []graph.Relation {
	e := p.out.find(int32(u), int32(v))
	if e < 0 {
		return nil
	}
	return p.edgeRelations(e)
}

func (p *Projection) edgeRelations(e int) []graph.Relation {
	if p.rs == nil {
		return nil
	}
	idx := p.rels[p.relOff[e]:p.relOff[e+1]]
	out := make([]graph.Relation, len(idx))
	for i, j := range idx {
		out[i] = p.rs[j]
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

// kind returns the kind of relation i.
func (p *Projection) kind(i int32) graph.Kind { return p.kinds[p.rs[i].Kind] }

// Undirected is the undirected collapse of a [Projection], used by community
// detection, cliques and signed balance: one edge per unordered pair {u, v}
// that has a relation either way, weighing the sum of the [WeightFunc] over
// the relations between u and v, each relation counted once (a symmetric
// relation too). It implements gonum's graph.WeightedUndirected.
type Undirected struct {
	p   *Projection
	adj csr
}

// Undirected returns the undirected collapse of p, computed on first use.
func (p *Projection) Undirected() *Undirected {
	p.unOnce.Do(func() { p.un = p.collapse() })
	return p.un
}

func (p *Projection) collapse() *Undirected {
	n := p.Len()
	arcs := make([]arc, 0, 2*p.NumEdges())
	for u := range int32(n) {
		to, w := p.out.adj(u)
		for i, v := range to {
			back := p.out.find(v, u)
			if back >= 0 && u > v {
				continue // counted from v
			}
			ww := w[i]
			switch {
			case p.rs != nil:
				ww = 0
				for _, r := range p.relationsBetween(u, v) {
					ww += p.relW[r]
				}
			case back >= 0:
				ww += p.out.w[back]
			}
			arcs = append(arcs, arc{u, v, -1, ww}, arc{v, u, -1, ww})
		}
	}
	arcs = radixSort(n, arcs)
	c := csr{off: make([]int32, n+1), to: make([]int32, len(arcs)), w: make([]float64, len(arcs))}
	for i, a := range arcs {
		c.off[a.u+1]++
		c.to[i] = a.v
		c.w[i] = a.w
	}
	for u := range n {
		c.off[u+1] += c.off[u]
	}
	return &Undirected{p: p, adj: c}
}

// Projection returns the directed projection u was collapsed from.
func (u *Undirected) Projection() *Projection { return u.p }

// Len returns the number of nodes.
func (u *Undirected) Len() int { return u.p.Len() }

// NumEdges returns the number of undirected edges.
func (u *Undirected) NumEdges() int { return len(u.adj.to) / 2 }

// Neighbors returns the neighbours of node i, ascending. The slice is shared
// and must not be modified.
func (u *Undirected) Neighbors(i int) []int32 { to, _ := u.adj.adj(int32(i)); return to }

// EdgeWeight returns the weight of the edge {a, b}, or 0 and false.
func (u *Undirected) EdgeWeight(a, b int) (float64, bool) {
	if a < 0 || b < 0 || a >= u.Len() || b >= u.Len() {
		return 0, false
	}
	e := u.adj.find(int32(a), int32(b))
	if e < 0 {
		return 0, false
	}
	return u.adj.w[e], true
}
