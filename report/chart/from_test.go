package chart_test

import (
	"bytes"
	"context"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
	"github.com/diplograph/diplograph/report/chart"
	"github.com/diplograph/diplograph/report/table"
	"github.com/diplograph/diplograph/scenario"
)

func ukraine(t *testing.T) *graph.Graph {
	t.Helper()
	g, err := scenario.Load("../../examples/ukraine2014/ukraine2014.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// mustSVG returns a function that writes a chart, or fails the test on the
// chart's error.
func mustSVG(t *testing.T) func(*chart.Chart, error) string {
	return func(c *chart.Chart, err error) string { return svgOf(t, c, err) }
}

func svgOf(t *testing.T, c *chart.Chart, err error) string {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := c.WriteSVG(&b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestFromTable(t *testing.T) {
	ctx := context.Background()
	p := analysis.Project(ukraine(t), analysis.ProjectOptions{})
	tb, err := table.Measures(ctx, p, []analysis.Measure{analysis.MeasurePageRank, analysis.MeasureDegree}, table.MeasuresOptions{})
	if err != nil {
		t.Fatal(err)
	}
	s, err := chart.FromTable(tb.Top(5))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Actors) != 5 || len(s.Measures) != 2 || s.Measures[0].Name != "pagerank" || s.Measures[1].Name != "degree" {
		t.Fatalf("scores %+v", s)
	}
	first := tb.Row(0)
	name, _ := first.Cell("Actor")
	pr, _ := first.Cell("pagerank")
	if f, _ := pr.Float(); s.Actors[0] != name.Value || s.Measures[0].Values[0] != f {
		t.Errorf("first row %v %v, scores %v %v", name.Value, f, s.Actors[0], s.Measures[0].Values[0])
	}
	svg := mustSVG(t)(chart.Bars(s, chart.Options{}))
	if !strings.Contains(svg, s.Actors[0]) {
		t.Error("the top actor is not drawn")
	}
	if _, err := chart.FromTable(tb, "betweenness"); !errors.Is(err, chart.ErrOption) {
		t.Errorf("unknown column: %v", err)
	}
	if _, err := chart.FromTable(nil); !errors.Is(err, chart.ErrEmpty) {
		t.Errorf("nil table: %v", err)
	}
}

func TestFromSeriesAndRanks(t *testing.T) {
	ctx := context.Background()
	g := ukraine(t)
	windows, err := analysis.Windows(date.MustParse("2014-01"), date.MustParse("2014-03"), analysis.WindowOptions{Every: analysis.Months})
	if err != nil {
		t.Fatal(err)
	}
	points, err := analysis.Series(ctx, g, windows, analysis.SeriesOptions{Measure: analysis.MeasureDegree})
	if err != nil {
		t.Fatal(err)
	}
	s, err := chart.FromSeries("degree", points, []string{"RUS", "USA"})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Windows) != 3 || len(s.Lines) != 2 || s.Lines[0].Actor != "Russia" {
		t.Fatalf("series %+v", s)
	}
	for i, pt := range points {
		want := math.NaN()
		for _, sc := range pt.Scores {
			if sc.ID == "RUS" {
				want = sc.Score
			}
		}
		for _, iso := range pt.Isolates {
			if iso == "RUS" {
				want = math.NaN()
			}
		}
		if got := s.Lines[0].Values[i]; got != want && !(math.IsNaN(got) && math.IsNaN(want)) {
			t.Errorf("window %d: %v, want %v", i, got, want)
		}
	}
	mustSVG(t)(chart.Lines(s, chart.Options{}))
	if _, err := chart.FromSeries("degree", points, []string{"nobody"}); !errors.Is(err, chart.ErrLabel) {
		t.Errorf("unknown actor: %v", err)
	}

	before := points[0]
	after := points[len(points)-1]
	r := chart.FromRanks("degree", chart.Ranking{Date: windows[0].Since, Scores: before.Scores, Isolates: before.Isolates},
		chart.Ranking{Date: windows[2].Until, Scores: after.Scores, Isolates: after.Isolates}, 6)
	if len(r.Before) > 6 || len(r.After) != 6 {
		t.Errorf("ranks %+v", r)
	}
	mustSVG(t)(chart.Slope(r, chart.Options{}))
}

func TestTies(t *testing.T) {
	g := ukraine(t)
	byMonth, err := chart.TiesByMonth(g)
	if err != nil {
		t.Fatal(err)
	}
	coop, host := 0, 0
	for i := range byMonth.Labels {
		coop += byMonth.Cooperative[i]
		host += byMonth.Hostile[i]
	}
	wantC, wantH := 0, 0
	for r := range g.Relations() {
		if r.When.Since.IsZero() || r.When.Since.Precision() < date.Month {
			continue
		}
		switch g.SignOf(r) {
		case graph.Cooperative:
			wantC++
		case graph.Hostile:
			wantH++
		}
	}
	if coop != wantC || host != wantH || byMonth.Labels[len(byMonth.Labels)-1] != "Mar 2014" {
		t.Errorf("by month %+v: %d/%d, want %d/%d", byMonth, coop, host, wantC, wantH)
	}
	mustSVG(t)(chart.Diverging(byMonth, chart.Options{}))

	byPair, err := chart.TiesByPair(g, 8)
	if err != nil {
		t.Fatal(err)
	}
	if len(byPair.Labels) != 8 || !strings.Contains(byPair.Labels[0], " – ") {
		t.Errorf("by pair %+v", byPair)
	}
	for i := 1; i < len(byPair.Labels); i++ {
		if byPair.Cooperative[i]+byPair.Hostile[i] > byPair.Cooperative[i-1]+byPair.Hostile[i-1] {
			t.Errorf("pairs not sorted by count: %+v", byPair)
		}
	}
	mustSVG(t)(chart.Diverging(byPair, chart.Options{}))
	empty, _ := g.Filter(graph.Filter{Kinds: []string{graph.Serves}})
	if _, err := chart.TiesByPair(empty, 0); !errors.Is(err, chart.ErrEmpty) {
		t.Errorf("no signed relation: %v", err)
	}
}
