package graph

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/internal/errlist"
	"github.com/diplograph/diplograph/internal/suggest"
)

// Builder collects sources, kinds, actors and relations and builds an
// immutable [Graph]. Nothing is checked until [Builder.Build], which reports
// every problem at once; adding never fails, so there is no error to drop.
//
// Relations are not kept as [Relation] values: AddRelation appends their
// parts to columns (actor, kind and source names interned, dates, weights,
// counts, evidence and attributes each in one shared list, the rarer
// notes and IDs apart), which Build shares with the graph instead of
// copying them. Adding
// a relation costs O(1 + its evidence and attributes) amortised, with no
// copy of what was added before.
//
// A Builder is not safe for concurrent use. It may be reused: Build does not
// change it, and what is added after Build does not change the graph.
type Builder struct {
	title   string
	kinds   []Kind
	sources []Source
	actors  []actors.Actor

	rels        relStore
	actorNames  names // actor IDs relations name (from, to, reported_by)
	kindNames   names // kind names relations name
	sourceNames names // source IDs evidence cites
	attrs       attrInterner

	textProblems []relProblem // text of relations no output can carry
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

// AddRelation adds a relation. Its parts are copied into the builder's
// columns and nothing of r's slices and maps is kept: the caller may
// change or reuse r.Evidence and r.Attrs as soon as AddRelation returns
// (one scratch map for the attributes of every relation added is fine),
// and the graph will not see it.
func (b *Builder) AddRelation(r Relation) {
	s := &b.rels
	i := int32(s.len())
	s.from.add(b.actorNames.intern(r.From))
	s.to.add(b.actorNames.intern(r.To))
	k := b.kindNames.intern(r.Kind)
	if k > math.MaxUint16 {
		// More than 65535 distinct kind names can only be mistakes, since a
		// registry that large is not a thing; keep the relation, naming a
		// kind Build reports as unknown.
		k = b.kindNames.intern(tooManyKinds)
	}
	s.kind.add(uint16(k))
	s.when.add(r.When)
	s.weight.add(r.Weight)
	switch {
	case r.Count >= 0 && r.Count <= math.MaxInt32:
		s.count.add(int32(r.Count))
	default:
		s.count.add(-1)
		s.bigCount.add(i, r.Count)
	}
	s.sign.add(r.ownSign)
	rep := int32(-1)
	if r.ReportedBy != "" {
		rep = b.actorNames.intern(r.ReportedBy)
	}
	s.reporter.add(rep)
	for _, ev := range r.Evidence {
		if ev.Note != "" {
			s.evNotes.add(int32(s.cites.n), ev.Note)
		}
		s.cites.add(citation{source: b.sourceNames.intern(ev.Source), quote: ev.Quote})
	}
	s.evEnd.add(int32(s.cites.n))
	b.attrs.add(&s.attrs, r.Attrs)
	b.checkRelationText(i, &r)
	if r.ID != "" {
		s.ids.add(i, r.ID)
	}
	if r.Note != "" {
		s.notes.add(i, r.Note)
	}
}

// tooManyKinds stands for the kind names past the 65535th; it is not a
// valid kind name, so Build reports the relations as of an unknown kind.
const tooManyKinds = "(more than 65535 kind names)"

// Relate adds an undated relation of the given kind with the default weight
// and no evidence: the shortest way to state a structural tie such as
// Relate("USA", "NATO", graph.MemberOf).
func (b *Builder) Relate(from, to, kind string) {
	b.AddRelation(Relation{From: from, To: to, Kind: kind})
}

// Build checks everything and returns the graph. If anything is wrong it
// returns a nil graph and every problem found, each an [*Error], joined with
// errors.Join. Checks: kind definitions and names; source IDs present and
// unique; actors valid ([actors.Actor.Validate]) with unique IDs and role
// "of" naming known actors; relations with known from, to and reported-by
// actors, a known kind, no self-loops, a positive finite weight, a time span
// that does not run backwards, evidence citing known sources, and unique IDs.
//
// The graph shares the builder's relation columns (O(1) per relation, no
// copy); Build's own cost is O(A log A + S log S) for A actors and S
// sources plus O(R) for R relations to check them and derive their IDs.
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

	if err := actors.ValidateText(b.title); err != nil {
		fail(SectionTitle, -1, "", "", err)
	}
	b.checkSourceText(fail)

	sourceIdx := make(map[string]int, len(b.sources))
	for i, s := range b.sources {
		if err := ValidateID(s.ID); err != nil {
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
		if actors.ValidateID(a.ID) == nil {
			if err := checkIDForm(a.ID); err != nil {
				fail(SectionActors, i, a.ID, "id", err)
			}
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

	// The names relations use, resolved once each: actors to their
	// position in ID order, kinds to the registry's, sources to theirs.
	sortedActors := slices.Clone(b.actors)
	slices.SortFunc(sortedActors, func(a, b actors.Actor) int { return strings.Compare(a.ID, b.ID) })
	sortedSources := slices.Clone(b.sources)
	slices.SortFunc(sortedSources, func(a, b Source) int { return strings.Compare(a.ID, b.ID) })
	actorNames := b.actorNames.list[:len(b.actorNames.list):len(b.actorNames.list)]
	actorPos := make([]int32, len(actorNames))
	for i, id := range actorNames {
		actorPos[i] = -1
		if _, ok := actorAt[id]; ok && id != "" {
			j, _ := slices.BinarySearchFunc(sortedActors, id, func(a actors.Actor, id string) int { return strings.Compare(a.ID, id) })
			actorPos[i] = int32(j)
		}
	}
	kindNames := b.kindNames.list[:len(b.kindNames.list):len(b.kindNames.list)]
	kindPos := make([]int32, len(kindNames))
	for i, name := range kindNames {
		kindPos[i] = -1
		if j, ok := reg.byName[name]; ok && name != "" {
			kindPos[i] = int32(j)
		}
	}
	sourceNames := b.sourceNames.list[:len(b.sourceNames.list):len(b.sourceNames.list)]
	sourcePos := make([]int32, len(sourceNames))
	for i, id := range sourceNames {
		sourcePos[i] = -1
		if _, ok := sourceIdx[id]; ok && id != "" {
			j, _ := slices.BinarySearchFunc(sortedSources, id, func(s Source, id string) int { return strings.Compare(s.ID, id) })
			sourcePos[i] = int32(j)
		}
	}

	s := &b.rels
	n := s.len()
	var relIDs map[string]int
	if s.ids.len() > 0 {
		relIDs = make(map[string]int, s.ids.len())
	}
	names := tables{actorNames: actorNames, kindNames: kindNames, sourceNames: sourceNames,
		attrKeys: b.attrs.keys.list[:len(b.attrs.keys.list):len(b.attrs.keys.list)],
		attrVals: b.attrs.vals.list[:len(b.attrs.vals.list):len(b.attrs.vals.list)]}
	// rfail reports a problem of relation i, made into a Relation (once per
	// relation) only to be described.
	rvAt, rvDesc := -1, ""
	rfail := func(i int, field string, err error) {
		if rvAt != i {
			rvAt, rvDesc = i, describe(b.rels.relation(i, &names))
		}
		fail(SectionRelations, i, rvDesc, field, err)
	}
	nextID := 0 // the next given ID in s.ids
	for i := range n {
		from, to := s.from.at(i), s.to.at(i)
		for end, name := range [2]int32{from, to} {
			field := [2]string{"from", "to"}[end]
			if id := actorNames[name]; id == "" {
				rfail(i, field, fmt.Errorf("%w: %s", ErrMissing, field))
			} else if actorPos[name] < 0 {
				rfail(i, field, unknownActor(id, knownActors))
			}
		}
		if from == to && actorNames[from] != "" {
			rfail(i, "to", fmt.Errorf("%w %q", ErrSelfRelation, actorNames[from]))
		}
		if k := s.kind.at(i); kindNames[k] == "" {
			rfail(i, "kind", fmt.Errorf("%w: kind", ErrMissing))
		} else if kindPos[k] < 0 {
			rfail(i, "kind", fmt.Errorf("%w %q%s", ErrUnknownKind, kindNames[k], suggest.Hint(kindNames[k], registryNames(reg))))
		}
		if w := s.weight.at(i); w < 0 || math.IsNaN(w) || math.IsInf(w, 0) {
			rfail(i, "weight", fmt.Errorf("%w %v: want a positive number (hostility is the kind's sign, not a negative weight)", ErrBadWeight, w))
		}
		if c := s.countOf(i); c < 0 {
			rfail(i, "count", fmt.Errorf("%w %d: want the number of occurrences the relation stands for, at least 1 (0 means 1)", ErrBadCount, c))
		}
		if own := s.sign.at(i); own != 0 && (Sign(own-2) < Hostile || Sign(own-2) > Cooperative) {
			rfail(i, "sign", fmt.Errorf("%w: sign %d (want -1, 0 or 1)", ErrBadSign, Sign(own-2)))
		}
		if w := s.when.at(i); w.Since != w.Until { // a point cannot run backwards

			if err := w.Validate(); err != nil {
				rfail(i, "until", fmt.Errorf("%w (since %s, until %s)", err, w.Since, w.Until))
			}
		}
		if rep := s.reporter.at(i); rep >= 0 && actorPos[rep] < 0 {
			rfail(i, "reported_by", unknownActor(actorNames[rep], knownActors))
		}
		lo, hi := s.evidence(i)
		for j := lo; j < hi; j++ {
			src := s.cites.at(j).source
			switch {
			case sourceNames[src] == "":
				rfail(i, fmt.Sprintf("evidence[%d].source", j-lo), ErrNoSource)
			case sourcePos[src] < 0:
				rfail(i, fmt.Sprintf("evidence[%d].source", j-lo), fmt.Errorf("%w %q%s", ErrUnknownSource, sourceNames[src], suggest.Hint(sourceNames[src], mapKeys(sourceIdx))))
			}
		}
		if nextID < s.ids.len() && s.ids.pos.at(nextID) == int32(i) {
			id := s.ids.vals.at(nextID)
			nextID++
			if err := ValidateID(id); err != nil {
				rfail(i, "id", err)
			} else if j, dup := relIDs[id]; dup {
				rfail(i, "id", fmt.Errorf("%w %q (first at relations[%d])", ErrDuplicateRelation, id, j))
			} else {
				relIDs[id] = i
			}
		}
	}
	for _, tp := range b.textProblems {
		rfail(int(tp.i), tp.field, tp.err)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}

	g := &Graph{title: b.title, kinds: reg, sources: sortedSources, actors: sortedActors}
	d := &relData{
		relStore:  s.snapshot(),
		tables:    names,
		actorPos:  actorPos,
		kindPos:   kindPos,
		sourcePos: sourcePos,
	}
	d.deriveIDs()
	g.rel = d
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

// ValidateID checks an ID (of an actor, a relation or a source) against
// the one rule for IDs: the characters [actors.ValidateID] allows, in
// Unicode normal form NFKC. It fails with [ErrBadID]; for an ID in another
// form the message gives the spelling to use. Build applies it to every
// ID; code that makes IDs (an event reader, a converter) checks them with
// it first.
func ValidateID(id string) error {
	if err := actors.ValidateID(id); err != nil {
		return fmt.Errorf("%w: %w", ErrBadID, err)
	}
	return checkIDForm(id)
}

func registryNames(r *Registry) []string {
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
