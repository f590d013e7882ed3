package report

import (
	"fmt"
	"os"
	"testing"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
	"github.com/diplograph/diplograph/report/table"
	"github.com/diplograph/diplograph/scenario"
)

// ukraine loads the example scenario and the view the SVG fixture draws
// (see testdata/fixture): the hostile relations and the actors they tie.
func ukraine(t testing.TB) (g, hostile *graph.Graph) {
	t.Helper()
	g, err := scenario.Load("../examples/ukraine2014/ukraine2014.yaml")
	if err != nil {
		t.Fatal(err)
	}
	hostile, err = g.Filter(graph.Filter{Signs: []graph.Sign{graph.Hostile}, DropIsolated: true})
	if err != nil {
		t.Fatal(err)
	}
	return g, hostile
}

// fixture reads the diagram of the hostile view that package render drew.
func fixture(t testing.TB) []byte {
	t.Helper()
	svg, err := os.ReadFile("testdata/ukraine-hostile.svg")
	if err != nil {
		t.Fatal(err)
	}
	return svg
}

// degrees counts each actor's relations in g, as scores.
func degrees(g *graph.Graph, hostileOnly bool) []analysis.Score {
	var out []analysis.Score
	for a := range g.Actors() {
		n := 0
		for r := range g.RelationsOf(a.ID) {
			k, _ := g.Kind(r.Kind)
			if !hostileOnly || k.Sign == graph.Hostile {
				n++
			}
		}
		out = append(out, analysis.Score{ID: a.ID, Name: a.Label(), Score: float64(n)})
	}
	return out
}

// sample is the report of the golden files: a small analysis of the
// example scenario, using every kind of block.
func sample(t testing.TB) *Report {
	t.Helper()
	g, hostile := ukraine(t)
	r := New("Ukraine crisis: who mattered")
	r.Author = "diplograph examples"
	r.Date = date.MustParse("2014-03-29")
	r.Heading(1, "Summary")
	r.Text("On 29 March 2014 the BBC reported that Russia had no intention of invading Ukraine, " +
		"while the United States and its allies pressed Moscow over Crimea.\n\n" +
		"This report reads the article's relations: who acted, towards whom, and on what evidence.")
	r.Markdown("The scenario cites one source, the BBC's article " +
		"[*Ukraine crisis: Russia vows no invasion*](https://www.bbc.com/news/world-europe-26799324); " +
		"every relation below quotes it **verbatim**.")
	r.Heading(1, "Who mattered")
	tb, err := table.Actors("Relations per actor", []table.ScoreColumn{
		{Name: "Relations", Scores: degrees(g, false), Digits: 1},
		{Name: "Hostile", Scores: degrees(g, true), Digits: 1},
	}, table.ActorsOptions{})
	if err != nil {
		t.Fatal(err)
	}
	tb.Notes = []string{"Relations count every relation touching the actor, in either direction."}
	r.Table(tb.Top(8))
	r.Heading(1, "Hostile relations")
	r.Diagram("hostile", fixture(t), hostile, "Hostile relations in the article, drawn by package render.")
	r.Heading(2, "Timeline")
	r.Timeline(hostile)
	r.Heading(2, "Evidence")
	r.Evidence(hostile)
	r.Heading(1, "Method")
	r.Code("go", "hostile, err := g.Filter(graph.Filter{Signs: []graph.Sign{graph.Hostile}, DropIsolated: true})")
	r.Output(fmt.Sprintf("relations: %d\nactors: %d", hostile.NumRelations(), hostile.NumActors()))
	return r
}
