package report

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/internal/atomicfile"
	"github.com/diplograph/diplograph/report/internal/mdtext"
)

// mdWriter writes one Markdown document and collects its figure files.
type mdWriter struct {
	b     bytes.Buffer
	name  string   // the document's base name, for figure files
	files []mdFile // figure files, in order
}

// mdFile is a file written beside the Markdown.
type mdFile struct {
	name string
	data []byte
}

// para writes one paragraph followed by a blank line.
func (w *mdWriter) para(s string) {
	if s != "" {
		w.b.WriteString(s + "\n\n")
	}
}

// WriteMarkdown writes the report as Markdown (CommonMark with GitHub's
// tables) to dir/name.md, and each figure as an SVG file beside it,
// dir/name-<figure>.svg, which the Markdown shows by relative path. All
// text from the report or its data is escaped, so it reads as the text it
// is; Markdown prose is copied as written, made as safe as in the HTML page
// (see Report.Markdown). Tables
// are GitHub pipe tables; diagrams are their SVG followed by the list of
// their relations with evidence. There is no table of contents: Markdown
// viewers make their own. Each file is written whole or not at all
// (through a temporary file). Name must be a plain file name: no path
// separator, not empty, "." or "..", no control characters; otherwise it
// fails with ErrBadPath. It fails with the errors recorded while adding
// blocks (see Report.Err), writing nothing.
func (r *Report) WriteMarkdown(dir, name string) error {
	if err := r.Err(); err != nil {
		return err
	}
	if err := checkBase(name); err != nil {
		return err
	}
	w := &mdWriter{name: name}
	w.b.WriteString("<!-- " + Generator + " -->\n\n")
	w.para("# " + mdtext.Line(r.title))
	w.para(mdtext.Line(r.byline()))
	for _, b := range r.blocks {
		b.markdown(w)
	}
	out := bytes.TrimRight(w.b.Bytes(), "\n")
	out = append(out, '\n')
	for _, f := range w.files {
		if err := atomicfile.Write(filepath.Join(dir, f.name), 0o644, func(fw io.Writer) error {
			_, err := fw.Write(f.data)
			return err
		}); err != nil {
			return err
		}
	}
	return atomicfile.Write(filepath.Join(dir, name+".md"), 0o644, func(fw io.Writer) error {
		_, err := fw.Write(out)
		return err
	})
}

// checkBase fails with ErrBadPath unless name is a plain file name.
func checkBase(name string) error {
	switch {
	case name == "" || name == "." || name == "..":
		return fmt.Errorf("%w: file name %q", ErrBadPath, name)
	case strings.ContainsAny(name, `/\`) || strings.ContainsRune(name, os.PathSeparator):
		return fmt.Errorf("%w: %q is a path, want a file name", ErrBadPath, name)
	case !utf8.ValidString(name) || strings.ContainsFunc(name, unicode.IsControl):
		return fmt.Errorf("%w: file name %q has invalid characters", ErrBadPath, name)
	}
	return nil
}

func (h *heading) markdown(w *mdWriter) {
	w.para(strings.Repeat("#", h.level+1) + " " + mdtext.Line(h.text))
}

func (p *paragraphs) markdown(w *mdWriter) {
	for _, para := range splitParagraphs(p.text) {
		w.para(mdtext.Lines(para))
	}
}

func (p *prose) markdown(w *mdWriter) {
	w.para(strings.TrimSpace(proseMarkdown(p.src)))
}

func (t *tableBlock) markdown(w *mdWriter) {
	t.t.WriteMarkdown(&w.b) // a bytes.Buffer does not fail
	w.b.WriteString("\n")
}

// fileName is the figure's file beside the Markdown.
func (f *figure) fileName(doc string) string { return doc + "-" + f.name + ".svg" }

func (f *figure) markdown(w *mdWriter) {
	file := f.fileName(w.name)
	w.files = append(w.files, mdFile{name: file, data: append([]byte(xmlHeader), f.file...)})
	alt := strings.TrimSpace(f.caption)
	if alt == "" {
		alt = "Figure " + strconv.Itoa(f.number)
	}
	w.para("![" + mdtext.Inline(alt) + "](" + mdURL(file) + ")")
	caption := "*Figure " + strconv.Itoa(f.number) + ".*"
	if c := strings.TrimSpace(f.caption); c != "" {
		caption += " " + mdtext.Lines(c)
	}
	w.para(caption)
}

// xmlHeader begins each SVG file.
const xmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

// mdURL percent-encodes what Markdown would read in a link destination:
// spaces, brackets, parentheses, quotes, backslashes, '<', '>' and
// control characters.
func mdURL(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte(`<>()[]"'\`+"`", c) >= 0 {
			fmt.Fprintf(&b, "%%%02X", c)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

func (d *diagram) markdown(w *mdWriter) {
	d.figure.markdown(w)
	w.para(mdtext.Line(countText(len(d.items))))
	writeItemsMarkdown(w, d.items)
}

func (e *evidence) markdown(w *mdWriter) {
	w.para(mdtext.Line(summary(e.items)))
	writeItemsMarkdown(w, e.items)
}

// writeItemsMarkdown writes relations with their evidence as a list, each
// item's parts as paragraphs indented under it.
func writeItemsMarkdown(w *mdWriter, items []item) {
	for _, it := range items {
		head := "- **" + mdtext.Inline(strings.TrimSpace(it.sentence)) + "**"
		if it.when != "" {
			head += " · " + mdtext.Inline(it.when)
		}
		head += " (" + mdtext.Inline(it.kind) + ", " + it.sign + ")"
		w.b.WriteString(head + "\n")
		if it.reporter != "" {
			w.b.WriteString("\n  " + "Reported by " + mdtext.Inline(it.reporter) + ".\n")
		}
		for _, c := range it.cites {
			src := sourceMarkdown(c)
			if c.quote != "" {
				w.b.WriteString("\n")
				for _, l := range strings.Split(mdtext.Lines(c.quote), "\n") {
					w.b.WriteString("  > " + l + "\n")
				}
				w.b.WriteString("  >\n  > — " + src + "\n")
			} else {
				w.b.WriteString("\n  Source: " + src + "\n")
			}
			if c.note != "" {
				w.b.WriteString("\n  " + mdtext.Inline(c.note) + "\n")
			}
		}
		if len(it.cites) == 0 {
			w.b.WriteString("\n  No citation.\n")
		}
		if it.note != "" {
			w.b.WriteString("\n  Note: " + mdtext.Inline(it.note) + "\n")
		}
		w.b.WriteString("\n")
	}
}

// sourceMarkdown writes a citation's source: its name as a link if the
// address is http(s), the date, any other address as text.
func sourceMarkdown(c cite) string {
	s := mdtext.Inline(c.source)
	if c.web {
		s = "[" + s + "](" + mdURL(c.url) + ")"
	}
	if c.date != "" {
		s += ", " + mdtext.Inline(c.date)
	}
	if c.url != "" && !c.web {
		s += " (" + mdtext.Inline(c.url) + ")"
	}
	return s
}

func (t *timeline) markdown(w *mdWriter) {
	for _, m := range t.months {
		w.para("**" + mdtext.Inline(m.label) + "**")
		for _, mo := range m.moments {
			w.b.WriteString("- " + mdtext.Inline(mo.when) + " — " + mdtext.Inline(mo.item.sentence) + "\n")
		}
		w.b.WriteString("\n")
	}
	if t.undated > 0 {
		w.para(mdtext.Line(undatedText(t.undated)))
	}
}

func (c *code) markdown(w *mdWriter) {
	fence := mdtext.Fence(c.src)
	w.para(fence + codeClass(c.lang) + "\n" + strings.TrimRight(c.src, "\n") + "\n" + fence)
}

func (o *output) markdown(w *mdWriter) {
	fence := mdtext.Fence(o.text)
	w.para(fence + "text\n" + strings.TrimRight(o.text, "\n") + "\n" + fence)
}
