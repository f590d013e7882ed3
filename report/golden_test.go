package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/diplograph/diplograph/internal/golden"
)

func TestGoldenHTML(t *testing.T) {
	r := sample(t)
	var b bytes.Buffer
	if err := r.WriteHTML(&b); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "golden/report.html", b.Bytes())
	_, hostile := ukraine(t)
	p := checkPage(t, b.Bytes())
	if p.scripts != 1 || len(p.data) != 1 {
		t.Errorf("%d scripts and %d data blocks, want 1 and 1", p.scripts, len(p.data))
	}
	for _, fact := range []string{"Ukraine crisis: who mattered", "diplograph examples · 29 Mar 2014", "Relations per actor",
		"Russia annexed Crimea", "Moscow formally annexed Crimea", "All 16 relations of the diagram, with their evidence.",
		"February 2014", "March 2014", "since Mar 2014", "16 relations, 16 citations.", "Reported by The Kremlin.",
		"Figure 1.", "relations: 16\nactors: 15", "verbatim"} {
		if !p.hasText(fact) {
			t.Errorf("the page lacks %q", fact)
		}
	}
	// The table of contents links every section and subsection.
	toc := find(p.doc, byTag("nav"))
	if len(toc) != 1 {
		t.Fatalf("%d navs", len(toc))
	}
	var links []string
	for _, a := range find(toc[0], byTag("a")) {
		links = append(links, attrOf(a, "", "href")+" "+textOf(a))
	}
	want := []string{"#s-summary Summary", "#s-who-mattered Who mattered", "#s-hostile-relations Hostile relations",
		"#s-timeline Timeline", "#s-evidence Evidence", "#s-method Method"}
	if !slices.Equal(links, want) {
		t.Errorf("contents %q, want %q", links, want)
	}
	for _, l := range links {
		id := strings.TrimPrefix(strings.Fields(l)[0], "#")
		if len(find(p.doc, byAttr("id", id))) != 1 {
			t.Errorf("contents link to #%s, which is not one element", id)
		}
	}
	// The table: eight ranked rows.
	rows := find(p.doc, func(n *html.Node) bool { return n.Data == "tr" && n.Parent.Data == "tbody" })
	if len(rows) != 8 || !strings.Contains(textOf(rows[0]), "Russia") {
		t.Errorf("table rows: %d", len(rows))
	}
	// The diagram: a node per actor of the view, an edge per relation or
	// bundle, a panel item per relation, and data naming them all.
	nodes := find(p.doc, byAttr("data-actor", "*"))
	if len(nodes) != hostile.NumActors() {
		t.Errorf("%d actor nodes, want %d", len(nodes), hostile.NumActors())
	}
	for _, n := range nodes {
		if attrOf(n, "", "tabindex") != "0" || attrOf(n, "", "role") != "button" || !strings.HasPrefix(attrOf(n, "", "id"), "hostile-a-") {
			t.Errorf("node %s not focusable or not identified", attrOf(n, "", "data-actor"))
		}
	}
	edges := find(p.doc, func(n *html.Node) bool { return n.Data == "g" && byAttr("data-relation", "*")(n) })
	bundles := find(p.doc, byAttr("data-bundle", "*"))
	if len(edges) != 14 || len(bundles) != 1 {
		t.Errorf("%d edges and %d bundles, want 14 and 1", len(edges), len(bundles))
	}
	items := find(p.doc, func(n *html.Node) bool { return n.Data == "li" && byAttr("data-relation", "*")(n) })
	if len(items) != 2*hostile.NumRelations() { // the panel and the evidence index
		t.Errorf("%d relation items, want %d", len(items), 2*hostile.NumRelations())
	}
	var data diagramData
	if err := json.Unmarshal(p.data[0], &data); err != nil {
		t.Fatal(err)
	}
	if len(data.Actors) != hostile.NumActors() || len(data.Relations) != hostile.NumRelations() ||
		data.Actors["RUS"] != "Russia" || data.Relations["RUS-annexed-crimea-2014-03"] != [2]string{"RUS", "crimea"} {
		t.Errorf("diagram data: %d actors, %d relations", len(data.Actors), len(data.Relations))
	}
	for _, id := range []string{"fig-hostile", "fig-hostile-panel", "fig-hostile-status", "fig-hostile-data"} {
		if len(find(p.doc, byAttr("id", id))) != 1 {
			t.Errorf("no single element with id %q", id)
		}
	}
	// Every id is unique.
	seen := map[string]bool{}
	for _, n := range find(p.doc, byAttr("id", "*")) {
		id := attrOf(n, "", "id")
		if seen[id] {
			t.Errorf("id %q used twice", id)
		}
		seen[id] = true
	}
	// The timeline links each entry to the evidence index.
	tl := find(p.doc, func(n *html.Node) bool { return n.Data == "div" && attrOf(n, "", "class") == "timeline" })
	if len(tl) != 1 {
		t.Fatal("no timeline")
	}
	for _, a := range find(tl[0], byTag("a")) {
		if !strings.HasPrefix(attrOf(a, "", "href"), "#evidence-1-r") {
			t.Errorf("timeline link %q", attrOf(a, "", "href"))
		}
	}
	if n := len(find(tl[0], byTag("li"))); n != hostile.NumRelations() {
		t.Errorf("timeline has %d entries, want %d", n, hostile.NumRelations())
	}
	// Nothing loads from elsewhere, and the policy says so.
	if !bytes.Contains(b.Bytes(), []byte(`content="default-src 'none';`)) {
		t.Errorf("no Content-Security-Policy")
	}
}

func TestGoldenMarkdown(t *testing.T) {
	r := sample(t)
	dir := t.TempDir()
	if err := r.WriteMarkdown(dir, "report"); err != nil {
		t.Fatal(err)
	}
	files, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range files {
		names = append(names, f.Name())
	}
	if !slices.Equal(names, []string{"report-hostile.svg", "report.md"}) {
		t.Fatalf("files %v", names)
	}
	md, err := os.ReadFile(filepath.Join(dir, "report.md"))
	if err != nil {
		t.Fatal(err)
	}
	svg, err := os.ReadFile(filepath.Join(dir, "report-hostile.svg"))
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "golden/report.md", md)
	golden.Check(t, "golden/report-hostile.svg", svg)
	for _, fact := range []string{"# Ukraine crisis: who mattered\n", "## Summary\n", "### Timeline\n",
		"![Hostile relations in the article, drawn by package render.](report-hostile.svg)",
		"*Figure 1.* Hostile relations", "| Rank | Actor | Relations | Hostile |", "| 1 | Russia | 14 | 7 |",
		"- **Russia annexed Crimea** · Mar 2014 (annexed, hostile)", "  > Moscow formally annexed Crimea",
		"[BBC News, “Ukraine crisis: Russia vows no invasion”](https://www.bbc.com/news/world-europe-26799324), 29 Mar 2014",
		"**March 2014**", "- 28 Mar 2014 — Barack Obama made demands of Russia", "```go\nhostile, err :="} {
		if !bytes.Contains(md, []byte(fact)) {
			t.Errorf("Markdown lacks %q", fact)
		}
	}
	p := checkMarkdownPage(t, renderTrusting(t, md))
	if !p.hasText("Russia annexed Crimea") {
		t.Errorf("rendered Markdown lacks the evidence")
	}
	// The figure file is a standalone SVG with the drawing's own ids.
	if !bytes.HasPrefix(svg, []byte(xmlHeader+`<svg xmlns="http://www.w3.org/2000/svg"`)) ||
		!bytes.Contains(svg, []byte(`id="a-RUS"`)) || bytes.Contains(svg, []byte("data-actor")) {
		t.Errorf("figure file is not the drawing: %.200s", svg)
	}
}

func TestDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := sample(t).WriteHTML(&a); err != nil {
		t.Fatal(err)
	}
	if err := sample(t).WriteHTML(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("two writes of the same report differ")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "r.html")
	if err := sample(t).WriteFile(path); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, a.Bytes()) {
		t.Errorf("WriteFile differs from WriteHTML")
	}
	if err := sample(t).WriteFile(filepath.Join(dir, "r.md")); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"r.md", "r-hostile.svg"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("WriteFile .md: %v", err)
		}
	}
}
