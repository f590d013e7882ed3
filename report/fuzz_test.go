package report

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/report/table"
)

// FuzzReport builds a report of every kind of block from hostile strings -
// an actor's name, a quote, a source's title and address, free text - and
// checks that the HTML page and the Markdown (as the most trusting viewer
// renders it) run nothing, load nothing and link only where they may, and
// that the page shows the actor's name as text.
func FuzzReport(f *testing.F) {
	f.Add(scriptName, badQuote, "</title>", jsURL, mdName)
	f.Add(onloadName, "", "t", quoteURL, "# h\n\n<b>x</b>")
	f.Add("`a`|b", "]]>", "<![CDATA[", dataURL, "[x](javascript:x)")
	f.Add("A", "q", "t", "https://example.com/a b", "\u2028\r\n\x00")
	f.Fuzz(func(t *testing.T, name, quote, title, url, text string) {
		b := graph.NewBuilder()
		b.AddSource(graph.Source{ID: "s", Title: title, URL: url, Date: date.MustParse("2014-03")})
		b.Add(actors.Actor{ID: "x", Name: name, Kind: actors.Person}, actors.Actor{ID: "y", Name: "Y", Kind: actors.Person})
		b.AddRelation(graph.NewRelation("x", "y", graph.Phoned).On(date.MustParse("2014-03-29")).Cite("s", quote))
		g, err := b.Build()
		if err != nil {
			return // not a valid graph: nothing to report
		}
		var rel graph.Relation
		for r := range g.Relations() {
			rel = r
		}
		svg := `<svg xmlns="http://www.w3.org/2000/svg"><g id="a-x" class="node"><text>` + xmlEscape(name) +
			`</text></g><g id="r-` + rel.ID + `" class="edge"><path d="M0,0"/></g></svg>`
		r := New(text)
		r.Author = name
		r.Heading(1, "h "+text)
		r.Text(text)
		r.Markdown(text)
		tb, err := table.New(text+" ", table.Column{Name: "Actor"})
		if err != nil {
			t.Fatal(err)
		}
		if err := tb.AddRow(strings.ToValidUTF8(name, "?")); err != nil {
			t.Fatal(err)
		}
		r.Table(tb)
		r.Diagram("d", []byte(svg), g, text)
		r.Timeline(g)
		r.Evidence(g)
		r.Code(text, text)
		r.Output(text)
		if err := r.Err(); err != nil {
			if strings.ContainsFunc(name, func(r rune) bool { return unicode.IsControl(r) && r != '\t' && r != '\n' && r != '\r' }) {
				return // XML cannot hold the name: the SVG is refused
			}
			t.Fatal(err)
		}
		var page bytes.Buffer
		if err := r.WriteHTML(&page); err != nil {
			t.Fatal(err)
		}
		p := checkPage(t, page.Bytes())
		if p.scripts != 1 || len(p.data) != 1 {
			t.Errorf("%d scripts and %d data blocks", p.scripts, len(p.data))
		}
		if plain := strings.TrimSpace(name); plain != "" && !strings.ContainsFunc(plain, unicode.IsControl) &&
			!strings.ContainsRune(plain, '\uFFFD') && !p.hasText(plain) {
			t.Errorf("the page lacks the name %q", plain)
		}
		dir := t.TempDir()
		if err := r.WriteMarkdown(dir, "r"); err != nil {
			t.Fatal(err)
		}
		md, err := os.ReadFile(filepath.Join(dir, "r.md"))
		if err != nil {
			t.Fatal(err)
		}
		checkMarkdownPage(t, renderTrusting(t, md))
		svgFile, err := os.ReadFile(filepath.Join(dir, "r-d.svg"))
		if err != nil {
			t.Fatal(err)
		}
		checkSVGFile(t, svgFile)
	})
}
