package table

import (
	"fmt"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph/analysis"
)

// WindowScores is one time window of a measure's series: the scores of the
// measure on the view of the graph restricted to the window.
type WindowScores struct {
	// Label heads the window's column: "Mar 2014". The default is the
	// span as Span.Format writes it ("1 Mar 2014 - 31 Mar 2014").
	Label string
	// Span is the window the scores were computed on.
	Span date.Span
	// Scores holds one score per actor, in any order.
	Scores []analysis.Score
	// Isolated lists the IDs of actors with no relations in this window:
	// their cells keep the score but carry Marker. Default none.
	Isolated []string
}

// WindowMarker is the marker OverTime gives, by default, to the cells of
// actors with no relations in a window.
const WindowMarker = "no relations in this window"

// OverTimeOptions changes how OverTime builds its table. The zero value shows
// 3 significant digits.
type OverTimeOptions struct {
	// Digits is how many significant digits the windows' columns show; 0
	// means 3.
	Digits int
	// Marker is the marker of isolated actors; the default is
	// WindowMarker, "no relations in this window".
	Marker string
}

// OverTime builds the table of a measure over time: one row per actor scored
// in any window (keyed by actor ID), the column "Actor" and one number
// column per window, in the order given, headed by its label. An actor not
// scored in a window has a missing cell there. Rows are sorted by the last
// window's score, highest first, missing last, ties by actor name.
//
// It fails with ErrBadScores when there is no window, a window has neither
// label nor span or the same heading as another (or "Actor"), an actor is
// scored twice in one window, a score is not finite, or an isolated actor
// has no score in its window. It costs O(a log a + s) for a actors and s
// scores.
func OverTime(title string, windows []WindowScores, o OverTimeOptions) (*Table, error) {
	if len(windows) == 0 {
		return nil, fmt.Errorf("%w: no window", ErrBadScores)
	}
	marker := orText(o.Marker, WindowMarker)
	cols := []Column{{Name: "Actor"}}
	names := []string{"Actor"}
	vals := make([]map[string]float64, len(windows))
	isolated := make([]map[string]bool, len(windows))
	var all actorSet
	for i, w := range windows {
		label := orText(w.Label, w.Span.Format())
		where := fmt.Sprintf("window %d %q", i+1, label)
		val, name, err := scoreIndex(where, w.Scores)
		if err != nil {
			return nil, err
		}
		if isolated[i], err = checkIsolated(where, w.Isolated, name); err != nil {
			return nil, err
		}
		vals[i] = val
		all.add(name)
		cols = append(cols, Column{Name: label, Type: NumberType, Digits: o.Digits})
		names = append(names, label)
	}
	if err := uniqueNames("window", names); err != nil {
		return nil, err
	}
	t, err := New(title, cols...)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadScores, err)
	}
	for _, id := range all.sorted() {
		values := make([]any, len(cols))
		values[0] = all.label(id)
		for i := range windows {
			c := Cell{}
			if v, ok := vals[i][id]; ok {
				c.Value = v
			}
			if isolated[i][id] {
				c.Marker = marker
			}
			values[i+1] = c
		}
		if err := t.AddKeyedRow(id, values...); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrBadScores, err)
		}
	}
	if err := t.Sort(cols[len(cols)-1].Name, SortOptions{Descending: true}); err != nil {
		return nil, err
	}
	return t, nil
}
