package scenario_test

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/scenario"
)

func ExampleNewDecoder() {
	const data = `
title: "Ukraine crisis: Russia vows no invasion"
sources:
  - {id: bbc, title: "Ukraine crisis: Russia vows no invasion", publisher: BBC News, date: 2014-03-29}
actors:
  - {id: lavrov, name: Sergei Lavrov, kind: official, country: RUS, title: Foreign Minister}
  - {id: kerry, name: John Kerry, kind: official, country: USA}
  - {id: RUS, name: Russia, kind: state, country: RUS}
relations:
  - {from: lavrov, to: RUS, kind: serves, since: 2004-03-09}
  - from: kerry
    to: lavrov
    kind: phoned
    date: 2014-03-29
    source: bbc
    quote: "Mr Lavrov had spoken by phone to US Secretary of State John Kerry"
    reported_by: RUS
`
	dec := scenario.NewDecoder(strings.NewReader(data))
	dec.Name = "example.yaml" // names the file in errors, and tells its syntax
	g, err := dec.Decode()
	if err != nil {
		fmt.Println(err)
		return
	}
	for a := range g.Actors() {
		fmt.Printf("%s: %s, %s\n", a.ID, a.Name, a.Kind)
	}
	for r := range g.Relations() {
		fmt.Printf("%s: %s %s %s (%s)", r.ID, r.From, r.Kind, r.To, r.When.Format())
		for _, ev := range r.Evidence {
			fmt.Printf(", %s: %q", ev.Source, ev.Quote)
		}
		fmt.Println()
	}
	// Output:
	// RUS: Russia, state
	// kerry: John Kerry, official
	// lavrov: Sergei Lavrov, official
	// lavrov-serves-RUS-2004-03-09: lavrov serves RUS (since 9 Mar 2004)
	// kerry-phoned-lavrov-2014-03-29: kerry phoned lavrov (29 Mar 2014), bbc: "Mr Lavrov had spoken by phone to US Secretary of State John Kerry"
}

// Every problem is reported with its place, sorted by line and column.
func ExampleDecoder_Decode_errors() {
	const data = `actors:
  - {id: kerry, name: John Kerry, kind: oficial}
  - {id: lavrov, name: Sergei Lavrov}
relations:
  - from: kerry
    to: lavorv
    kind: phoned
    date: 2014-02-30
    weigth: 2
`
	dec := scenario.NewDecoder(strings.NewReader(data))
	dec.Name = "broken.yaml"
	_, err := dec.Decode()
	fmt.Println(err)

	// Each problem is a *scenario.Error; the sentinels of this package and
	// of packages graph, actors and date say what is wrong.
	fmt.Println(errors.Is(err, graph.ErrUnknownActor), errors.Is(err, date.ErrImpossible))
	var e *scenario.Error
	if errors.As(err, &e) {
		fmt.Println(e.Line, e.Column, e.Path)
	}
	// Output:
	// broken.yaml:2:41: actors[0].kind: actors: unknown actor kind "oficial" (want one of state, leader, official, organization, party, territory, group, media, person)
	// broken.yaml:6:9: relations[0].to: graph: unknown actor "lavorv" (did you mean "lavrov"?)
	// broken.yaml:8:11: relations[0].date: no such date "2014-02-30"
	// broken.yaml:9:5: relations[0].weigth: scenario: unknown field "weigth" (did you mean "weight"?)
	// true true
	// 2 41 actors[0].kind
}

// JSON paths place the problems of a JSON file.
func ExampleDecoder_Decode_json() {
	const data = `{
  "actors": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
  "relations": [{"from": "a", "to": "c", "kind": "met", "weight": "high"}]
}`
	dec := scenario.NewDecoder(strings.NewReader(data))
	dec.Name = "broken.json"
	_, err := dec.Decode()
	fmt.Println(err)
	// Output:
	// broken.json:3:37: $.relations[0].to: graph: unknown actor "c"
	// broken.json:3:67: $.relations[0].weight: scenario: wrong type: want a number, got a string
}

func ExampleNewEncoder() {
	b := graph.NewBuilder()
	b.SetTitle("2014")
	b.AddSource(graph.Source{ID: "bbc", Publisher: "BBC News", Date: date.MustParse("2014-03-29")})
	b.Add(actors.NewState("RUS", "Russia"), actors.Actor{ID: "crimea", Name: "Crimea", Kind: actors.Territory, Country: "UKR"})
	b.AddRelation(graph.Relation{From: "RUS", To: "crimea", Kind: graph.Annexed, When: date.At(date.MustParse("2014-03")),
		Evidence: []graph.Evidence{{Source: "bbc", Quote: "Russia’s annexation of Crimea: “illegal”"}}})
	g, err := b.Build()
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := scenario.NewEncoder(os.Stdout).Encode(g); err != nil {
		fmt.Println(err)
	}
	// Output:
	// title: "2014"
	//
	// sources:
	//   - id: bbc
	//     publisher: BBC News
	//     date: 2014-03-29
	//
	// actors:
	//   - id: RUS
	//     name: Russia
	//     kind: state
	//     country: RUS
	//   - id: crimea
	//     name: Crimea
	//     kind: territory
	//     country: UKR
	//
	// relations:
	//   - id: RUS-annexed-crimea-2014-03
	//     from: RUS
	//     to: crimea
	//     kind: annexed
	//     date: 2014-03
	//     source: bbc
	//     quote: "Russia’s annexation of Crimea: “illegal”"
}
