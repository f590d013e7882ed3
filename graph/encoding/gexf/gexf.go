// Package gexf writes graphs as GEXF 1.3, the format of Gephi, with time:
// every dated relation carries a spell, so Gephi's timeline plays the crisis
// day by day, and networkx.read_gexf reads it.
//
// Spells use whole days (timeformat "date"): a relation dated to a month
// spans the month's first to last day, one dated to a year the year's. The
// exact text and precision stay in the since and until attributes. Open
// ends are left open. Parallel relations stay separate edges with their own
// IDs; an edge's GEXF "kind" is the relation kind, so Gephi can filter by it.
package gexf

import (
	"fmt"
	"io"
	"time"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/encoding"
)

// Marshal writes g as GEXF 1.3. The output is deterministic (no
// modification date is written). It fails with encoding.ErrNotXML if a
// string holds a character XML cannot carry.
func Marshal(w io.Writer, g *graph.Graph) error {
	x := &encoding.XMLWriter{}
	x.Raw(`<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta>
    <creator>diplograph</creator>
`)
	if t := g.Title(); t != "" {
		x.Raw("    <description>")
		x.Text(t, "graph title")
		x.Raw("</description>\n")
	}
	x.Raw("  </meta>\n")
	x.Raw(`  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">` + "\n")
	nkeys, ekeys := encoding.NodeKeys(g), encoding.EdgeKeys(g)
	attrs := func(class string, keys []encoding.Key) map[string]int {
		ids := map[string]int{}
		x.Raw(`    <attributes class="` + class + `" mode="static">` + "\n")
		for i, k := range keys {
			if class == "node" && k.Name == "name" || class == "edge" && (k.Name == "id" || k.Name == "weight") {
				continue // GEXF's own label, id and weight carry these
			}
			ids[k.Name] = i
			x.Raw(fmt.Sprintf(`      <attribute id="%d" title="`, i))
			x.Text(k.Name, class+" attribute")
			x.Raw(`" type="` + gexfType(k.Type) + `"/>` + "\n")
		}
		x.Raw("    </attributes>\n")
		return ids
	}
	nid := attrs("node", nkeys)
	eid := attrs("edge", ekeys)
	attvalues := func(keys []encoding.Key, ids map[string]int, vals map[string]string, where string) {
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
			x.Text(v, where+" "+k.Name)
			x.Raw("\"/>\n")
		}
		if !first {
			x.Raw("        </attvalues>\n")
		}
	}
	x.Raw("    <nodes>\n")
	for a := range g.Actors() {
		where := fmt.Sprintf("node %q", a.ID)
		x.Raw(`      <node id="`)
		x.Text(a.ID, where)
		x.Raw(`" label="`)
		x.Text(a.Label(), where)
		x.Raw("\">\n")
		attvalues(nkeys, nid, encoding.NodeValues(a), where)
		x.Raw("      </node>\n")
	}
	x.Raw("    </nodes>\n    <edges>\n")
	for r := range g.Relations() {
		where := fmt.Sprintf("edge %q", r.ID)
		k, _ := g.Kind(r.Kind)
		x.Raw(`      <edge id="`)
		x.Text(r.ID, where)
		x.Raw(`" source="`)
		x.Text(r.From, where)
		x.Raw(`" target="`)
		x.Text(r.To, where)
		x.Raw(`" kind="`)
		x.Text(r.Kind, where)
		x.Raw(`" label="`)
		x.Text(r.Kind, where)
		x.Raw(fmt.Sprintf(`" weight="%s">`+"\n", encoding.EdgeValues(r, k)["weight"]))
		attvalues(ekeys, eid, encoding.EdgeValues(r, k), where)
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
	s, err := x.String()
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, s)
	return err
}

// gexfType names a type as GEXF does ("integer" where GraphML says "int").
func gexfType(t encoding.Type) string {
	if t == encoding.Int {
		return "integer"
	}
	return t.String()
}
