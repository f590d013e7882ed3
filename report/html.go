package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
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

func (nothing) html(*htmlWriter)   {}
func (nothing) markdown(*mdWriter) {}

func (h *heading) html(w *htmlWriter) {
	tag := "h" + strconv.Itoa(h.level+1)
	w.b.WriteString("<" + tag + " id=\"" + h.id + "\">" + escapeText(h.text) + "</" + tag + ">\n")
}

func (p *paragraphs) html(w *htmlWriter) {
	for _, para := range splitParagraphs(p.text) {
		w.b.WriteString("<p>" + escapeText(para) + "</p>\n")
	}
}

// splitParagraphs splits text at blank lines (empty or only spaces),
// dropping empty paragraphs.
func splitParagraphs(s string) []string {
	var out []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, "\n"))
			cur = nil
		}
	}
	for _, line := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		cur = append(cur, strings.TrimSpace(line))
	}
	flush()
	return out
}

func (p *prose) html(w *htmlWriter) {
	w.b.WriteString("<div class=\"prose\">\n")
	w.b.Write(p.rendered)
	w.b.WriteString("</div>\n")
}

func (t *tableBlock) html(w *htmlWriter) {
	w.b.WriteString("<div class=\"table-wrap\">\n")
	t.t.WriteHTML(&w.b) // a bytes.Buffer does not fail
	w.b.WriteString("</div>\n")
}

// open writes the start of a figure and its SVG.
func (f *figure) open(w *htmlWriter, class string) {
	w.b.WriteString("<figure class=\"" + class + "\" id=\"fig-" + f.name + "\">\n<div class=\"canvas\">\n")
	w.b.Write(f.inline)
	w.b.WriteString("\n</div>\n")
}

// caption writes the figure's caption and closes it.
func (f *figure) close(w *htmlWriter, hint string) {
	w.b.WriteString("<figcaption><span class=\"label\">Figure " + strconv.Itoa(f.number) + ".</span>")
	if c := strings.TrimSpace(f.caption); c != "" {
		w.b.WriteString(" " + escapeText(c))
	}
	if hint != "" {
		w.b.WriteString(" <span class=\"hint\">" + escapeText(hint) + "</span>")
	}
	w.b.WriteString("</figcaption>\n</figure>\n")
}

func (f *figure) html(w *htmlWriter) {
	f.open(w, "figure")
	f.close(w, "")
}

// itemID is the id of the diagram's i-th relation in its panel.
func (d *diagram) itemID(i int) string { return "fig-" + d.name + "-r" + strconv.Itoa(i+1) }

// itemID is the id of the list's i-th relation.
func (e *evidence) itemID(i int) string {
	return "evidence-" + strconv.Itoa(e.n) + "-r" + strconv.Itoa(i+1)
}

// diagramData is what the diagram's script reads: each actor's name and
// each relation's two ends.
type diagramData struct {
	Actors    map[string]string    `json:"actors"`
	Relations map[string][2]string `json:"relations"`
}

func (d *diagram) html(w *htmlWriter) {
	id := "fig-" + d.name
	d.open(w, "figure diagram")
	d.close(w, "Select an actor to see its relations and their evidence.")
	fmt.Fprintf(&w.b, "<section class=\"evidence-panel\" id=\"%s-panel\" aria-label=\"Relations and evidence of figure %d\">\n", id, d.number)
	fmt.Fprintf(&w.b, "<p class=\"panel-status\" id=\"%s-status\" aria-live=\"polite\">%s</p>\n", id, escapeText(countText(len(d.items))))
	writeItems(w, d.items, d.itemID)
	w.b.WriteString("</section>\n")
	data := diagramData{Actors: d.actors, Relations: map[string][2]string{}}
	for _, it := range d.items {
		data.Relations[it.id] = [2]string{it.from, it.to}
	}
	js, _ := json.Marshal(data) // maps of strings always marshal
	fmt.Fprintf(&w.b, "<script type=\"application/json\" id=\"%s-data\">%s</script>\n", id, js)
}

// countText is the status line of a panel showing every relation.
func countText(n int) string {
	if n == 1 {
		return "The diagram's 1 relation, with its evidence."
	}
	return "All " + strconv.Itoa(n) + " relations of the diagram, with their evidence."
}

func (e *evidence) html(w *htmlWriter) {
	fmt.Fprintf(&w.b, "<section class=\"evidence\" id=\"evidence-%d\">\n", e.n)
	fmt.Fprintf(&w.b, "<p class=\"summary\">%s</p>\n", escapeText(summary(e.items)))
	writeItems(w, e.items, e.itemID)
	w.b.WriteString("</section>\n")
}

// summary counts relations and citations: "48 relations, 52 citations."
func summary(items []item) string {
	cites := 0
	for _, it := range items {
		cites += len(it.cites)
	}
	return plural(len(items), "relation") + ", " + plural(cites, "citation") + "."
}

// plural is "1 relation" or "3 relations".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// writeItems writes relations with their evidence as an ordered list.
func writeItems(w *htmlWriter, items []item, id func(int) string) {
	b := &w.b
	b.WriteString("<ol class=\"relations\">\n")
	for i, it := range items {
		fmt.Fprintf(b, "<li class=\"relation %s\" id=\"%s\" data-relation=\"%s\">\n", attr(it.sign), id(i), attr(it.id))
		b.WriteString("<p class=\"what\"><strong>" + escapeText(it.sentence) + "</strong>")
		if it.when != "" {
			b.WriteString(" <span class=\"when\">" + escapeText(it.when) + "</span>")
		}
		b.WriteString(" <span class=\"kind " + attr(it.sign) + "\">" + escapeText(it.kind) + "</span></p>\n")
		if it.reporter != "" {
			b.WriteString("<p class=\"attribution\">Reported by " + escapeText(it.reporter) + ".</p>\n")
		}
		for _, c := range it.cites {
			if c.quote != "" {
				b.WriteString("<blockquote class=\"quote\"><p>" + escapeText(c.quote) + "</p>\n<p class=\"source\">— ")
			} else {
				b.WriteString("<p class=\"source\">Source: ")
			}
			writeSource(w, c)
			if c.quote != "" {
				b.WriteString("</p></blockquote>\n")
			} else {
				b.WriteString("</p>\n")
			}
			if c.note != "" {
				b.WriteString("<p class=\"note\">" + escapeText(c.note) + "</p>\n")
			}
		}
		if len(it.cites) == 0 {
			b.WriteString("<p class=\"source none\">No citation.</p>\n")
		}
		if it.note != "" {
			b.WriteString("<p class=\"note\">Note: " + escapeText(it.note) + "</p>\n")
		}
		b.WriteString("</li>\n")
	}
	b.WriteString("</ol>\n")
}

// writeSource writes "BBC News, “Title”, 29 Mar 2014", the name a link if
// the address is http(s), any other address as text.
func writeSource(w *htmlWriter, c cite) {
	b := &w.b
	if c.web {
		b.WriteString("<cite><a href=\"" + attr(c.url) + "\" rel=\"noopener noreferrer\">" + escapeText(c.source) + "</a></cite>")
	} else {
		b.WriteString("<cite>" + escapeText(c.source) + "</cite>")
	}
	if c.date != "" {
		b.WriteString(", " + escapeText(c.date))
	}
	if c.url != "" && !c.web {
		b.WriteString(" <span class=\"url\">(" + escapeText(c.url) + ")</span>")
	}
}

func (t *timeline) html(w *htmlWriter) {
	b := &w.b
	b.WriteString("<div class=\"timeline\">\n<dl>\n")
	for _, m := range t.months {
		b.WriteString("<dt>" + escapeText(m.label) + "</dt>\n<dd><ol>\n")
		for _, mo := range m.moments {
			b.WriteString("<li><time datetime=\"" + mo.at.String() + "\">" + escapeText(mo.when) + "</time> ")
			if a, ok := w.anchors[mo.item.id]; ok {
				b.WriteString("<a href=\"#" + a + "\">" + escapeText(mo.item.sentence) + "</a>")
			} else {
				b.WriteString(escapeText(mo.item.sentence))
			}
			b.WriteString("</li>\n")
		}
		b.WriteString("</ol></dd>\n")
	}
	b.WriteString("</dl>\n")
	if t.undated > 0 {
		b.WriteString("<p class=\"undated\">" + escapeText(undatedText(t.undated)) + "</p>\n")
	}
	b.WriteString("</div>\n")
}

// undatedText says how many relations the timeline leaves out.
func undatedText(n int) string {
	if n == 1 {
		return "1 relation has no date and is not shown."
	}
	return strconv.Itoa(n) + " relations have no date and are not shown."
}

// codeClass is a language name fit for a class: letters, digits, '+',
// '-', '_' and '#'; anything else dropped.
func codeClass(lang string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("+-_#", r)) {
			return r
		}
		return -1
	}, lang)
}

func (c *code) html(w *htmlWriter) {
	w.b.WriteString("<pre class=\"code\"><code")
	if l := codeClass(c.lang); l != "" {
		w.b.WriteString(" class=\"language-" + l + "\"")
	}
	w.b.WriteString(">" + escapeText(c.src) + "</code></pre>\n")
}

func (o *output) html(w *htmlWriter) {
	w.b.WriteString("<pre class=\"output\"><samp>" + escapeText(o.text) + "</samp></pre>\n")
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
