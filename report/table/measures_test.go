package table_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
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

func TestMeasures(t *testing.T) {
	ctx := context.Background()
	g := ukraine(t)
	calls, err := g.Filter(graph.Filter{Kinds: []string{graph.Phoned}})
	if err != nil {
		t.Fatal(err)
	}
	p := analysis.Project(calls, analysis.ProjectOptions{})
	ms := []analysis.Measure{analysis.MeasurePageRank, analysis.MeasureBetweenness, analysis.MeasureDegree}
	tb, err := table.Measures(ctx, p, ms, table.MeasuresOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range tb.Columns() {
		names = append(names, c.Name)
	}
	if got := strings.Join(names, ","); got != "Rank,Actor,pagerank,betweenness,degree" {
		t.Errorf("columns %s", got)
	}
	if tb.Len() != calls.NumActors() {
		t.Errorf("%d rows for %d actors", tb.Len(), calls.NumActors())
	}
	// The actors without a phone call are marked, not ranked; the callers
	// are ranked, and the scores are the library's.
	pr, _ := analysis.PageRank(p, analysis.PageRankOptions{})
	isolated := map[string]bool{}
	for _, id := range analysis.Isolates(p) {
		isolated[id] = true
	}
	if len(isolated) == 0 || len(isolated) == calls.NumActors() {
		t.Fatalf("%d isolates: the test needs some", len(isolated))
	}
	for row := range tb.Rows() {
		rank, _ := row.Cell("Rank")
		score, _ := row.Cell("pagerank")
		if isolated[row.Key()] != rank.Missing() || isolated[row.Key()] != (rank.Marker == table.IsolatedMarker) {
			t.Errorf("%s: rank %v %q, isolated %v", row.Key(), rank.Value, rank.Marker, isolated[row.Key()])
		}
		want, _ := analysis.ScoreMap(pr)[row.Key()]
		if f, _ := score.Float(); f != want {
			t.Errorf("%s: pagerank %v, want %v", row.Key(), f, want)
		}
	}
	if !strings.Contains(tb.String(), "Actors by pagerank, betweenness and degree") {
		t.Errorf("title missing:\n%s", tb)
	}
	if _, err := table.Measures(ctx, p, nil, table.MeasuresOptions{}); !errors.Is(err, table.ErrBadScores) {
		t.Errorf("no measure: %v", err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := table.Measures(cancelled, p, []analysis.Measure{analysis.MeasureBetweenness}, table.MeasuresOptions{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}

func TestSeriesAndRankChanges(t *testing.T) {
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
	tb, err := table.Series("Degree by month", points, table.OverTimeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var heads []string
	for _, c := range tb.Columns() {
		heads = append(heads, c.Name)
	}
	if got := strings.Join(heads, ","); got != "Actor,Jan 2014,Feb 2014,Mar 2014" {
		t.Errorf("columns %s", got)
	}

	ch, err := table.RankChanges(ctx, g, date.MustParse("2014-03-01"), date.MustParse("2014-03-29"), table.RankChangesOptions{})
	if err != nil {
		t.Fatal(err)
	}
	text := ch.String()
	for _, want := range []string{"How ranks by pagerank changed from 1 Mar 2014 to 29 Mar 2014", "Rank 1 Mar 2014", "Relations gained and lost", "Barack Obama"} {
		if !strings.Contains(text, want) {
			t.Errorf("rank changes lack %q:\n%s", want, text)
		}
	}
	if _, err := table.RankChanges(ctx, g, date.MustParse("2014-03-29"), date.MustParse("2014-03-01"), table.RankChangesOptions{}); !errors.Is(err, table.ErrBadScores) {
		t.Errorf("reversed dates: %v", err)
	}
}
