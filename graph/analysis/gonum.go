package analysis

import (
	gg "gonum.org/v1/gonum/graph"
)

// The gonum interfaces the compact core implements.
var (
	_ gg.WeightedDirected   = (*Projection)(nil)
	_ gg.WeightedUndirected = (*Undirected)(nil)
)

// node is a gonum node: the index of an actor in a projection.
type node int64

// ID implements gonum's graph.Node.
func (n node) ID() int64 { return int64(n) }

// edge is a gonum weighted edge of a projection.
type edge struct {
	f, t int32
	w    float64
}

func (e edge) From() gg.Node         { return node(e.f) }
func (e edge) To() gg.Node           { return node(e.t) }
func (e edge) ReversedEdge() gg.Edge { e.f, e.t = e.t, e.f; return e }
func (e edge) Weight() float64       { return e.w }

// rangeNodes iterates over the nodes 0..n-1 without allocating them.
type rangeNodes struct {
	n, cur int
}

func (it *rangeNodes) Next() bool {
	if it.cur >= it.n {
		it.cur = it.n + 1
		return false
	}
	it.cur++
	return true
}
func (it *rangeNodes) Len() int { return max(0, it.n-it.cur) }
func (it *rangeNodes) Reset()   { it.cur = 0 }
func (it *rangeNodes) Node() gg.Node {
	if it.cur == 0 || it.cur > it.n {
		return nil
	}
	return node(it.cur - 1)
}

// sliceNodes iterates over a shared slice of node indexes.
type sliceNodes struct {
	s   []int32
	cur int
}

func (it *sliceNodes) Next() bool {
	if it.cur >= len(it.s) {
		it.cur = len(it.s) + 1
		return false
	}
	it.cur++
	return true
}
func (it *sliceNodes) Len() int { return max(0, len(it.s)-it.cur) }
func (it *sliceNodes) Reset()   { it.cur = 0 }
func (it *sliceNodes) Node() gg.Node {
	if it.cur == 0 || it.cur > len(it.s) {
		return nil
	}
	return node(it.s[it.cur-1])
}

func nodesOf(s []int32) gg.Nodes {
	if len(s) == 0 {
		return gg.Empty
	}
	return &sliceNodes{s: s}
}

func (p *Projection) has(id int64) bool { return id >= 0 && id < int64(len(p.ids)) }

// Node returns the node with the given ID (an actor's position 0..n-1 in ID
// order; see [Projection.ActorID] for the actor), or nil. It implements
// gonum's graph.Graph.
func (p *Projection) Node(id int64) gg.Node {
	if !p.has(id) {
		return nil
	}
	return node(id)
}

// Nodes returns all nodes in index order. It implements gonum's graph.Graph.
func (p *Projection) Nodes() gg.Nodes {
	if len(p.ids) == 0 {
		return gg.Empty
	}
	return &rangeNodes{n: len(p.ids)}
}

// From returns the successors of node id, ascending, without copying them.
// It implements gonum's graph.Graph.
func (p *Projection) From(id int64) gg.Nodes {
	if !p.has(id) {
		return gg.Empty
	}
	to, _ := p.out.adj(int32(id))
	return nodesOf(to)
}

// To returns the predecessors of node id, ascending, without copying them.
// It implements gonum's graph.Directed.
func (p *Projection) To(id int64) gg.Nodes {
	if !p.has(id) {
		return gg.Empty
	}
	to, _ := p.in.adj(int32(id))
	return nodesOf(to)
}

// HasEdgeBetween reports whether there is an edge between x and y in either
// direction. It implements gonum's graph.Graph.
func (p *Projection) HasEdgeBetween(xid, yid int64) bool {
	return p.HasEdgeFromTo(xid, yid) || p.HasEdgeFromTo(yid, xid)
}

// HasEdgeFromTo reports whether there is an edge u->v, in O(log d) for
// u's out-degree d. It implements gonum's graph.Directed.
func (p *Projection) HasEdgeFromTo(uid, vid int64) bool {
	return p.has(uid) && p.has(vid) && p.out.find(int32(uid), int32(vid)) >= 0
}

// Edge returns the edge u->v, or nil. It implements gonum's graph.Graph.
func (p *Projection) Edge(uid, vid int64) gg.Edge {
	if e := p.WeightedEdge(uid, vid); e != nil {
		return e
	}
	return nil
}

// WeightedEdge returns the edge u->v with its weight, or nil. It implements
// gonum's graph.Weighted.
func (p *Projection) WeightedEdge(uid, vid int64) gg.WeightedEdge {
	if !p.has(uid) || !p.has(vid) {
		return nil
	}
	e := p.out.find(int32(uid), int32(vid))
	if e < 0 {
		return nil
	}
	return edge{int32(uid), int32(vid), p.out.w[e]}
}

// Weight returns the weight of the edge x->y and true; 0 and true when x
// and y are the same node (gonum's convention for the distance of a node to
// itself); 0 and false when there is no such edge. O(log d) for x's
// out-degree d. It implements gonum's graph.Weighted.
func (p *Projection) Weight(xid, yid int64) (w float64, ok bool) {
	if xid == yid && p.has(xid) {
		return 0, true
	}
	if e := p.WeightedEdge(xid, yid); e != nil {
		return e.Weight(), true
	}
	return 0, false
}

func (u *Undirected) has(id int64) bool { return u.p.has(id) }

// Node returns the node with the given ID, or nil. It implements gonum's
// graph.Graph.
func (u *Undirected) Node(id int64) gg.Node { return u.p.Node(id) }

// Nodes returns all nodes in index order. It implements gonum's graph.Graph.
func (u *Undirected) Nodes() gg.Nodes { return u.p.Nodes() }

// From returns the neighbours of node id. It implements gonum's graph.Graph.
func (u *Undirected) From(id int64) gg.Nodes {
	if !u.has(id) {
		return gg.Empty
	}
	to, _ := u.adj.adj(int32(id))
	return nodesOf(to)
}

// HasEdgeBetween reports whether x and y are adjacent. It implements gonum's
// graph.Graph.
func (u *Undirected) HasEdgeBetween(xid, yid int64) bool {
	return u.has(xid) && u.has(yid) && u.adj.find(int32(xid), int32(yid)) >= 0
}

// Edge returns the edge {u, v} oriented u->v, or nil. It implements gonum's
// graph.Graph.
func (u *Undirected) Edge(uid, vid int64) gg.Edge {
	if e := u.WeightedEdgeBetween(uid, vid); e != nil {
		return e
	}
	return nil
}

// EdgeBetween is Edge. It implements gonum's graph.Undirected.
func (u *Undirected) EdgeBetween(xid, yid int64) gg.Edge { return u.Edge(xid, yid) }

// WeightedEdge is WeightedEdgeBetween. It implements gonum's graph.Weighted.
func (u *Undirected) WeightedEdge(uid, vid int64) gg.WeightedEdge {
	return u.WeightedEdgeBetween(uid, vid)
}

// WeightedEdgeBetween returns the edge {x, y} oriented x->y with its weight,
// or nil. It implements gonum's graph.WeightedUndirected.
func (u *Undirected) WeightedEdgeBetween(xid, yid int64) gg.WeightedEdge {
	if !u.has(xid) || !u.has(yid) {
		return nil
	}
	e := u.adj.find(int32(xid), int32(yid))
	if e < 0 {
		return nil
	}
	return edge{int32(xid), int32(yid), u.adj.w[e]}
}

// Weight returns the weight of the edge {x, y} and true; 0 and true when x
// and y are the same node; 0 and false when they are not adjacent. It
// implements gonum's graph.Weighted.
func (u *Undirected) Weight(xid, yid int64) (w float64, ok bool) {
	if xid == yid && u.has(xid) {
		return 0, true
	}
	if e := u.WeightedEdgeBetween(xid, yid); e != nil {
		return e.Weight(), true
	}
	return 0, false
}
