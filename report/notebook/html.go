package notebook

import (
	"bufio"
	"bytes"
	"fmt"
	"html"
	"io"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// This file is the notebook's own HTML writer, to be replaced by one built
// on package report.

// WriteHTML writes the notebook with its outputs as one self-contained HTML
// page: prose rendered from Markdown (GitHub-flavoured: tables,
// strikethrough, task lists, autolinks) with raw HTML left out, each code block
// in <pre><code> with its outputs beneath it: printed text in <pre>, tables
// as HTML keeping only table markup (or rendered from their Markdown when
// their HTML does not parse), figures inline as SVG without scripts, event
// handlers or foreign objects. A figure that is not well-formed SVG is
// replaced by a note saying so. Everything the notebook wrote is escaped.
func (r *Result) WriteHTML(w io.Writer) error {
	md := goldmark.New(goldmark.WithExtensions(extension.GFM))
	refs := references(md, r.Cells)
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, htmlHead, html.EscapeString(r.title()))
	figures := 0
	for _, c := range r.Cells {
		if !c.IsCode() {
			if err := renderMarkdown(bw, md, c.Markdown, refs); err != nil {
				return err
			}
			continue
		}
		fmt.Fprintf(bw, "<section class=\"cell\" id=\"block-%d\">\n<pre class=\"code\"><code class=\"language-go\">%s</code></pre>\n", c.Block, html.EscapeString(c.Code))
		for _, o := range c.Outputs {
			switch o := o.(type) {
			case Text:
				fmt.Fprintf(bw, "<pre class=\"output\">%s</pre>\n", html.EscapeString(string(o)))
			case Table:
				bw.WriteString("<div class=\"output table\">")
				if t, err := sanitizeTable(o.HTML); err == nil && len(bytes.TrimSpace(t)) > 0 {
					bw.Write(t)
				} else if err := renderMarkdown(bw, md, o.Markdown, nil); err != nil {
					return err
				}
				bw.WriteString("</div>\n")
			case Figure:
				figures++
				fmt.Fprintf(bw, "<figure class=\"output\" id=\"figure-%d\">", figures)
				if svg, err := sanitizeSVG(o.SVG); err == nil {
					bw.Write(svg)
				} else {
					fmt.Fprintf(bw, "<p class=\"error\">Figure %d is left out: %s</p>", figures, html.EscapeString(err.Error()))
				}
				bw.WriteString("</figure>\n")
			}
		}
		bw.WriteString("</section>\n")
	}
	bw.WriteString(htmlFoot)
	return bw.Flush()
}

// title returns the text of the notebook's first level-1 heading (a line
// "# ..."), else its file name.
func (r *Result) title() string {
	for _, c := range r.Cells {
		if c.IsCode() {
			continue
		}
		for _, l := range strings.Split(c.Markdown, "\n") {
			if t, ok := strings.CutPrefix(l, "# "); ok && strings.TrimSpace(t) != "" {
				return strings.TrimSpace(t)
			}
		}
	}
	return r.Name
}

// references returns the link reference definitions of all the prose, so
// that a link in one cell can use a definition in another.
func references(md goldmark.Markdown, cells []Cell) []parser.Reference {
	var prose bytes.Buffer
	for _, c := range cells {
		if !c.IsCode() {
			prose.WriteString(c.Markdown)
			prose.WriteString("\n\n")
		}
	}
	ctx := parser.NewContext()
	md.Parser().Parse(text.NewReader(prose.Bytes()), parser.WithContext(ctx))
	var refs []parser.Reference
	for _, r := range ctx.References() {
		refs = append(refs, parser.NewReference(r.Label(), r.Destination(), r.Title()))
	}
	return refs
}

// renderMarkdown renders Markdown to HTML, knowing refs.
func renderMarkdown(w io.Writer, md goldmark.Markdown, src string, refs []parser.Reference) error {
	ctx := parser.NewContext()
	for _, r := range refs {
		ctx.AddReference(r)
	}
	b := []byte(src)
	doc := md.Parser().Parse(text.NewReader(b), parser.WithContext(ctx))
	return md.Renderer().Render(w, b, doc)
}

const htmlHead = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<style>
body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 0; color: #1b1f24; background: #fff; }
main { max-width: 56rem; margin: 2rem auto; padding: 0 1rem; }
pre { overflow-x: auto; padding: 0.6rem 0.8rem; border-radius: 4px; font-size: 0.875rem; tab-size: 4; background: #f6f8fa; }
pre.code { background: #f3f4f6; border-left: 3px solid #6b7280; }
pre.output { background: #fff; border: 1px solid #e5e7eb; }
.cell { margin: 1.2rem 0; }
.output { margin: 0.5rem 0; }
figure.output { margin: 0.5rem 0; }
figure.output svg { max-width: 100%%; height: auto; }
table { border-collapse: collapse; }
th, td { border: 1px solid #d1d5db; padding: 0.2rem 0.6rem; text-align: left; }
.error { color: #b91c1c; }
</style>
</head>
<body>
<main>
`

const htmlFoot = `</main>
</body>
</html>
`
