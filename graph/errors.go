package graph

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Errors reported by [Builder.Build] and [Graph.Filter], each wrapped in an
// [*Error] that says where. Test for them with errors.Is.
var (
	ErrUnknownActor      = errors.New("graph: unknown actor")
	ErrDuplicateActor    = errors.New("graph: duplicate actor ID")
	ErrUnknownKind       = errors.New("graph: unknown relation kind")
	ErrDuplicateKind     = errors.New("graph: duplicate relation kind")
	ErrBadKind           = errors.New("graph: bad relation kind")
	ErrUnknownSource     = errors.New("graph: unknown source")
	ErrDuplicateSource   = errors.New("graph: duplicate source ID")
	ErrDuplicateRelation = errors.New("graph: duplicate relation ID")
	ErrMissing           = errors.New("graph: required field missing")
	ErrSelfRelation      = errors.New("graph: relation from an actor to itself")
	ErrBadWeight         = errors.New("graph: bad weight")
	ErrBadCount          = errors.New("graph: bad count")
	ErrBadSign           = errors.New("graph: bad sign")
	ErrNoSource          = errors.New("graph: evidence without a source")
	ErrBadID             = errors.New("graph: bad ID")
	ErrBadFilter         = errors.New("graph: bad filter")
)

// Section names the part of a scenario a problem is in.
type Section string

// The sections of a scenario, as named in scenario files.
const (
	SectionSources   Section = "sources"
	SectionKinds     Section = "kinds"
	SectionActors    Section = "actors"
	SectionRelations Section = "relations"
	SectionFilter    Section = "filter"
	SectionTitle     Section = "title" // the graph's title: Index -1, Field ""
)

// Error is one problem found while building a graph: which item of which
// section, which field, and what is wrong. [Builder.Build] returns all of
// them joined with errors.Join; a loader maps Section, Index and Field back to
// a line in the file.
type Error struct {
	Section Section // sources, kinds, actors, relations, or title
	Index   int     // position of the item in the order it was added, from 0
	ID      string  // the item's ID or name as given, if any
	Field   string  // the field at fault, such as "to" or "evidence[1].source"; "" for the whole item
	Err     error   // a sentinel of this package, of package actors or of package date, possibly wrapped
}

// Path returns the item and field as a path: "relations[3].to".
func (e *Error) Path() string {
	var b strings.Builder
	b.WriteString(string(e.Section))
	if e.Index >= 0 {
		b.WriteString("[" + strconv.Itoa(e.Index) + "]")
	}
	if e.Field != "" {
		b.WriteString("." + e.Field)
	}
	return b.String()
}

// Error implements error.
func (e *Error) Error() string {
	if e.ID != "" {
		return fmt.Sprintf("%s (%s): %v", e.Path(), e.ID, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path(), e.Err)
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }
