package graphml_test

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/encoding/graphml"
)

func ExampleNewEncoder() {
	b := graph.NewBuilder()
	b.Add(actors.NewState("RUS", "Russia"), actors.Actor{ID: "crimea", Name: "Crimea", Kind: actors.Territory, Country: "UKR"})
	b.AddRelation(graph.NewRelation("RUS", "crimea", graph.Annexed).On(date.MustParse("2014-03")))
	g, err := b.Build()
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := graphml.NewEncoder(os.Stdout).Encode(g); err != nil {
		fmt.Println(err)
	}
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
	//   <key id="g_title" for="graph" attr.name="title" attr.type="string"/>
	//   <key id="g_sources" for="graph" attr.name="sources" attr.type="string"/>
	//   <key id="g_kinds" for="graph" attr.name="kinds" attr.type="string"/>
	//   <key id="n0" for="node" attr.name="name" attr.type="string"/>
	//   <key id="n1" for="node" attr.name="kind" attr.type="string"/>
	//   <key id="n2" for="node" attr.name="country" attr.type="string"/>
	//   <key id="n3" for="node" attr.name="title" attr.type="string"/>
	//   <key id="n4" for="node" attr.name="aliases" attr.type="string"/>
	//   <key id="n5" for="node" attr.name="roles" attr.type="string"/>
	//   <key id="n6" for="node" attr.name="note" attr.type="string"/>
	//   <key id="e0" for="edge" attr.name="id" attr.type="string"/>
	//   <key id="e1" for="edge" attr.name="kind" attr.type="string"/>
	//   <key id="e2" for="edge" attr.name="sign" attr.type="int"/>
	//   <key id="e3" for="edge" attr.name="symmetric" attr.type="boolean"/>
	//   <key id="e4" for="edge" attr.name="nature" attr.type="string"/>
	//   <key id="e5" for="edge" attr.name="since" attr.type="string"/>
	//   <key id="e6" for="edge" attr.name="until" attr.type="string"/>
	//   <key id="e7" for="edge" attr.name="weight" attr.type="double"/>
	//   <key id="e8" for="edge" attr.name="reported_by" attr.type="string"/>
	//   <key id="e9" for="edge" attr.name="note" attr.type="string"/>
	//   <key id="e10" for="edge" attr.name="evidence_source" attr.type="string"/>
	//   <key id="e11" for="edge" attr.name="quote" attr.type="string"/>
	//   <key id="e12" for="edge" attr.name="evidence" attr.type="string"/>
	//   <graph id="G" edgedefault="directed">
	//     <node id="RUS">
	//       <data key="n0">Russia</data>
	//       <data key="n1">state</data>
	//       <data key="n2">RUS</data>
	//     </node>
	//     <node id="crimea">
	//       <data key="n0">Crimea</data>
	//       <data key="n1">territory</data>
	//       <data key="n2">UKR</data>
	//     </node>
	//     <edge id="RUS-annexed-crimea-2014-03" source="RUS" target="crimea">
	//       <data key="e0">RUS-annexed-crimea-2014-03</data>
	//       <data key="e1">annexed</data>
	//       <data key="e2">-1</data>
	//       <data key="e3">false</data>
	//       <data key="e4">event</data>
	//       <data key="e5">2014-03</data>
	//       <data key="e6">2014-03</data>
	//       <data key="e7">1</data>
	//     </edge>
	//   </graph>
	// </graphml>
}

// A graph yEd or NetworkX wrote: undeclared kinds, a "label" for the name.
func ExampleNewDecoder() {
	const doc = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <graph edgedefault="undirected">
    <node id="kerry"><data key="d0">John Kerry</data></node>
    <node id="lavrov"><data key="d0">Sergei Lavrov</data></node>
    <edge id="talks" source="kerry" target="lavrov"/>
  </graph>
</graphml>`
	dec := graphml.NewDecoder(strings.NewReader(doc))
	dec.Name = "talks.graphml"
	dec.DefaultKind = graph.Negotiated
	g, err := dec.Decode()
	if err != nil {
		fmt.Println(err)
		return
	}
	for r := range g.Relations() {
		from, _ := g.Actor(r.From)
		to, _ := g.Actor(r.To)
		fmt.Printf("%s: %s %s %s\n", r.ID, from.Name, r.Kind, to.Name)
	}
	// Output:
	// talks: John Kerry negotiated Sergei Lavrov
}

// Every problem is an *encoding.Error that says where it is.
func ExampleDecoder_Decode_errors() {
	const doc = `<graphml>
  <key id="w" for="edge" attr.name="weight"/>
  <graph>
    <node id="kerry"/>
    <node id="lavrov"/>
    <edge source="kerry" target="lavrov"><data key="w">high</data></edge>
    <edge source="kerry" target="lavorv"/>
  </graph>
</graphml>`
	dec := graphml.NewDecoder(strings.NewReader(doc))
	dec.Name = "talks.graphml"
	dec.DefaultKind = graph.Negotiated
	_, err := dec.Decode()
	fmt.Println(err)
	fmt.Println(errors.Is(err, graph.ErrUnknownActor))
	// Output:
	// talks.graphml:6:5: edges[0]: weight: encoding: bad attribute value: want a number, got "high"
	// talks.graphml:7:5: edges[1]: target: graph: unknown actor "lavorv" (did you mean "lavrov"?)
	// true
}
