package analysis_test

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
	"github.com/diplograph/diplograph/graph/encoding/nodelink"
)

// The projection as a graph of its own, written as node-link JSON for
// NetworkX: a meeting counts both ways, two sanctions weigh 2, and each
// edge has its weight, its cost 1/weight and its net sign.
func ExampleProjection_Simple() {
	b := graph.NewBuilder()
	b.Add(actors.NewState("RUS", "Russia"), actors.NewState("USA", "United States"))
	b.Relate("USA", "RUS", graph.Met)
	b.Relate("USA", "RUS", graph.Sanctions)
	b.Relate("USA", "RUS", graph.Sanctions)
	b.Relate("RUS", "USA", graph.Phoned)
	g, _ := b.Build()

	p := analysis.Project(g, analysis.ProjectOptions{})
	s, err := p.Simple()
	if err != nil {
		fmt.Println(err)
		return
	}
	var buf bytes.Buffer
	enc := nodelink.NewEncoder(&buf)
	enc.Simple = true // "multigraph": false, and a cost beside each weight
	if err := enc.Encode(s); err != nil {
		fmt.Println(err)
		return
	}
	var doc struct {
		Multigraph bool              `json:"multigraph"`
		Edges      []json.RawMessage `json:"edges"`
	}
	_ = json.Unmarshal(buf.Bytes(), &doc)
	fmt.Println("multigraph:", doc.Multigraph)
	for _, e := range doc.Edges {
		var compact bytes.Buffer
		_ = json.Compact(&compact, e)
		fmt.Println(compact.String())
	}
	// In Python:
	//   G = nx.node_link_graph(json.load(open("p.json")), edges="edges")
	//   nx.pagerank(G, weight="weight"); nx.closeness_centrality(G, distance="cost")

	// Output:
	// multigraph: false
	// {"source":"RUS","target":"USA","id":"RUS-tie-USA","kind":"tie","sign":1,"symmetric":false,"nature":"state","weight":2,"cost":0.5,"attrs":{"kinds":"met,phoned","relation_ids":"USA-met-RUS,RUS-phoned-USA","relations":"2"}}
	// {"source":"USA","target":"RUS","id":"USA-tie-RUS","kind":"tie","sign":-1,"symmetric":false,"nature":"state","weight":3,"cost":0.3333333333333333,"attrs":{"kinds":"met,sanctions","relation_ids":"USA-met-RUS,USA-sanctions-RUS,USA-sanctions-RUS-2","relations":"3"}}
}
