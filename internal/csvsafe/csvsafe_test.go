package csvsafe

import "testing"

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
func FuzzCell(f *testing.F) {
	for _, s := range []string{"", "=1", "'=1", "''=1", "-1", "'", "@", "\t"} {
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
	})
}
