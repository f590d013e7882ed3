package report

import (
	"strings"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
)

func TestTimeline(t *testing.T) {
	p := date.MustParse
	b := graph.NewBuilder()
	b.Add(actors.New("A", "Avia", actors.State), actors.New("B", "Bren", actors.State))
	b.AddRelation(graph.NewRelation("A", "B", graph.Phoned).On(p("2014-03-29")))
	b.AddRelation(graph.NewRelation("A", "B", graph.Sanctions).On(p("2014-03"))) // a state: since Mar 2014
	b.AddRelation(graph.NewRelation("B", "A", graph.Phoned))                     // undated
	b.AddRelation(graph.NewRelation("B", "A", graph.Condemned).On(p("2014")))
	b.AddRelation(graph.NewRelation("B", "A", graph.Phoned).On(p("2014-02-28")))
	b.AddRelation(graph.NewRelation("A", "B", graph.Backs).During(date.Between(date.Date{}, p("2014-03-02"))))
	b.AddRelation(graph.NewRelation("A", "B", graph.Phoned).On(p("2014-03-01")))
	b.AddRelation(graph.NewRelation("B", "A", graph.Phoned).On(p("2013-12-31")))
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	tl := newTimeline(g)
	var got []string
	for _, m := range tl.months {
		var ms []string
		for _, mo := range m.moments {
			ms = append(ms, mo.when+": "+mo.item.sentence)
		}
		got = append(got, m.label+" | "+strings.Join(ms, " | "))
	}
	want := []string{
		"December 2013 | 31 Dec 2013: Bren phoned Avia",
		"2014 | 2014: Bren condemned Avia",
		"February 2014 | 28 Feb 2014: Bren phoned Avia",
		"March 2014 | since Mar 2014: Avia imposed sanctions on Bren | 1 Mar 2014: Avia phoned Bren | until 2 Mar 2014: Avia backs Bren | 29 Mar 2014: Avia phoned Bren",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("timeline:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if tl.undated != 1 {
		t.Errorf("undated %d, want 1", tl.undated)
	}
}
