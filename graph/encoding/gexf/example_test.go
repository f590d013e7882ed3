package gexf_test

import (
	"fmt"
	"os"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/encoding/gexf"
)

// A relation dated to a month spans the whole month on Gephi's timeline.
func ExampleNewEncoder() {
	b := graph.NewBuilder()
	b.SetTitle("Crimea, March 2014")
	b.Add(actors.NewState("RUS", "Russia"), actors.Actor{ID: "crimea", Name: "Crimea", Kind: actors.Territory, Country: "UKR"})
	b.AddRelation(graph.NewRelation("RUS", "crimea", graph.Annexed).On(date.MustParse("2014-03")))
	g, err := b.Build()
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := gexf.NewEncoder(os.Stdout).Encode(g); err != nil {
		fmt.Println(err)
	}
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
	//   <meta>
	//     <creator>diplograph</creator>
	//     <description>Crimea, March 2014</description>
	//   </meta>
	//   <graph defaultedgetype="directed" mode="dynamic" timeformat="date">
	//     <attributes class="node" mode="static">
	//       <attribute id="1" title="kind" type="string"/>
	//       <attribute id="2" title="country" type="string"/>
	//       <attribute id="3" title="title" type="string"/>
	//       <attribute id="4" title="aliases" type="string"/>
	//       <attribute id="5" title="roles" type="string"/>
	//       <attribute id="6" title="note" type="string"/>
	//     </attributes>
	//     <attributes class="edge" mode="static">
	//       <attribute id="1" title="kind" type="string"/>
	//       <attribute id="2" title="sign" type="integer"/>
	//       <attribute id="3" title="symmetric" type="boolean"/>
	//       <attribute id="4" title="nature" type="string"/>
	//       <attribute id="5" title="since" type="string"/>
	//       <attribute id="6" title="until" type="string"/>
	//       <attribute id="8" title="reported_by" type="string"/>
	//       <attribute id="9" title="note" type="string"/>
	//       <attribute id="10" title="evidence_source" type="string"/>
	//       <attribute id="11" title="quote" type="string"/>
	//       <attribute id="12" title="evidence" type="string"/>
	//     </attributes>
	//     <nodes>
	//       <node id="RUS" label="Russia">
	//         <attvalues>
	//           <attvalue for="1" value="state"/>
	//           <attvalue for="2" value="RUS"/>
	//         </attvalues>
	//       </node>
	//       <node id="crimea" label="Crimea">
	//         <attvalues>
	//           <attvalue for="1" value="territory"/>
	//           <attvalue for="2" value="UKR"/>
	//         </attvalues>
	//       </node>
	//     </nodes>
	//     <edges>
	//       <edge id="RUS-annexed-crimea-2014-03" source="RUS" target="crimea" kind="annexed" label="annexed" weight="1">
	//         <attvalues>
	//           <attvalue for="1" value="annexed"/>
	//           <attvalue for="2" value="-1"/>
	//           <attvalue for="3" value="false"/>
	//           <attvalue for="4" value="event"/>
	//           <attvalue for="5" value="2014-03"/>
	//           <attvalue for="6" value="2014-03"/>
	//         </attvalues>
	//         <spells>
	//           <spell start="2014-03-01" end="2014-03-31"/>
	//         </spells>
	//       </edge>
	//     </edges>
	//   </graph>
	// </gexf>
}
