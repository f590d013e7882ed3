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
	if norm.NFKC.IsNormalString(id) {
		return nil
	}
	return fmt.Errorf("%w %q: not in Unicode normal form NFKC; write it %q (IDs have one spelling: composed accents, no fullwidth or other compatibility forms)", ErrBadID, id, norm.NFKC.String(id))
}

// relProblem is a problem of a relation found when it was added, reported
// by Build.
type relProblem struct {
	i     int32
	field string
	err   error
}

// checkRelationText notes the free text of relation i that no output can
// carry ([actors.ValidateText]): its note, quotes, citation notes and
// attributes. Sources and actors are checked by Build.
func (b *Builder) checkRelationText(i int32, r *Relation) {
	add := func(field string, err error) {
		b.textProblems = append(b.textProblems, relProblem{i, field, err})
	}
	if err := actors.ValidateText(r.Note); err != nil {
		add("note", err)
	}
	for j, ev := range r.Evidence {
		if err := actors.ValidateText(ev.Quote); err != nil {
			add(fmt.Sprintf("evidence[%d].quote", j), err)
		}
		if err := actors.ValidateText(ev.Note); err != nil {
			add(fmt.Sprintf("evidence[%d].note", j), err)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(r.Attrs)) {
		if err := actors.ValidateText(k + r.Attrs[k]); err != nil {
			add("attrs."+k, err)
		}
	}
}

// checkSourceText reports the free text of sources that no output can
// carry.
func (b *Builder) checkSourceText(fail func(s Section, i int, id, field string, err error)) {
	for i, s := range b.sources {
		for _, f := range []struct{ field, text string }{{"title", s.Title}, {"publisher", s.Publisher}, {"url", s.URL}, {"note", s.Note}} {
			if err := actors.ValidateText(f.text); err != nil {
				fail(SectionSources, i, s.ID, f.field, err)
			}
		}
	}
}
