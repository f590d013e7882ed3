package report

import (
	"bytes"
	"encoding/json"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"golang.org/x/net/html"
)

// forbidden are the elements a report never makes: they run script, embed
// other documents, load resources or change the page's behaviour.
var forbidden = map[string]bool{
	"iframe": true, "frame": true, "object": true, "embed": true, "img": true, "image": true, "video": true, "audio": true,
	"source": true, "link": true, "base": true, "form": true, "input": true, "button": true, "textarea": true,
	"foreignobject": true, "set": true, "animate": true, "animatetransform": true, "animatemotion": true, "feimage": true,
	"template": true, "svg:script": true,
}

// loadAttrs are the attributes that make a browser load something; a
// report has none.
var loadAttrs = map[string]bool{"src": true, "srcset": true, "data": true, "poster": true, "background": true,
	"action": true, "formaction": true, "ping": true, "lowsrc": true, "dynsrc": true}

// linkAddress reports whether a link may point to v: a fragment, an
// http(s) or mailto address, or a relative path. Nothing that runs
// (javascript:) or holds a document (data:).
func linkAddress(v string) bool {
	if strings.HasPrefix(v, "#") || webURL(v) || strings.HasPrefix(v, "mailto:") {
		return true
	}
	u, err := url.Parse(v)
	return err == nil && u.Scheme == "" && !strings.ContainsFunc(v, func(r rune) bool { return r < ' ' })
}

// relativePath reports whether v is a path beside the document.
func relativePath(v string) bool {
	u, err := url.Parse(v)
	return err == nil && u.Scheme == "" && u.Host == "" && !strings.HasPrefix(u.Path, "/") && u.Path != ""
}

// page is a parsed HTML page and what checkPage found in it.
type page struct {
	doc     *html.Node
	scripts int               // the page's own scripts
	data    []json.RawMessage // JSON data blocks
	texts   []string          // every text node
}

// checkPage parses a page as a browser does and fails the test on anything
// that could run script or load something: a script other than the
// report's own one and its JSON data blocks, a style element other than
// the report's, a forbidden element, an on* attribute, an address that is
// neither a fragment nor an http(s) address, a link to elsewhere without
// rel="noopener noreferrer", or a url() in a style that leaves the page.
func checkPage(t testing.TB, b []byte) *page { return checkHTML(t, b, true) }

// checkHTML is checkPage; rel says whether links to elsewhere must have
// rel="noopener noreferrer" (the report's own links do; a Markdown
// viewer's need not).
func checkHTML(t testing.TB, b []byte, rel bool) *page {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	p := &page{doc: doc}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			p.texts = append(p.texts, n.Data)
		case html.ElementNode:
			name := strings.ToLower(n.Data)
			if n.Namespace != "" && name == "script" {
				t.Errorf("script element in %s content", n.Namespace)
			}
			if forbidden[name] {
				t.Errorf("forbidden element <%s>", name)
			}
			switch name {
			case "script":
				typ := attrOf(n, "", "type")
				body := textOf(n)
				switch {
				case typ == "application/json":
					if !json.Valid([]byte(body)) {
						t.Errorf("invalid JSON data block: %.200s", body)
					}
					if strings.Contains(body, "<") {
						t.Errorf("JSON data block has a raw '<'")
					}
					p.data = append(p.data, json.RawMessage(body))
				case typ == "" && body == script:
					p.scripts++
				default:
					t.Errorf("foreign script (type %q): %.200s", typ, body)
				}
				return
			case "style":
				if textOf(n) != style {
					t.Errorf("foreign style element: %.200s", textOf(n))
				}
				return
			}
			for _, a := range n.Attr {
				key := strings.ToLower(a.Key)
				if strings.HasPrefix(key, "on") {
					t.Errorf("event handler %s=%q on <%s>", a.Key, a.Val, name)
				}
				if loadAttrs[key] {
					t.Errorf("<%s %s=%q>: the page loads something", name, a.Key, a.Val)
				}
				if key == "href" {
					local := strings.HasPrefix(a.Val, "#")
					switch {
					case name == "a" && !linkAddress(a.Val):
						t.Errorf("<a href=%q>: not a safe link", a.Val)
					case name != "a" && !local:
						t.Errorf("<%s href=%q>: a reference out of the page", name, a.Val)
					case rel && !local && name == "a" && n.Namespace == "" && attrOf(n, "", "rel") != "noopener noreferrer":
						t.Errorf("<a href=%q> without rel=\"noopener noreferrer\"", a.Val)
					}
				}
				if key == "style" || strings.Contains(strings.ToLower(a.Val), "url(") {
					for _, m := range urlRef.FindAllStringSubmatch(a.Val, -1) {
						if !strings.HasPrefix(m[1], "#") {
							t.Errorf("url() leaving the page: %s=%q", a.Key, a.Val)
						}
					}
				}
			}
			if name == "meta" && strings.EqualFold(attrOf(n, "", "http-equiv"), "refresh") {
				t.Errorf("meta refresh")
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return p
}

// attrOf returns the value of an attribute, "" if absent.
func attrOf(n *html.Node, ns, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == ns && a.Key == key {
			return a.Val
		}
	}
	return ""
}

// textOf returns the text inside n.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// find returns the elements for which match is true, in document order.
func find(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && match(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

// byAttr matches elements with the attribute (any value if val is "*").
func byAttr(key, val string) func(*html.Node) bool {
	return func(n *html.Node) bool {
		return slices.ContainsFunc(n.Attr, func(a html.Attribute) bool { return a.Key == key && (val == "*" || a.Val == val) })
	}
}

// byTag matches elements by name.
func byTag(tag string) func(*html.Node) bool {
	return func(n *html.Node) bool { return n.Data == tag }
}

// hasText reports whether some text node of the page is or holds s.
func (p *page) hasText(s string) bool {
	return slices.ContainsFunc(p.texts, func(t string) bool { return strings.Contains(t, s) })
}

// renderTrusting renders Markdown as the most trusting viewer would:
// GitHub's extensions and raw HTML passed through. A Markdown report must
// stay inert even there.
func renderTrusting(t testing.TB, md []byte) []byte {
	t.Helper()
	var out bytes.Buffer
	gm := goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(gmhtml.WithUnsafe()))
	if err := gm.Convert(md, &out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// checkMarkdownPage checks a rendered Markdown report: as checkPage, but
// images may show files beside the report (its figures) and there is no
// script.
func checkMarkdownPage(t testing.TB, rendered []byte) *page {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(rendered))
	if err != nil {
		t.Fatal(err)
	}
	for _, img := range find(doc, byTag("img")) {
		if src := attrOf(img, "", "src"); !relativePath(src) {
			t.Errorf("image %q is not a file beside the report", src)
		}
	}
	cleaned := find(doc, byTag("img"))
	for _, img := range cleaned {
		img.Parent.RemoveChild(img)
	}
	var b bytes.Buffer
	if err := html.Render(&b, doc); err != nil {
		t.Fatal(err)
	}
	p := checkHTML(t, b.Bytes(), false)
	if p.scripts != 0 || len(p.data) != 0 {
		t.Errorf("Markdown made script")
	}
	return p
}
