package table

import (
	"context"
	"fmt"
	"strings"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
)

// MeasuresOptions changes how [Measures] computes and lays out its table.
// The zero value computes every measure unweighted and exactly, and ranks
// by the first.
type MeasuresOptions struct {
	// Title is the table's title. Default: "Actors by pagerank,
	// betweenness and degree", from the measures' names.
	Title string
	// Weighted lets every measure use the edge weights, as
	// [analysis.MeasureOptions] has it. Default false.
	Weighted bool
	// Samples, if between 1 and n-1, estimates betweenness from that many
	// source actors ([analysis.MeasureOptions]). Default 0: exact.
	Samples int
	// Seed seeds the draw of the Samples sources. Default 0.
	Seed uint64
	// RankEach adds a rank column for every measure but the first
	// ([ActorsOptions.RankEach]). Default: one rank, by the first measure.
	RankEach bool
	// Digits is how many significant digits each measure's column shows;
	// 0 means 3.
	Digits int
}

// Measures builds, in one call, the table of actors by measures of a
// projection: each measure computed by [analysis.Compute], one column per
// measure named after it ("pagerank"), one row per actor, ranked by the
// first measure with competition ranks ("1224"), and the actors with no
// relations in the view ([analysis.Isolates]) marked "no relations in this
// view" rather than ranked. See [Actors] for the layout.
//
//	p := analysis.Project(g, analysis.ProjectOptions{})
//	t, err := table.Measures(ctx, p, []analysis.Measure{analysis.MeasurePageRank, analysis.MeasureBetweenness}, table.MeasuresOptions{})
//	fmt.Print(t.Top(10))
//
// It fails with ErrBadScores when ms is empty or names a measure twice, and
// with the first error of a measure (a cancelled ctx, a power method that
// did not converge). Its cost is that of the measures.
func Measures(ctx context.Context, p *analysis.Projection, ms []analysis.Measure, o MeasuresOptions) (*Table, error) {
	if len(ms) == 0 {
		return nil, fmt.Errorf("%w: no measure", ErrBadScores)
	}
	cols := make([]ScoreColumn, 0, len(ms))
	names := make([]string, 0, len(ms))
	for _, m := range ms {
		scores, err := analysis.Compute(ctx, p, m, analysis.MeasureOptions{Weighted: o.Weighted, Samples: o.Samples, Seed: o.Seed})
		if err != nil {
			return nil, fmt.Errorf("table: %s: %w", m, err)
		}
		cols = append(cols, ScoreColumn{Name: m.String(), Scores: scores, Digits: o.Digits})
		names = append(names, m.String())
	}
	title := o.Title
	if title == "" {
		title = "Actors by " + listOf(names)
	}
	return Actors(title, cols, ActorsOptions{Isolated: analysis.Isolates(p), RankEach: o.RankEach})
}

// Series tabulates a measure over time windows as [analysis.Series] gives
// it: one row per actor, one column per window headed by the window as it
// prints ("Mar 2014" for a calendar month), each window's isolated actors
// marked. See [OverTime] for the layout and errors.
func Series(title string, points []analysis.Point, o OverTimeOptions) (*Table, error) {
	ws := make([]WindowScores, len(points))
	for i, pt := range points {
		ws[i] = WindowScores{Label: pt.Window.Format(), Span: pt.Window, Scores: pt.Scores, Isolated: pt.Isolates}
	}
	return OverTime(title, ws, o)
}

// RankChangesOptions changes how [RankChanges] builds its views and ranks.
// The zero value ranks by unweighted PageRank on every relation.
type RankChangesOptions struct {
	// Title is the table's title. Default: "How ranks by pagerank changed
	// from 1 Mar 2014 to 31 Mar 2014".
	Title string
	// Measure ranks the actors of each view. Default
	// analysis.MeasurePageRank.
	Measure analysis.Measure
	// Weighted lets the measure use the edge weights. Default false.
	Weighted bool
	// Filter selects the view of the graph; its AsOf is replaced by each
	// date in turn. Default: every relation.
	Filter graph.Filter
	// Weighting is the rule for the weight a relation adds to its
	// projected edge. Default analysis.WeightByCount.
	Weighting analysis.Weighting
}

// RankChanges builds the table of how every actor's rank moved between two
// dates: the view of g as of each date ([graph.Filter] AsOf), projected and
// ranked by the measure, with the relations each actor gained and lost
// named. See [Changes] for the layout. It fails with the first error of the
// filter or the measure, and with ErrBadScores when after is before before.
func RankChanges(ctx context.Context, g *graph.Graph, before, after date.Date, o RankChangesOptions) (*Table, error) {
	if before.IsZero() || after.IsZero() || after.Compare(before) < 0 {
		return nil, fmt.Errorf("%w: rank changes from %q to %q: want two dates, the second not before the first", ErrBadScores, before, after)
	}
	period := func(d date.Date) (Period, error) {
		f := o.Filter
		f.AsOf = d
		v, err := g.Filter(f)
		if err != nil {
			return Period{}, err
		}
		p := analysis.Project(v, analysis.ProjectOptions{Weighting: o.Weighting})
		scores, err := analysis.Compute(ctx, p, o.Measure, analysis.MeasureOptions{Weighted: o.Weighted})
		if err != nil {
			return Period{}, err
		}
		return Period{Label: d.Format(), Span: date.At(d), Scores: scores, Isolated: analysis.Isolates(p), Links: LinksOf(v)}, nil
	}
	b, err := period(before)
	if err != nil {
		return nil, fmt.Errorf("table: as of %s: %w", before, err)
	}
	a, err := period(after)
	if err != nil {
		return nil, fmt.Errorf("table: as of %s: %w", after, err)
	}
	title := o.Title
	if title == "" {
		title = fmt.Sprintf("How ranks by %s changed from %s to %s", o.Measure, b.Label, a.Label)
	}
	return Changes(title, b, a, ChangesOptions{Measure: o.Measure.String()})
}

// listOf joins names as "a, b and c".
func listOf(names []string) string {
	if len(names) <= 1 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
