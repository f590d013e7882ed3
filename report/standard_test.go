package report_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/report"
	"github.com/diplograph/diplograph/scenario"
)

func TestStandard(t *testing.T) {
	ctx := context.Background()
	g, err := scenario.Load("../examples/ukraine2014/ukraine2014.yaml")
	if err != nil {
		t.Fatal(err)
	}
	r, err := report.Standard(ctx, g, report.StandardOptions{Paths: [][2]string{{"klitschko", "obama"}}})
	if err != nil {
		t.Fatal(err)
	}
	var page bytes.Buffer
	if err := r.WriteHTML(&page); err != nil {
		t.Fatal(err)
	}
	html := page.String()
	for _, want := range []string{
		"Ukraine crisis: Russia vows no invasion", // the title
		">Who matters<", ">Why the measures disagree<", ">Key paths<", ">Communities<", ">Balance and blocs<", ">Timeline<", ">Evidence<",
		"Vitaly Klitschko to Barack Obama in",                        // the path asked for
		`id="fig-graph"`,                                             // the interactive diagram
		"Who matters, by degree, pagerank, betweenness",              // the chart
		"Cooperative and hostile relations by month",                 // the timeline chart
		"3 of 3 signed triangles are balanced", "Blocs", "Unaligned", // balance: every triangle of the article is balanced
		"33 actors", "50 relations", // the overview
	} {
		if !strings.Contains(html, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	// Every relation's first quote is in the evidence index.
	for rel := range g.Relations() {
		if len(rel.Evidence) == 0 || rel.Evidence[0].Quote == "" {
			continue
		}
		q := rel.Evidence[0].Quote
		if !strings.Contains(html, htmlEscape(q[:min(40, len(q))])) {
			t.Errorf("quote of %s missing: %.40s", rel.ID, q)
		}
	}
	// Deterministic: the same graph gives the same bytes.
	r2, err := report.Standard(ctx, g, report.StandardOptions{Paths: [][2]string{{"klitschko", "obama"}}})
	if err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	if err := r2.WriteHTML(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(page.Bytes(), again.Bytes()) {
		t.Error("two standard reports of one graph differ")
	}

	dir := t.TempDir()
	if err := r.WriteFile(filepath.Join(dir, "ukraine.md")); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"ukraine.md", "ukraine-graph.svg", "ukraine-who-matters.svg", "ukraine-by-month.svg"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("Markdown report: %v", err)
		}
	}
}

func TestStandardEdges(t *testing.T) {
	ctx := context.Background()
	if _, err := report.Standard(ctx, nil, report.StandardOptions{}); !errors.Is(err, report.ErrNil) {
		t.Errorf("nil graph: %v", err)
	}
	// A graph without signed, dated relations still reports, saying what
	// it cannot show.
	g, err := scenario.Load("../examples/ukraine2014/ukraine2014.yaml")
	if err != nil {
		t.Fatal(err)
	}
	aff, err := g.Filter(graph.Filter{Kinds: []string{graph.Serves, graph.Leads}, DropIsolated: true})
	if err != nil {
		t.Fatal(err)
	}
	r, err := report.Standard(ctx, aff, report.StandardOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := r.WriteHTML(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "balance cannot be measured") || !strings.Contains(b.String(), "No blocs") {
		t.Error("the report of affiliations only does not say why it has no balance or blocs")
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := report.Standard(cancelled, g, report.StandardOptions{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace(s)
}
