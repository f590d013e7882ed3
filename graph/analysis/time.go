package analysis

import (
	"fmt"
	"slices"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
)

// Measure is a ranking computed on a projection, for use over time
// ([Series], [CompareRanks]): wrap any measure of this package, such as
//
//	func(p *analysis.Projection) ([]analysis.Score, error) {
//		return analysis.PageRank(p, analysis.PageRankOptions{Weighted: true})
//	}
type Measure func(*Projection) ([]Score, error)

// defaultMeasure is PageRank with default options.
func defaultMeasure(p *Projection) ([]Score, error) { return PageRank(p, PageRankOptions{}) }

// Windows cuts the days from the first day of from to the last day of to
// into consecutive windows of the given number of days (7 for weekly), in
// time order; the last window may be shorter. O(w) time and memory for w
// windows. It fails with ErrBadOption if days < 1, either date is zero or
// to is before from.
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
	Window date.Span // the window
	Scores []Score   // sorted, as the measure returns them
}

// SeriesOptions control [Series].
type SeriesOptions struct {
	// Measure ranks the actors of each window's projection; nil means
	// PageRank with default options.
	Measure Measure
	// Filter selects the view of the graph in every window; its Window is
	// replaced by each window in turn. Default: every relation.
	Filter graph.Filter
	// Weighting is the built-in rule for the weight a relation adds to its
	// projected edge (see [ProjectOptions]). Default WeightByCount.
	Weighting Weighting
	// WeightFunc, if not nil, replaces Weighting. Default nil.
	WeightFunc WeightFunc
}

// Series computes a measure over a sequence of windows: for each window,
// the view of g selected by Filter with its Window set to the window (see
// [graph.Filter]: relations overlapping the window, states holding in it),
// projected as [Project] does, then measured. Points come in the order of
// windows.
//
// Cost: for each window, a filter and a projection, O(n + m) time and
// memory, plus the measure's. It fails with the first error of the filter
// (wrapping graph.ErrBadFilter) or of the measure, naming the window.
func Series(g *graph.Graph, windows []date.Span, o SeriesOptions) ([]Point, error) {
	m := o.Measure
	if m == nil {
		m = defaultMeasure
	}
	popts := ProjectOptions{Weighting: o.Weighting, WeightFunc: o.WeightFunc}
	f := o.Filter
	out := make([]Point, 0, len(windows))
	for _, w := range windows {
		f.Window = w
		v, err := g.Filter(f)
		if err != nil {
			return nil, fmt.Errorf("window %s: %w", w, err)
		}
		s, err := m(Project(v, popts))
		if err != nil {
			return nil, fmt.Errorf("window %s: %w", w, err)
		}
		out = append(out, Point{Window: w, Scores: s})
	}
	return out, nil
}

// Track returns one actor's score in every point of a series, in the
// series' order (0 where the actor is not in the view). O(p s) time for p
// points of s scores.
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
	// ID is the actor's ID.
	ID string
	// Before and After are the actor's 1-based ranks as of the two dates;
	// 0 if it is not in the view.
	Before, After int
	// ScoreBefore and ScoreAfter are its scores as of the two dates.
	ScoreBefore, ScoreAfter float64
	// Gained are the relations touching the actor in force as of the later
	// date but not the earlier one; Lost the reverse. Relation order.
	Gained, Lost []graph.Relation
}

// Moved returns how many places the actor rose (positive) or fell.
func (c RankChange) Moved() int { return c.Before - c.After }

// CompareRanksOptions control [CompareRanks].
type CompareRanksOptions struct {
	// Measure ranks the actors of each view's projection; nil means
	// PageRank with default options.
	Measure Measure
	// Filter selects the view of the graph as of each date; its AsOf is
	// replaced by each date in turn. Default: every relation.
	Filter graph.Filter
	// Weighting is the built-in rule for the weight a relation adds to its
	// projected edge (see [ProjectOptions]). Default WeightByCount.
	Weighting Weighting
	// WeightFunc, if not nil, replaces Weighting. Default nil.
	WeightFunc WeightFunc
}

// CompareRanks ranks actors as of the two ends of a span, between.Since
// and between.Until (views of g selected by Filter with AsOf set to each
// date, projected as [Project] does), and reports how the actor id moved,
// with the relations touching it that make the difference.
//
// Cost: two filters and projections, O(n + m) time and memory, plus the
// measure's, plus O(r^2) for the r relations touching the actor. It fails
// with ErrUnknownActor, ErrBadOption (a span without both dates), or the
// first error of the filter or the measure, naming the date.
func CompareRanks(g *graph.Graph, id string, between date.Span, o CompareRanksOptions) (RankChange, error) {
	if _, ok := g.Actor(id); !ok {
		return RankChange{}, fmt.Errorf("%w %q", ErrUnknownActor, id)
	}
	if between.Since.IsZero() || between.Until.IsZero() {
		return RankChange{}, fmt.Errorf("%w: compare ranks between %q and %q: want two dates", ErrBadOption, between.Since, between.Until)
	}
	m := o.Measure
	if m == nil {
		m = defaultMeasure
	}
	popts := ProjectOptions{Weighting: o.Weighting, WeightFunc: o.WeightFunc}
	f := o.Filter
	c := RankChange{ID: id}
	var rels [2][]graph.Relation
	for i, d := range []date.Date{between.Since, between.Until} {
		f.AsOf = d
		v, err := g.Filter(f)
		if err != nil {
			return RankChange{}, fmt.Errorf("as of %s: %w", d, err)
		}
		s, err := m(Project(v, popts))
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
