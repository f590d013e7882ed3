package report

import (
	"bytes"
	"html"
	"net/url"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// markdown is the one Markdown converter of the package: CommonMark with
// GitHub's tables, strikethrough and autolinks, goldmark's safe defaults
// (no raw HTML), and safeRenderer on top.
var markdown = goldmark.New(
	goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify),
	goldmark.WithRendererOptions(renderer.WithNodeRenderers(util.Prioritized(safeRenderer{}, 100))),
)

// renderProse renders Markdown prose to an HTML fragment.
func renderProse(src string) ([]byte, error) {
	var b bytes.Buffer
	if err := markdown.Convert([]byte(src), &b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// safeRenderer renders the nodes through which Markdown could reach
// outside the page or inject markup: raw HTML is written as text, links
// only to safe addresses stay links, images become links to the image.
type safeRenderer struct{}

// RegisterFuncs implements renderer.NodeRenderer.
func (safeRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindLink, renderLink)
	reg.Register(ast.KindAutoLink, renderAutoLink)
	reg.Register(ast.KindImage, renderImage)
	reg.Register(ast.KindRawHTML, renderRawHTML)
	reg.Register(ast.KindHTMLBlock, renderHTMLBlock)
}

// proseURL reports whether a link in prose may stay a link: http and https
// addresses with a host, mailto addresses, fragments and relative paths. Anything with
// another scheme (javascript:, data:, file:, vbscript:) or that does not
// parse does not. The address is judged as written and as a browser would
// read it after its character references are resolved
// ("javascript&#58;..." is javascript).
func proseURL(dest []byte) bool {
	for _, d := range []string{string(dest), string(util.URLEscape(dest, true))} {
		if d == "" || strings.ContainsFunc(d, func(r rune) bool { return r < ' ' || r == 0x7f }) {
			return false
		}
		u, err := url.Parse(d)
		if err != nil {
			return false
		}
		switch strings.ToLower(u.Scheme) {
		case "", "mailto":
		case "http", "https":
			if u.Host == "" {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// localURL reports whether an image address is a relative path, which a
// Markdown viewer loads from beside the document rather than from
// elsewhere. An address with no path ("#frag", "?q") names no file and is
// not one.
func localURL(dest []byte) bool {
	if !proseURL(dest) {
		return false
	}
	u, err := url.Parse(string(util.URLEscape(dest, true)))
	return err == nil && u.Scheme == "" && u.Host == "" && u.Path != "" && !strings.HasPrefix(u.Path, "/")
}

// openLink writes <a href=...> for a safe address.
func openLink(w util.BufWriter, dest []byte, title []byte) {
	w.WriteString(`<a href="` + html.EscapeString(string(util.URLEscape(dest, true))) + `"`)
	if len(title) > 0 {
		w.WriteString(` title="` + html.EscapeString(string(title)) + `"`)
	}
	w.WriteString(` rel="noopener noreferrer">`)
}

func renderLink(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*ast.Link)
	if !proseURL(n.Destination) {
		return ast.WalkContinue, nil // the link text alone
	}
	if entering {
		openLink(w, n.Destination, n.Title)
	} else {
		w.WriteString("</a>")
	}
	return ast.WalkContinue, nil
}

func renderAutoLink(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*ast.AutoLink)
	dest, label := n.URL(source), n.Label(source)
	if n.AutoLinkType == ast.AutoLinkEmail && !bytes.HasPrefix(bytes.ToLower(dest), []byte("mailto:")) {
		dest = append([]byte("mailto:"), dest...)
	}
	if !proseURL(dest) {
		w.WriteString(html.EscapeString(string(label)))
		return ast.WalkContinue, nil
	}
	openLink(w, dest, nil)
	w.WriteString(html.EscapeString(string(label)) + "</a>")
	return ast.WalkContinue, nil
}

// renderImage writes an image as a link to it, "[image: alt]", so the
// page loads nothing.
func renderImage(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*ast.Image)
	link := proseURL(n.Destination)
	if entering {
		if link {
			openLink(w, n.Destination, n.Title)
		}
		w.WriteString(`[image: `)
	} else {
		w.WriteString("]")
		if link {
			w.WriteString("</a>")
		}
	}
	return ast.WalkContinue, nil
}

func renderRawHTML(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		segs := node.(*ast.RawHTML).Segments
		for i := range segs.Len() {
			s := segs.At(i)
			w.WriteString(html.EscapeString(string(s.Value(source))))
		}
	}
	return ast.WalkSkipChildren, nil
}

func renderHTMLBlock(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*ast.HTMLBlock)
	if entering {
		w.WriteString(`<p class="raw-html">`)
		lines := n.Lines()
		for i := range lines.Len() {
			s := lines.At(i)
			w.WriteString(html.EscapeString(string(s.Value(source))))
		}
		if n.HasClosure() {
			w.WriteString(html.EscapeString(string(n.ClosureLine.Value(source))))
		}
		w.WriteString("</p>\n")
	}
	return ast.WalkSkipChildren, nil
}

// proseMarkdown returns Markdown prose for the Markdown writer, as
// written but made as safe as the HTML page: the '<' of raw HTML (inline
// or blocks), and the opening bracket of links and <autolinks> to unsafe
// addresses (see proseURL) and of images of anything but a relative path,
// get a backslash, so that a Markdown viewer shows them as the text they
// are. An escape can make new syntax of what follows, so the pass repeats
// until nothing changes (a few times at most; then every '<', '[' and '!'
// is escaped).
func proseMarkdown(src string) string {
	for range 4 {
		out := neutralise(src)
		if out == src {
			return out
		}
		src = out
	}
	return strings.NewReplacer("<", `\<`, "[", `\[`, "!", `\!`).Replace(src)
}

// neutralise is one pass of proseMarkdown.
func neutralise(src string) string {
	source := []byte(src)
	doc := markdown.Parser().Parse(text.NewReader(source), parser.WithContext(parser.NewContext()))
	slash := make([]bool, len(source)) // a backslash to put before the byte
	at := func(i int, c byte) bool { return i >= 0 && i < len(source) && source[i] == c }
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		var raw []text.Segment
		switch n := n.(type) {
		case *ast.RawHTML:
			for i := range n.Segments.Len() {
				raw = append(raw, n.Segments.At(i))
			}
		case *ast.HTMLBlock:
			for i := range n.Lines().Len() {
				raw = append(raw, n.Lines().At(i))
			}
			if n.HasClosure() {
				raw = append(raw, n.ClosureLine)
			}
		case *ast.Link:
			if p := n.Pos(); !proseURL(n.Destination) && at(p, '[') {
				slash[p] = true
			}
		case *ast.Image:
			if p := n.Pos(); !localURL(n.Destination) && at(p, '!') && at(p+1, '[') {
				slash[p+1] = true
			}
		case *ast.AutoLink:
			if p := n.Pos(); at(p, '<') && !proseURL(n.URL(source)) {
				slash[p] = true
			}
		}
		for _, s := range raw {
			for i := max(s.Start, 0); i < min(s.Stop, len(source)); i++ {
				if source[i] == '<' {
					slash[i] = true
				}
			}
		}
		return ast.WalkContinue, nil
	})
	var b strings.Builder
	for i, c := range source {
		if slash[i] {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}
