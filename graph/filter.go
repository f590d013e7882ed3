package graph

import (
	"errors"
	"fmt"
	"slices"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/internal/suggest"
)

// Filter selects part of a graph. Every field left at its zero value selects
// everything; set fields combine with AND. Within a field, listed values
// combine with OR.
//
// # Time
//
// Window keeps relations whose time overlaps it. AsOf keeps what held or had
// happened on that date: events on or before it, and states and affiliations
// holding on it. A state or affiliation relation with a single date holds
// from that date on. Relations with no time at all are taken as timeless and
// kept, unless DropUndated is set. Precision is inclusive: a relation dated
// only to a month counts for every day of that month, so "sanctions in
// 2014-03" are in force as of 1 March 2014.
type Filter struct {
	Kinds      []string            // keep relations of these kinds
	Signs      []Sign              // keep relations whose kind has one of these signs
	Natures    []Nature            // keep relations whose kind has one of these natures
	ActorKinds []actors.Kind       // keep actors of these kinds (and the relations among them)
	Countries  []string            // keep actors whose Country is one of these codes
	Actors     []string            // keep these actors only
	Window     date.Span           // keep relations overlapping this span
	AsOf       date.Date           // keep what happened by, or held on, this date
	Keep       func(Relation) bool // keep relations for which Keep returns true

	DropUndated  bool // drop relations with no time when Window or AsOf is set
	DropIsolated bool // drop actors left without any relation
}

// Filter returns a view of g holding the selected actors and the selected
// relations among them. The view is itself an immutable [Graph] whose
// [Graph.Origin] is g's origin. It fails with ErrBadFilter (in an [*Error]
// of section "filter" naming the field) on every value that cannot select
// anything: an unknown kind name, actor ID or country code, a sign, nature or
// actor kind out of range, or a window that runs backwards. It never silently
// selects nothing.
func (g *Graph) Filter(f Filter) (*Graph, error) {
	var errs []error
	bad := func(field string, err error) {
		errs = append(errs, &Error{Section: SectionFilter, Index: -1, Field: field, Err: fmt.Errorf("%w: %w", ErrBadFilter, err)})
	}
	for _, k := range f.Kinds {
		if _, ok := g.kinds.Kind(k); !ok {
			bad("kinds", fmt.Errorf("%w %q%s", ErrUnknownKind, k, suggest.Hint(k, kindNames(g.kinds))))
		}
	}
	for _, id := range f.Actors {
		if _, ok := g.origin.actorIdx[id]; !ok {
			bad("actors", unknownActor(id, func() []string { return mapKeys(g.origin.actorIdx) }))
		}
	}
	for _, c := range f.Countries {
		if _, ok := actors.Country(c); !ok {
			bad("countries", fmt.Errorf("%w %q", actors.ErrUnknownCountry, c))
		}
	}
	for _, s := range f.Signs {
		if s < Hostile || s > Cooperative {
			bad("signs", fmt.Errorf("sign %d (want -1, 0 or 1)", s))
		}
	}
	for _, n := range f.Natures {
		if _, err := n.MarshalText(); err != nil { // only the declared natures have names
			bad("natures", err)
		}
	}
	for _, k := range f.ActorKinds {
		if _, err := k.MarshalText(); err != nil { // only the declared kinds have names
			bad("actor_kinds", err)
		}
	}
	if err := f.Window.Validate(); err != nil {
		bad("window", err)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}

	keepActor := make([]bool, len(g.actors))
	for i, a := range g.actors {
		keepActor[i] = (len(f.ActorKinds) == 0 || slices.Contains(f.ActorKinds, a.Kind)) &&
			(len(f.Countries) == 0 || slices.Contains(f.Countries, a.Country)) &&
			(len(f.Actors) == 0 || slices.Contains(f.Actors, a.ID))
	}
	timed := !f.Window.IsZero() || !f.AsOf.IsZero()
	var rels []Relation
	touched := make([]bool, len(g.actors))
	for _, r := range g.relations {
		fi, ti := g.actorIdx[r.From], g.actorIdx[r.To]
		if !keepActor[fi] || !keepActor[ti] {
			continue
		}
		k, _ := g.kinds.Kind(r.Kind)
		if len(f.Kinds) > 0 && !slices.Contains(f.Kinds, r.Kind) ||
			len(f.Signs) > 0 && !slices.Contains(f.Signs, k.Sign) ||
			len(f.Natures) > 0 && !slices.Contains(f.Natures, k.Nature) {
			continue
		}
		if timed {
			if r.When.IsZero() {
				if f.DropUndated {
					continue
				}
			} else {
				span := Effective(r, k)
				if !f.Window.IsZero() && !span.Overlaps(f.Window) {
					continue
				}
				if !f.AsOf.IsZero() && !inForce(span, k, f.AsOf) {
					continue
				}
			}
		}
		if f.Keep != nil && !f.Keep(r) {
			continue
		}
		rels = append(rels, r)
		touched[fi], touched[ti] = true, true
	}
	v := &Graph{title: g.title, kinds: g.kinds, sources: g.sources, relations: rels, origin: g.origin}
	for i, a := range g.actors {
		if keepActor[i] && (!f.DropIsolated || touched[i]) {
			v.actors = append(v.actors, a)
		}
	}
	v.index()
	return v, nil
}

// Effective returns the span over which r holds, given its kind: for state
// and affiliation kinds a single date becomes "since that date"; otherwise
// r.When itself.
func Effective(r Relation, k Kind) date.Span {
	if k.Holds() && r.When.IsPoint() {
		return date.Span{Since: r.When.Since}
	}
	return r.When
}

// inForce reports whether a relation with the given effective span counts as
// of d: an event that has begun by the end of d, or a state holding in d.
func inForce(span date.Span, k Kind, d date.Date) bool {
	if k.Holds() {
		return span.Holds(d)
	}
	return span.Since.IsZero() || !span.Since.First().After(d.Last())
}

