package graphml

import (
	"errors"
	"fmt"
	"io"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/encoding"
	"github.com/diplograph/diplograph/graph/encoding/internal/schema"
	"github.com/diplograph/diplograph/graph/encoding/internal/xmlout"
)

const header = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
`

// An Encoder writes graphs as GraphML to an output stream.
type Encoder struct {
	// Simple writes the graph as a simple weighted directed graph, the
	// form measures in other tools expect: every edge gets "cost" =
	// 1/weight (a double) beside its "weight", and Encode fails with
	// encoding.ErrNotSimple on two relations from one actor to another or
	// on a relation of a symmetric kind, so that NetworkX's read_graphml
	// gives a DiGraph. Use it on a projection's graph
	// (analysis.Projection.Simple). Default false: a multigraph, one edge
	// per relation.
	Simple bool

	w io.Writer
}

// NewEncoder returns an encoder that writes to w.
func NewEncoder(w io.Writer) *Encoder { return &Encoder{w: w} }

// Encode writes g as one GraphML document: the keys, then the graph's own
// data, nodes sorted by ID and edges in graph order, each with the
// attributes it sets. The output is deterministic. It is written only once
// it is complete, so a failed Encode writes nothing.
//
// Encode fails with an *encoding.Error wrapping encoding.ErrNotXML if a
// string holds a character XML cannot carry, encoding.ErrNotUTF8 if it is
// not valid UTF-8, and in simple mode encoding.ErrNotSimple if g is not
// simple.
func (e *Encoder) Encode(g *graph.Graph) error {
	if g == nil {
		return errors.New("graphml: Encode of a nil graph")
	}
	if err := schema.CheckUTF8(g); err != nil {
		return err
	}
	ekeys := schema.EdgeKeys(g)
	if e.Simple {
		if err := schema.CheckSimple(g); err != nil {
			return err
		}
		ekeys = schema.SimpleEdgeKeys(g)
	}
	x := &xmlout.Writer{}
	x.Raw(header)
	x.Raw(`  <key id="g_title" for="graph" attr.name="title" attr.type="string"/>` + "\n")
	x.Raw(`  <key id="g_sources" for="graph" attr.name="sources" attr.type="string"/>` + "\n")
	x.Raw(`  <key id="g_kinds" for="graph" attr.name="kinds" attr.type="string"/>` + "\n")
	nkeys := schema.NodeKeys(g)
	nid := map[string]string{}
	for i, k := range nkeys {
		nid[k.Name] = fmt.Sprintf("n%d", i)
		x.Raw(fmt.Sprintf(`  <key id="n%d" for="node" attr.name="`, i))
		x.Text(k.Name, "node key", "attr.name")
		x.Raw(`" attr.type="` + k.Type.String() + `"/>` + "\n")
	}
	eid := map[string]string{}
	for i, k := range ekeys {
		eid[k.Name] = fmt.Sprintf("e%d", i)
		x.Raw(fmt.Sprintf(`  <key id="e%d" for="edge" attr.name="`, i))
		x.Text(k.Name, "edge key", "attr.name")
		x.Raw(`" attr.type="` + k.Type.String() + `"/>` + "\n")
	}
	x.Raw(`  <graph id="G" edgedefault="directed">` + "\n")
	data := func(indent, id, value, item, key string) {
		x.Raw(indent + `<data key="` + id + `">`)
		x.Text(value, item, key)
		x.Raw("</data>\n")
	}
	meta := schema.MetaOf(g)
	if meta.Title != "" {
		data("    ", "g_title", meta.Title, "graph", "title")
	}
	for _, m := range []struct {
		id, key string
		value   any
		n       int
	}{{"g_sources", "sources", meta.Sources, len(meta.Sources)}, {"g_kinds", "kinds", meta.Kinds, len(meta.Kinds)}} {
		if m.n == 0 {
			continue
		}
		text, err := schema.JSONText(m.value)
		if err != nil {
			return &encoding.Error{Item: "graph", Key: m.key, Err: err}
		}
		data("    ", m.id, text, "graph", m.key)
	}
	for a := range g.Actors() {
		item := fmt.Sprintf("node %q", a.ID)
		x.Raw(`    <node id="`)
		x.Text(a.ID, item, "id")
		x.Raw("\">\n")
		vals, err := schema.NodeValues(a)
		if err != nil {
			return &encoding.Error{Item: item, Err: err}
		}
		for _, k := range nkeys {
			if v, ok := vals[k.Name]; ok {
				data("      ", nid[k.Name], v, item, k.Name)
			}
		}
		x.Raw("    </node>\n")
	}
	for r := range g.Relations() {
		item := fmt.Sprintf("edge %q", r.ID)
		x.Raw(`    <edge id="`)
		x.Text(r.ID, item, "id")
		x.Raw(`" source="`)
		x.Text(r.From, item, "source")
		x.Raw(`" target="`)
		x.Text(r.To, item, "target")
		x.Raw("\">\n")
		k, _ := g.Kind(r.Kind)
		vals, err := schema.EdgeValues(r, k)
		if err != nil {
			return &encoding.Error{Item: item, Err: err}
		}
		if e.Simple {
			vals[schema.CostKey] = schema.FormatWeight(schema.Cost(r.Weight))
		}
		for _, key := range ekeys {
			if v, ok := vals[key.Name]; ok {
				data("      ", eid[key.Name], v, item, key.Name)
			}
		}
		x.Raw("    </edge>\n")
	}
	x.Raw("  </graph>\n</graphml>\n")
	return x.Finish(e.w)
}
