package encoding_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/encoding"
	"github.com/diplograph/diplograph/graph/encoding/nodelink"
)

// Decoders report every problem as an *encoding.Error: the input's name,
// the line and column of the node or edge, the item and the attribute.
// Test them with errors.Is against the sentinels of this package and of
// packages graph, actors and date.
func ExampleError() {
	const doc = `{"nodes": [{"id": "RUS", "name": "Russia"}, {"id": "UKR", "name": "Ukraine"}],
 "edges": [{"source": "RUS", "target": "UKR", "kind": "annexed", "weight": "NaN"},
           {"source": "RUS", "target": "UKR", "kind": "annexed", "weight": "heavy"}]}`
	dec := nodelink.NewDecoder(strings.NewReader(doc))
	dec.Name = "crimea.json"
	_, err := dec.Decode()
	fmt.Println(errors.Is(err, graph.ErrBadWeight), errors.Is(err, encoding.ErrBadValue))
	var e *encoding.Error
	if errors.As(err, &e) {
		fmt.Printf("%s line %d: %s %s\n", e.File, e.Line, e.Item, e.Key)
	}
	fmt.Println(err)
	// Output:
	// true true
	// crimea.json line 2: edges[0] weight
	// crimea.json:2:12: edges[0]: weight: graph: bad weight NaN: want a positive number (hostility is the kind's sign, not a negative weight)
	// crimea.json:3:12: edges[1]: weight: encoding: bad attribute value: want a number, got "heavy"
}
