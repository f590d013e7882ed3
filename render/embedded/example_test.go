package embedded_test

import (
	"bytes"
	"context"
	"fmt"

	"github.com/diplograph/diplograph/render/embedded"
)

// Lay out a DOT document with the Graphviz linked into the program. With
// package render, importing this package is enough: render.SVG then draws
// in the program's process.
func ExampleSVG() {
	svg, err := embedded.SVG(context.Background(), []byte(`digraph { kerry -> lavrov [label="phoned"] }`), "dot")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(bytes.HasPrefix(svg, []byte("<?xml")), bytes.Count(svg, []byte(`class="node"`)), bytes.Contains(svg, []byte(">phoned</text>")))
	// Output: true 2 true
}
