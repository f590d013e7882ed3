package table

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
)

// Period is one side of a rank-change table: the scores of a measure in a
// period and the relations each actor had in it.
type Period struct {
	// Label names the period in the headings: "Feb 2014". The default is
	// the span as Span.Format writes it.
	Label string
	// Span is the period the scores were computed on.
	Span date.Span
	// Scores holds one score per actor, in any order.
	Scores []analysis.Score
	// Isolated lists the IDs of actors with no relations in the period:
	// they are not ranked in it, and their rank cell is marked "no
	// relations in <label>". Default none.
	Isolated []string
	// Links holds, per actor ID, the relations touching the actor in the
	// period (LinksOf makes it from a view of a graph). Changes compares
	// the two periods' links by ID. Nil means unknown: the relation
	// columns are then missing.
	Links map[string][]Link
}

// Link is a relation as a rank-change table names it.
type Link struct {
	// ID identifies the relation in both periods: the relation's ID.
	ID string
	// Label names it in the table: "Vladimir Putin phoned Barack Obama, 28
	// Mar 2014".
	Label string
}

// ChangesOptions changes how Changes builds its table. The zero value
// ranks the largest score first and calls the scores "Score".
type ChangesOptions struct {
	// Measure names the score columns, "PageRank Feb 2014"; default
	// "Score".
	Measure string
	// Digits is how many significant digits the score columns show; 0
	// means 3.
	Digits int
	// Ascending ranks the smallest score first, for a distance or a cost.
	// The default ranks the largest first.
	Ascending bool
}

// Changes builds the table of how actors' ranks changed from one period to
// the next: one row per actor scored in either period (keyed by actor ID)
// with the columns
//
//	Actor, Rank <before>, Rank <after>, Moved, <measure> <before>,
//	<measure> <after>, Gained, Lost, Relations gained and lost
//
// Ranks are competition ranks within each period (see Table.Rank). Moved
// is the rank before minus the rank after, so +2 is two places up; it is
// missing unless the actor is ranked in both. Gained and Lost count the
// relations (by Link.ID) the actor has after but not before, and before
// but not after; the last column names them: "gained: A; B. lost: C." in
// label order. Rows are sorted by the rank after, best first, unranked
// last, ties by actor name.
//
// It fails with ErrBadScores when the two periods have the same label (or
// neither label nor span), an actor is scored twice in a period, a score
// is not finite, or an isolated actor has no score. It costs O(a log a + s
// + l log l) for a actors, s scores and l links.
func Changes(title string, before, after Period, o ChangesOptions) (*Table, error) {
	measure := orText(o.Measure, "Score")
	periods := [2]Period{before, after}
	var labels [2]string
	var vals [2]map[string]float64
	var isolated [2]map[string]bool
	var all actorSet
	for i, p := range periods {
		labels[i] = orText(p.Label, p.Span.Format())
		where := fmt.Sprintf("period %q", labels[i])
		val, name, err := scoreIndex(where, p.Scores)
		if err != nil {
			return nil, err
		}
		if isolated[i], err = checkIsolated(where, p.Isolated, name); err != nil {
			return nil, err
		}
		vals[i] = val
		all.add(name)
	}
	rankCol := [2]string{"Rank " + labels[0], "Rank " + labels[1]}
	scoreCol := [2]string{measure + " " + labels[0], measure + " " + labels[1]}
	if labels[0] == "" || labels[1] == "" {
		return nil, fmt.Errorf("%w: a period has neither label nor span", ErrBadScores)
	}
	if labels[0] == labels[1] {
		return nil, fmt.Errorf("%w: both periods are labelled %q", ErrBadScores, labels[0])
	}
	cols := []Column{
		{Name: "Actor"},
		{Name: rankCol[0], Type: RankType}, {Name: rankCol[1], Type: RankType},
		{Name: "Moved", Type: IntegerType, Signed: true},
		{Name: scoreCol[0], Type: NumberType, Digits: o.Digits}, {Name: scoreCol[1], Type: NumberType, Digits: o.Digits},
		{Name: "Gained", Type: IntegerType}, {Name: "Lost", Type: IntegerType},
		{Name: "Relations gained and lost"},
	}
	t, err := New(title, cols...)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadScores, err)
	}
	known := before.Links != nil && after.Links != nil
	for _, id := range all.sorted() {
		values := make([]any, len(cols))
		values[0] = all.label(id)
		for i := range periods {
			if v, ok := vals[i][id]; ok {
				values[4+i] = v
			}
			if isolated[i][id] {
				values[1+i] = Cell{Marker: "no relations in " + labels[i]}
			}
		}
		if known {
			gained, lost := diffLinks(before.Links[id], after.Links[id])
			values[6], values[7], values[8] = len(gained), len(lost), linkText(gained, lost)
		}
		if err := t.AddKeyedRow(id, values...); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrBadScores, err)
		}
	}
	for i := range periods {
		if err := t.Rank(rankCol[i], scoreCol[i], RankOptions{Ascending: o.Ascending}); err != nil {
			return nil, err
		}
	}
	for i := range t.rows {
		b, okb := t.rows[i].cells[1].Value.(int64)
		a, oka := t.rows[i].cells[2].Value.(int64)
		if okb && oka {
			t.rows[i].cells[3].Value = b - a
		}
	}
	if err := t.Sort(rankCol[1], SortOptions{}); err != nil {
		return nil, err
	}
	return t, nil
}

// diffLinks returns the links in after but not before, and in before but
// not after, compared by ID, each sorted by label then ID, without repeats.
func diffLinks(before, after []Link) (gained, lost []Link) {
	ids := func(ls []Link) map[string]bool {
		m := make(map[string]bool, len(ls))
		for _, l := range ls {
			m[l.ID] = true
		}
		return m
	}
	in := func(ls []Link, not map[string]bool) []Link {
		var out []Link
		seen := map[string]bool{}
		for _, l := range ls {
			if !not[l.ID] && !seen[l.ID] {
				seen[l.ID] = true
				out = append(out, l)
			}
		}
		slices.SortFunc(out, func(a, b Link) int {
			return cmp.Or(strings.Compare(a.Label, b.Label), strings.Compare(a.ID, b.ID))
		})
		return out
	}
	return in(after, ids(before)), in(before, ids(after))
}

// linkText names gained and lost links: "gained: A; B. lost: C.", or ""
// when nothing changed.
func linkText(gained, lost []Link) string {
	var parts []string
	for _, side := range []struct {
		word  string
		links []Link
	}{{"gained", gained}, {"lost", lost}} {
		if len(side.links) == 0 {
			continue
		}
		labels := make([]string, len(side.links))
		for i, l := range side.links {
			labels[i] = orText(l.Label, l.ID)
		}
		parts = append(parts, side.word+": "+strings.Join(labels, "; ")+".")
	}
	return strings.Join(parts, " ")
}

// LinksOf returns, for each actor of g with relations, the relations that
// touch it as Links: the relation's ID, and a label naming both ends with
// the kind's verb and the time, "Vladimir Putin phoned Barack Obama, 28 Mar
// 2014". A relation appears under both its ends. Give it a view of a graph
// (graph.Graph.Filter with a Window) to fill Period.Links. It costs
// O(relations).
func LinksOf(g *graph.Graph) map[string][]Link {
	out := map[string][]Link{}
	name := func(id string) string {
		if a, ok := g.Actor(id); ok {
			return a.Label()
		}
		return id
	}
	for r := range g.Relations() {
		verb := r.Kind
		k, ok := g.Kind(r.Kind)
		if ok {
			verb = k.Verb()
		}
		label := name(r.From) + " " + verb + " " + name(r.To)
		if when := graph.Effective(r, k).Format(); when != "" {
			label += ", " + when
		}
		l := Link{ID: r.ID, Label: label}
		out[r.From] = append(out[r.From], l)
		if r.To != r.From {
			out[r.To] = append(out[r.To], l)
		}
	}
	return out
}
