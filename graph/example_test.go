package graph_test

import (
	"errors"
	"fmt"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
)

func Example() {
	b := graph.NewBuilder()
	b.AddSource(graph.Source{ID: "bbc-2014-03-29", Title: "Ukraine crisis: Russia vows no invasion", Publisher: "BBC News"})
	b.Add(
		actors.Actor{ID: "putin", Name: "Vladimir Putin", Kind: actors.Leader, Country: "RUS"},
		actors.Actor{ID: "obama", Name: "Barack Obama", Kind: actors.Leader, Country: "USA"},
		actors.Actor{ID: "us-officials", Name: "US officials", Kind: actors.Group, Country: "USA"},
	)
	b.AddRelation(graph.NewRelation("putin", "obama", graph.Phoned).
		On(date.MustParse("2014-03-28")).
		Cite("bbc-2014-03-29", "Mr Putin had contacted President Obama, according to US officials.").
		AttributedTo("us-officials"))
	g, err := b.Build()
	if err != nil {
		fmt.Println(err)
		return
	}
	for r := range g.From("putin") {
		k, _ := g.Kind(r.Kind)
		reporter, _ := g.Actor(r.ReportedBy)
		fmt.Printf("%s: %s %s %s on %s, says %s\n", r.ID, r.From, k.Verb(), r.To, r.When.Format(), reporter.Name)
		fmt.Printf("  %q\n", r.Evidence[0].Quote)
	}
	// Output:
	// putin-phoned-obama-2014-03-28: putin phoned obama on 28 Mar 2014, says US officials
	//   "Mr Putin had contacted President Obama, according to US officials."
}

func ExampleBuilder_Build() {
	b := graph.NewBuilder()
	b.Add(actors.NewState("RUS", "Russia"), actors.NewState("UKR", "Ukraine"))
	b.AddRelation(graph.Relation{From: "RUS", To: "crimea", Kind: graph.Annexed})
	b.AddRelation(graph.Relation{From: "RUS", To: "UKR", Kind: "mobilised"})
	_, err := b.Build()
	fmt.Println(errors.Is(err, graph.ErrUnknownActor), errors.Is(err, graph.ErrUnknownKind))
	fmt.Println(err)
	// Output:
	// true true
	// relations[0].to (RUS -annexed-> crimea): graph: unknown actor "crimea"
	// relations[1].kind (RUS -mobilised-> UKR): graph: unknown relation kind "mobilised" (did you mean "mobilized"?)
}

func ExampleGraph_Filter() {
	b := graph.NewBuilder()
	b.Add(actors.NewState("RUS", "Russia"), actors.NewState("UKR", "Ukraine"), actors.NewState("USA", "United States"),
		actors.Actor{ID: "crimea", Name: "Crimea", Kind: actors.Territory, Country: "UKR"})
	b.AddRelation(graph.Relation{From: "crimea", To: "UKR", Kind: graph.PartOf, When: date.Between(date.Date{}, date.MustParse("2014-03-17"))})
	b.AddRelation(graph.Relation{From: "RUS", To: "crimea", Kind: graph.Annexed, When: date.At(date.MustParse("2014-03-18"))})
	b.AddRelation(graph.Relation{From: "USA", To: "RUS", Kind: graph.Sanctions, When: date.At(date.MustParse("2014-03-17"))})
	b.AddRelation(graph.Relation{From: "USA", To: "UKR", Kind: graph.Backs, When: date.At(date.MustParse("2014-03"))})
	g, _ := b.Build()

	for _, day := range []string{"2014-03-01", "2014-03-29"} {
		v, _ := g.Filter(graph.Filter{AsOf: date.MustParse(day)})
		fmt.Println("as of", day)
		for r := range v.Relations() {
			fmt.Println(" ", r.From, r.Kind, r.To)
		}
	}
	hostile, _ := g.Filter(graph.Filter{Signs: []graph.Sign{graph.Hostile}, DropIsolated: true})
	fmt.Println("hostile:", hostile.NumRelations(), "relations among", hostile.NumActors(), "actors")
	// Output:
	// as of 2014-03-01
	//   crimea part-of UKR
	//   USA backs UKR
	// as of 2014-03-29
	//   RUS annexed crimea
	//   USA sanctions RUS
	//   USA backs UKR
	// hostile: 2 relations among 3 actors
}

func ExampleRegistry_ForCAMEO() {
	kinds := graph.BuiltinKinds()
	for _, code := range []string{"041", "0874", "163", "1383"} {
		k, _ := kinds.ForCAMEO(code)
		fmt.Printf("%s -> %s (sign %s, Goldstein %+.1f)\n", code, k.Name, k.Sign, k.Goldstein)
	}
	// Output:
	// 041 -> phoned (sign +, Goldstein +1.0)
	// 0874 -> de-escalated (sign +, Goldstein +9.0)
	// 163 -> sanctions (sign -, Goldstein -8.0)
	// 1383 -> threatened (sign -, Goldstein -6.0)
}

// The state-level view: officials and agencies folded into their states,
// the ties that bound them dropped as self-loops and reported.
func ExampleGraph_Fold() {
	b := graph.NewBuilder()
	b.Add(actors.NewState("RUS", "Russia"), actors.NewState("USA", "United States"),
		actors.Actor{ID: "lavrov", Name: "Sergei Lavrov", Kind: actors.Official, Country: "RUS"},
		actors.Actor{ID: "kerry", Name: "John Kerry", Kind: actors.Official, Country: "USA"})
	b.Relate("lavrov", "RUS", graph.Serves)
	b.AddRelation(graph.NewRelation("kerry", "lavrov", graph.Phoned).On(date.MustParse("2014-03-29")))
	g, _ := b.Build()
	states, fold, err := g.Fold(graph.FoldOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range fold.Moves {
		fmt.Printf("%s -> %s (%s)\n", m.Actor, m.Into, m.Why)
	}
	for r := range states.Relations() {
		fmt.Println(r.ID, ":", r.From, r.Kind, r.To)
	}
	fmt.Println(len(fold.SelfLoops), "self-loop dropped:", fold.SelfLoops[0].ID)
	// Output:
	// kerry -> USA (country USA)
	// lavrov -> RUS (country RUS)
	// kerry-phoned-lavrov-2014-03-29 : USA phoned RUS
	// 1 self-loop dropped: lavrov-serves-RUS
}

// RelationLink reads what a measure needs of each relation straight from
// the graph's columns, without materialising it: the way to loop over
// millions of relations.
func ExampleGraph_RelationLink() {
	b := graph.NewBuilder()
	b.Add(actors.NewState("RUS", "Russia"), actors.NewState("UKR", "Ukraine"), actors.NewState("USA", "United States"))
	b.Relate("RUS", "UKR", graph.Annexed)
	b.AddRelation(graph.Relation{From: "USA", To: "RUS", Kind: graph.Sanctions, Count: 3})
	b.Relate("USA", "UKR", graph.Met)
	g, err := b.Build()
	if err != nil {
		fmt.Println(err)
		return
	}
	for i := range g.NumRelations() {
		l := g.RelationLink(i)
		fmt.Printf("%s: %s -> %s, %s, symmetric %v, count %d, sign %v\n",
			g.RelationID(i), g.ActorAt(l.From).ID, g.ActorAt(l.To).ID, l.Kind.Name, l.Kind.Symmetric, l.Count, l.Sign)
	}
	// Output:
	// RUS-annexed-UKR: RUS -> UKR, annexed, symmetric false, count 1, sign -
	// USA-sanctions-RUS: USA -> RUS, sanctions, symmetric false, count 3, sign -
	// USA-met-UKR: USA -> UKR, met, symmetric true, count 1, sign +
}
