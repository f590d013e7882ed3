package graph

import (
	"iter"
	"slices"
	"strings"
	"sync"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
)

// Graph is an immutable multigraph of actors and relations, made by
// [Builder.Build] or [Graph.Filter]. It is safe for concurrent use by many
// readers.
//
// Actors are kept sorted by ID; relations in the order they were added.
// The graph's own contents (actors, relations, sources) are enumerated with
// iterators ([iter.Seq]), so reading them copies nothing and the storage
// behind them may stay compact; answers to queries ([Graph.Neighbors],
// [Graph.Holders], the counts) are fresh sorted slices. Each Relation handed
// out is made afresh from the columns, its Evidence and Attrs its own; the
// slices and maps inside each Actor or Kind handed out are shared with the
// graph and must not be modified: use their Clone methods to get copies to
// change.
type Graph struct {
	title     string
	kinds     *Registry
	sources   []Source       // sorted by ID
	actors    []actors.Actor // sorted by ID
	rel       *relData       // the relations of the origin, shared by every view of it
	sel       []int32        // a view's relations: positions in rel, in relation order; nil for a built graph (all of them)
	uncertain []int32        // positions in rel of the relations the filter that made this view could not decide at their precision
	actorIdx  map[string]int // ID -> index in actors
	sourceIdx map[string]int // ID -> index in sources
	// actorOf maps the origin's actor positions to this graph's (-1 if the
	// view left the actor out); nil for a built graph.
	actorOf []int32
	// out and in index relations by actor, as CSR: the relations (indexes
	// of this graph, 0..NumRelations-1) from actor u are
	// outRel[outOff[u]:outOff[u+1]], in relation order.
	outOff, outRel []int32
	inOff, inRel   []int32
	origin         *Graph // the built graph this one was filtered from (itself if built)

	relIdxOnce sync.Once
	relIdx     map[string]int32 // ID -> index of the relation, made on first use of Relation
}

// pos returns the store position of g's i-th relation.
func (g *Graph) pos(i int) int {
	if g.sel == nil {
		return i
	}
	return int(g.sel[i])
}

// ends returns the positions in g's actors of g's i-th relation's ends.
func (g *Graph) ends(i int) (int32, int32) {
	p := g.pos(i)
	f, t := g.rel.fromPos(p), g.rel.toPos(p)
	if g.actorOf != nil {
		f, t = g.actorOf[f], g.actorOf[t]
	}
	return f, t
}

func (g *Graph) index() {
	g.actorIdx = make(map[string]int, len(g.actors))
	for i, a := range g.actors {
		g.actorIdx[a.ID] = i
	}
	g.sourceIdx = make(map[string]int, len(g.sources))
	for i, s := range g.sources {
		g.sourceIdx[s.ID] = i
	}
	n, m := len(g.actors), g.NumRelations()
	g.outOff = make([]int32, n+1)
	g.inOff = make([]int32, n+1)
	for i := range m {
		f, t := g.ends(i)
		g.outOff[f+1]++
		g.inOff[t+1]++
	}
	for u := range n {
		g.outOff[u+1] += g.outOff[u]
		g.inOff[u+1] += g.inOff[u]
	}
	g.outRel = make([]int32, m)
	g.inRel = make([]int32, m)
	nextOut := slices.Clone(g.outOff[:n])
	nextIn := slices.Clone(g.inOff[:n])
	for i := range m {
		f, t := g.ends(i)
		g.outRel[nextOut[f]] = int32(i)
		nextOut[f]++
		g.inRel[nextIn[t]] = int32(i)
		nextIn[t]++
	}
}

func (g *Graph) outOf(u int) []int32 { return g.outRel[g.outOff[u]:g.outOff[u+1]] }
func (g *Graph) inOf(u int) []int32  { return g.inRel[g.inOff[u]:g.inOff[u+1]] }

// Uncertain returns the relations whose time, at its precision, straddles
// the Window or AsOf boundary of the [Filter] that made g: kept in g by
// default, left out when the filter set DropUncertain. It is empty for a
// built graph and for views not selected by time. Relation order.
func (g *Graph) Uncertain() iter.Seq[Relation] {
	return func(yield func(Relation) bool) {
		for _, p := range g.uncertain {
			if !yield(g.rel.relation(int(p))) {
				return
			}
		}
	}
}

// NumUncertain returns the number of relations [Graph.Uncertain] yields.
func (g *Graph) NumUncertain() int { return len(g.uncertain) }

// Title returns the graph's title.
func (g *Graph) Title() string { return g.title }

// Origin returns the built graph that g was filtered from, or g itself if g
// was built. Relations of a view may cite reporters and role holders that the
// view left out; look them up in the origin.
func (g *Graph) Origin() *Graph { return g.origin }

// NumActors returns the number of actors.
func (g *Graph) NumActors() int { return len(g.actors) }

// NumRelations returns the number of relations.
func (g *Graph) NumRelations() int {
	if g.sel == nil {
		return g.rel.len()
	}
	return len(g.sel)
}

// Actor returns the actor with the given ID.
func (g *Graph) Actor(id string) (actors.Actor, bool) {
	i, ok := g.actorIdx[id]
	if !ok {
		return actors.Actor{}, false
	}
	return g.actors[i], true
}

// Actors returns every actor, sorted by ID.
func (g *Graph) Actors() iter.Seq[actors.Actor] { return slices.Values(g.actors) }

// ActorAt returns the i-th actor in ID order, 0 <= i < NumActors. It panics
// if i is out of range.
func (g *Graph) ActorAt(i int) actors.Actor { return g.actors[i] }

// Relation returns the relation with the given ID. The first call makes an
// index of every relation's ID: O(R) time and memory for R relations; later
// calls are O(1).
func (g *Graph) Relation(id string) (Relation, bool) {
	g.relIdxOnce.Do(func() {
		g.relIdx = make(map[string]int32, g.NumRelations())
		for i := range g.NumRelations() {
			g.relIdx[g.RelationID(i)] = int32(i)
		}
	})
	i, ok := g.relIdx[id]
	if !ok {
		return Relation{}, false
	}
	return g.RelationAt(int(i)), true
}

// Relations returns every relation, in the order they were added. Each is
// materialised from the graph's columns as it is yielded.
func (g *Graph) Relations() iter.Seq[Relation] {
	return func(yield func(Relation) bool) {
		for i := range g.NumRelations() {
			if !yield(g.rel.relation(g.pos(i))) {
				return
			}
		}
	}
}

// RelationAt returns the i-th relation in the order they were added,
// 0 <= i < NumRelations, materialised from the graph's columns: O(1 + its
// evidence and attributes), with an Evidence slice and an Attrs map of its
// own. It panics if i is out of range.
func (g *Graph) RelationAt(i int) Relation { return g.rel.relation(g.pos(i)) }

// RelationID returns the ID of the i-th relation (given, or derived from
// its parts) without materialising the rest of it. It panics if i is out
// of range.
func (g *Graph) RelationID(i int) string {
	p := g.pos(i)
	if id, ok := g.rel.ids.get(int32(p)); ok {
		return id
	}
	return g.rel.derivedID(p)
}

// Link is what measures read of a relation, from the graph's columns
// without materialising the relation: its ends as positions of actors in
// the graph ([Graph.ActorAt]), its kind, weight, count and sign, and how
// many citations back it.
type Link struct {
	From, To int     // positions of the actors in the graph's ID order
	Kind     *Kind   // the relation's kind, shared with the graph's registry: do not modify
	Weight   float64 // the relation's weight (1 unless given)
	Count    int     // the occurrences it stands for (1 unless given)
	Sign     Sign    // the sign it counts with ([Graph.SignOf])
	OwnSign  bool    // whether Sign is the relation's own ([Relation.WithSign]) rather than its kind's
	Evidence int     // the number of citations backing it
}

// RelationLink returns what measures read of the i-th relation (see
// [Link]) in O(1), without materialising it: the accessor for loops over
// millions of relations, such as a projection's. It panics if i is out of
// range.
func (g *Graph) RelationLink(i int) Link {
	p := g.pos(i)
	f, t := g.ends(i)
	k := &g.kinds.kinds[g.rel.kindOf(p)]
	l := Link{From: int(f), To: int(t), Kind: k, Weight: g.rel.weightOf(p), Count: g.rel.countAt(p), Sign: k.Sign}
	if own := g.rel.sign.at(p); own != 0 {
		l.Sign, l.OwnSign = Sign(own-2), true
	}
	lo, hi := g.rel.evidence(p)
	l.Evidence = hi - lo
	return l
}

// Source returns the source with the given ID.
func (g *Graph) Source(id string) (Source, bool) {
	i, ok := g.sourceIdx[id]
	if !ok {
		return Source{}, false
	}
	return g.sources[i], true
}

// NumSources returns the number of sources.
func (g *Graph) NumSources() int { return len(g.sources) }

// Sources returns every source, sorted by ID.
func (g *Graph) Sources() iter.Seq[Source] { return slices.Values(g.sources) }

// SignOf returns the sign r counts with: its own ([Relation.WithSign]) if it
// has one, else its kind's (neutral for a kind g does not know).
func (g *Graph) SignOf(r Relation) Sign {
	if s, ok := r.OwnSign(); ok {
		return s
	}
	k, _ := g.kinds.Kind(r.Kind)
	return k.Sign
}

// Kind returns the relation kind called name.
func (g *Graph) Kind(name string) (Kind, bool) { return g.kinds.Kind(name) }

// Kinds returns a copy of the graph's registry of relation kinds: the
// built-in ones and those the scenario defined.
func (g *Graph) Kinds() *Registry { return g.kinds.Clone() }

// CustomKinds returns the kinds the scenario defined beyond the built-in
// ones, sorted by name.
func (g *Graph) CustomKinds() []Kind {
	var out []Kind
	for _, k := range g.kinds.kinds {
		if !g.kinds.IsBuiltin(k.Name) {
			out = append(out, k)
		}
	}
	return out
}

// pick yields the relations at the given indexes.
func (g *Graph) pick(idx []int32) iter.Seq[Relation] {
	return func(yield func(Relation) bool) {
		for _, j := range idx {
			if !yield(g.RelationAt(int(j))) {
				return
			}
		}
	}
}

// From returns the relations whose From is id, in relation order.
func (g *Graph) From(id string) iter.Seq[Relation] {
	i, ok := g.actorIdx[id]
	if !ok {
		return none
	}
	return g.pick(g.outOf(i))
}

// To returns the relations whose To is id, in relation order.
func (g *Graph) To(id string) iter.Seq[Relation] {
	i, ok := g.actorIdx[id]
	if !ok {
		return none
	}
	return g.pick(g.inOf(i))
}

// RelationsOf returns the relations that touch id at either end, in
// relation order.
func (g *Graph) RelationsOf(id string) iter.Seq[Relation] {
	i, ok := g.actorIdx[id]
	if !ok {
		return none
	}
	merged := make([]int32, 0, len(g.outOf(i))+len(g.inOf(i)))
	merged = append(merged, g.outOf(i)...)
	merged = append(merged, g.inOf(i)...)
	slices.Sort(merged)
	return g.pick(merged)
}

// Between returns the relations between a and b in either direction, in
// relation order.
func (g *Graph) Between(a, b string) iter.Seq[Relation] {
	i, ok := g.actorIdx[a]
	if !ok {
		return none
	}
	j, ok := g.actorIdx[b]
	if !ok {
		return none
	}
	var idx []int32
	for _, r := range g.outOf(i) {
		if _, t := g.ends(int(r)); int(t) == j {
			idx = append(idx, r)
		}
	}
	for _, r := range g.inOf(i) {
		if f, _ := g.ends(int(r)); int(f) == j {
			idx = append(idx, r)
		}
	}
	slices.Sort(idx)
	return g.pick(idx)
}

// OfKind returns the relations of the given kind, in relation order.
func (g *Graph) OfKind(kind string) iter.Seq[Relation] {
	return func(yield func(Relation) bool) {
		k, ok := g.kinds.byName[kind]
		if !ok {
			return
		}
		for i := range g.NumRelations() {
			if int(g.rel.kindOf(g.pos(i))) == k && !yield(g.RelationAt(i)) {
				return
			}
		}
	}
}

// none is the empty sequence of relations.
func none(func(Relation) bool) {}

// Neighbors returns the IDs of the actors related to id in either direction,
// sorted.
func (g *Graph) Neighbors(id string) []string {
	i, ok := g.actorIdx[id]
	if !ok {
		return nil
	}
	var ids []string
	for _, r := range g.outOf(i) {
		_, t := g.ends(int(r))
		ids = append(ids, g.actors[t].ID)
	}
	for _, r := range g.inOf(i) {
		f, _ := g.ends(int(r))
		ids = append(ids, g.actors[f].ID)
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// Holders returns the actors that held role r of the actor with ID of (of
// anyone, when of is empty) at some time in d, sorted by ID: "who was
// president of UKR on 2014-02-01".
func (g *Graph) Holders(role, of string, d date.Date) []actors.Actor {
	return actors.Holders(g.actors, role, of, d)
}

// KindCount is how many relations (or actors) of one kind a graph holds, as
// returned by [Graph.KindCounts] and [Graph.ActorKindCounts].
type KindCount struct {
	Kind string // a relation kind's name, or an actor kind's ("state")
	N    int    // how many
}

// KindCounts returns how many relations each kind has, most first, then by
// name. Kinds with no relations are left out.
func (g *Graph) KindCounts() []KindCount {
	n := make([]int, len(g.kinds.kinds))
	for i := range g.NumRelations() {
		n[g.rel.kindOf(g.pos(i))]++
	}
	m := map[string]int{}
	for k, c := range n {
		if c > 0 {
			m[g.kinds.kinds[k].Name] = c
		}
	}
	return sortCounts(m)
}

// ActorKindCounts returns how many actors each actor kind has, most first,
// then by name.
func (g *Graph) ActorKindCounts() []KindCount {
	m := map[string]int{}
	for _, a := range g.actors {
		m[a.Kind.String()]++
	}
	return sortCounts(m)
}

func sortCounts(m map[string]int) []KindCount {
	out := make([]KindCount, 0, len(m))
	for name, n := range m {
		out = append(out, KindCount{name, n})
	}
	slices.SortFunc(out, func(a, b KindCount) int {
		if a.N != b.N {
			return b.N - a.N
		}
		return strings.Compare(a.Kind, b.Kind)
	})
	return out
}
