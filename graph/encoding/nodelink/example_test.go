package nodelink_test

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/encoding/nodelink"
)

func ExampleNewEncoder() {
	b := graph.NewBuilder()
	b.SetTitle("One call")
	b.AddSource(graph.Source{ID: "bbc", Publisher: "BBC News"})
	b.Add(actors.New("kerry", "John Kerry", actors.Official), actors.New("lavrov", "Sergei Lavrov", actors.Official))
	b.AddRelation(graph.NewRelation("kerry", "lavrov", graph.Phoned).On(date.MustParse("2014-03-29")).
		Cite("bbc", "Mr Lavrov had spoken by phone to US Secretary of State John Kerry"))
	g, err := b.Build()
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := nodelink.NewEncoder(os.Stdout).Encode(g); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "directed": true,
	//   "multigraph": true,
	//   "graph": {
	//     "title": "One call",
	//     "sources": [
	//       {
	//         "id": "bbc",
	//         "publisher": "BBC News"
	//       }
	//     ]
	//   },
	//   "nodes": [
	//     {
	//       "id": "kerry",
	//       "name": "John Kerry",
	//       "kind": "official"
	//     },
	//     {
	//       "id": "lavrov",
	//       "name": "Sergei Lavrov",
	//       "kind": "official"
	//     }
	//   ],
	//   "edges": [
	//     {
	//       "source": "kerry",
	//       "target": "lavrov",
	//       "key": "kerry-phoned-lavrov-2014-03-29",
	//       "kind": "phoned",
	//       "sign": 1,
	//       "symmetric": false,
	//       "nature": "event",
	//       "since": "2014-03-29",
	//       "until": "2014-03-29",
	//       "weight": 1,
	//       "evidence": [
	//         {
	//           "source": "bbc",
	//           "quote": "Mr Lavrov had spoken by phone to US Secretary of State John Kerry"
	//         }
	//       ]
	//     }
	//   ]
	// }
}

// A graph NetworkX wrote: integer multigraph keys, a "label" for the name,
// no relation kinds.
func ExampleNewDecoder() {
	const doc = `{"directed": true, "multigraph": true, "graph": {},
  "nodes": [{"id": "RUS", "label": "Russia"}, {"id": "UKR", "label": "Ukraine"}],
  "edges": [{"source": "RUS", "target": "UKR", "key": 0, "weight": 2}]}`
	dec := nodelink.NewDecoder(strings.NewReader(doc))
	dec.Name = "networkx.json"
	dec.DefaultKind = graph.Threatened
	g, err := dec.Decode()
	if err != nil {
		fmt.Println(err)
		return
	}
	for r := range g.Relations() {
		from, _ := g.Actor(r.From)
		to, _ := g.Actor(r.To)
		fmt.Printf("%s %s %s (weight %g, ID %s)\n", from.Name, r.Kind, to.Name, r.Weight, r.ID)
	}
	// Output:
	// Russia threatened Ukraine (weight 2, ID 0)
}

// Every problem is an *encoding.Error that says where it is.
func ExampleDecoder_Decode_errors() {
	const doc = `{"nodes": [{"id": "RUS"}, {"id": "UKR", "kind": "nation"}],
 "edges": [{"source": "RUS", "target": "UKR", "kind": "annexed", "since": "2014-02-30"},
           {"source": "RUS", "target": "CRI", "kind": "annexed"}]}`
	dec := nodelink.NewDecoder(strings.NewReader(doc))
	dec.Name = "broken.json"
	_, err := dec.Decode()
	fmt.Println(err)
	fmt.Println(errors.Is(err, graph.ErrUnknownActor))
	// Output:
	// broken.json:1:27: nodes[1]: kind: encoding: bad attribute value: actors: unknown actor kind "nation" (want one of state, leader, official, organization, party, territory, group, media, person)
	// broken.json:2:12: edges[0]: since: encoding: bad attribute value: no such date "2014-02-30"
	// broken.json:3:12: edges[1]: target: graph: unknown actor "CRI"
	// true
}
