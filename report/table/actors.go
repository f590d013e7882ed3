package table

import (
	"fmt"

	"github.com/diplograph/diplograph/graph/analysis"
)

// ScoreColumn is one measure's scores, which become a column of an
// Actors table.
type ScoreColumn struct {
	// Name heads the column: "PageRank". It is required and unique.
	Name string
	// Scores holds one score per actor, in any order: what a measure of
	// package analysis returns.
	Scores []analysis.Score
	// Digits is how many significant digits the column shows; 0 means 3.
	Digits int
	// Ascending ranks the smallest score first, for a distance or a cost
	// (eccentricity, mean distance). The default ranks the largest first.
	Ascending bool
}

// IsolatedMarker is the marker Actors gives, by default, to the rank cells
// of actors with no relations in the view.
const IsolatedMarker = "no relations in this view"

// ActorsOptions changes how Actors builds its table. The zero value gives
// one overall rank and marks no actor.
type ActorsOptions struct {
	// Isolated lists the IDs of actors with no relations in the view. They
	// keep their rows and scores, but are not ranked: their rank cells are
	// missing and carry Marker. Each ID must have a score. Default none.
	Isolated []string
	// Marker is the marker of isolated actors; the default is
	// IsolatedMarker, "no relations in this view".
	Marker string
	// RankEach adds, after each measure's column but the first, a rank
	// column for that measure ("Betweenness rank"). By default only the
	// first column, "Rank", ranks, by the first measure.
	RankEach bool
}

// Actors builds the table of actors by measures: one row per actor scored
// by any measure (keyed by actor ID, so Table.SelectKeys picks actors), the
// columns "Rank" and "Actor" and one number column per measure named after
// it, with, if asked, a rank column per further measure. Rank is the
// competition rank ("1224", see Table.Rank and Tolerance) by the first
// measure. Rows are sorted by that rank, best first, ties by actor name,
// then by ID; unranked rows come last.
//
// An actor missing from a measure has a missing cell there; if the measure
// ranks, its rank cell is missing too and marked "no <measure> score". The
// actor's name is the first non-empty Score.Name given for it, else its ID.
//
// It fails with ErrBadScores when there is no measure, a measure has no
// name or a name used twice (by a measure or a rank column), an actor is
// scored twice by one measure, a score is NaN or infinite, or an isolated
// actor has no score. It costs O(a log a + s) for a actors and s scores.
func Actors(title string, measures []ScoreColumn, o ActorsOptions) (*Table, error) {
	if len(measures) == 0 {
		return nil, fmt.Errorf("%w: no measure", ErrBadScores)
	}
	marker := orText(o.Marker, IsolatedMarker)
	cols := []Column{{Name: "Rank", Type: RankType}, {Name: "Actor"}}
	type scored struct {
		m      ScoreColumn
		val    map[string]float64
		rankAt int // column of the measure's rank, or -1
		at     int // column of the measure's scores
	}
	var all actorSet
	var ms []scored
	names := []string{"Rank", "Actor"}
	for i, m := range measures {
		val, name, err := scoreIndex(fmt.Sprintf("measure %q", m.Name), m.Scores)
		if err != nil {
			return nil, err
		}
		all.add(name)
		s := scored{m: m, val: val, at: len(cols), rankAt: -1}
		cols = append(cols, Column{Name: m.Name, Type: NumberType, Digits: m.Digits})
		names = append(names, m.Name)
		if i == 0 {
			s.rankAt = 0
		} else if o.RankEach {
			s.rankAt = len(cols)
			cols = append(cols, Column{Name: m.Name + " rank", Type: RankType})
			names = append(names, m.Name+" rank")
		}
		ms = append(ms, s)
	}
	if err := uniqueNames("measure", names); err != nil {
		return nil, err
	}
	isolated, err := checkIsolated("actors", o.Isolated, all.name)
	if err != nil {
		return nil, err
	}
	t, err := New(title, cols...)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadScores, err)
	}
	for _, id := range all.sorted() {
		values := make([]any, len(cols))
		values[1] = all.label(id)
		for _, s := range ms {
			v, ok := s.val[id]
			if ok {
				values[s.at] = v
			}
			switch {
			case s.rankAt < 0:
			case isolated[id]:
				values[s.rankAt] = Cell{Marker: marker}
			case !ok:
				values[s.rankAt] = Cell{Marker: "no " + s.m.Name + " score"}
			}
		}
		if err := t.AddKeyedRow(id, values...); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrBadScores, err)
		}
	}
	for _, s := range ms {
		if s.rankAt >= 0 {
			if err := t.Rank(cols[s.rankAt].Name, s.m.Name, RankOptions{Ascending: s.m.Ascending}); err != nil {
				return nil, err
			}
		}
	}
	if err := t.Sort("Rank", SortOptions{}); err != nil {
		return nil, err
	}
	return t, nil
}

// orText returns s, or def if s is empty.
func orText(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
