package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/report/table"
)

// Hostile strings, as a data file or a careless notebook could bring them.
const (
	scriptName = `</script><script>alert("name")</script>`
	onloadName = `" onload="alert(1)" x="`
	mdName     = "**bold** [x](javascript:alert(1)) ![i](https://evil.example/i.png) <img src=x onerror=alert(1)> `c` | &amp;"
	jsURL      = "javascript:alert(1)"
	dataURL    = "data:text/html,<script>alert(1)</script>"
	quoteURL   = `https://example.com/a?b=1&c="><script>alert(1)</script>`
	badQuote   = "</blockquote><script>alert(1)</script>\u2028<!-- ]]>"
)

// hostileGraph is a graph whose every string tries to become markup.
func hostileGraph(t testing.TB) *graph.Graph {
	t.Helper()
	p := date.MustParse
	b := graph.NewBuilder()
	b.SetTitle(scriptName)
	b.AddSource(graph.Source{ID: "s1", Title: "</title><script>alert(1)</script>", Publisher: "<b>Pub</b>", URL: jsURL, Date: p("2014-03")})
	b.AddSource(graph.Source{ID: "s2", Title: onloadName, URL: quoteURL, Date: p("2014-03-02")})
	b.AddSource(graph.Source{ID: "s3", Title: "spaced", URL: " https://example.com/x"})
	b.AddSource(graph.Source{ID: "s4", Title: "data", URL: dataURL})
	b.Add(
		actors.Actor{ID: "evil", Name: scriptName, Kind: actors.Person, Title: "<i>title</i>"},
		actors.Actor{ID: "onl", Name: onloadName, Kind: actors.Group},
		actors.Actor{ID: "md", Name: mdName, Kind: actors.State},
	)
	b.AddRelation(graph.NewRelation("evil", "onl", graph.Phoned).On(p("2014-03-01")).Cite("s1", badQuote).Cite("s2", mdName).
		AttributedTo("md"))
	r := graph.NewRelation("onl", "md", graph.Sanctions).During(date.Between(p("2014"), date.Date{})).Cite("s3", "").Cite("s4", onloadName)
	r.Note = `<iframe src="https://evil.example"></iframe>`
	b.AddRelation(r)
	b.AddRelation(graph.NewRelation("md", "evil", graph.Backs))
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// hostileSVG draws hostileGraph as package render would, and adds every
// trick an SVG can hold.
func hostileSVG(g *graph.Graph) []byte {
	var rels []graph.Relation
	for r := range g.Relations() {
		rels = append(rels, r)
	}
	return []byte(`<?xml version="1.0"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<!-- a comment -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:ev="http://evil.example/ns"
 width="300pt" height="100pt" viewBox="0 0 300 100" onload="alert('svg')" ev:x="1">
<script>alert('script')</script>
<style>@import url(https://evil.example/x.css); svg{background:url(https://evil.example/bg.png)}</style>
<defs><linearGradient id="grad"><stop offset="0" stop-color="#fff"/></linearGradient>
<clipPath id="clip"><rect width="10" height="10"/></clipPath></defs>
<foreignObject width="10" height="10"><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example"></iframe></foreignObject>
<image href="https://evil.example/i.png" width="1" height="1"/>
<set attributeName="href" to="javascript:alert(1)"/>
<animate attributeName="href" values="javascript:alert(1)"/>
<g id="graph0" class="graph" clip-path="url(#clip)">
<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>
<g id="a-evil" class="node actor person" onclick="alert(1)"><title>evil</title>
<a xlink:href="javascript:alert(1)" xlink:title="` + xmlEscape(scriptName) + `"><ellipse fill="url(#grad)" cx="20" cy="20" rx="10" ry="10"/>
<text x="20" y="20">` + xmlEscape(scriptName) + `</text></a></g>
<g id="a-onl" class="node actor group" style="fill:url(https://evil.example/f.png)"><title>onl</title>
<polygon fill="url( 'https://evil.example/p' )" points="0,0 1,1"/><text>` + xmlEscape(onloadName) + `</text></g>
<g id="a-md" class="node actor state"><title>md</title><a href="https://example.com/ok" target="_top"><rect style="fill:#ccc;stroke:url(#grad)" width="1" height="1"/></a>
<use xlink:href="https://evil.example/sprite.svg#x"/><use href="#grad"/><text>` + xmlEscape(mdName) + `</text></g>
<g id="r-` + rels[0].ID + `" class="edge relation phoned cooperative"><title>evil&#45;&gt;onl</title><path d="M0,0L1,1"/></g>
<g id="b-` + rels[1].ID + `" class="edge relation bundle sanctions hostile"><path d="M0,0L1,1"/></g>
</g>
</svg>
`)
}

func xmlEscape(s string) string {
	var b bytes.Buffer
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// hostileReport uses every kind of block with hostile strings.
func hostileReport(t testing.TB) *Report {
	t.Helper()
	g := hostileGraph(t)
	return hostileReportOf(t, g, hostileSVG(g))
}

// hostileReportOf is hostileReport with diagram as the drawing of g.
func hostileReportOf(t testing.TB, g *graph.Graph, diagram []byte) *Report {
	t.Helper()
	r := New(scriptName)
	r.Author = onloadName
	r.Lang = `en" onload="x`
	r.Heading(1, scriptName)
	r.Heading(2, mdName)
	r.Text(badQuote + "\n\n" + mdName)
	r.Markdown("Prose with <script>alert(1)</script> and <img src=x onerror=alert(1)>, a [js link](javascript:alert(1)), " +
		"an [entity link](javascript&#58;alert(1)), a [data link](data:text/html,x), an autolink <javascript:alert(1)>, " +
		"an image ![alt](https://evil.example/i.png), [a good link](https://example.com \"t\") and https://example.org.\n\n" +
		"<div onclick=\"alert(1)\">block html</div>\n\n<!-- comment -->\n")
	tb, err := table.New(onloadName, table.Column{Name: scriptName}, table.Column{Name: "N", Type: table.IntegerType})
	if err != nil {
		t.Fatal(err)
	}
	if err := tb.AddRow(table.Cell{Value: mdName, Marker: scriptName}, 1); err != nil {
		t.Fatal(err)
	}
	r.Table(tb)
	r.Figure("tricks", hostileSVG(g), scriptName)
	r.Diagram("hostile", diagram, g, onloadName)
	r.Timeline(g)
	r.Evidence(g)
	r.Code(`go" onload="x`, "</code></pre><script>alert(1)</script>\n```\n````")
	r.Output("</samp></pre><script>alert(1)</script>")
	return r
}

func TestHostileHTML(t *testing.T) {
	r := hostileReport(t)
	if err := r.Err(); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := r.WriteHTML(&b); err != nil {
		t.Fatal(err)
	}
	p := checkPage(t, b.Bytes())
	if p.scripts != 1 || len(p.data) != 1 {
		t.Errorf("%d scripts, %d data blocks; want 1 and 1", p.scripts, len(p.data))
	}
	// The hostile strings are all there, as text.
	for _, s := range []string{scriptName, onloadName, mdName, "</title><script>alert(1)</script>", "<b>Pub</b>",
		"(" + jsURL + ")", "(" + dataURL + ")", "( https://example.com/x)", "<iframe src=\"https://evil.example\"></iframe>",
		"<script>alert(1)</script>", "</code></pre><script>alert(1)</script>", "</samp></pre><script>alert(1)</script>",
		"<div onclick=\"alert(1)\">block html</div>", "js link", "entity link", "[image: alt]"} {
		if !p.hasText(s) {
			t.Errorf("the page lacks the text %q", s)
		}
	}
	// Links: only the safe ones, each once per place.
	var hrefs []string
	for _, a := range find(p.doc, byTag("a")) {
		if h := attrOf(a, "", "href"); h != "" && !strings.HasPrefix(h, "#") {
			hrefs = append(hrefs, h)
		}
		if h := attrOf(a, "xlink", "href"); h != "" {
			hrefs = append(hrefs, "xlink:"+h)
		}
	}
	for _, h := range hrefs {
		switch h {
		case quoteURL, "https://example.com", "https://example.org", "https://evil.example/i.png", "xlink:https://example.com/ok",
			"https://example.com/ok":
		default:
			t.Errorf("unexpected link %q", h)
		}
	}
	// The diagram data names the actors as they are.
	var data diagramData
	if err := json.Unmarshal(p.data[0], &data); err != nil {
		t.Fatal(err)
	}
	if data.Actors["evil"] != scriptName || data.Actors["onl"] != onloadName || data.Actors["md"] != mdName {
		t.Errorf("data names %q", data.Actors)
	}
	// What the SVG tried is gone.
	for _, s := range []string{"alert('svg')", "alert('script')", "@import", "evil.example/bg.png", "evil.example/x.css",
		"evil.example/f.png", "evil.example/p", "sprite.svg", "ev:x", "<!DOCTYPE svg", "a comment", `target="_top"`} {
		if bytes.Contains(b.Bytes(), []byte(s)) {
			t.Errorf("the page still has %q", s)
		}
	}
	for _, id := range []string{"hostile-grad", "tricks-grad", "tricks-clip"} {
		if len(find(p.doc, byAttr("id", id))) != 1 {
			t.Errorf("no prefixed id %q", id)
		}
	}
	if !bytes.Contains(b.Bytes(), []byte(`clip-path="url(#tricks-clip)"`)) || !bytes.Contains(b.Bytes(), []byte(`href="#tricks-grad"`)) {
		t.Errorf("local references not prefixed")
	}
	if !bytes.Contains(b.Bytes(), []byte(`<html lang="en&#34; onload=&#34;x">`)) {
		t.Errorf("lang not escaped")
	}
}

func TestHostileMarkdown(t *testing.T) {
	r := hostileReport(t)
	dir := t.TempDir()
	if err := r.WriteMarkdown(dir, "h"); err != nil {
		t.Fatal(err)
	}
	md, err := os.ReadFile(filepath.Join(dir, "h.md"))
	if err != nil {
		t.Fatal(err)
	}
	p := checkMarkdownPage(t, renderTrusting(t, md))
	for _, s := range []string{scriptName, onloadName, "<b>Pub</b>", "<iframe src=\"https://evil.example\"></iframe>",
		"</code></pre><script>alert(1)</script>", "<script>alert(1)</script>", "<div onclick=\"alert(1)\">block html</div>"} {
		if !p.hasText(s) {
			t.Errorf("the rendered Markdown lacks the text %q", s)
		}
	}
	for _, name := range []string{"h-tricks.svg", "h-hostile.svg"} {
		svg, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		checkSVGFile(t, svg)
	}
}

// checkSVGFile checks a figure file: well-formed XML, an <svg> root, only
// allowed elements, no on* attributes, links only to http(s) addresses or
// local ids.
func checkSVGFile(t testing.TB, svg []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(svg))
	dec.Strict = true
	root := ""
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("figure file is not XML: %v", err)
		}
		el, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if root == "" {
			root = el.Name.Local
		}
		if !svgElements[el.Name.Local] || el.Name.Space != svgNS {
			t.Errorf("element %v in a figure file", el.Name)
		}
		for _, a := range el.Attr {
			if strings.HasPrefix(strings.ToLower(a.Name.Local), "on") {
				t.Errorf("attribute %v=%q", a.Name, a.Value)
			}
			if a.Name.Local == "href" && !strings.HasPrefix(a.Value, "#") && !(el.Name.Local == "a" && webURL(a.Value)) {
				t.Errorf("link %q on <%s>", a.Value, el.Name.Local)
			}
		}
	}
	if root != "svg" {
		t.Errorf("root %q", root)
	}
}
