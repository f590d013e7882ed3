package table

import (
	"bytes"
	"math"
	"strings"
	"testing"
	"unicode"
)

// FuzzWriters writes tables of hostile strings with every writer and checks
// that each output stays what it claims to be: text on aligned lines
// without control characters, Markdown whose table has one cell per column
// and no markup from the data, CSV that reads back equal, JSON that parses
// and round-trips, HTML whose parse holds only the writer's own elements
// with the data as text.
func FuzzWriters(f *testing.F) {
	for _, h := range hostile {
		f.Add(h, "Actor", h, "plain", "", h, 0.5, int64(3))
	}
	f.Add("", "A|B", "x", "`y`", "<b>m</b>", "", math.Inf(1), int64(-7))
	f.Add("T\x00", "\"", "\x00\r", "a\rb", "\u2028", "n\x1b[31m", 1e-300, int64(math.MinInt64))
	f.Add("www.example.com", "<td>", "https://example.com", "[a](b)", "*", "1. x", math.Copysign(0, -1), int64(0))
	f.Fuzz(func(t *testing.T, title, name, a, b, marker, note string, x float64, n int64) {
		tb, err := New(title, Column{Name: name}, Column{Name: "B\n|"}, Column{Name: "X", Type: NumberType, Digits: 4},
			Column{Name: "N", Type: IntegerType, Signed: true})
		if err != nil {
			return
		}
		valid := func(s string) string { return strings.ToValidUTF8(s, "?") }
		if math.IsNaN(x) || math.IsInf(x, 0) {
			if err := tb.AddRow(a, b, x, n); err == nil {
				t.Fatalf("%v accepted", x)
			}
			x = 0
		}
		tb.Notes = []string{note}
		if err := tb.AddKeyedRow(valid(a), valid(a), Cell{Value: valid(b), Marker: valid(marker)}, x, n); err != nil {
			t.Fatal(err)
		}
		if err := tb.AddRow(valid(b), nil, nil, Cell{Marker: valid(note)}); err != nil {
			t.Fatal(err)
		}

		out := tb.String()
		for _, r := range out {
			if r != '\n' && unicode.IsControl(r) {
				t.Fatalf("text has control character %U:\n%s", r, out)
			}
		}
		lines := strings.Split(out, "\n")
		at := 0
		if tb.Title != "" {
			at = 2
		}
		for _, l := range lines[at+2 : at+2+tb.Len()] {
			if runes(l) > runes(lines[at+1]) {
				t.Fatalf("text line wider than the rule: %q", l)
			}
		}

		var md bytes.Buffer
		if err := tb.WriteMarkdown(&md); err != nil {
			t.Fatal(err)
		}
		_, head, rows, _ := renderMarkdown(t, md.Bytes())
		checkCells(t, tb, head, rows, false)

		var csvOut bytes.Buffer
		if err := tb.WriteCSV(&csvOut); err != nil {
			t.Fatal(err)
		}
		checkCSV(t, tb, csvOut.Bytes())

		var js bytes.Buffer
		if err := tb.WriteJSON(&js); err != nil {
			t.Fatal(err)
		}
		checkJSON(t, tb, js.Bytes())

		var h bytes.Buffer
		if err := tb.WriteHTML(&h); err != nil {
			t.Fatal(err)
		}
		caption, head, rows, _ := parseHTMLTable(t, h.String())
		if want := strings.ReplaceAll(htmlTextPlain(tb.Title), "\n", ""); caption != want {
			t.Errorf("caption reads %q, want %q", caption, want)
		}
		checkCells(t, tb, head, rows, true)
	})
}
