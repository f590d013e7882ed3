package analysis

import (
	"fmt"
	"slices"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
)

// Measure is a ranking computed on a projection, for use over time: wrap
// any measure of this package, such as
//
//	func(p *analysis.Projection) ([]analysis.Score, error) {
//		return analysis.PageRank(p, analysis.PageRankOptions{})
//	}
type Measure func(*Projection) ([]Score, error)

// Windows cuts the days from the first day of from to the last day of to
// into consecutive windows of the given number of days (7 for weekly); the
// last window may be shorter. It fails with ErrBadOption if days < 1 or to
// is before from.
func Windows(from, to date.Date, days int) ([]date.Span, error) {
	if days < 1 || from.IsZero() || to.IsZero() || to.Last().Before(from.First()) {
		return nil, fmt.Errorf("%w: windows of %d days from %s to %s", ErrBadOption, days, from, to)
	}
	var out []date.Span
	end := to.Last()
	for t := from.First(); !t.After(end); t = t.AddDate(0, 0, days) {
		last := t.AddDate(0, 0, days-1)
		if last.After(end) {
			last = end
		}
		first, _ := date.FromTime(t) // t and last lie between from and to, so within the calendar
		until, _ := date.FromTime(last)
		out = append(out, date.Between(first, until))
	}
	return out, nil
}

// Point is a measure over one window.
type Point struct {
	Window date.Span
	Scores []Score // sorted, as the measure returns them
}

// Series computes a measure over a sequence of windows: for each window,
// the view of g selected by f with Window set to it (see [graph.Filter];
// relations overlapping the window, states holding in it), projected with
// weight. It fails with the first error of the filter or the measure.
func Series(g *graph.Graph, f graph.Filter, windows []date.Span, weight WeightFunc, m Measure) ([]Point, error) {
	out := make([]Point, 0, len(windows))
	for _, w := range windows {
		f.Window = w
		v, err := g.Filter(f)
		if err != nil {
			return nil, err
		}
		s, err := m(Project(v, weight))
		if err != nil {
			return nil, fmt.Errorf("window %s: %w", w, err)
		}
		out = append(out, Point{Window: w, Scores: s})
	}
	return out, nil
}

// Track returns one actor's score in every point of a series (0 where the
// actor is not in the view).
func Track(series []Point, id string) []float64 {
	out := make([]float64, len(series))
	for i, pt := range series {
		for _, s := range pt.Scores {
			if s.ID == id {
				out[i] = s.Score
				break
			}
		}
	}
	return out
}

// RankChange is how an actor's rank moved between two dates, and the
// relations touching it that appeared or ended in between.
type RankChange struct {
	ID                      string
	Before, After           int     // 1-based ranks as of the two dates; 0 if not ranked
	ScoreBefore, ScoreAfter float64 // the scores
	// Gained are the relations touching the actor in force as of the later
	// date but not the earlier one; Lost the reverse. Relation order.
	Gained, Lost []graph.Relation
}

// Moved returns how many places the actor rose (positive) or fell.
func (c RankChange) Moved() int { return c.Before - c.After }

// CompareRanks ranks actors as of two dates (views of g selected by f with
// AsOf set to each date) and reports how the actor id moved, with the
// relations touching it that make the difference. It fails with
// ErrUnknownActor or the first error of the filter or the measure.
func CompareRanks(g *graph.Graph, f graph.Filter, id string, before, after date.Date, weight WeightFunc, m Measure) (RankChange, error) {
	if _, ok := g.Actor(id); !ok {
		return RankChange{}, fmt.Errorf("%w %q", ErrUnknownActor, id)
	}
	c := RankChange{ID: id}
	var rels [2][]graph.Relation
	for i, d := range []date.Date{before, after} {
		f.AsOf = d
		v, err := g.Filter(f)
		if err != nil {
			return RankChange{}, err
		}
		s, err := m(Project(v, weight))
		if err != nil {
			return RankChange{}, fmt.Errorf("as of %s: %w", d, err)
		}
		rank, _ := Rank(s, id)
		score := ScoreMap(s)[id]
		if i == 0 {
			c.Before, c.ScoreBefore = rank, score
		} else {
			c.After, c.ScoreAfter = rank, score
		}
		rels[i] = slices.Collect(v.RelationsOf(id))
	}
	has := func(rs []graph.Relation, r graph.Relation) bool {
		return slices.ContainsFunc(rs, func(x graph.Relation) bool { return x.ID == r.ID })
	}
	for _, r := range rels[1] {
		if !has(rels[0], r) {
			c.Gained = append(c.Gained, r)
		}
	}
	for _, r := range rels[0] {
		if !has(rels[1], r) {
			c.Lost = append(c.Lost, r)
		}
	}
	return c, nil
}
