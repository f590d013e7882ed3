package report

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

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
