package table

import (
	"bufio"
	"html"
	"io"
	"strconv"
	"strings"
	"unicode"
)

// WriteHTML writes the table as an HTML fragment: one <table
// class="dg-table"> element with the title as its <caption>, a <thead> of
// <th scope="col"> headings, a <tbody> of rows and, when there are markers
// or notes, a <tfoot> holding them as <p class="footnote"> and <p
// class="note">. Number, integer and rank cells (and their headings) have
// class "num", to be aligned right; missing cells class "missing"; marker
// symbols are <sup class="marker">. Every string is escaped with
// html.EscapeString, so markup in names, quotes or notes stays text; line
// breaks in values become <br>, other control characters U+FFFD. No
// attribute takes a value from the table. It returns the first write
// error.
func (t *Table) WriteHTML(w io.Writer) error {
	bw := bufio.NewWriter(w)
	notes, of := t.footnotes()
	bw.WriteString("<table class=\"dg-table\">\n")
	if t.Title != "" {
		bw.WriteString("<caption>" + htmlText(t.Title) + "</caption>\n")
	}
	bw.WriteString("<thead>\n<tr>")
	for _, c := range t.cols {
		bw.WriteString("<th scope=\"col\"" + class(c.Type.numeric(), false) + ">" + htmlText(c.Name) + "</th>")
	}
	bw.WriteString("</tr>\n</thead>\n<tbody>\n")
	for _, r := range t.rows {
		bw.WriteString("<tr>")
		for j, c := range r.cells {
			bw.WriteString("<td" + class(t.cols[j].Type.numeric(), c.Missing()) + ">" + htmlText(display(t.cols[j], c)))
			if c.Marker != "" {
				bw.WriteString("<sup class=\"marker\">" + html.EscapeString(of[c.Marker]) + "</sup>")
			}
			bw.WriteString("</td>")
		}
		bw.WriteString("</tr>\n")
	}
	bw.WriteString("</tbody>\n")
	if len(notes) > 0 || len(t.Notes) > 0 {
		bw.WriteString("<tfoot>\n<tr><td colspan=\"" + strconv.Itoa(len(t.cols)) + "\">\n")
		for _, n := range notes {
			bw.WriteString("<p class=\"footnote\"><sup class=\"marker\">" + html.EscapeString(n.symbol) + "</sup> " + htmlText(n.text) + "</p>\n")
		}
		for _, n := range t.Notes {
			bw.WriteString("<p class=\"note\">" + htmlText(n) + "</p>\n")
		}
		bw.WriteString("</td></tr>\n</tfoot>\n")
	}
	bw.WriteString("</table>\n")
	return bw.Flush()
}

// class returns the class attribute of a cell, or "".
func class(num, missing bool) string {
	switch {
	case num && missing:
		return ` class="num missing"`
	case num:
		return ` class="num"`
	case missing:
		return ` class="missing"`
	}
	return ""
}

// htmlText escapes s as HTML text: line breaks become <br>, other control
// characters and invalid UTF-8 U+FFFD.
func htmlText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case r == '\r':
			return '\n'
		case unicode.IsControl(r):
			return '\uFFFD'
		}
		return r
	}, s)
	return strings.ReplaceAll(html.EscapeString(s), "\n", "<br>")
}
