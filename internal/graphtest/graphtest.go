// Package graphtest holds test helpers shared by diplograph's packages: a
// rich fixture graph that uses every field of the model, and a comparison
// that names the first difference between two graphs.
package graphtest

import (
	"fmt"
	"reflect"
	"slices"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
)

// Rich returns a small graph that sets every field the model has: all actor
// kinds, roles with open and closed spans, aliases, free attributes, custom
// kinds, several sources, every time shape (none, day, month, year,
// intervals with open ends), weights, multiple citations, attribution, notes
// and strings that need escaping in every format.
func Rich() *graph.Graph {
	p := date.MustParse
	b := graph.NewBuilder()
	b.SetTitle(`Test crisis: "quotes", <angles> & ampersands`)
	b.AddSource(graph.Source{ID: "bbc-2014-03-29", Title: "Ukraine crisis: Russia vows no invasion", Publisher: "BBC News",
		URL: "https://www.bbc.com/news/world-europe-26799324?a=1&b=2", Date: p("2014-03-29"), Note: "seed article"})
	b.AddSource(graph.Source{ID: "monitoring", Publisher: "BBC Monitoring", Date: p("2014-03")})
	b.AddKind(graph.Kind{Name: "interviewed-by", Sign: graph.Neutral, Nature: graph.NatureEvent, Phrase: "gave an interview to",
		Description: "An interview given to a broadcaster."})
	b.AddKind(graph.Kind{Name: "expelled-diplomats", Sign: graph.Hostile, Symmetric: false, Nature: graph.NatureEvent,
		CAMEO: []string{"161"}, Goldstein: -4, Phrase: "expelled diplomats of"})
	b.AddKind(graph.Kind{Name: "fears", Sign: graph.Hostile, Nature: graph.NatureState})
	b.Add(
		actors.Actor{ID: "RUS", Name: "Russia", Kind: actors.State, Country: "RUS", Aliases: []string{"Moscow", "the Kremlin's Russia"}},
		actors.Actor{ID: "UKR", Name: "Ukraine", Kind: actors.State, Country: "UKR", Aliases: []string{"Kiev"}},
		actors.Actor{ID: "USA", Name: "United States", Kind: actors.State, Country: "USA"},
		actors.Actor{ID: "putin", Name: "Vladimir Putin", Kind: actors.Leader, Country: "RUS", Title: "President",
			Roles: []actors.Role{{Role: "president", Of: "RUS", When: date.Between(p("2012-05-07"), date.Date{})},
				{Role: "prime minister", Of: "RUS", When: date.Between(p("2008-05-08"), p("2012-05-07"))}}},
		actors.Actor{ID: "yanukovych", Name: "Viktor Yanukovych", Kind: actors.Leader, Country: "UKR",
			Roles: []actors.Role{{Role: "president", Of: "UKR", When: date.Between(date.Date{}, p("2014-02-22"))}}},
		actors.Actor{ID: "lavrov", Name: "Sergei Lavrov", Kind: actors.Official, Country: "RUS", Title: "Foreign Minister"},
		actors.Actor{ID: "nato", Name: "NATO", Kind: actors.Organization, Note: "North Atlantic Treaty Organization"},
		actors.Actor{ID: "udar", Name: "UDAR", Kind: actors.Party, Country: "UKR"},
		actors.Actor{ID: "crimea", Name: "Crimea", Kind: actors.Territory, Country: "UKR",
			Attrs: map[string]string{"population": "predominantly ethnic Russian", "status": "disputed"}},
		actors.Actor{ID: "protesters", Name: "Street protesters", Kind: actors.Group, Country: "UKR"},
		actors.Actor{ID: "rossiya-1", Name: "Rossiya 1", Kind: actors.Media, Country: "RUS"},
		actors.Actor{ID: "klitschko", Name: "Vitaly Klitschko", Kind: actors.Person, Country: "UKR", Title: "Opposition leader"},
		actors.Actor{ID: "poroshenko", Name: "Petro Poroshenko", Kind: actors.Person, Country: "UKR"},
		actors.Actor{ID: "odd", Name: "<script>alert(1)</script> \" onload=\"x\n\tback\\slash"},
	)
	ev := func(q string) []graph.Evidence { return []graph.Evidence{{Source: "bbc-2014-03-29", Quote: q}} }
	b.AddRelation(graph.Relation{ID: "call-1", From: "putin", To: "USA", Kind: graph.Phoned, When: date.At(p("2014-03-28")),
		Evidence: ev("Mr Putin had contacted President Obama, according to US officials."), ReportedBy: "USA"})
	b.AddRelation(graph.Relation{From: "klitschko", To: "poroshenko", Kind: graph.WithdrewFor, When: date.At(p("2014-03-29")),
		Evidence: []graph.Evidence{
			{Source: "bbc-2014-03-29", Quote: "Meanwhile Ukrainian boxer and opposition leader Vitaly Klitschko has pulled out of the race for president."},
			{Source: "bbc-2014-03-29", Quote: "He announced on Saturday that he was supporting billionaire Petro Poroshenko in elections due in May.", Note: "line 11"},
		}})
	b.AddRelation(graph.Relation{From: "klitschko", To: "poroshenko", Kind: graph.Backs, When: date.Between(p("2014-03-29"), date.Date{}), Weight: 2.5})
	b.AddRelation(graph.Relation{From: "USA", To: "RUS", Kind: graph.Sanctions, When: date.Between(p("2014-03"), p("2015")),
		Evidence: []graph.Evidence{{Source: "monitoring"}}, Note: `members of Mr Putin's "inner circle"`})
	b.AddRelation(graph.Relation{From: "RUS", To: "crimea", Kind: graph.Annexed, When: date.At(p("2014-03")),
		Attrs: map[string]string{"treaty": "2014-03-18", "recognised": "no"}})
	b.AddRelation(graph.Relation{From: "crimea", To: "UKR", Kind: graph.PartOf, When: date.Between(date.Date{}, p("2014-03-17"))})
	b.AddRelation(graph.Relation{From: "protesters", To: "yanukovych", Kind: graph.Ousted, When: date.At(p("2014-02"))})
	b.AddRelation(graph.Relation{From: "lavrov", To: "rossiya-1", Kind: "interviewed-by", When: date.At(p("2014"))})
	b.AddRelation(graph.Relation{From: "RUS", To: "USA", Kind: "expelled-diplomats", Weight: 0.25, Count: 3})
	b.AddRelation(graph.Relation{From: "nato", To: "RUS", Kind: "fears"})
	b.AddRelation(graph.Relation{From: "klitschko", To: "udar", Kind: graph.Leads})
	b.AddRelation(graph.Relation{From: "lavrov", To: "RUS", Kind: graph.Serves, When: date.Between(p("2004-03-09"), date.Date{})})
	b.AddRelation(graph.Relation{From: "RUS", To: "UKR", Kind: graph.Met, When: date.At(p("2014-03-28"))})
	b.AddRelation(graph.Relation{From: "RUS", To: "UKR", Kind: graph.Met, When: date.At(p("2014-03-28"))})
	b.AddRelation(graph.Relation{From: "odd", To: "UKR", Kind: graph.Condemned, Note: "line one\nline two <b>&amp;</b>",
		Evidence: ev("“We have absolutely no intention of – or interest in – crossing Ukraine’s borders.”")})
	g, err := b.Build()
	if err != nil {
		panic("graphtest.Rich: " + err.Error())
	}
	return g
}

// Diff returns a description of the first difference between two graphs in
// title, sources, custom kinds, actors or relations, or "" if they are
// equal in every field.
func Diff(want, got *graph.Graph) string {
	if want.Title() != got.Title() {
		return fmt.Sprintf("title: want %q, got %q", want.Title(), got.Title())
	}
	if d := diffSlices("source", slices.Collect(want.Sources()), slices.Collect(got.Sources())); d != "" {
		return d
	}
	if d := diffSlices("custom kind", want.CustomKinds(), got.CustomKinds()); d != "" {
		return d
	}
	if d := diffSlices("actor", slices.Collect(want.Actors()), slices.Collect(got.Actors())); d != "" {
		return d
	}
	return diffSlices("relation", slices.Collect(want.Relations()), slices.Collect(got.Relations()))
}

func diffSlices[T any](what string, want, got []T) string {
	if len(want) != len(got) {
		return fmt.Sprintf("%d %ss, want %d", len(got), what, len(want))
	}
	for i := range want {
		if !reflect.DeepEqual(want[i], got[i]) {
			return fmt.Sprintf("%s %d:\nwant %+v\ngot  %+v", what, i, want[i], got[i])
		}
	}
	return ""
}
