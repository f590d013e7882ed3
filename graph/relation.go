package graph

import (
	"maps"
	"slices"

	"github.com/diplograph/diplograph/date"
)

// Source is a document that relations cite: a news article, a statement, a
// coded event record.
type Source struct {
	ID        string    // stable identifier: "bbc-2014-03-29"
	Title     string    // "Ukraine crisis: Russia vows no invasion"
	Publisher string    // "BBC News"
	URL       string    // where to read it; may be empty
	Date      date.Date // publication date; may be zero
	Note      string    // free text
}

// Evidence is one citation backing a relation: the source document and the
// sentence quoted from it verbatim.
type Evidence struct {
	Source string // ID of a [Source] of the graph; required
	Quote  string // the sentence the relation rests on, verbatim; may be empty
	Note   string // free text: page, paragraph, translation note
}

// Relation is a typed, dated, sourced edge from one actor to another.
//
// A Relation obtained from a built graph is made afresh from its columns:
// its Evidence slice and Attrs map are its own, and changing them does not
// change the graph. [Relation.Clone] copies them for relations passed
// around otherwise.
type Relation struct {
	// ID identifies the relation. Left empty, [Builder.Build] derives one
	// from the relation's parts: "kerry-phoned-lavrov-2014-03-29", with
	// "-2", "-3", ... for repeats.
	ID   string
	From string // actor ID; for directed kinds the actor that acts
	To   string // actor ID; the target
	Kind string // name of a [Kind] in the graph's registry

	// When is a point for events, an interval for states; zero if unknown.
	// A state or affiliation relation given a single date holds from then on.
	When date.Span

	// Weight is the relation's strength, a positive number. Left 0, Build
	// sets it to the default, 1, so in a built graph it is always positive.
	// Hostility is the kind's sign, never a negative weight.
	Weight float64

	// Count is the number of occurrences the relation stands for: 1 for a
	// single phone call or event, n for an aggregate of n coded events (a
	// month of "consulted" between two states). Left 0, Build sets it to 1,
	// so in a built graph it is always at least 1. The projection's default
	// weighting counts a relation this many times, so an aggregated graph
	// ranks actors as the graph of its single events does.
	Count int

	Evidence   []Evidence        // citations, each with its quoted sentence
	ReportedBy string            // ID of the actor who makes the claim ("the Kremlin said"); may be empty
	Note       string            // free text
	Attrs      map[string]string // free attributes, kept through every save and export

	// ownSign is the relation's own sign when it overrides its kind's (a
	// hostile phone call): 0 for none, else the Sign plus 2. Set it with
	// [Relation.WithSign], read it with [Relation.OwnSign].
	ownSign int8
}

// WithSign returns a copy of r whose sign is s instead of its kind's: a
// warning phone call is a hostile "phoned". [Graph.SignOf] gives the sign a
// relation counts with; filters by sign, balance, signed communities and
// diagrams use it. [Builder.Build] rejects a sign other than -1, 0 or +1.
func (r Relation) WithSign(s Sign) Relation {
	r.ownSign = int8(s) + 2
	return r
}

// OwnSign returns the sign set with [Relation.WithSign] and true, or false
// if r takes its kind's sign.
func (r Relation) OwnSign() (Sign, bool) {
	if r.ownSign == 0 {
		return 0, false
	}
	return Sign(r.ownSign - 2), true
}

// KindSign returns a copy of r that takes its kind's sign again, undoing
// [Relation.WithSign].
func (r Relation) KindSign() Relation {
	r.ownSign = 0
	return r
}

// Clone returns a deep copy of r.
func (r Relation) Clone() Relation {
	r.Evidence = slices.Clone(r.Evidence)
	r.Attrs = maps.Clone(r.Attrs)
	return r
}

// NewRelation returns an undated relation of the given kind from one actor
// to another, with the default weight and no evidence. With [Relation.On],
// [Relation.During], [Relation.Cite] and [Relation.AttributedTo] it states a
// dated, quoted, attributed relation in one expression:
//
//	b.AddRelation(graph.NewRelation("kerry", "lavrov", graph.Phoned).
//		On(date.MustParse("2014-03-29")).
//		Cite("bbc-2014-03-29", "Mr Lavrov had spoken by phone to US Secretary of State John Kerry"))
//
// Nothing is checked here: [Builder.Build] checks the actors, the kind, the
// date and the source, and reports every problem with its place.
func NewRelation(from, to, kind string) Relation {
	return Relation{From: from, To: to, Kind: kind}
}

// On returns a copy of r that happened on (or, for states, holds from) d.
func (r Relation) On(d date.Date) Relation {
	r.When = date.At(d)
	return r
}

// During returns a copy of r that holds over s.
func (r Relation) During(s date.Span) Relation {
	r.When = s
	return r
}

// Cite returns a copy of r with one more piece of evidence: the source's ID
// and the sentence quoted from it verbatim (quote may be empty).
func (r Relation) Cite(source, quote string) Relation {
	r.Evidence = append(slices.Clip(r.Evidence), Evidence{Source: source, Quote: quote})
	return r
}

// AttributedTo returns a copy of r that the actor with the given ID reports
// ("according to US officials"): it sets ReportedBy.
func (r Relation) AttributedTo(id string) Relation {
	r.ReportedBy = id
	return r
}
