package graph

import (
	"fmt"
	"maps"
	"slices"

	"golang.org/x/text/unicode/norm"

	"github.com/diplograph/diplograph/actors"
)

// This file holds the one rule for IDs (actors, relations, sources) and
// the check that free text can be written to every output.
//
// The rule for IDs: the characters [actors.ValidateID] allows; in Unicode
// normal form NFKC, so that an ID typed on any keyboard, decomposed
// ("e" + U+0301 from a macOS file name) or fullwidth ("ＲＵＳ" from an East
// Asian input method), has one spelling; and compared exactly, byte for
// byte, so case matters: "RUS" (a country code, as event data writes
// them) and "rus" (a name made into an ID) are different actors.

// checkIDForm checks that id is in NFKC, the normal form of every ID.
func checkIDForm(id string) error {
	if n := norm.NFKC.String(id); n != id {
		return fmt.Errorf("%w %q: not in Unicode normal form NFKC; write it %q (IDs have one spelling: composed accents, no fullwidth or other compatibility forms)", ErrBadID, id, n)
	}
	return nil
}

// checkIDs applies the rule for IDs beyond their characters: every ID of
// an actor, a source or a relation is in NFKC.
func (b *Builder) checkIDs(fail func(s Section, i int, id, field string, err error)) {
	check := func(s Section, i int, id string) {
		if id == "" || actors.ValidateID(id) != nil {
			return // reported elsewhere
		}
		if err := checkIDForm(id); err != nil {
			fail(s, i, id, "id", err)
		}
	}
	for i, a := range b.actors {
		check(SectionActors, i, a.ID)
	}
	for i, s := range b.sources {
		check(SectionSources, i, s.ID)
	}
	for i, r := range b.relations {
		check(SectionRelations, i, r.ID)
	}
}

// checkText reports free text of sources and relations that no output can
// carry ([actors.ValidateText]); actors check their own.
func (b *Builder) checkText(fail func(s Section, i int, id, field string, err error)) {
	for i, s := range b.sources {
		for _, f := range []struct{ field, text string }{{"title", s.Title}, {"publisher", s.Publisher}, {"url", s.URL}, {"note", s.Note}} {
			if err := actors.ValidateText(f.text); err != nil {
				fail(SectionSources, i, s.ID, f.field, err)
			}
		}
	}
	for i, r := range b.relations {
		if err := actors.ValidateText(r.Note); err != nil {
			fail(SectionRelations, i, describe(r), "note", err)
		}
		for j, ev := range r.Evidence {
			if err := actors.ValidateText(ev.Quote); err != nil {
				fail(SectionRelations, i, describe(r), fmt.Sprintf("evidence[%d].quote", j), err)
			}
			if err := actors.ValidateText(ev.Note); err != nil {
				fail(SectionRelations, i, describe(r), fmt.Sprintf("evidence[%d].note", j), err)
			}
		}
		for _, k := range slices.Sorted(maps.Keys(r.Attrs)) {
			if err := actors.ValidateText(k + r.Attrs[k]); err != nil {
				fail(SectionRelations, i, describe(r), "attrs."+k, err)
			}
		}
	}
}
