package graph

import (
	"fmt"
	"slices"
	"strings"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
)

// FoldOptions says which actors [Graph.Fold] merges into their state, and
// how it finds the state.
type FoldOptions struct {
	// Kinds are the actor kinds folded. Default: leader, official and
	// organization, so a graph of presidents, ministers and agencies becomes
	// a graph of states while international organisations (no country),
	// territories, groups and parties keep their own nodes.
	Kinds []actors.Kind

	// ByAffiliation finds an actor's state through its ties as of AsOf
	// rather than through its Country field: the state it leads or serves
	// (affiliation relations of kind leads or serves in force as of AsOf) or
	// in which it held a role on AsOf. An actor with no such tie falls back to
	// its Country. Default false: by Country.
	ByAffiliation bool

	// AsOf is the date for ByAffiliation. Zero means "at any time": every
	// affiliation and role counts.
	AsOf date.Date
}

// Fold reports what [Graph.Fold] did: who went where, and which relations
// became self-loops and were dropped.
type Fold struct {
	Moves     []FoldMove // one per folded actor, sorted by actor ID
	Kept      []FoldMove // actors of a folded kind left as they were, with the reason (Into empty), sorted by ID
	SelfLoops []Relation // relations whose two ends fell into one actor, dropped; relation order
}

// FoldMove is one actor folded into a state, and why.
type FoldMove struct {
	Actor string // ID of the folded actor
	Into  string // ID of the state it was folded into; empty in Fold.Kept
	Why   string // "country RUS", "serves RUS as of 2014-03-29", "role president of UKR", or why it was kept
}

// Fold returns the state-level view of g: every actor of the folded kinds is
// merged into the state actor of its country (an actor of kind state whose
// Country, or ID, is that code) or, with ByAffiliation, into the state it
// leads, serves or holds a role in as of AsOf. Relations keep their IDs,
// kinds, dates and evidence and are re-attached to the state; attribution
// (ReportedBy) and roles follow the same mapping. Relations whose two ends
// fall into one actor (Lavrov serves Russia; Lavrov met Putin) are dropped
// and listed in Fold.SelfLoops; actors that could not be folded (no country,
// or no state actor for it) are listed in Fold.Kept. The result is a new
// built graph (its own origin). Cost: O(A + R log R) for A actors and R
// relations, plus a rebuild. It fails only on bad options.
func (g *Graph) Fold(o FoldOptions) (*Graph, Fold, error) {
	kinds := o.Kinds
	if len(kinds) == 0 {
		kinds = []actors.Kind{actors.Leader, actors.Official, actors.Organization}
	}
	for _, k := range kinds {
		if _, err := k.MarshalText(); err != nil {
			return nil, Fold{}, &Error{Section: SectionFilter, Index: -1, Field: "fold.kinds", Err: fmt.Errorf("%w: %w", ErrBadFilter, err)}
		}
		if k == actors.State {
			return nil, Fold{}, &Error{Section: SectionFilter, Index: -1, Field: "fold.kinds", Err: fmt.Errorf("%w: states are what actors fold into", ErrBadFilter)}
		}
	}
	src := g.origin
	stateOf := map[string]string{} // country code -> state actor ID
	for _, a := range src.actors {
		if a.Kind != actors.State {
			continue
		}
		for _, code := range []string{a.Country, a.ID} {
			if code != "" {
				if _, taken := stateOf[code]; !taken {
					stateOf[code] = a.ID
				}
			}
		}
	}
	isState := func(id string) bool {
		a, ok := src.Actor(id)
		return ok && a.Kind == actors.State
	}

	var fold Fold
	into := map[string]string{}
	for _, a := range g.actors {
		if !slices.Contains(kinds, a.Kind) {
			continue
		}
		target, why := "", ""
		if o.ByAffiliation {
			target, why = g.affiliatedState(a, o.AsOf, isState)
		}
		if target == "" {
			switch s, ok := stateOf[a.Country]; {
			case a.Country == "":
				fold.Kept = append(fold.Kept, FoldMove{Actor: a.ID, Why: "no country"})
				continue
			case !ok:
				fold.Kept = append(fold.Kept, FoldMove{Actor: a.ID, Why: "no state actor for country " + a.Country})
				continue
			default:
				target, why = s, "country "+a.Country
			}
		}
		into[a.ID] = target
		fold.Moves = append(fold.Moves, FoldMove{Actor: a.ID, Into: target, Why: why})
	}
	mapID := func(id string) string {
		if t, ok := into[id]; ok {
			return t
		}
		return id
	}

	b := NewBuilder()
	b.SetTitle(g.title)
	b.sources = slices.Clone(g.sources)
	for _, k := range g.CustomKinds() {
		b.AddKind(k)
	}
	// Keep the actors the view holds, less the folded ones, plus any state
	// something was folded into or a kept role or report names.
	keep := map[string]bool{}
	for _, a := range g.actors {
		if _, folded := into[a.ID]; !folded {
			keep[a.ID] = true
		}
	}
	for _, t := range into {
		keep[t] = true
	}
	var rels []int32 // the relations kept, re-attached below once the actors are added
	for i := range g.NumRelations() {
		r := g.RelationAt(i)
		if mapID(r.From) == mapID(r.To) {
			fold.SelfLoops = append(fold.SelfLoops, r)
			continue
		}
		if r.ReportedBy != "" {
			keep[mapID(r.ReportedBy)] = true
		}
		rels = append(rels, int32(i))
	}
	for changed := true; changed; { // roles may name actors outside the view
		changed = false
		for id := range keep {
			a, _ := src.Actor(id)
			for _, role := range a.Roles {
				if t := mapID(role.Of); role.Of != "" && !keep[t] {
					keep[t], changed = true, true
				}
			}
		}
	}
	ids := make([]string, 0, len(keep))
	for id := range keep {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		a, _ := src.Actor(id)
		if len(a.Roles) > 0 {
			a = a.Clone()
			for i := range a.Roles {
				a.Roles[i].Of = mapID(a.Roles[i].Of)
			}
		}
		b.actors = append(b.actors, a)
	}
	for _, i := range rels {
		r := g.RelationAt(int(i))
		r.From, r.To = mapID(r.From), mapID(r.To)
		if r.ReportedBy != "" {
			r.ReportedBy = mapID(r.ReportedBy)
		}
		b.AddRelation(r)
	}
	out, err := b.Build()
	if err != nil {
		return nil, Fold{}, fmt.Errorf("graph: fold: %w", err) // a bug: the input was a valid graph
	}
	slices.SortFunc(fold.Moves, func(a, b FoldMove) int { return strings.Compare(a.Actor, b.Actor) })
	slices.SortFunc(fold.Kept, func(a, b FoldMove) int { return strings.Compare(a.Actor, b.Actor) })
	return out, fold, nil
}

// affiliatedState returns the state an actor leads or serves (affiliation
// relations of kind leads or serves in force as of d), else the state in
// which it held a role on d, with the reason; "" if none. Several
// candidates: the first by the order relations were added, then roles.
func (g *Graph) affiliatedState(a actors.Actor, d date.Date, isState func(string) bool) (string, string) {
	src := g.origin
	for r := range src.From(a.ID) {
		if r.Kind != Leads && r.Kind != Serves || !isState(r.To) {
			continue
		}
		k, _ := src.Kind(r.Kind)
		if !d.IsZero() && !Effective(r, k).Holds(d) {
			continue
		}
		why := r.Kind + " " + r.To
		if !d.IsZero() {
			why += " as of " + d.String()
		}
		return r.To, why
	}
	for _, role := range a.Roles {
		if role.Of == "" || !isState(role.Of) || !d.IsZero() && !role.When.Holds(d) {
			continue
		}
		why := "role " + role.Role + " of " + role.Of
		if !d.IsZero() {
			why += " on " + d.String()
		}
		return role.Of, why
	}
	return "", ""
}
