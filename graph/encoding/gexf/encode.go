package gexf

import (
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/encoding"
	"github.com/diplograph/diplograph/graph/encoding/internal/schema"
	"github.com/diplograph/diplograph/graph/encoding/internal/xmlout"
)

// An Encoder writes graphs as GEXF 1.3 to an output stream.
type Encoder struct {
	// Simple writes the graph as a simple weighted directed graph, the
	// form measures in other tools expect: every edge gets a "cost"
	// attribute = 1/weight (a double) beside its weight, and Encode fails
	// with encoding.ErrNotSimple on two relations from one actor to
	// another or on a relation of a symmetric kind, so that Gephi and
	// NetworkX's read_gexf see no parallel edges. Use it on a projection's
	// graph (analysis.Projection.Simple). Default false: a multigraph, one
	// edge per relation.
	Simple bool

	w io.Writer
}

// NewEncoder returns an encoder that writes to w.
func NewEncoder(w io.Writer) *Encoder { return &Encoder{w: w} }

// Encode writes g as one GEXF 1.3 document: a dynamic graph with whole-day
// spells, nodes sorted by ID and edges in graph order, each with the
// attributes it sets. The output is deterministic (no modification date is
// written). It is written only once it is complete, so a failed Encode
// writes nothing.
//
// Encode fails with an *encoding.Error wrapping encoding.ErrNotXML if a
// string holds a character XML cannot carry, encoding.ErrNotUTF8 if it is
// not valid UTF-8, and in simple mode encoding.ErrNotSimple if g is not
// simple.
func (e *Encoder) Encode(g *graph.Graph) error {
	if g == nil {
		return errors.New("gexf: Encode of a nil graph")
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
	x.Raw(`<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta>
    <creator>diplograph</creator>
`)
	if t := g.Title(); t != "" {
		x.Raw("    <description>")
		x.Text(t, "graph", "title")
		x.Raw("</description>\n")
	}
	x.Raw("  </meta>\n")
	x.Raw(`  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">` + "\n")
	nkeys := schema.NodeKeys(g)
	attrs := func(class string, keys []schema.Key) map[string]int {
		ids := map[string]int{}
		x.Raw(`    <attributes class="` + class + `" mode="static">` + "\n")
		for i, k := range keys {
			if class == "node" && k.Name == "name" || class == "edge" && (k.Name == "id" || k.Name == "weight") {
				continue // GEXF's own label, id and weight carry these
			}
			ids[k.Name] = i
			x.Raw(fmt.Sprintf(`      <attribute id="%d" title="`, i))
			x.Text(k.Name, class+" attribute", "title")
			x.Raw(`" type="` + gexfType(k.Type) + `"/>` + "\n")
		}
		x.Raw("    </attributes>\n")
		return ids
	}
	nid := attrs("node", nkeys)
	eid := attrs("edge", ekeys)
	attvalues := func(keys []schema.Key, ids map[string]int, vals map[string]string, item string) {
		first := true
		for _, k := range keys {
			id, ok := ids[k.Name]
			v, set := vals[k.Name]
			if !ok || !set {
				continue
			}
			if first {
				x.Raw("        <attvalues>\n")
				first = false
			}
			x.Raw(fmt.Sprintf(`          <attvalue for="%d" value="`, id))
			x.Text(v, item, k.Name)
			x.Raw("\"/>\n")
		}
		if !first {
			x.Raw("        </attvalues>\n")
		}
	}
	x.Raw("    <nodes>\n")
	for a := range g.Actors() {
		item := fmt.Sprintf("node %q", a.ID)
		vals, err := schema.NodeValues(a)
		if err != nil {
			return &encoding.Error{Item: item, Err: err}
		}
		x.Raw(`      <node id="`)
		x.Text(a.ID, item, "id")
		x.Raw(`" label="`)
		x.Text(a.Label(), item, "name")
		x.Raw("\">\n")
		attvalues(nkeys, nid, vals, item)
		x.Raw("      </node>\n")
	}
	x.Raw("    </nodes>\n    <edges>\n")
	for r := range g.Relations() {
		item := fmt.Sprintf("edge %q", r.ID)
		k, _ := g.Kind(r.Kind)
		vals, err := schema.EdgeValues(r, k)
		if err != nil {
			return &encoding.Error{Item: item, Err: err}
		}
		if e.Simple {
			vals[schema.CostKey] = schema.FormatWeight(schema.Cost(r.Weight))
		}
		x.Raw(`      <edge id="`)
		x.Text(r.ID, item, "id")
		x.Raw(`" source="`)
		x.Text(r.From, item, "source")
		x.Raw(`" target="`)
		x.Text(r.To, item, "target")
		x.Raw(`" kind="`)
		x.Text(r.Kind, item, "kind")
		x.Raw(`" label="`)
		x.Text(r.Kind, item, "kind")
		x.Raw(`" weight="` + vals["weight"] + `">` + "\n")
		attvalues(ekeys, eid, vals, item)
		span := graph.Effective(r, k)
		if !span.IsZero() {
			x.Raw("        <spells>\n          <spell")
			if !span.Since.IsZero() {
				x.Raw(` start="` + span.Since.First().Format(time.DateOnly) + `"`)
			}
			if !span.Until.IsZero() {
				x.Raw(` end="` + span.Until.Last().Format(time.DateOnly) + `"`)
			}
			x.Raw("/>\n        </spells>\n")
		}
		x.Raw("      </edge>\n")
	}
	x.Raw("    </edges>\n  </graph>\n</gexf>\n")
	return x.Finish(e.w)
}

// gexfType names a type as GEXF does ("integer" where GraphML says "int").
func gexfType(t schema.Type) string {
	if t == schema.Int {
		return "integer"
	}
	return t.String()
}
