package chart

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
	"github.com/diplograph/diplograph/report/table"
)

// This file turns the library's results into chart inputs, so that a
// table, a series or a graph becomes a chart in one call.

// FromTable returns the number columns of t named in columns (all of them
// when none is named) as Scores for [Bars], one actor per row in the
// table's order (sort or Top the table first), labelled by its "Actor"
// column, else its first text column. A missing value is drawn as 0. It
// fails with ErrEmpty for an empty table and ErrOption for a column that is
// not a number column of t.
func FromTable(t *table.Table, columns ...string) (Scores, error) {
	if t == nil || t.Len() == 0 {
		return Scores{}, &Error{Field: "table", Err: ErrEmpty}
	}
	label := ""
	var numbers []string
	for _, c := range t.Columns() {
		switch {
		case c.Type == table.TextType && (label == "" || c.Name == "Actor"):
			label = c.Name
		case c.Type == table.NumberType:
			numbers = append(numbers, c.Name)
		}
	}
	if len(columns) == 0 {
		columns = numbers
	}
	if label == "" || len(columns) == 0 {
		return Scores{}, &Error{Field: "table", Err: fmt.Errorf("%w: want a text column of actors and a number column", ErrOption)}
	}
	var s Scores
	for _, name := range columns {
		if !slices.Contains(numbers, name) {
			return Scores{}, &Error{Field: "columns", About: name, Err: fmt.Errorf("%w: %q is not a number column of the table (it has %s)", ErrOption, name, strings.Join(numbers, ", "))}
		}
		s.Measures = append(s.Measures, Measure{Name: name})
	}
	for row := range t.Rows() {
		c, _ := row.Cell(label)
		name, _ := c.Value.(string)
		s.Actors = append(s.Actors, name)
		for i, col := range columns {
			v, _ := row.Cell(col)
			f, ok := v.Float()
			if !ok {
				f = 0
			}
			s.Measures[i].Values = append(s.Measures[i].Values, f)
		}
	}
	return s, nil
}

// FromSeries returns the scores of the given actors (by ID) over the
// windows of points, as [analysis.Series] computes them, as a Series for
// [Lines]; an actor not scored in a window, or isolated there, has a gap.
// measure names the values ("pagerank"). Lines are labelled by actor name.
// It fails with ErrEmpty when points or actors is empty and ErrLabel for
// an actor scored in no window.
func FromSeries(measure string, points []analysis.Point, actors []string) (Series, error) {
	if len(points) == 0 || len(actors) == 0 {
		return Series{}, &Error{Field: "points", Err: ErrEmpty}
	}
	s := Series{Measure: measure}
	for _, pt := range points {
		s.Windows = append(s.Windows, pt.Window)
	}
	for _, id := range actors {
		line := Line{Values: make([]float64, len(points))}
		for i, pt := range points {
			line.Values[i] = math.NaN()
			if slices.Contains(pt.Isolates, id) {
				continue
			}
			for _, sc := range pt.Scores {
				if sc.ID == id {
					line.Values[i], line.Actor = sc.Score, cmp.Or(line.Actor, sc.Name, id)
					break
				}
			}
		}
		if line.Actor == "" {
			return Series{}, &Error{Field: "actors", About: id, Err: fmt.Errorf("%w: actor %q is scored in no window", ErrLabel, id)}
		}
		s.Lines = append(s.Lines, line)
	}
	return s, nil
}

// Ranking is one side of a rank change for [FromRanks]: the date, the
// scores of a measure as the measure returns them (best first), and the
// actors with no relations in that view, which are not ranked.
type Ranking struct {
	Date     date.Date        // the date of the view; zero for "Before" or "After"
	Scores   []analysis.Score // best first
	Isolates []string         // actor IDs left out of the ranking
}

// FromRanks returns the top n actors (all for n <= 0) of two rankings of a
// measure as Ranks for [Slope], labelled by actor name.
func FromRanks(measure string, before, after Ranking, n int) Ranks {
	names := func(r Ranking) []string {
		var out []string
		for _, sc := range r.Scores {
			if slices.Contains(r.Isolates, sc.ID) {
				continue
			}
			if n > 0 && len(out) == n {
				break
			}
			out = append(out, cmp.Or(sc.Name, sc.ID))
		}
		return out
	}
	return Ranks{Measure: measure, From: before.Date, To: after.Date, Before: names(before), After: names(after)}
}

// TiesByMonth counts g's dated relations by month and sign
// ([graph.Graph.SignOf]: a relation's own sign, else its kind's), as Ties
// for [Diverging], one row per calendar month from the first to the last
// month with a relation, in time order ("Mar 2014"). A relation counts in
// the month its time starts; neutral and undated relations are not
// counted. It fails with ErrEmpty when no relation is signed and dated.
func TiesByMonth(g *graph.Graph) (Ties, error) {
	type ym struct{ y, m int }
	counts := map[ym][2]int{}
	var first, last ym
	seen := false
	for r := range g.Relations() {
		s := g.SignOf(r)
		if s == graph.Neutral || r.When.Since.IsZero() || r.When.Since.Precision() < date.Month {
			continue
		}
		k := ym{r.When.Since.Year(), int(r.When.Since.Month())}
		c := counts[k]
		if s == graph.Cooperative {
			c[0]++
		} else {
			c[1]++
		}
		counts[k] = c
		if !seen || k.y*12+k.m < first.y*12+first.m {
			first = k
		}
		if !seen || k.y*12+k.m > last.y*12+last.m {
			last = k
		}
		seen = true
	}
	if !seen {
		return Ties{}, &Error{Field: "graph", Err: fmt.Errorf("%w: no dated cooperative or hostile relation", ErrEmpty)}
	}
	var t Ties
	for k := first; k.y*12+k.m <= last.y*12+last.m; {
		c := counts[k]
		t.Labels = append(t.Labels, date.OfMonth(k.y, time.Month(k.m)).Format())
		t.Cooperative = append(t.Cooperative, c[0])
		t.Hostile = append(t.Hostile, c[1])
		if k.m++; k.m > 12 {
			k.y, k.m = k.y+1, 1
		}
	}
	return t, nil
}

// TiesByPair counts g's relations by pair of actors (either direction) and
// sign, as Ties for [Diverging], the n pairs with most signed relations
// first (all for n <= 0), ties by name, labelled "Russia – Ukraine" with the
// names in ID order. It fails with ErrEmpty when no relation is signed.
func TiesByPair(g *graph.Graph, n int) (Ties, error) {
	type pair struct{ a, b string }
	counts := map[pair][2]int{}
	for r := range g.Relations() {
		s := g.SignOf(r)
		if s == graph.Neutral {
			continue
		}
		k := pair{r.From, r.To}
		if k.b < k.a {
			k.a, k.b = k.b, k.a
		}
		c := counts[k]
		if s == graph.Cooperative {
			c[0]++
		} else {
			c[1]++
		}
		counts[k] = c
	}
	if len(counts) == 0 {
		return Ties{}, &Error{Field: "graph", Err: fmt.Errorf("%w: no cooperative or hostile relation", ErrEmpty)}
	}
	label := func(k pair) string {
		a, _ := g.Actor(k.a)
		b, _ := g.Actor(k.b)
		return a.Label() + " – " + b.Label()
	}
	pairs := make([]pair, 0, len(counts))
	for k := range counts {
		pairs = append(pairs, k)
	}
	slices.SortFunc(pairs, func(x, y pair) int {
		cx, cy := counts[x], counts[y]
		return cmp.Or(cmp.Compare(cy[0]+cy[1], cx[0]+cx[1]), strings.Compare(label(x), label(y)), strings.Compare(x.a, y.a), strings.Compare(x.b, y.b))
	})
	if n > 0 && len(pairs) > n {
		pairs = pairs[:n]
	}
	var t Ties
	for _, k := range pairs {
		t.Labels = append(t.Labels, label(k))
		t.Cooperative = append(t.Cooperative, counts[k][0])
		t.Hostile = append(t.Hostile, counts[k][1])
	}
	return t, nil
}
