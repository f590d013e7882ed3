package story

import (
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
	"github.com/diplograph/diplograph/report/table"
)

func TestGrammar(t *testing.T) {
	cases := []struct{ got, want string }{
		{Join(nil), ""},
		{Join([]string{"A"}), "A"},
		{Join([]string{"A", "B"}), "A and B"},
		{Join([]string{"A", "B", "C"}), "A, B and C"},
		{Count(1, "tie"), "1 tie"},
		{Count(0, "tie"), "0 ties"},
		{Count(3, "tie"), "3 ties"},
		{Ordinal(1), "1st"}, {Ordinal(2), "2nd"}, {Ordinal(3), "3rd"}, {Ordinal(4), "4th"},
		{Ordinal(11), "11th"}, {Ordinal(12), "12th"}, {Ordinal(13), "13th"}, {Ordinal(21), "21st"}, {Ordinal(112), "112th"},
		{Cap("the United States"), "The United States"},
		{Cap("état"), "État"},
		{Cap(""), ""},
		{Escape("a*b_[c]"), `a\*b\_\[c\]`},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestRef(t *testing.T) {
	b := graph.NewBuilder()
	for _, a := range []actors.Actor{
		{ID: "USA", Name: "United States", Kind: actors.State},
		{ID: "NLD", Name: "Netherlands", Kind: actors.State},
		{ID: "RUS", Name: "Russia", Kind: actors.State},
		{ID: "kremlin", Name: "The Kremlin", Kind: actors.Organization},
		{ID: "NATO", Name: "North Atlantic Treaty Organization", Kind: actors.Organization},
		{ID: "OSCE", Name: "OSCE", Kind: actors.Organization},
		{ID: "BBC", Name: "BBC", Kind: actors.Media},
		{ID: "r1", Name: "Rossiya 1", Kind: actors.Media},
		{ID: "putin", Name: "Vladimir Putin", Kind: actors.Leader},
	} {
		b.Add(a)
	}
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"USA": "the United States", "NLD": "the Netherlands", "RUS": "Russia", "kremlin": "the Kremlin",
		"NATO": "the North Atlantic Treaty Organization", "OSCE": "OSCE", "BBC": "the BBC", "r1": "Rossiya 1",
		"putin": "Vladimir Putin", "nobody": "nobody",
	}
	for id, w := range want {
		if got := Ref(g, id); got != w {
			t.Errorf("Ref(%s) = %q, want %q", id, got, w)
		}
	}
	if got := Name(g, "kremlin"); got != "The Kremlin" {
		t.Errorf("Name(kremlin) = %q", got)
	}
}

func TestRanked(t *testing.T) {
	s := []analysis.Score{{ID: "a", Score: 3}, {ID: "b", Score: 2}, {ID: "c", Score: 2}, {ID: "d", Score: 1}, {ID: "x", Score: 0.5}}
	got := Ranked(s, []string{"x"})
	want := map[string]int{"a": 1, "b": 2, "c": 2, "d": 4}
	if len(got) != len(want) {
		t.Fatalf("Ranked = %v, want %v", got, want)
	}
	for id, r := range want {
		if got[id] != r {
			t.Errorf("rank of %s = %d, want %d", id, got[id], r)
		}
	}
}

func TestColumns(t *testing.T) {
	tb, err := table.New("T", table.Column{Name: "Actor"}, table.Column{Name: "N", Type: table.IntegerType}, table.Column{Name: "Note"})
	if err != nil {
		t.Fatal(err)
	}
	if err := tb.AddKeyedRow("a", "Aland", 3, table.Cell{Value: "x", Marker: "why"}); err != nil {
		t.Fatal(err)
	}
	out, err := Columns(tb, "Note", "Actor")
	if err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != "T\n\nNote  Actor\n----  -----\nx*    Aland\n\n* why\n" {
		t.Errorf("Columns wrote\n%s", got)
	}
	if out.Row(0).Key() != "a" {
		t.Error("the row key is lost")
	}
	if _, err := Columns(tb, "Nope"); err == nil {
		t.Error("an unknown column gave no error")
	}
}
