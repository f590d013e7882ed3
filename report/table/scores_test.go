package table

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
)

func TestActors(t *testing.T) {
	pr := []analysis.Score{{ID: "b", Name: "Bea", Score: 0.4}, {ID: "a", Name: "Al", Score: 0.4}, {ID: "c", Name: "Cy", Score: 0.1},
		{ID: "z", Name: "Zed", Score: 0.05}}
	deg := []analysis.Score{{ID: "a", Score: 1}, {ID: "b", Score: 3}, {ID: "c", Score: 5}, {ID: "d", Name: "Di", Score: 2}}
	tb, err := Actors("T", []ScoreColumn{{Name: "PageRank", Scores: pr}, {Name: "Degree", Scores: deg, Digits: 1}},
		ActorsOptions{Isolated: []string{"z"}, RankEach: true})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range tb.Columns() {
		names = append(names, c.Name)
	}
	if got := strings.Join(names, ","); got != "Rank,Actor,PageRank,Degree,Degree rank" {
		t.Fatalf("columns %s", got)
	}
	want := []string{
		"1 Al 0.400 1 4 a",
		"1 Bea 0.400 3 2 b",
		"3 Cy 0.100 5 1 c",
		"– Di – 2 3 d",
		"– Zed 0.0500 – – z",
	}
	for i, w := range want {
		var got []string
		for j, c := range tb.rows[i].cells {
			got = append(got, display(tb.cols[j], c))
		}
		got = append(got, tb.rows[i].key)
		if strings.Join(got, " ") != w {
			t.Errorf("row %d: got %q, want %q", i, strings.Join(got, " "), w)
		}
	}
	if m := tb.rows[4].cells[0].Marker; m != IsolatedMarker {
		t.Errorf("isolated rank marker %q", m)
	}
	if m := tb.rows[4].cells[4].Marker; m != IsolatedMarker {
		t.Errorf("isolated Degree rank marker %q", m)
	}
	if m := tb.rows[3].cells[0].Marker; m != "no PageRank score" {
		t.Errorf("unscored marker %q", m)
	}
	// Without RankEach, one rank column; Ascending ranks the smallest first.
	tb, err = Actors("", []ScoreColumn{{Name: "Eccentricity", Scores: deg, Ascending: true}}, ActorsOptions{Marker: "alone"})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(column(t, tb, "Actor"), " "); got != "a Di b c" {
		t.Errorf("ascending: %s", got)
	}
	if got := strings.Join(column(t, tb, "Rank"), " "); got != "1 2 3 4" {
		t.Errorf("ascending ranks: %s", got)
	}

	bad := []struct {
		name     string
		measures []ScoreColumn
		o        ActorsOptions
	}{
		{"no measure", nil, ActorsOptions{}},
		{"no name", []ScoreColumn{{Scores: pr}}, ActorsOptions{}},
		{"name twice", []ScoreColumn{{Name: "X", Scores: pr}, {Name: "X", Scores: deg}}, ActorsOptions{}},
		{"name Rank", []ScoreColumn{{Name: "Rank", Scores: pr}}, ActorsOptions{}},
		{"rank column clash", []ScoreColumn{{Name: "X", Scores: pr}, {Name: "Y", Scores: deg}, {Name: "Y rank", Scores: deg}},
			ActorsOptions{RankEach: true}},
		{"actor twice", []ScoreColumn{{Name: "X", Scores: append(deg[:1:1], deg[0])}}, ActorsOptions{}},
		{"no ID", []ScoreColumn{{Name: "X", Scores: []analysis.Score{{Score: 1}}}}, ActorsOptions{}},
		{"NaN", []ScoreColumn{{Name: "X", Scores: []analysis.Score{{ID: "a", Score: math.NaN()}}}}, ActorsOptions{}},
		{"infinite", []ScoreColumn{{Name: "X", Scores: []analysis.Score{{ID: "a", Score: math.Inf(1)}}}}, ActorsOptions{}},
		{"unknown isolated", []ScoreColumn{{Name: "X", Scores: pr}}, ActorsOptions{Isolated: []string{"nobody"}}},
		{"bad digits", []ScoreColumn{{Name: "X", Scores: pr, Digits: 40}}, ActorsOptions{}},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Actors("", tc.measures, tc.o); !errors.Is(err, ErrBadScores) {
				t.Errorf("got %v, want ErrBadScores", err)
			}
		})
	}
}

func TestOverTime(t *testing.T) {
	feb := date.Between(date.MustParse("2014-02-01"), date.MustParse("2014-02-28"))
	windows := []WindowScores{
		{Label: "Feb", Span: feb, Scores: []analysis.Score{{ID: "a", Name: "Al", Score: 0.5}, {ID: "b", Name: "Bea", Score: 0.1}}},
		{Span: date.At(date.MustParse("2014-03")), Scores: []analysis.Score{{ID: "b", Score: 0.6}, {ID: "c", Name: "Cy", Score: 0.2}},
			Isolated: []string{"c"}},
	}
	tb, err := OverTime("S", windows, OverTimeOptions{Digits: 2})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range tb.Columns() {
		names = append(names, c.Name)
	}
	if got := strings.Join(names, ","); got != "Actor,Feb,Mar 2014" {
		t.Fatalf("columns %s", got)
	}
	if got := strings.Join(column(t, tb, "Actor"), " "); got != "Bea Cy Al" {
		t.Errorf("order %s", got)
	}
	if got := strings.Join(column(t, tb, "Feb"), " "); got != "0.10 – 0.50" {
		t.Errorf("Feb %s", got)
	}
	if c, _ := tb.Row(1).Cell("Mar 2014"); c.Marker != WindowMarker {
		t.Errorf("isolated marker %+v", c)
	}
	bad := map[string][]WindowScores{
		"none":             nil,
		"same label":       {{Label: "X"}, {Label: "X"}},
		"label Actor":      {{Label: "Actor"}},
		"no label":         {{Label: "X"}, {}},
		"NaN":              {{Label: "X", Scores: []analysis.Score{{ID: "a", Score: math.NaN()}}}},
		"unknown isolated": {{Label: "X", Isolated: []string{"a"}}},
	}
	for name, ws := range bad {
		if _, err := OverTime("", ws, OverTimeOptions{}); !errors.Is(err, ErrBadScores) {
			t.Errorf("%s: got %v, want ErrBadScores", name, err)
		}
	}
}

func TestChanges(t *testing.T) {
	l := func(id string) Link { return Link{ID: id, Label: "rel " + id} }
	before := Period{Label: "Feb", Scores: []analysis.Score{{ID: "a", Name: "Al", Score: 0.5}, {ID: "b", Name: "Bea", Score: 0.3},
		{ID: "c", Name: "Cy", Score: 0.1}, {ID: "d", Name: "Di", Score: 0.05}},
		Isolated: []string{"d"},
		Links:    map[string][]Link{"a": {l("1"), l("2")}, "b": {l("1")}, "c": {l("3")}}}
	after := Period{Label: "Mar", Scores: []analysis.Score{{ID: "a", Score: 0.2}, {ID: "b", Score: 0.4}, {ID: "c", Score: 0.3},
		{ID: "e", Name: "Ed", Score: 0.6}},
		Links: map[string][]Link{"a": {l("2")}, "b": {l("1"), l("4"), l("5"), l("4")}, "c": {l("3")}, "e": {l("5")}}}
	tb, err := Changes("C", before, after, ChangesOptions{Measure: "PageRank"})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range tb.Columns() {
		names = append(names, c.Name)
	}
	if got := strings.Join(names, ","); got != "Actor,Rank Feb,Rank Mar,Moved,PageRank Feb,PageRank Mar,Gained,Lost,Relations gained and lost" {
		t.Fatalf("columns %s", got)
	}
	want := []string{
		"Ed|–|1|–|–|0.600|1|0|gained: rel 5.",
		"Bea|2|2|0|0.300|0.400|2|0|gained: rel 4; rel 5.",
		"Cy|3|3|0|0.100|0.300|0|0|",
		"Al|1|4|-3|0.500|0.200|0|1|lost: rel 1.",
		"Di|–|–|–|0.0500|–|0|0|",
	}
	for i, w := range want {
		var got []string
		for j, c := range tb.rows[i].cells {
			got = append(got, display(tb.cols[j], c))
		}
		if strings.Join(got, "|") != w {
			t.Errorf("row %d: got %q, want %q", i, strings.Join(got, "|"), w)
		}
	}
	if m := tb.rows[4].cells[1].Marker; m != "no relations in Feb" {
		t.Errorf("isolated marker %q", m)
	}
	// Moved is signed: +2 for two places up.
	if got := (Column{Type: IntegerType, Signed: true}).formatInt(2); got != "+2" {
		t.Errorf("moved: %s", got)
	}
	// Without links, the relation columns are missing.
	before.Links = nil
	tb, err = Changes("C", before, after, ChangesOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(column(t, tb, "Gained"), " "); got != "– – – – –" {
		t.Errorf("unknown links: %s", got)
	}
	for name, p := range map[string][2]Period{
		"same label":  {{Label: "X"}, {Label: "X"}},
		"no label":    {{Label: "X"}, {}},
		"twice":       {{Label: "X", Scores: []analysis.Score{{ID: "a"}, {ID: "a"}}}, {Label: "Y"}},
		"bad isolate": {{Label: "X"}, {Label: "Y", Isolated: []string{"q"}}},
	} {
		if _, err := Changes("", p[0], p[1], ChangesOptions{}); !errors.Is(err, ErrBadScores) {
			t.Errorf("%s: got %v, want ErrBadScores", name, err)
		}
	}
}

func TestLinksOf(t *testing.T) {
	b := graph.NewBuilder()
	b.Add(actors.New("putin", "Vladimir Putin", actors.Leader), actors.New("obama", "Barack Obama", actors.Leader),
		actors.NewState("RUS", "Russia"))
	b.AddRelation(graph.NewRelation("putin", "obama", graph.Phoned).On(date.MustParse("2014-03-28")))
	b.AddRelation(graph.NewRelation("putin", "RUS", "leads"))
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	links := LinksOf(g)
	if len(links["putin"]) != 2 || len(links["obama"]) != 1 || len(links["RUS"]) != 1 {
		t.Fatalf("links %v", links)
	}
	if got := links["obama"][0]; got.Label != "Vladimir Putin phoned Barack Obama, 28 Mar 2014" || got.ID != "putin-phoned-obama-2014-03-28" {
		t.Errorf("label %+v", got)
	}
	if got := links["RUS"][0].Label; got != "Vladimir Putin leads Russia" {
		t.Errorf("undated label %q", got)
	}
}
