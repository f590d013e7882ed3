package csvsafe

import (
	"strings"
	"testing"
)

func TestCell(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"Putin", "Putin"},
		{`=HYPERLINK("http://x")`, `'=HYPERLINK("http://x")`},
		{"+44 20 7946 0000", "'+44 20 7946 0000"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"\n=1", "'\n=1"},
		{"\r\n=1", "'\r\n=1"},
		{"\nplain", "'\nplain"},
		{"-1", "-1"},
		{"+2.5e3", "+2.5e3"},
		{"'=1", "''=1"},
		{"''=1", "'''=1"},
		{"'quoted'", "'quoted'"},
		{"a=b", "a=b"},
	} {
		got := Cell(c.in)
		if got != c.want {
			t.Errorf("Cell(%q) = %q, want %q", c.in, got, c.want)
		}
		if back := Uncell(got); back != c.in {
			t.Errorf("Uncell(Cell(%q)) = %q", c.in, back)
		}
	}
}

// FuzzCell checks that no guarded cell reads as a formula and that Uncell
// gives back every string Cell was given.
// crlf is a cell as Go's encoding/csv reads it back from a quoted field.
func crlf(s string) string { return strings.ReplaceAll(s, "\r\n", "\n") }

// TestGuardSurvivesCRLFReading checks that a guarded cell reads back as its
// text also through a reader that turns "\r\n" into "\n".
func TestGuardSurvivesCRLFReading(t *testing.T) {
	for _, s := range []string{"\r\n=1", "\r\r\n=1", "'\r\n@x", "a\r\nb", "\r\n", "=\r\n"} {
		if back, want := Uncell(crlf(Cell(s))), crlf(s); back != want {
			t.Errorf("Uncell of Cell(%q) read by encoding/csv = %q, want %q", s, back, want)
		}
	}
}

func FuzzCell(f *testing.F) {
	for _, s := range []string{"", "=1", "'=1", "''=1", "-1", "'", "@", "\t", "\r\n=1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := Cell(s)
		if needs(c) {
			t.Errorf("Cell(%q) = %q still reads as a formula", s, c)
		}
		if back := Uncell(c); back != s {
			t.Errorf("Uncell(Cell(%q)) = %q", s, back)
		}
		if back, want := Uncell(crlf(c)), crlf(s); back != want {
			t.Errorf("Uncell of Cell(%q) as encoding/csv reads it = %q, want %q", s, back, want)
		}
	})
}
