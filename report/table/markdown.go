package table

import (
	"bufio"
	"io"
	"strings"

	"github.com/diplograph/diplograph/report/internal/mdtext"
)

// WriteMarkdown writes the table as a GitHub (GFM) pipe table: the title
// in bold, the table with numbers aligned right, then the footnotes of the
// markers and the notes as paragraphs. Every string - title, headings,
// values, markers, notes - is escaped, so pipes, backticks, asterisks,
// brackets, HTML and entities stay the text they are and every row has
// exactly one cell per column; line breaks in values become spaces. It
// returns the first write error.
func (t *Table) WriteMarkdown(w io.Writer) error {
	bw := bufio.NewWriter(w)
	notes, of := t.footnotes()
	if title := strings.TrimSpace(cell(t.Title)); title != "" {
		bw.WriteString("**" + title + "**\n\n")
	}
	cells := make([]string, len(t.cols))
	for j, c := range t.cols {
		cells[j] = cell(c.Name)
	}
	mdRow(bw, cells)
	for j, c := range t.cols {
		cells[j] = "---"
		if c.Type.numeric() {
			cells[j] = "---:"
		}
	}
	mdRow(bw, cells)
	for _, r := range t.rows {
		for j, c := range r.cells {
			cells[j] = cell(display(t.cols[j], c)) + mdtext.Inline(of[c.Marker])
		}
		mdRow(bw, cells)
	}
	for _, n := range notes {
		bw.WriteString("\n" + mdtext.Inline(n.symbol) + " " + mdtext.Lines(n.text) + "\n")
	}
	for _, n := range t.Notes {
		if text := mdtext.Lines(n); text != "" {
			bw.WriteString("\n" + text + "\n")
		}
	}
	return bw.Flush()
}

// cell escapes one cell; an empty cell stays empty.
func cell(s string) string {
	return mdtext.Inline(strings.ToValidUTF8(s, "\uFFFD"))
}

// mdRow writes one line of a pipe table.
func mdRow(w *bufio.Writer, cells []string) {
	w.WriteString("|")
	for _, c := range cells {
		w.WriteString(" " + c + " |")
	}
	w.WriteString("\n")
}
