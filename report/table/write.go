package table

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/diplograph/diplograph/date"
)

// MissingText is how the text, Markdown and HTML writers show a missing
// value: an en dash.
const MissingText = "–"

// symbols are the footnote symbols of markers, in the order they are
// given; after the last, they repeat doubled ("**", "††"), then tripled.
var symbols = []string{"*", "†", "‡", "§", "¶", "‖"}

// symbol returns the i-th footnote symbol, from 0.
func symbol(i int) string {
	return strings.Repeat(symbols[i%len(symbols)], i/len(symbols)+1)
}

// footnote is a marker's text and its symbol.
type footnote struct {
	symbol, text string
}

// footnotes gives each distinct marker text a symbol, in reading order
// (row by row, left to right), and returns them in that order with a map
// from text to symbol.
func (t *Table) footnotes() ([]footnote, map[string]string) {
	var list []footnote
	of := map[string]string{}
	for _, r := range t.rows {
		for _, c := range r.cells {
			if c.Marker == "" {
				continue
			}
			if _, ok := of[c.Marker]; !ok {
				of[c.Marker] = symbol(len(list))
				list = append(list, footnote{of[c.Marker], c.Marker})
			}
		}
	}
	return list, of
}

// display writes a cell's value as people read it, without its marker.
func display(col Column, c Cell) string {
	switch v := c.Value.(type) {
	case nil:
		return MissingText
	case string:
		return v
	case int64:
		return col.formatInt(v)
	case float64:
		return col.formatNumber(v)
	case date.Date:
		return v.Format()
	}
	return MissingText
}

// raw writes a cell's value at full precision, for CSV: "" when missing.
func raw(c Cell) string {
	switch v := c.Value.(type) {
	case string:
		return v
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	case date.Date:
		return v.String()
	}
	return ""
}

// oneLine makes s printable on one line of plain text: line breaks and tabs
// become spaces, other control characters U+FFFD, invalid UTF-8 too.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			return ' '
		case unicode.IsControl(r):
			return '\uFFFD'
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}
