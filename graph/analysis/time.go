package analysis

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
)

// Point is a measure over one window.
type Point struct {
	// Window is the window, as [Windows] gives it or as passed to [Series].
	Window date.Span
	// Scores ranks the actors of the window's view, sorted as the measure
	// returns them.
	Scores []Score
	// Isolates are the actors of the view without any relation in the
	// window ([Isolates]), sorted by ID: their scores say nothing of their
	// ties, so tables mark them rather than rank them.
	Isolates []string
}

// SeriesOptions control [Series].
type SeriesOptions struct {
	// Measure ranks the actors of each window's projection, computed as
	// [Compute] does with Weighted, Samples and Seed. Default
	// MeasurePageRank.
	Measure Measure
	// MeasureFunc, if not nil, replaces Measure (and Weighted, Samples and
	// Seed): a measure of your own, or one with options of its own.
	// Default nil.
	MeasureFunc MeasureFunc
	// Weighted lets the measure use the edge weights
	// ([MeasureOptions.Weighted]). Default false.
	Weighted bool
	// Samples, if between 1 and n-1, estimates betweenness from that many
	// sources in each window ([MeasureOptions.Samples]). Default 0: exact.
	Samples int
	// Seed seeds the draw of the Samples sources. Default 0.
	Seed uint64
	// Filter selects the view of the graph in every window; its Window is
	// replaced by each window in turn. Default: every relation.
	Filter graph.Filter
	// Weighting is the built-in rule for the weight a relation adds to its
	// projected edge (see [ProjectOptions]). Default WeightByCount.
	Weighting Weighting
	// WeightFunc, if not nil, replaces Weighting. Default nil.
	WeightFunc WeightFunc
}

// Series computes a measure over a sequence of windows, such as [Windows]
// cuts: for each window, the view of g selected by Filter with its Window
// set to the window (see [graph.Filter]: relations overlapping the window,
// states holding in it), projected as [Project] does, then measured. Points
// come in the order of windows.
//
// Cost: for each window, a filter and a projection, O(n + m) time and
// memory, plus the measure's. It fails with the first error of the filter
// (wrapping graph.ErrBadFilter) or of the measure, naming the window, and
// with ctx.Err() once ctx is done: it looks at ctx before each window, and
// the measure looks at it too.
func Series(ctx context.Context, g *graph.Graph, windows []date.Span, o SeriesOptions) ([]Point, error) {
	measure := o.measure()
	popts := ProjectOptions{Weighting: o.Weighting, WeightFunc: o.WeightFunc}
	f := o.Filter
	out := make([]Point, 0, len(windows))
	for _, w := range windows {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		f.Window = w
		v, err := g.Filter(f)
		if err != nil {
			return nil, fmt.Errorf("window %s: %w", w, err)
		}
		p := Project(v, popts)
		s, err := measure(ctx, p)
		if err != nil {
			return nil, fmt.Errorf("window %s: %w", w, err)
		}
		out = append(out, Point{Window: w, Scores: s, Isolates: Isolates(p)})
	}
	return out, nil
}

// measure returns the function Series computes in each window.
func (o SeriesOptions) measure() MeasureFunc {
	return chooseMeasure(o.MeasureFunc, o.Measure, MeasureOptions{Weighted: o.Weighted, Samples: o.Samples, Seed: o.Seed})
}

// chooseMeasure returns f, or m computed with o.
func chooseMeasure(f MeasureFunc, m Measure, o MeasureOptions) MeasureFunc {
	if f != nil {
		return f
	}
	return func(ctx context.Context, p *Projection) ([]Score, error) { return Compute(ctx, p, m, o) }
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
	// Before and After are the actor's competition ranks ([Ranks]) as of
	// the two dates among the actors of the view that have relations; 0 if
	// it is not in the view or is an isolate there.
	Before, After int
	// ScoreBefore and ScoreAfter are its scores as of the two dates; 0 if
	// it is not in the view.
	ScoreBefore, ScoreAfter float64
	// IsolatedBefore and IsolatedAfter report that the actor is in the
	// view but without any relation ([Isolates]) as of each date: it has a
	// score, but no rank.
	IsolatedBefore, IsolatedAfter bool
	// Gained are the relations touching the actor in force as of the later
	// date but not the earlier one; Lost the reverse. Relation order.
	Gained, Lost []graph.Relation
}

// Moved returns how many places the actor rose (positive) or fell
// (negative); 0 if it has no rank at either date.
func (c RankChange) Moved() int {
	if c.Before == 0 || c.After == 0 {
		return 0
	}
	return c.Before - c.After
}

// CompareRanksOptions control [CompareRanks].
type CompareRanksOptions struct {
	// Measure ranks the actors of each view's projection, computed as
	// [Compute] does with Weighted, Samples and Seed. Default
	// MeasurePageRank.
	Measure Measure
	// MeasureFunc, if not nil, replaces Measure (and Weighted, Samples and
	// Seed). Default nil.
	MeasureFunc MeasureFunc
	// Weighted lets the measure use the edge weights
	// ([MeasureOptions.Weighted]). Default false.
	Weighted bool
	// Samples, if between 1 and n-1, estimates betweenness from that many
	// sources ([MeasureOptions.Samples]). Default 0: exact.
	Samples int
	// Seed seeds the draw of the Samples sources. Default 0.
	Seed uint64
	// Filter selects the view of the graph as of each date; its AsOf is
	// replaced by each date in turn. Default: every relation.
	Filter graph.Filter
	// Weighting is the built-in rule for the weight a relation adds to its
	// projected edge (see [ProjectOptions]). Default WeightByCount.
	Weighting Weighting
	// WeightFunc, if not nil, replaces Weighting. Default nil.
	WeightFunc WeightFunc
}

// CompareRanks ranks actors as of the two ends of a span, the first day of
// between.Since and the last day of between.Until (views of g selected by
// Filter with AsOf set to each day, projected as [Project] does), and
// reports how the actor id moved, with the relations touching it that make
// the difference. A window of [Windows] is such a span: for the month
// "Mar 2014" it compares 1 March with 31 March.
//
// Cost: two filters and projections, O(n + m) time and memory, plus the
// measure's, plus O(r^2) for the r relations touching the actor. It fails
// with ErrUnknownActor, ErrBadOption (a span without both ends), the first
// error of the filter or the measure, naming the date, or ctx.Err() once
// ctx is done: it looks at ctx before each date, and the measure looks at
// it too.
func CompareRanks(ctx context.Context, g *graph.Graph, id string, between date.Span, o CompareRanksOptions) (RankChange, error) {
	if _, ok := g.Actor(id); !ok {
		return RankChange{}, fmt.Errorf("%w %q", ErrUnknownActor, id)
	}
	if between.Since.IsZero() || between.Until.IsZero() {
		return RankChange{}, fmt.Errorf("%w: compare ranks between %q and %q: want two dates", ErrBadOption, between.Since, between.Until)
	}
	var days [2]date.Date
	for i, t := range []time.Time{between.Since.First(), between.Until.Last()} {
		d, err := date.FromTime(t) // within 0001-9999, as the span's dates
		if err != nil {
			return RankChange{}, fmt.Errorf("%w: compare ranks over %s: %w", ErrBadOption, between, err)
		}
		days[i] = d
	}
	measure := chooseMeasure(o.MeasureFunc, o.Measure, MeasureOptions{Weighted: o.Weighted, Samples: o.Samples, Seed: o.Seed})
	popts := ProjectOptions{Weighting: o.Weighting, WeightFunc: o.WeightFunc}
	f := o.Filter
	c := RankChange{ID: id}
	var rels [2][]graph.Relation
	for i, d := range days {
		if err := ctx.Err(); err != nil {
			return RankChange{}, err
		}
		f.AsOf = d
		v, err := g.Filter(f)
		if err != nil {
			return RankChange{}, fmt.Errorf("as of %s: %w", d, err)
		}
		p := Project(v, popts)
		s, err := measure(ctx, p)
		if err != nil {
			return RankChange{}, fmt.Errorf("as of %s: %w", d, err)
		}
		isolates := Isolates(p)
		_, isolated := slices.BinarySearch(isolates, id)
		ranked := slices.DeleteFunc(slices.Clone(s), func(x Score) bool {
			_, found := slices.BinarySearch(isolates, x.ID)
			return found
		})
		rank, _ := Rank(ranked, id)
		score := ScoreMap(s)[id]
		if i == 0 {
			c.Before, c.ScoreBefore, c.IsolatedBefore = rank, score, isolated
		} else {
			c.After, c.ScoreAfter, c.IsolatedAfter = rank, score, isolated
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
