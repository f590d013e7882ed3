package analysis_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
)

// Two blocs, why each actor is where it is, what strains them, and who
// stands apart: ministers stand with the state they serve, a broadcaster
// and its correspondent with no one.
func ExampleBlocs() {
	b := graph.NewBuilder()
	b.AddSource(graph.Source{ID: "bbc", Title: "Ukraine crisis: Russia vows no invasion"})
	b.Add(actors.NewState("RUS", "Russia"), actors.NewState("UKR", "Ukraine"), actors.NewState("USA", "United States"),
		actors.New("lavrov", "Sergei Lavrov", actors.Official), actors.New("kerry", "John Kerry", actors.Official),
		actors.New("BBC", "BBC", actors.Media), actors.New("mardell", "Mark Mardell", actors.Person))
	b.AddRelation(graph.NewRelation("lavrov", "RUS", graph.Serves))
	b.AddRelation(graph.NewRelation("kerry", "USA", graph.Serves))
	b.AddRelation(graph.NewRelation("mardell", "BBC", graph.Serves))
	b.AddRelation(graph.NewRelation("RUS", "UKR", graph.Mobilized))
	b.AddRelation(graph.NewRelation("USA", "RUS", graph.Threatened))
	b.AddRelation(graph.NewRelation("USA", "UKR", graph.Consulted))
	b.AddRelation(graph.NewRelation("kerry", "lavrov", graph.Phoned).Cite("bbc", "Mr Lavrov had spoken by phone to US Secretary of State John Kerry"))
	g, _ := b.Build()

	al, _ := analysis.Blocs(context.Background(), analysis.Project(g, analysis.ProjectOptions{}), analysis.BlocsOptions{})
	for i, bloc := range al.Blocs {
		fmt.Printf("bloc %d:\n", i+1)
		for _, m := range bloc {
			var why []string
			for _, t := range m.Support() {
				why = append(why, fmt.Sprintf("%s %s", t.Sign, t.Other(m.ID)))
			}
			fmt.Printf("  %-7s %s\n", m.ID, strings.Join(why, ", "))
		}
	}
	fmt.Println("unaligned:", al.Unaligned)
	fmt.Println("frustration:", al.Frustration)
	for _, t := range al.Frustrated {
		r := t.Relations[0]
		fmt.Printf("  %s %s %s: %q\n", r.From, r.Kind, r.To, r.Evidence[0].Quote)
	}
	// Output:
	// bloc 1:
	//   RUS     - UKR, - USA, + lavrov
	//   lavrov  + RUS
	// bloc 2:
	//   UKR     - RUS, + USA
	//   USA     - RUS, + UKR, + kerry
	//   kerry   + USA
	// unaligned: [BBC mardell]
	// frustration: 1
	//   kerry phoned lavrov: "Mr Lavrov had spoken by phone to US Secretary of State John Kerry"
}

// A pair with cooperative and hostile relations takes its sign from the
// rule, and is reported whatever the rule.
func ExampleAmbivalenceRule() {
	b := graph.NewBuilder()
	b.Add(actors.NewState("RUS", "Russia"), actors.New("crimea", "Crimea", actors.Territory))
	b.AddRelation(graph.NewRelation("RUS", "crimea", graph.Recognized))
	b.AddRelation(graph.NewRelation("RUS", "crimea", graph.Annexed))
	b.AddRelation(graph.NewRelation("crimea", "RUS", graph.Appealed))
	g, _ := b.Build()
	p := analysis.Project(g, analysis.ProjectOptions{})
	for _, rule := range analysis.AmbivalenceRules() {
		b, err := analysis.SignedTriads(context.Background(), p, analysis.SignedTriadsOptions{Ambivalence: rule})
		if err != nil {
			fmt.Println(err)
			return
		}
		t := b.Ambivalent[0]
		fmt.Printf("%-12s %s-%s: +%g -%g -> %s\n", rule, t.A, t.B, t.Cooperative, t.Hostile, t.Sign.Name())
	}
	// Output:
	// net          RUS-crimea: +2 -1 -> cooperative
	// hostile-wins RUS-crimea: +2 -1 -> hostile
	// drop         RUS-crimea: +2 -1 -> neutral
}
