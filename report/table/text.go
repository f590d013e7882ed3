package table

import (
	"bufio"
	"io"
	"strings"
	"unicode/utf8"
)

// String returns the table as aligned plain text, as Table.WriteText writes
// it.
func (t *Table) String() string {
	var b strings.Builder
	t.WriteText(&b) // a strings.Builder does not fail
	return b.String()
}

// WriteText writes the table as aligned plain text for a terminal or a
// text file: the title, a blank line, the headings, a rule of dashes, one
// line per row, then the footnotes of the markers and the notes, each
// after a blank line. Columns are two spaces apart; numbers are aligned
// right, the rest left, with marker symbols after the values so the digits
// still line up. Line breaks and tabs in values become spaces and other
// control characters U+FFFD. Widths count runes, so wide (East Asian) and
// combining characters can misalign a column. The output is deterministic
// and ends with a newline. It returns the first write error.
func (t *Table) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	notes, of := t.footnotes()
	texts := make([][]string, len(t.rows))
	marks := make([][]string, len(t.rows))
	width := make([]int, len(t.cols))
	markWidth := make([]int, len(t.cols))
	for j, c := range t.cols {
		width[j] = runes(oneLine(c.Name))
	}
	for i, r := range t.rows {
		texts[i] = make([]string, len(t.cols))
		marks[i] = make([]string, len(t.cols))
		for j, c := range r.cells {
			texts[i][j] = oneLine(display(t.cols[j], c))
			marks[i][j] = of[c.Marker]
			markWidth[j] = max(markWidth[j], runes(marks[i][j]))
		}
	}
	for i := range t.rows {
		for j := range t.cols {
			width[j] = max(width[j], runes(texts[i][j])+markWidth[j])
		}
	}
	line := func(cells []string, mark []string) {
		var b strings.Builder
		for j, s := range cells {
			if j > 0 {
				b.WriteString("  ")
			}
			// Values leave room for the column's widest marker, so
			// numbers line up; headings and rules span the column.
			m, room := "", 0
			if mark != nil {
				m, room = mark[j], markWidth[j]
			}
			pad := strings.Repeat(" ", width[j]-room-runes(s))
			tail := strings.Repeat(" ", room-runes(m))
			if t.cols[j].Type.numeric() {
				b.WriteString(pad + s + m + tail)
			} else {
				b.WriteString(s + m + tail + pad)
			}
		}
		bw.WriteString(strings.TrimRight(b.String(), " ") + "\n")
	}
	if t.Title != "" {
		bw.WriteString(oneLine(t.Title) + "\n\n")
	}
	heads := make([]string, len(t.cols))
	rules := make([]string, len(t.cols))
	for j, c := range t.cols {
		heads[j] = oneLine(c.Name)
		rules[j] = strings.Repeat("-", width[j])
	}
	line(heads, nil)
	line(rules, nil)
	for i := range t.rows {
		line(texts[i], marks[i])
	}
	if len(notes) > 0 {
		bw.WriteString("\n")
		for _, n := range notes {
			bw.WriteString(n.symbol + " " + oneLine(n.text) + "\n")
		}
	}
	for _, n := range t.Notes {
		bw.WriteString("\n" + oneLine(n) + "\n")
	}
	return bw.Flush()
}

func runes(s string) int { return utf8.RuneCountInString(s) }
