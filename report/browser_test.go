package report

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/browsertest"
	"github.com/diplograph/diplograph/report/chart"
	"github.com/diplograph/diplograph/scenario"
)

// The browser tests open the pages the report writes in headless
// Chromium (package internal/browsertest): they skip without it, and fail
// on CI, where .ci/run installs it. One browser serves them all.
func TestMain(m *testing.M) { browsertest.Main(m) }

// degreeChart draws the ten actors of g with the most relations as bars
// of their relations and their hostile relations.
func degreeChart(t testing.TB, g *graph.Graph, o chart.Options) []byte {
	t.Helper()
	all, hostile := degrees(g, false), degrees(g, true)
	order := make([]int, len(all))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(all[b].Score, all[a].Score) })
	var s chart.Scores
	m := []chart.Measure{{Name: "relations"}, {Name: "hostile"}}
	for _, i := range order[:10] {
		s.Actors = append(s.Actors, all[i].Name)
		m[0].Values = append(m[0].Values, all[i].Score)
		m[1].Values = append(m[1].Values, hostile[i].Score)
	}
	s.Measures = m
	c, err := chart.Bars(s, o)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := c.WriteSVG(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// writeHTML writes r to dir/name.html and returns the path.
func writeHTML(t testing.TB, r *Report, dir, name string) string {
	t.Helper()
	path := filepath.Join(dir, name+".html")
	if err := r.WriteFile(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// ownScripts fails t unless the page's only executable script is the
// report's own.
func ownScripts(t testing.TB, p *browsertest.Page, want int) {
	t.Helper()
	got := browsertest.Eval[[]string](p, `Array.from(document.scripts).filter(function (s) {
  return s.type !== "application/json"; }).map(function (s) { return s.textContent; })`)
	if len(got) != want || want == 1 && got[0] != script {
		t.Errorf("%d scripts, want %d: the report's own", len(got), want)
	}
}

func TestBrowserReport(t *testing.T) {
	g, hostile := ukraine(t)
	r := sample(t)
	r.Heading(1, "Relations per actor")
	r.Figure("degrees", degreeChart(t, g, chart.Options{Caption: "Source: BBC News, 29 March 2014."}),
		"Relations per actor in the article.")
	path := writeHTML(t, r, t.TempDir(), "report")

	browsertest.CheckReport(t, path, browsertest.ReportChecks{
		Actor: "RUS", Graph: hostile, Diagrams: 1, Figures: 2, Tables: 1, Policy: true,
		Texts: []string{"Ukraine crisis: who mattered", "Russia annexed Crimea", "Moscow formally annexed Crimea",
			"Relations per actor", "Source: BBC News, 29 March 2014.", "Vladimir Putin"},
	})

	p := browsertest.Open(t, path, browsertest.Options{})
	ownScripts(t, p, 1)
	// The highlight is the one the graph gives: Russia's hostile
	// relations, counted one by one although two of them share a line.
	var want []string
	for rel := range hostile.RelationsOf("RUS") {
		want = append(want, rel.ID)
	}
	p.Click("#hostile-a-RUS")
	got := p.Attrs(`#fig-hostile-panel li[data-highlighted="true"]`, "data-relation")
	if !slices.Equal(got, want) || len(want) != 7 {
		t.Errorf("panel items highlighted %q, want the 7 of the graph %q", got, want)
	}
	if s := p.Text("#fig-hostile-status"); !strings.HasPrefix(s, "Relations of Russia: 7.") {
		t.Errorf("status %q", s)
	}
	bundles := p.Attrs(`#fig-hostile [data-bundle][data-highlighted="true"]`, "data-bundle")
	edges := p.Attrs(`#fig-hostile [data-relation][data-highlighted="true"]`, "data-relation")
	if len(bundles) != 1 || len(edges)+2*len(bundles) != len(want) { // the bundle draws two relations
		t.Errorf("%d edges and bundles %q highlighted for %d relations", len(edges), bundles, len(want))
	}
	if err := p.HasText("Moscow formally annexed Crimea"); err != nil {
		t.Error(err)
	}
	// A relation that does not touch Russia is hidden with its quote.
	if err := p.Visible(`#fig-hostile-panel li[data-relation="protesters-ousted-yanukovych-2014-02"]`); err == nil {
		t.Errorf("a relation of others stays in the panel")
	}
	p.Check()
}

// hostileDrawing draws g as package render would, one actor a row, so
// that each node can be clicked, with hostile names as labels and the
// tricks an SVG can hold.
func hostileDrawing(g *graph.Graph) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="900pt" height="300pt" viewBox="0 0 900 300" onload="alert('svg')">
<script>alert('script')</script>
<foreignObject width="10" height="10"><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example"></iframe></foreignObject>
<g id="graph0" class="graph"><title>` + xmlEscape(scriptName) + `</title>
<polygon fill="white" stroke="none" points="0,0 900,0 900,300 0,300"/>
`)
	y := map[string]int{}
	i := 0
	for a := range g.Actors() {
		y[a.ID] = 50 + 100*i
		i++
	}
	for i, r := range slices.Collect(g.Relations()) {
		id, class := "r-"+r.ID, "edge relation "+r.Kind
		if i == 1 {
			id, class = "b-"+r.ID, "edge relation bundle "+r.Kind
		}
		x := 200 + 250*i
		fmt.Fprintf(&b, `<g id="%s" class="%s" onmouseover="alert(2)"><title>%s</title>
<path fill="none" stroke="#d55e00" stroke-width="2" d="M450,%d C%d,%d %d,%d 450,%d"/>
<a xlink:href="javascript:alert(1)"><text x="%d" y="%d" font-size="10">%s</text></a></g>
`, id, class, xmlEscape(r.Kind), y[r.From], x, y[r.From], x, y[r.To], y[r.To], x, (y[r.From]+y[r.To])/2, xmlEscape(r.Kind))
	}
	for a := range g.Actors() {
		fmt.Fprintf(&b, `<g id="a-%s" class="node actor %s" onclick="alert(1)"><title>%s</title>
<ellipse fill="#cce3f2" stroke="#0072b2" cx="450" cy="%d" rx="440" ry="22"/>
<text text-anchor="middle" x="450" y="%d" font-size="11">%s</text></g>
`, a.ID, a.Kind, xmlEscape(a.ID), y[a.ID], y[a.ID]+4, xmlEscape(a.Name))
	}
	b.WriteString("</g>\n</svg>\n")
	return []byte(b.String())
}

func TestBrowserHostile(t *testing.T) {
	g := hostileGraph(t)
	dir := t.TempDir()
	r := hostileReportOf(t, g, hostileDrawing(g))
	labels := []string{scriptName, onloadName, mdName, "<img src=x onerror=alert(1)>"}
	c, err := chart.Bars(chart.Scores{Actors: labels, Measures: []chart.Measure{{Name: scriptName, Values: []float64{3, 2, 1, 4}}}},
		chart.Options{Title: onloadName, Caption: badQuote, XLabel: jsURL, YLabel: "<b>actor</b>"})
	if err != nil {
		t.Fatal(err)
	}
	var svg bytes.Buffer
	if err := c.WriteSVG(&svg); err != nil {
		t.Fatal(err)
	}
	r.Figure("chart", svg.Bytes(), mdName)
	path := writeHTML(t, r, dir, "hostile")

	texts := []string{scriptName, onloadName, mdName, "</title><script>alert(1)</script>", "<b>Pub</b>",
		"<iframe src=\"https://evil.example\"></iframe>", "</code></pre><script>alert(1)</script>",
		"</samp></pre><script>alert(1)</script>", "<div onclick=\"alert(1)\">block html</div>", "(" + jsURL + ")",
		"(" + dataURL + ")", onloadName, "<b>actor</b>", jsURL, "<img src=x onerror=alert(1)>"}
	browsertest.CheckReport(t, path, browsertest.ReportChecks{
		Actor: "md", Graph: g, Diagrams: 1, Figures: 3, Tables: 1, Policy: true, Texts: texts,
	})
	p := browsertest.Open(t, path, browsertest.Options{})
	ownScripts(t, p, 1)
	// The javascript: and data: addresses are text, not links.
	for _, scheme := range []string{"javascript:", "data:"} {
		if n := browsertest.Eval[int](p, `Array.from(document.querySelectorAll("a")).filter(function (a) {
  var h = a.getAttribute("href") || a.getAttributeNS("http://www.w3.org/1999/xlink", "href") || "";
  return h.replace(/[\s\u0000-\u001f]/g, "").toLowerCase().indexOf(`+jsString(scheme)+`) === 0; }).length`); n != 0 {
			t.Errorf("%d links to %s addresses", n, scheme)
		}
	}
	// Selecting each actor shows its hostile name as text, never markup.
	for _, id := range []string{"evil", "onl", "md"} {
		p.Focus("#hostile-a-" + id)
		p.Press("Enter")
		a, _ := g.Actor(id)
		if s := p.Text("#fig-hostile-status"); !strings.Contains(s, "Relations of "+a.Name+":") {
			t.Errorf("status %q does not name %q", s, a.Name)
		}
		p.Press("Escape")
	}
	if d := p.Dialogs(); len(d) != 0 {
		t.Errorf("dialogs opened: %q", d)
	}
	p.Check()

	// The chart as package chart writes it, opened as a file of its own,
	// where a script would run: it shows the names, and runs nothing.
	chartPath := filepath.Join(dir, "chart.svg")
	if err := os.WriteFile(chartPath, svg.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	cp := browsertest.Open(t, chartPath, browsertest.Options{})
	for _, s := range []string{onloadName, jsURL, "<b>actor</b>", "</script><script>alert(", "<img src=x onerror=alert(1)>"} {
		if err := cp.HasText(s); err != nil {
			t.Errorf("chart file: %v", err)
		}
	}
	cp.Screenshot("chart")
	cp.Check()
}

// jsString quotes s for JavaScript: a JSON string is one.
func jsString(s string) string {
	b, _ := json.Marshal(s) // a string always marshals
	return string(b)
}

func TestBrowserHostileMarkdown(t *testing.T) {
	dir := t.TempDir()
	g := hostileGraph(t)
	if err := hostileReportOf(t, g, hostileDrawing(g)).WriteMarkdown(dir, "h"); err != nil {
		t.Fatal(err)
	}
	md, err := os.ReadFile(filepath.Join(dir, "h.md"))
	if err != nil {
		t.Fatal(err)
	}
	// A viewer that trusts the Markdown and shows it without a policy:
	// everything still reads as text, and only the figures beside it load.
	page := "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>h.md</title></head><body>\n" +
		string(renderTrusting(t, md)) + "</body></html>\n"
	path := filepath.Join(dir, "h.html")
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	browsertest.CheckReport(t, path, browsertest.ReportChecks{Tables: 1, Images: true,
		Texts: []string{scriptName, onloadName, "<b>Pub</b>", "<iframe src=\"https://evil.example\"></iframe>",
			"</code></pre><script>alert(1)</script>", "<script>alert(1)</script>", "<div onclick=\"alert(1)\">block html</div>"}})
	p := browsertest.Open(t, path, browsertest.Options{Local: true})
	ownScripts(t, p, 0)
	// The figures show, as images of the files beside the page.
	if got := p.Attrs("img", "src"); !slices.Equal(got, []string{"h-tricks.svg", "h-hostile.svg"}) {
		t.Errorf("images %q", got)
	}
	if n := browsertest.Eval[int](p, `Array.from(document.images).filter(function (i) { return i.complete && i.naturalWidth > 0; }).length`); n != 2 {
		t.Errorf("%d figures shown, want 2", n)
	}
	p.Check()
	// Each figure file, opened on its own (where a script would run), runs
	// nothing and loads nothing.
	for _, f := range []string{"h-tricks.svg", "h-hostile.svg"} {
		q := browsertest.Open(t, filepath.Join(dir, f), browsertest.Options{})
		if n := browsertest.Eval[int](q, `document.querySelectorAll("script, foreignObject, image, [onload], [onclick]").length`); n != 0 {
			t.Errorf("%s: %d scripts, foreign objects, images or handlers", f, n)
		}
		if err := q.HasText(scriptName); err != nil {
			t.Errorf("%s: %v", f, err)
		}
		q.Check()
	}
}

// TestBrowserStandard opens the standard report of the Ukraine example, as
// "diplograph report" writes it, in the browser.
func TestBrowserStandard(t *testing.T) {
	g, err := scenario.Load("../examples/ukraine2014/ukraine2014.yaml")
	if err != nil {
		t.Fatal(err)
	}
	r, err := Standard(context.Background(), g, StandardOptions{Paths: [][2]string{{"klitschko", "obama"}}})
	if err != nil {
		t.Fatal(err)
	}
	path := writeHTML(t, r, t.TempDir(), "standard")
	browsertest.CheckReport(t, path, browsertest.ReportChecks{
		Actor: "RUS", Graph: g, Diagrams: 1, Figures: 3, Tables: 5, Policy: true,
		Texts: []string{"Who matters", "Why the measures disagree", "Vitaly Klitschko to Barack Obama", "Blocs", "Evidence"},
	})
}
