package analysis

import (
	"fmt"

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

// Gonum's path algorithms read an edge's weight as its length, while the
// projection's weight is a strength (the number of relations, by default).
// The views below give them the distances this package's measures use:
// hops, or the cost 1/weight.

// costView is a view of a projection whose edge weights are costs 1/weight.
type costView struct{ *Projection }

// Costs returns p as a gonum graph.WeightedDirected whose edge weights are
// the costs 1/weight this package's Weighted distance measures use (a pair
// joined by more relations is nearer), for gonum's shortest-path
// algorithms: path.DijkstraFrom(p.Node(u), p.Costs()) gives the distances
// of [ShortestPath] with Weighted. The view shares p's storage: O(1).
func (p *Projection) Costs() gg.WeightedDirected { return costView{p} }

// Weight returns the cost 1/weight of the edge x->y.
func (c costView) Weight(xid, yid int64) (float64, bool) {
	w, ok := c.Projection.Weight(xid, yid)
	if ok && xid != yid {
		w = 1 / w
	}
	return w, ok
}

// WeightedEdge returns the edge u->v weighing its cost, or nil.
func (c costView) WeightedEdge(uid, vid int64) gg.WeightedEdge {
	e, ok := c.Projection.WeightedEdge(uid, vid).(edge)
	if !ok {
		return nil
	}
	e.w = 1 / e.w
	return e
}

// Hops returns p as a gonum graph.Directed without weights, so that gonum's
// algorithms count hops: path.DijkstraFrom(p.Node(u), p.Hops()) gives the
// distances of [ShortestPath] by hops, network.Closeness(p.Hops(),
// path.DijkstraAllPaths(p.Hops())) counts hops too. O(1).
func (p *Projection) Hops() gg.Directed { return struct{ gg.Directed }{p} }

// undirectedCosts is a view of an undirected collapse whose edge weights
// are costs 1/weight.
type undirectedCosts struct{ *Undirected }

// Costs returns u as a gonum graph.WeightedUndirected whose edge weights
// are the costs 1/weight (see [Projection.Costs]). O(1).
func (u *Undirected) Costs() gg.WeightedUndirected { return undirectedCosts{u} }

// Weight returns the cost 1/weight of the edge {x, y}.
func (c undirectedCosts) Weight(xid, yid int64) (float64, bool) {
	w, ok := c.Undirected.Weight(xid, yid)
	if ok && xid != yid {
		w = 1 / w
	}
	return w, ok
}

// WeightedEdge returns the edge {u, v} oriented u->v weighing its cost, or
// nil.
func (c undirectedCosts) WeightedEdge(uid, vid int64) gg.WeightedEdge {
	return c.WeightedEdgeBetween(uid, vid)
}

// WeightedEdgeBetween returns the edge {x, y} oriented x->y weighing its
// cost, or nil.
func (c undirectedCosts) WeightedEdgeBetween(xid, yid int64) gg.WeightedEdge {
	e, ok := c.Undirected.WeightedEdgeBetween(xid, yid).(edge)
	if !ok {
		return nil
	}
	e.w = 1 / e.w
	return e
}

// Hops returns u as a gonum graph.Undirected without weights, so that
// gonum's algorithms count hops (see [Projection.Hops]). O(1).
func (u *Undirected) Hops() gg.Undirected { return struct{ gg.Undirected }{u} }

// ScoresOf turns a score per gonum node, as gonum's network package returns
// them (network.PageRank, network.Betweenness, ...), into a ranking of the
// actors: every actor of p with its node's score (0 if the map has none),
// sorted as every ranking of this package, by score, highest first, then
// by ID. O(n log n). It fails with ErrUnknownActor if a key is not a node
// of p.
func (p *Projection) ScoresOf(byNode map[int64]float64) ([]Score, error) {
	x := make([]float64, p.Len())
	for id, v := range byNode {
		if !p.has(id) {
			return nil, fmt.Errorf("%w: gonum node %d (the projection has nodes 0 to %d)", ErrUnknownActor, id, p.Len()-1)
		}
		x[id] = v
	}
	return p.scores(x), nil
}

// ActorsOf returns the actor IDs of gonum nodes of p, in the nodes' order,
// as gonum's path, topo and community packages return them. O(k) for k
// nodes. It fails with ErrUnknownActor if a node is not one of p's.
func (p *Projection) ActorsOf(nodes []gg.Node) ([]string, error) {
	out := make([]string, len(nodes))
	for i, n := range nodes {
		if n == nil || !p.has(n.ID()) {
			return nil, fmt.Errorf("%w: gonum node %v at %d (the projection has nodes 0 to %d)", ErrUnknownActor, n, i, p.Len()-1)
		}
		out[i] = p.ids[n.ID()]
	}
	return out, nil
}
