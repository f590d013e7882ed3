package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"html"
	"io"
	"strconv"
	"strings"
	"unicode"
)

// Generator is the fixed generator line the writers put in every report
// (a <meta name="generator"> in HTML, a comment in Markdown). It carries
// no version or time, so the same steps write the same bytes.
const Generator = "diplograph report"

// htmlWriter writes one page.
type htmlWriter struct {
	b       bytes.Buffer
	anchors map[string]string // relation ID -> id of its first item in an evidence list
}

// escapeText escapes s as HTML text; invalid UTF-8 and control characters
// other than line breaks and tabs become U+FFFD.
func escapeText(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && r != '\n' && r != '\t' {
			return '\uFFFD'
		}
		return r
	}, strings.ToValidUTF8(strings.ReplaceAll(s, "\r\n", "\n"), "\uFFFD"))
	return html.EscapeString(s)
}

// attr escapes s for a double-quoted attribute value.
func attr(s string) string { return escapeText(s) }

// WriteHTML writes the report as one self-contained HTML page: the title
// and byline, a table of contents when there are two or more sections, the
// blocks in order, and a footer. Styles and the diagrams' script are
// inline, figures are inline SVG, and a Content-Security-Policy forbids
// the page to load anything at all (fonts, images, scripts, styles from
// elsewhere) or to run any script but its own. Every string from the
// report or its data is escaped. The page is the same bytes for the same
// steps. It fails with the errors recorded while adding blocks (see
// Report.Err), writing nothing, or with the write error.
func (r *Report) WriteHTML(w io.Writer) error {
	if err := r.Err(); err != nil {
		return err
	}
	hw := &htmlWriter{anchors: map[string]string{}}
	r.assignIDs(hw)
	lang := r.Lang
	if lang == "" {
		lang = "en"
	}
	scripted := false
	for _, b := range r.blocks {
		if _, ok := b.(*diagram); ok {
			scripted = true
		}
	}
	b := &hw.b
	b.WriteString("<!DOCTYPE html>\n<html lang=\"" + attr(lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n")
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	b.WriteString("<meta http-equiv=\"Content-Security-Policy\" content=\"" + csp + "\">\n")
	b.WriteString("<meta name=\"generator\" content=\"" + Generator + "\">\n")
	b.WriteString("<title>" + escapeText(r.title) + "</title>\n<style>" + style + "</style>\n</head>\n<body>\n")
	b.WriteString("<header>\n<h1>" + escapeText(r.title) + "</h1>\n")
	if line := r.byline(); line != "" {
		b.WriteString("<p class=\"byline\">" + escapeText(line) + "</p>\n")
	}
	b.WriteString("</header>\n")
	r.toc(hw)
	b.WriteString("<main>\n")
	for _, bl := range r.blocks {
		bl.html(hw)
	}
	b.WriteString("</main>\n<footer>\n<p>Made with diplograph.</p>\n</footer>\n")
	if scripted {
		b.WriteString("<script>" + script + "</script>\n")
	}
	b.WriteString("</body>\n</html>\n")
	_, err := w.Write(b.Bytes())
	return err
}

// byline is "Author · 29 Mar 2014", either part or "" when there is none.
func (r *Report) byline() string {
	var parts []string
	if a := strings.TrimSpace(r.Author); a != "" {
		parts = append(parts, a)
	}
	if !r.Date.IsZero() {
		parts = append(parts, r.Date.Format())
	}
	return strings.Join(parts, " · ")
}

// assignIDs gives headings their ids and finds, for each relation, the
// first evidence list item showing it, for the timeline's links.
func (r *Report) assignIDs(w *htmlWriter) {
	used := map[string]int{}
	for _, b := range r.blocks {
		switch b := b.(type) {
		case *heading:
			id := "s-" + slug(b.text)
			used[id]++
			if n := used[id]; n > 1 {
				id += "-" + strconv.Itoa(n)
			}
			b.id = id
		case *evidence:
			for i, it := range b.items {
				if _, ok := w.anchors[it.id]; !ok {
					w.anchors[it.id] = b.itemID(i)
				}
			}
		}
	}
	for _, b := range r.blocks {
		if d, ok := b.(*diagram); ok {
			for i, it := range d.items {
				if _, ok := w.anchors[it.id]; !ok {
					w.anchors[it.id] = d.itemID(i)
				}
			}
		}
	}
}

// slug makes an id from a heading: ASCII letters and digits in lower case,
// other runs as '-'.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
		if b.Len() >= 48 {
			break
		}
	}
	if b.Len() == 0 {
		return "section"
	}
	return b.String()
}

// toc writes the table of contents: sections and their subsections, when
// there are at least two headings.
func (r *Report) toc(w *htmlWriter) {
	var hs []*heading
	for _, b := range r.blocks {
		if h, ok := b.(*heading); ok && h.level <= 2 {
			hs = append(hs, h)
		}
	}
	if len(hs) < 2 {
		return
	}
	b := &w.b
	b.WriteString("<nav class=\"toc\" aria-label=\"Contents\">\n<p class=\"toc-title\">Contents</p>\n<ol>\n")
	sub := false // a list of subsections is open
	for i, h := range hs {
		link := "<a href=\"#" + h.id + "\">" + escapeText(h.text) + "</a>"
		if h.level == 1 {
			if sub {
				b.WriteString("</ol>\n")
				sub = false
			}
			if i > 0 {
				b.WriteString("</li>\n")
			}
			b.WriteString("<li>" + link)
			continue
		}
		if !sub {
			if i == 0 {
				b.WriteString("<li>") // subsections before any section
			}
			b.WriteString("\n<ol>\n")
			sub = true
		}
		b.WriteString("<li>" + link + "</li>\n")
	}
	if sub {
		b.WriteString("</ol>\n")
	}
	b.WriteString("</li>\n</ol>\n</nav>\n")
}

// csp is the page's Content-Security-Policy: nothing may load from
// anywhere, styles are the page's own (inline, and the SVG's style
// attributes), and the only script that may run is the page's, by its
// hash.
var csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-" + scriptHash() +
	"'; base-uri 'none'; form-action 'none'"

// scriptHash is the base64 SHA-256 of the diagrams' script, for csp.
func scriptHash() string {
	h := sha256.Sum256([]byte(script))
	return base64.StdEncoding.EncodeToString(h[:])
}
