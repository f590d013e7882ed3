package table

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"
	"unicode"
)

// seeds adds the hostile strings to a fuzz target of fuzzTable's inputs.
func seeds(f *testing.F) {
	for _, h := range hostile {
		f.Add(h, "Actor", h, "plain", "", h, 0.5, int64(3))
	}
	f.Add("", "A|B", "x", "`y`", "<b>m</b>", "", math.Inf(1), int64(-7))
	f.Add("T\x00", "\"", "\x00\r", "a\rb", "\u2028", "n\x1b[31m", 1e-300, int64(math.MinInt64))
	f.Add("www.example.com", "<td>", "https://example.com", "[a](b)", "*", "1. x", math.Copysign(0, -1), int64(0))
}

// fuzzTable makes a table of hostile strings: the title, a column name,
// two cells, a marker and a note, with a number and an integer. It returns
// nil when the inputs cannot make a table (a bad column name), after
// checking that a non-finite number is refused.
func fuzzTable(t *testing.T, title, name, a, b, marker, note string, x float64, n int64) *Table {
	tb, err := New(title, Column{Name: name}, Column{Name: "B\n|"}, Column{Name: "X", Type: NumberType, Digits: 4},
		Column{Name: "N", Type: IntegerType, Signed: true})
	if err != nil {
		return nil
	}
	valid := func(s string) string { return strings.ToValidUTF8(s, "?") }
	if math.IsNaN(x) || math.IsInf(x, 0) {
		if err := tb.AddRow(valid(a), valid(b), x, n); err == nil {
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
	return tb
}

// FuzzText checks that the text writer keeps to its lines: no control
// characters, no row wider than the rule under the headings.
func FuzzText(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, title, name, a, b, marker, note string, x float64, n int64) {
		tb := fuzzTable(t, title, name, a, b, marker, note, x, n)
		if tb == nil {
			return
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
	})
}

// FuzzMarkdown checks that the Markdown table, as GitHub renders it, has
// one cell per column holding the value as text, and no markup from the
// data.
func FuzzMarkdown(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, title, name, a, b, marker, note string, x float64, n int64) {
		tb := fuzzTable(t, title, name, a, b, marker, note, x, n)
		if tb == nil {
			return
		}
		var md bytes.Buffer
		if err := tb.WriteMarkdown(&md); err != nil {
			t.Fatal(err)
		}
		_, head, rows, _ := renderMarkdown(t, md.Bytes())
		checkCells(t, tb, head, rows, false)
	})
}

// FuzzCSV checks that the CSV reads back to the same values.
func FuzzCSV(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, title, name, a, b, marker, note string, x float64, n int64) {
		tb := fuzzTable(t, title, name, a, b, marker, note, x, n)
		if tb == nil {
			return
		}
		var out bytes.Buffer
		if err := tb.WriteCSV(&out); err != nil {
			t.Fatal(err)
		}
		checkCSV(t, tb, out.Bytes())
	})
}

// FuzzJSON checks that the JSON parses and reads back to the same table.
func FuzzJSON(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, title, name, a, b, marker, note string, x float64, n int64) {
		tb := fuzzTable(t, title, name, a, b, marker, note, x, n)
		if tb == nil {
			return
		}
		var out bytes.Buffer
		if err := tb.WriteJSON(&out); err != nil {
			t.Fatal(err)
		}
		checkJSON(t, tb, out.Bytes())
	})
}

// FuzzHTML checks that the HTML fragment parses, as a browser reads it, to
// the writer's own elements only, with the data as their text.
func FuzzHTML(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, title, name, a, b, marker, note string, x float64, n int64) {
		tb := fuzzTable(t, title, name, a, b, marker, note, x, n)
		if tb == nil {
			return
		}
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

// FuzzUnmarshalJSON reads arbitrary JSON as a table: it fails with an
// *Error or gives a table that writes back to JSON reading as itself.
func FuzzUnmarshalJSON(f *testing.F) {
	f.Add(`{"title":"t","columns":[{"name":"A","type":"text"},{"name":"N","type":"number","digits":2}],"rows":[{"A":"x","N":1.5},{"A":null}],"keys":["k",""],"marks":[{"row":1,"column":"A","marker":"m"}],"notes":["n"]}`)
	f.Add(`{"columns":[{"name":"D","type":"date"},{"name":"R","type":"rank"}],"rows":[{"D":"2014-03","R":2}]}`)
	f.Add(`{"columns":[],"rows":[]}`)
	f.Add(`{"columns":[{"name":"I","type":"integer","signed":true}],"rows":[{"I":9223372036854775807}]}`)
	f.Fuzz(func(t *testing.T, doc string) {
		var tb Table
		if err := tb.UnmarshalJSON([]byte(doc)); err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v is not an *Error", err)
			}
			return
		}
		out, err := json.Marshal(&tb)
		if err != nil {
			t.Fatal(err)
		}
		checkJSON(t, &tb, out)
	})
}
