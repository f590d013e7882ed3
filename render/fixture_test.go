package render

import (
	"fmt"
	"testing"
	"time"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
)

// fixture is a small graph with every actor kind, the five kinds of the
// design card, a custom kind, a symmetric kind, affiliations, evidence with
// and without a URL, attribution and notes.
func fixture(t testing.TB) *graph.Graph {
	t.Helper()
	p := date.MustParse
	b := graph.NewBuilder()
	b.SetTitle("Ukraine crisis: Russia vows no invasion")
	b.AddSource(graph.Source{ID: "bbc", Title: "Ukraine crisis: Russia vows no invasion", Publisher: "BBC News",
		URL: "https://www.bbc.com/news/world-europe-26799324", Date: p("2014-03-29")})
	b.AddSource(graph.Source{ID: "wire", Title: "Wire report", Publisher: "Reuters", Date: p("2014-03-30")})
	b.AddKind(graph.Kind{Name: "interviewed-by", Sign: graph.Neutral, Nature: graph.NatureEvent, Phrase: "gave an interview to"})
	b.AddKind(graph.Kind{Name: "fears", Sign: graph.Hostile, Nature: graph.NatureState})
	b.Add(
		actors.NewState("RUS", "Russia"),
		actors.NewState("UKR", "Ukraine"),
		actors.NewState("USA", "United States"),
		actors.Actor{ID: "putin", Name: "Vladimir Putin", Kind: actors.Leader, Country: "RUS", Title: "President of Russia",
			Roles: []actors.Role{{Role: "president", Of: "RUS", When: date.Between(p("2012-05-07"), date.Date{})}}},
		actors.Actor{ID: "obama", Name: "Barack Obama", Kind: actors.Leader, Country: "USA", Title: "President of the United States"},
		actors.Actor{ID: "lavrov", Name: "Sergei Lavrov", Kind: actors.Official, Country: "RUS", Title: "Foreign Minister"},
		actors.Actor{ID: "kerry", Name: "John Kerry", Kind: actors.Official, Country: "USA", Title: "Secretary of State"},
		actors.Actor{ID: "nato", Name: "NATO", Kind: actors.Organization, Aliases: []string{"North Atlantic Treaty Organization"}},
		actors.Actor{ID: "udar", Name: "UDAR", Kind: actors.Party, Country: "UKR"},
		actors.Actor{ID: "crimea", Name: "Crimea", Kind: actors.Territory, Country: "UKR", Note: "Disputed."},
		actors.Actor{ID: "west", Name: "The West", Kind: actors.Group, Country: "WST"},
		actors.Actor{ID: "rossiya-1", Name: "Rossiya 1", Kind: actors.Media, Country: "RUS", Title: "State TV channel"},
		actors.Actor{ID: "klitschko", Name: "Vitaly Klitschko", Kind: actors.Person, Country: "UKR", Title: "Opposition leader"},
		actors.Actor{ID: "poroshenko", Name: "Petro Poroshenko", Kind: actors.Person, Country: "UKR", Title: "Businessman, presidential candidate"},
	)
	ev := func(q string) []graph.Evidence { return []graph.Evidence{{Source: "bbc", Quote: q}} }
	b.AddRelation(graph.Relation{From: "putin", To: "RUS", Kind: graph.Leads})
	b.AddRelation(graph.Relation{From: "obama", To: "USA", Kind: graph.Leads})
	b.AddRelation(graph.Relation{From: "lavrov", To: "RUS", Kind: graph.Serves})
	b.AddRelation(graph.Relation{From: "kerry", To: "USA", Kind: graph.Serves})
	b.AddRelation(graph.Relation{From: "USA", To: "nato", Kind: graph.MemberOf})
	b.AddRelation(graph.Relation{From: "klitschko", To: "udar", Kind: graph.Leads})
	b.AddRelation(graph.Relation{From: "putin", To: "obama", Kind: graph.Phoned, When: date.At(p("2014-03-28")),
		Evidence: ev("Mr Putin had contacted President Obama, according to US officials."), ReportedBy: "USA"})
	b.AddRelation(graph.Relation{From: "kerry", To: "lavrov", Kind: graph.Phoned, When: date.At(p("2014-03-29")),
		Evidence: ev("Mr Lavrov had spoken by phone to US Secretary of State John Kerry."), ReportedBy: "RUS"})
	b.AddRelation(graph.Relation{From: "klitschko", To: "poroshenko", Kind: graph.WithdrewFor, When: date.At(p("2014-03-29")),
		Evidence: ev("Vitaly Klitschko has pulled out of the race for president.")})
	b.AddRelation(graph.Relation{From: "klitschko", To: "poroshenko", Kind: graph.Backs, When: date.At(p("2014-03-29")),
		Evidence: ev("He announced on Saturday that he was supporting billionaire Petro Poroshenko.")})
	b.AddRelation(graph.Relation{From: "USA", To: "RUS", Kind: graph.Sanctions, When: date.At(p("2014-03")),
		Evidence: []graph.Evidence{{Source: "wire", Quote: "Washington widened sanctions.", Note: "paraphrase"}}, Note: "Sanctions on officials close to Mr Putin."})
	b.AddRelation(graph.Relation{From: "RUS", To: "crimea", Kind: graph.Annexed, When: date.At(p("2014-03-18"))})
	b.AddRelation(graph.Relation{From: "lavrov", To: "kerry", Kind: graph.AgreedToMeet, When: date.At(p("2014-03-29"))})
	b.AddRelation(graph.Relation{From: "lavrov", To: "rossiya-1", Kind: "interviewed-by", When: date.At(p("2014-03-29"))})
	b.AddRelation(graph.Relation{From: "west", To: "RUS", Kind: "fears"})
	b.AddRelation(graph.Relation{From: "RUS", To: "UKR", Kind: graph.Mobilized, When: date.At(p("2014-03"))})
	g, err := b.Build()
	if err != nil {
		t.Fatalf("fixture: %v", err)
	}
	return g
}

// generated is a synthetic graph of n actors of every kind in 12 countries
// and about 2.5 relations per actor of many kinds, for benchmarks and the
// concurrency test.
func generated(t testing.TB, n int) *graph.Graph {
	t.Helper()
	countries := []string{"RUS", "UKR", "USA", "FRA", "DEU", "GBR", "POL", "CHN", "TUR", "BLR", "MDA", "GEO"}
	kinds := []string{graph.Phoned, graph.Backs, graph.Sanctions, graph.Met, graph.Condemned, graph.Threatened, graph.Negotiated, graph.Pledged}
	b := graph.NewBuilder()
	b.SetTitle(fmt.Sprintf("Generated graph of %d actors", n))
	b.AddSource(graph.Source{ID: "src", Publisher: "Test Wire", Date: date.MustParse("2020-01-02"), URL: "https://example.org/a?b=1&c=2"})
	for i := range n {
		c := countries[i%len(countries)]
		a := actors.Actor{ID: fmt.Sprintf("a%04d", i), Name: fmt.Sprintf("Actor %d of %s", i, c),
			Kind: actors.Kinds()[i%len(actors.Kinds())], Country: c}
		if i%3 == 0 {
			a.Title = "Deputy minister of something"
		}
		b.Add(a)
	}
	for i := range n * 5 / 2 {
		from := (i * 7919) % n
		to := (i*104729 + 13) % n
		if from == to {
			to = (to + 1) % n
		}
		b.AddRelation(graph.Relation{From: fmt.Sprintf("a%04d", from), To: fmt.Sprintf("a%04d", to), Kind: kinds[i%len(kinds)],
			When: date.At(date.Of(2020, time.Month(1+i%12), 1+i%28)), Evidence: []graph.Evidence{{Source: "src", Quote: fmt.Sprintf("Quote %d.", i)}}})
	}
	g, err := b.Build()
	if err != nil {
		t.Fatalf("generated: %v", err)
	}
	return g
}
