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
// kept, unless DropUndated is set.
//
// # Precision
//
// A relation dated only to a month (2014-03) happened on some day of that
// month, so as of 17 March 2014 it may or may not have happened. Each dated
// relation is therefore certainly in, certainly out or uncertain: its time,
// at its precision, straddles the boundary of Window or AsOf. By default the
// uncertain ones are kept (precision is inclusive: "sanctions in 2014-03"
// count as of 1 March 2014); DropUncertain drops them. Either way
// [Graph.Uncertain] lists them, so a reader can say "20 relations straddle
// the date". The rules, with a date's first and last possible day:
//   - AsOf d, events: in if the event began by the end of d; certainly in
//     if its latest possible start is on or before the end of d.
//   - AsOf d, states and affiliations: in if they hold at some time in d;
//     certainly in if they hold at every time their dates allow, that is if
//     the latest possible start is on or before the end of d and the
//     earliest possible end on or after the start of d.
//   - Window w: in if the relation's time overlaps w; certainly in if it
//     overlaps w whatever the exact days: latest possible start on or before
//     the end of w, earliest possible end on or after the start of w.
type Filter struct {
	Kinds      []string            // keep relations of these kinds
	Signs      []Sign              // keep relations whose sign ([Graph.SignOf]: their own, else their kind's) is one of these
	Natures    []Nature            // keep relations whose kind has one of these natures
	ActorKinds []actors.Kind       // keep actors of these kinds (and the relations among them)
	Countries  []string            // keep actors whose Country is one of these codes
	Actors     []string            // keep these actors only
	Window     date.Span           // keep relations overlapping this span
	AsOf       date.Date           // keep what happened by, or held on, this date
	Keep       func(Relation) bool // keep relations for which Keep returns true

	DropUndated   bool // drop relations with no time when Window or AsOf is set
	DropUncertain bool // drop relations whose precision straddles Window or AsOf (see Precision above)
	DropIsolated  bool // drop actors left without any relation
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
			bad("kinds", fmt.Errorf("%w %q%s", ErrUnknownKind, k, suggest.Hint(k, registryNames(g.kinds))))
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
	// Only Keep needs the relation itself; the rest reads the columns.
	var sel, uncertain []int32
	touched := make([]bool, len(g.actors))
	d := g.rel
	for i := range g.NumRelations() {
		fi, ti := g.ends(i)
		if !keepActor[fi] || !keepActor[ti] {
			continue
		}
		p := g.pos(i)
		k := &g.kinds.kinds[d.kindOf(p)]
		if len(f.Kinds) > 0 && !slices.Contains(f.Kinds, k.Name) ||
			len(f.Signs) > 0 && !slices.Contains(f.Signs, d.signOf(p, k)) ||
			len(f.Natures) > 0 && !slices.Contains(f.Natures, k.Nature) {
			continue
		}
		var r *Relation // materialised for Keep only
		keep := func() bool {
			if f.Keep == nil {
				return true
			}
			if r == nil {
				rv := d.relation(p)
				r = &rv
			}
			return f.Keep(*r)
		}
		if timed {
			if w := d.when.at(p); w.IsZero() {
				if f.DropUndated {
					continue
				}
			} else {
				in, sure := selectTime(effective(w, *k), *k, f.Window, f.AsOf)
				if !in {
					continue
				}
				if !sure {
					if !keep() {
						continue
					}
					uncertain = append(uncertain, int32(p))
					if f.DropUncertain {
						continue
					}
				}
			}
		}
		if !keep() {
			continue
		}
		sel = append(sel, int32(p))
		touched[fi], touched[ti] = true, true
	}
	if sel == nil {
		sel = []int32{} // a view, even of nothing
	}
	v := &Graph{title: g.title, kinds: g.kinds, sources: g.sources, rel: d, sel: sel, uncertain: uncertain, origin: g.origin}
	v.actorOf = make([]int32, len(g.origin.actors))
	for i := range v.actorOf {
		v.actorOf[i] = -1
	}
	for i, a := range g.actors {
		if keepActor[i] && (!f.DropIsolated || touched[i]) {
			v.actorOf[g.origin.actorIdx[a.ID]] = int32(len(v.actors))
			v.actors = append(v.actors, a)
		}
	}
	v.index()
	return v, nil
}

// Effective returns the span over which r holds, given its kind: for state
// and affiliation kinds a single date becomes "since that date"; otherwise
// r.When itself.
func Effective(r Relation, k Kind) date.Span { return effective(r.When, k) }

func effective(w date.Span, k Kind) date.Span {
	if k.Holds() && w.IsPoint() {
		return date.Span{Since: w.Since}
	}
	return w
}

// selectTime decides whether a relation with the given effective span is
// selected by a window and an as-of date (either may be zero), and whether
// that is certain at the precision of its dates (see [Filter]).
func selectTime(span date.Span, k Kind, window date.Span, asOf date.Date) (in, certain bool) {
	in, certain = true, true
	if !window.IsZero() {
		in = span.Overlaps(window)
		certain = surelyOverlaps(span, window)
	}
	if in && !asOf.IsZero() {
		var i, c bool
		if k.Holds() {
			i, c = span.Holds(asOf), surelyOverlaps(span, date.At(asOf))
		} else {
			// An event counts once it has begun by the end of the day (or
			// month, or year) asOf.
			end := asOf.Last()
			i = span.Since.IsZero() || !span.Since.First().After(end)
			c = span.Since.IsZero() || !span.Since.Last().After(end)
		}
		in, certain = i, certain && c
	}
	return in, in && certain
}

// surelyOverlaps reports whether s overlaps w whatever days its dates stand
// for within their precision: s starts at the latest on the last day of its
// Since, which is no later than w's last day, and ends at the earliest on the
// first day of its Until, which is no earlier than w's first day. Open ends
// reach without bound.
func surelyOverlaps(s, w date.Span) bool {
	if !s.Since.IsZero() && !w.Until.IsZero() && s.Since.Last().After(w.Until.Last()) {
		return false
	}
	if !s.Until.IsZero() && !w.Since.IsZero() && s.Until.First().Before(w.Since.First()) {
		return false
	}
	return true
}
