package graph

import (
	"iter"
	"slices"
	"strings"

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
// [Graph.Holders], the counts) are fresh sorted slices. The slices and maps
// inside each Actor, Relation or Kind handed out are shared with the graph
// and must not be modified: use their Clone methods to get copies to change.
type Graph struct {
	title     string
	kinds     *Registry
	sources   []Source       // sorted by ID
	actors    []actors.Actor // sorted by ID
	relations []Relation     // input order
	uncertain []Relation     // relations the filter that made this view could not decide at their precision
	actorIdx  map[string]int // ID -> index in actors
	sourceIdx map[string]int // ID -> index in sources
	relIdx    map[string]int // ID -> index in relations
	out, in   [][]int32      // actor index -> relation indexes, in relation order
	origin    *Graph         // the built graph this one was filtered from (itself if built)
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
	g.relIdx = make(map[string]int, len(g.relations))
	g.out = make([][]int32, len(g.actors))
	g.in = make([][]int32, len(g.actors))
	for i, r := range g.relations {
		g.relIdx[r.ID] = i
		f, t := g.actorIdx[r.From], g.actorIdx[r.To]
		g.out[f] = append(g.out[f], int32(i))
		g.in[t] = append(g.in[t], int32(i))
	}
}

// Uncertain returns the relations whose time, at its precision, straddles
// the Window or AsOf boundary of the [Filter] that made g: kept in g by
// default, left out when the filter set DropUncertain. It is empty for a
// built graph and for views not selected by time. Relation order.
func (g *Graph) Uncertain() iter.Seq[Relation] { return slices.Values(g.uncertain) }

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
func (g *Graph) NumRelations() int { return len(g.relations) }

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

// Relation returns the relation with the given ID.
func (g *Graph) Relation(id string) (Relation, bool) {
	i, ok := g.relIdx[id]
	if !ok {
		return Relation{}, false
	}
	return g.relations[i], true
}

// Relations returns every relation, in the order they were added.
func (g *Graph) Relations() iter.Seq[Relation] { return slices.Values(g.relations) }

// RelationAt returns the i-th relation in the order they were added,
// 0 <= i < NumRelations. It panics if i is out of range.
func (g *Graph) RelationAt(i int) Relation { return g.relations[i] }

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
			if !yield(g.relations[j]) {
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
	return g.pick(g.out[i])
}

// To returns the relations whose To is id, in relation order.
func (g *Graph) To(id string) iter.Seq[Relation] {
	i, ok := g.actorIdx[id]
	if !ok {
		return none
	}
	return g.pick(g.in[i])
}

// RelationsOf returns the relations that touch id at either end, in
// relation order.
func (g *Graph) RelationsOf(id string) iter.Seq[Relation] {
	i, ok := g.actorIdx[id]
	if !ok {
		return none
	}
	merged := make([]int32, 0, len(g.out[i])+len(g.in[i]))
	merged = append(merged, g.out[i]...)
	merged = append(merged, g.in[i]...)
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
	var idx []int32
	for _, j := range g.out[i] {
		if g.relations[j].To == b {
			idx = append(idx, j)
		}
	}
	for _, j := range g.in[i] {
		if g.relations[j].From == b {
			idx = append(idx, j)
		}
	}
	slices.Sort(idx)
	return g.pick(idx)
}

// OfKind returns the relations of the given kind, in relation order.
func (g *Graph) OfKind(kind string) iter.Seq[Relation] {
	return func(yield func(Relation) bool) {
		for _, r := range g.relations {
			if r.Kind == kind && !yield(r) {
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
	for _, j := range g.out[i] {
		ids = append(ids, g.relations[j].To)
	}
	for _, j := range g.in[i] {
		ids = append(ids, g.relations[j].From)
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
	m := map[string]int{}
	for _, r := range g.relations {
		m[r.Kind]++
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
