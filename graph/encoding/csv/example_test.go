package csv_test

import (
	"bytes"
	"fmt"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/encoding/csv"
)

func ExampleNewEncoder() {
	b := graph.NewBuilder()
	b.AddSource(graph.Source{ID: "bbc", Publisher: "BBC News"})
	b.Add(actors.New("kerry", "John Kerry", actors.Official), actors.New("lavrov", "Sergei Lavrov", actors.Official))
	b.AddRelation(graph.NewRelation("kerry", "lavrov", graph.Phoned).On(date.MustParse("2014-03-29")).
		Cite("bbc", "Mr Lavrov had spoken by phone to US Secretary of State John Kerry, ..."))
	g, err := b.Build()
	if err != nil {
		fmt.Println(err)
		return
	}
	var nodes, edges bytes.Buffer
	if err := csv.NewEncoder(&nodes, &edges).Encode(g); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(nodes.String(), "\n", edges.String())
	// Output:
	// id,name,kind,country,title,aliases,roles,note
	// kerry,John Kerry,official,,,,,
	// lavrov,Sergei Lavrov,official,,,,,
	//
	// source,target,id,kind,sign,symmetric,nature,since,until,weight,reported_by,note,evidence_source,quote,evidence
	// kerry,lavrov,kerry-phoned-lavrov-2014-03-29,phoned,1,false,event,2014-03-29,2014-03-29,1,,,bbc,"Mr Lavrov had spoken by phone to US Secretary of State John Kerry, ...","[{""source"":""bbc"",""quote"":""Mr Lavrov had spoken by phone to US Secretary of State John Kerry, ...""}]"
}
