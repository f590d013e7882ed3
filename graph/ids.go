package graph

import (
	"fmt"
	"maps"
	"slices"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"

	"github.com/diplograph/diplograph/actors"
)

// This file holds the one rule for IDs (actors, relations, sources) and
// the check that free text can be written to every output.
//
// The rule for IDs: the characters [actors.ValidateID] allows; in Unicode
// normal form NFKC, so that an ID typed on any keyboard, decomposed
// ("e" + U+0301 from a macOS file name) or fullwidth ("ＲＵＳ" from an East
// Asian input method), has one spelling; compared exactly, byte for byte;
// and no two IDs of the same section of a graph may differ only in case
// ("RUS" and "rus"), which would look like one actor to a reader.

// checkIDForm checks that id is in NFKC, the normal form of every ID.
func checkIDForm(id string) error {
	if n := norm.NFKC.String(id); n != id {
		return fmt.Errorf("%w %q: not in Unicode normal form NFKC; write it %q (IDs have one spelling: composed accents, no fullwidth or other compatibility forms)", ErrBadID, id, n)
	}
	return nil
}

// foldCase is the key two IDs that differ only in case share.
var foldCase = cases.Fold()

// checkIDs applies the rule for IDs beyond the characters: NFKC, and no two
// IDs of actors, of sources or of explicit relation IDs that differ only in
// case. Exact duplicates are reported by Build itself.
func (b *Builder) checkIDs(fail func(s Section, i int, id, field string, err error)) {
	type entry struct {
		id string
		i  int
	}
	check := func(s Section, ids func(yield func(int, string) bool)) {
		seen := map[string]entry{}
		for i, id := range ids {
			if id == "" || actors.ValidateID(id) != nil {
				continue // reported elsewhere
			}
			if err := checkIDForm(id); err != nil {
				fail(s, i, id, "id", err)
				continue
			}
			key := foldCase.String(id)
			if e, ok := seen[key]; ok && e.id != id {
				fail(s, i, id, "id", fmt.Errorf("%w %q: differs from %q (%s[%d]) only in case; one actor, one spelling", ErrBadID, id, e.id, s, e.i))
				continue
			}
			if _, ok := seen[key]; !ok {
				seen[key] = entry{id, i}
			}
		}
	}
	check(SectionActors, func(yield func(int, string) bool) {
		for i, a := range b.actors {
			if !yield(i, a.ID) {
				return
			}
		}
	})
	check(SectionSources, func(yield func(int, string) bool) {
		for i, s := range b.sources {
			if !yield(i, s.ID) {
				return
			}
		}
	})
	check(SectionRelations, func(yield func(int, string) bool) {
		for i, r := range b.relations {
			if !yield(i, r.ID) {
				return
			}
		}
	})
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
