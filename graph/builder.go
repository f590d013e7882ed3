package graph

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/internal/errlist"
	"github.com/diplograph/diplograph/internal/suggest"
)

// Builder collects sources, kinds, actors and relations and builds an
// immutable [Graph]. Nothing is checked until [Builder.Build], which reports
// every problem at once; adding never fails, so there is no error to drop.
//
// A Builder is not safe for concurrent use. It may be reused: Build does not
// change it.
type Builder struct {
	title     string
	kinds     []Kind
	sources   []Source
	actors    []actors.Actor
	relations []Relation
}

// NewBuilder returns an empty builder whose graph will know the built-in
// relation kinds ([BuiltinKinds]) and those added with [Builder.AddKind].
func NewBuilder() *Builder { return &Builder{} }

// SetTitle sets the graph's title.
func (b *Builder) SetTitle(title string) { b.title = title }

// AddKind adds a user-defined relation kind.
func (b *Builder) AddKind(k Kind) { b.kinds = append(b.kinds, k.Clone()) }

// AddSource adds a source document that evidence can cite.
func (b *Builder) AddSource(s Source) { b.sources = append(b.sources, s) }

// Add adds actors.
func (b *Builder) Add(as ...actors.Actor) {
	for _, a := range as {
		b.actors = append(b.actors, a.Clone())
	}
}

// AddRelation adds a relation.
func (b *Builder) AddRelation(r Relation) { b.relations = append(b.relations, r.Clone()) }

// Relate adds an undated relation of the given kind with the default weight
// and no evidence: the shortest way to state a structural tie such as
// Relate("USA", "NATO", graph.MemberOf).
func (b *Builder) Relate(from, to, kind string) {
	b.relations = append(b.relations, Relation{From: from, To: to, Kind: kind})
}

// Build checks everything and returns the graph. If anything is wrong it
// returns a nil graph and every problem found, each an [*Error], joined with
// errors.Join. Checks: kind definitions and names; source IDs present and
// unique; actors valid ([actors.Actor.Validate]) with unique IDs and role
// "of" naming known actors; relations with known from, to and reported-by
// actors, a known kind, no self-loops, a positive finite weight, a time span
// that does not run backwards, evidence citing known sources, and unique IDs.
func (b *Builder) Build() (*Graph, error) {
	var errs []error
	fail := func(s Section, i int, id, field string, err error) {
		errs = append(errs, &Error{Section: s, Index: i, ID: id, Field: field, Err: err})
	}

	reg := BuiltinKinds()
	for i, k := range b.kinds {
		bad := k.validate()
		for _, fe := range bad {
			fail(SectionKinds, i, k.Name, fe.field, fe.err)
		}
		if len(bad) > 0 {
			continue
		}
		if err := reg.Add(k); err != nil {
			fail(SectionKinds, i, k.Name, "name", err)
		}
	}

	b.checkIDs(fail)
	b.checkText(fail)

	sourceIdx := make(map[string]int, len(b.sources))
	for i, s := range b.sources {
		if err := validateID(s.ID); err != nil {
			fail(SectionSources, i, s.ID, "id", err)
			continue
		}
		if j, dup := sourceIdx[s.ID]; dup {
			fail(SectionSources, i, s.ID, "id", fmt.Errorf("%w %q (first at sources[%d])", ErrDuplicateSource, s.ID, j))
			continue
		}
		sourceIdx[s.ID] = i
	}

	actorAt := make(map[string]int, len(b.actors))
	var actorIDs []string
	suggestions := 0
	knownActors := func() []string { // candidates for "did you mean", for the first 100 unknown IDs only
		if suggestions++; suggestions > 100 {
			return nil
		}
		if actorIDs == nil {
			actorIDs = mapKeys(actorAt)
		}
		return actorIDs
	}
	for i, a := range b.actors {
		if err := a.Validate(); err != nil {
			for _, e := range errlist.Flatten(err) {
				var fe *actors.FieldError
				if errors.As(e, &fe) {
					fail(SectionActors, i, a.ID, fe.Field, fe.Err)
				} else {
					fail(SectionActors, i, a.ID, "", e)
				}
			}
		}
		if a.ID == "" {
			continue
		}
		if j, dup := actorAt[a.ID]; dup {
			fail(SectionActors, i, a.ID, "id", fmt.Errorf("%w %q (first at actors[%d])", ErrDuplicateActor, a.ID, j))
			continue
		}
		actorAt[a.ID] = i
	}
	for i, a := range b.actors {
		for j, r := range a.Roles {
			if r.Of != "" {
				if _, ok := actorAt[r.Of]; !ok {
					fail(SectionActors, i, a.ID, fmt.Sprintf("roles[%d].of", j), unknownActor(r.Of, knownActors))
				}
			}
		}
	}

	relIDs := make(map[string]int, len(b.relations))
	for i, r := range b.relations {
		id := r.ID
		rfail := func(field string, err error) { fail(SectionRelations, i, describe(r), field, err) }
		for _, end := range []struct{ field, id string }{{"from", r.From}, {"to", r.To}} {
			if end.id == "" {
				rfail(end.field, fmt.Errorf("%w: %s", ErrMissing, end.field))
			} else if _, ok := actorAt[end.id]; !ok {
				rfail(end.field, unknownActor(end.id, knownActors))
			}
		}
		if r.From != "" && r.From == r.To {
			rfail("to", fmt.Errorf("%w %q", ErrSelfRelation, r.From))
		}
		if r.Kind == "" {
			rfail("kind", fmt.Errorf("%w: kind", ErrMissing))
		} else if _, ok := reg.Kind(r.Kind); !ok {
			rfail("kind", fmt.Errorf("%w %q%s", ErrUnknownKind, r.Kind, suggest.Hint(r.Kind, kindNames(reg))))
		}
		if r.Weight < 0 || math.IsNaN(r.Weight) || math.IsInf(r.Weight, 0) {
			rfail("weight", fmt.Errorf("%w %v: want a positive number (hostility is the kind's sign, not a negative weight)", ErrBadWeight, r.Weight))
		}
		if r.Count < 0 {
			rfail("count", fmt.Errorf("%w %d: want the number of occurrences the relation stands for, at least 1 (0 means 1)", ErrBadCount, r.Count))
		}
		if s, ok := r.OwnSign(); ok && (s < Hostile || s > Cooperative) {
			rfail("sign", fmt.Errorf("%w: sign %d (want -1, 0 or 1)", ErrBadSign, s))
		}
		if err := r.When.Validate(); err != nil {
			rfail("until", fmt.Errorf("%w (since %s, until %s)", err, r.When.Since, r.When.Until))
		}
		if r.ReportedBy != "" {
			if _, ok := actorAt[r.ReportedBy]; !ok {
				rfail("reported_by", unknownActor(r.ReportedBy, knownActors))
			}
		}
		for j, ev := range r.Evidence {
			switch {
			case ev.Source == "":
				rfail(fmt.Sprintf("evidence[%d].source", j), ErrNoSource)
			default:
				if _, ok := sourceIdx[ev.Source]; !ok {
					rfail(fmt.Sprintf("evidence[%d].source", j), fmt.Errorf("%w %q%s", ErrUnknownSource, ev.Source, suggest.Hint(ev.Source, mapKeys(sourceIdx))))
				}
			}
		}
		if id != "" {
			if err := validateID(id); err != nil {
				rfail("id", err)
			} else if j, dup := relIDs[id]; dup {
				rfail("id", fmt.Errorf("%w %q (first at relations[%d])", ErrDuplicateRelation, id, j))
			} else {
				relIDs[id] = i
			}
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}

	g := &Graph{title: b.title, kinds: reg}
	g.sources = slices.Clone(b.sources)
	slices.SortFunc(g.sources, func(a, b Source) int { return strings.Compare(a.ID, b.ID) })
	// The builder cloned every item when it was added and never changes one
	// afterwards, so the graph may share their slices and maps; it needs
	// slices of its own only because it sorts actors and sets derived IDs.
	g.actors = slices.Clone(b.actors)
	slices.SortFunc(g.actors, func(a, b actors.Actor) int { return strings.Compare(a.ID, b.ID) })
	g.relations = slices.Clone(b.relations)
	for i := range g.relations {
		if g.relations[i].Weight == 0 {
			g.relations[i].Weight = 1
		}
		if g.relations[i].Count == 0 {
			g.relations[i].Count = 1
		}
	}
	deriveIDs(g.relations, relIDs)
	g.index()
	g.origin = g
	return g, nil
}

// unknownActor reports an unknown actor ID, suggesting a known one close to
// it; known is called only when an ID is unknown.
func unknownActor(id string, known func() []string) error {
	return fmt.Errorf("%w %q%s", ErrUnknownActor, id, suggest.Hint(id, known()))
}

// describe names a relation in error messages: "kerry -phoned-> lavrov".
func describe(r Relation) string {
	if r.ID != "" {
		return r.ID
	}
	return r.From + " -" + r.Kind + "-> " + r.To
}

// validateID applies the actor ID rules to source and relation IDs.
func validateID(id string) error {
	if err := actors.ValidateID(id); err != nil {
		return fmt.Errorf("%w: %w", ErrBadID, err)
	}
	return nil
}

// deriveIDs gives every relation without an ID one made of its parts, unique
// among all IDs, in input order, so the same input always gets the same IDs.
func deriveIDs(rs []Relation, taken map[string]int) {
	next := map[string]int{} // base -> next suffix to try
	for i := range rs {
		r := &rs[i]
		if r.ID != "" {
			continue
		}
		base := r.From + "-" + r.Kind + "-" + r.To
		if d := r.When.Since; !d.IsZero() {
			base += "-" + d.String()
		} else if d := r.When.Until; !d.IsZero() {
			base += "-until-" + d.String()
		}
		id := base
		if _, dup := taken[id]; dup {
			n := max(next[base], 2)
			for {
				id = base + "-" + strconv.Itoa(n)
				n++
				if _, dup := taken[id]; !dup {
					break
				}
			}
			next[base] = n
		}
		taken[id] = i
		r.ID = id
	}
}

func kindNames(r *Registry) []string {
	names := make([]string, len(r.kinds))
	for i, k := range r.kinds {
		names[i] = k.Name
	}
	return names
}

func mapKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
