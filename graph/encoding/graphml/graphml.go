// Package graphml writes and reads graphs as GraphML, the XML graph format
// that networkx.read_graphml, yEd, Gephi and igraph read.
//
// Attributes follow package encoding's schema with declared types (sign is
// an int, symmetric a boolean, weight a double); lists are JSON text; free
// attributes are "attr.KEY" string keys. Edge IDs are relation IDs, so a
// MultiDiGraph read by NetworkX keys parallel edges by them. The graph's
// title, sources and own kinds are graph-level data, so [Unmarshal] gives
// back an equal graph.
package graphml

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/encoding"
)

const header = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
`

// Marshal writes g as GraphML. The output is deterministic. It fails with
// encoding.ErrNotXML if a string holds a character XML cannot carry.
func Marshal(w io.Writer, g *graph.Graph) error {
	x := &encoding.XMLWriter{}
	x.Raw(header)
	x.Raw(`  <key id="g_title" for="graph" attr.name="title" attr.type="string"/>` + "\n")
	x.Raw(`  <key id="g_sources" for="graph" attr.name="sources" attr.type="string"/>` + "\n")
	x.Raw(`  <key id="g_kinds" for="graph" attr.name="kinds" attr.type="string"/>` + "\n")
	nkeys, ekeys := encoding.NodeKeys(g), encoding.EdgeKeys(g)
	nid := map[string]string{}
	for i, k := range nkeys {
		nid[k.Name] = fmt.Sprintf("n%d", i)
		x.Raw(fmt.Sprintf(`  <key id="n%d" for="node" attr.name="`, i))
		x.Text(k.Name, "node key")
		x.Raw(`" attr.type="` + k.Type.String() + `"/>` + "\n")
	}
	eid := map[string]string{}
	for i, k := range ekeys {
		eid[k.Name] = fmt.Sprintf("e%d", i)
		x.Raw(fmt.Sprintf(`  <key id="e%d" for="edge" attr.name="`, i))
		x.Text(k.Name, "edge key")
		x.Raw(`" attr.type="` + k.Type.String() + `"/>` + "\n")
	}
	x.Raw(`  <graph id="G" edgedefault="directed">` + "\n")
	meta := encoding.MetaOf(g)
	data := func(indent, key, value, where string) {
		x.Raw(indent + `<data key="` + key + `">`)
		x.Text(value, where)
		x.Raw("</data>\n")
	}
	if meta.Title != "" {
		data("    ", "g_title", meta.Title, "graph title")
	}
	if len(meta.Sources) > 0 {
		data("    ", "g_sources", encoding.JSONText(meta.Sources), "graph sources")
	}
	if len(meta.Kinds) > 0 {
		data("    ", "g_kinds", encoding.JSONText(meta.Kinds), "graph kinds")
	}
	for a := range g.Actors() {
		where := fmt.Sprintf("node %q", a.ID)
		x.Raw(`    <node id="`)
		x.Text(a.ID, where)
		x.Raw("\">\n")
		vals := encoding.NodeValues(a)
		for _, k := range nkeys {
			if v, ok := vals[k.Name]; ok {
				data("      ", nid[k.Name], v, where+" "+k.Name)
			}
		}
		x.Raw("    </node>\n")
	}
	for r := range g.Relations() {
		where := fmt.Sprintf("edge %q", r.ID)
		x.Raw(`    <edge id="`)
		x.Text(r.ID, where)
		x.Raw(`" source="`)
		x.Text(r.From, where)
		x.Raw(`" target="`)
		x.Text(r.To, where)
		x.Raw("\">\n")
		k, _ := g.Kind(r.Kind)
		vals := encoding.EdgeValues(r, k)
		for _, key := range ekeys {
			if v, ok := vals[key.Name]; ok {
				data("      ", eid[key.Name], v, where+" "+key.Name)
			}
		}
		x.Raw("    </edge>\n")
	}
	x.Raw("  </graph>\n</graphml>\n")
	s, err := x.String()
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, s)
	return err
}

// ErrFormat means the input is not GraphML diplograph can read.
var ErrFormat = errors.New("graphml: bad document")

type document struct {
	Keys  []keyElem `xml:"key"`
	Graph []struct {
		EdgeDefault string     `xml:"edgedefault,attr"`
		Data        []dataElem `xml:"data"`
		Nodes       []struct {
			ID     string     `xml:"id,attr"`
			Data   []dataElem `xml:"data"`
			Nested []struct{} `xml:"graph"`
		} `xml:"node"`
		Hyperedges []struct{} `xml:"hyperedge"`
		Edges      []struct {
			ID       string     `xml:"id,attr"`
			Source   string     `xml:"source,attr"`
			Target   string     `xml:"target,attr"`
			Directed string     `xml:"directed,attr"`
			Data     []dataElem `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type keyElem struct {
	ID      string `xml:"id,attr"`
	For     string `xml:"for,attr"`
	Name    string `xml:"attr.name,attr"`
	Default string `xml:"default"`
}

type dataElem struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// Unmarshal reads GraphML, ours or another tool's (networkx.write_graphml,
// yEd, Gephi), and builds the graph. Attribute names are matched to the
// schema of package encoding; others become free attributes. An edge
// without a "kind" attribute is an error unless defaultKind is given. An
// undirected graph's edges are read as given (from source to target); pick
// a symmetric default kind for them. Nested graphs and hyperedges are
// reported, not dropped.
func Unmarshal(r io.Reader, defaultKind string) (*graph.Graph, error) {
	var doc document
	dec := xml.NewDecoder(r)
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	if len(doc.Graph) != 1 {
		return nil, fmt.Errorf("%w: want one <graph>, found %d", ErrFormat, len(doc.Graph))
	}
	gr := doc.Graph[0]
	if len(gr.Hyperedges) > 0 {
		return nil, fmt.Errorf("%w: %d hyperedges: diplograph relations join two actors", ErrFormat, len(gr.Hyperedges))
	}
	for _, n := range gr.Nodes {
		if len(n.Nested) > 0 {
			return nil, fmt.Errorf("%w: node %q holds a nested graph, which diplograph cannot represent", ErrFormat, n.ID)
		}
	}
	names := map[string]string{}        // key id -> attribute name
	defaults := map[string][]dataElem{} // "node"/"edge" -> default values
	for _, k := range doc.Keys {
		names[k.ID] = k.Name
		if k.Name == "" {
			names[k.ID] = k.ID
		}
		if k.Default != "" {
			defaults[k.For] = append(defaults[k.For], dataElem{Key: k.ID, Value: k.Default})
		}
	}
	values := func(def string, ds []dataElem) map[string]string {
		v := map[string]string{}
		for _, d := range append(defaults[def], ds...) {
			v[names[d.Key]] = d.Value
		}
		return v
	}
	b := graph.NewBuilder()
	var errs []error
	gv := values("graph", gr.Data)
	meta := encoding.Meta{Title: gv["title"]}
	if s := gv["sources"]; s != "" {
		if err := encoding.UnmarshalJSONText(s, &meta.Sources); err != nil {
			errs = append(errs, fmt.Errorf("%w: graph sources: %v", ErrFormat, err))
		}
	}
	if s := gv["kinds"]; s != "" {
		if err := encoding.UnmarshalJSONText(s, &meta.Kinds); err != nil {
			errs = append(errs, fmt.Errorf("%w: graph kinds: %v", ErrFormat, err))
		}
	}
	if err := meta.Apply(b); err != nil {
		errs = append(errs, err)
	}
	for _, n := range gr.Nodes {
		a, err := encoding.ActorFromValues(n.ID, values("node", n.Data))
		if err != nil {
			errs = append(errs, err)
		}
		b.Add(a)
	}
	for i, e := range gr.Edges {
		v := values("edge", e.Data)
		if v["id"] == "" {
			v["id"] = e.ID
		}
		if v["kind"] == "" {
			v["kind"] = defaultKind
		}
		rel, err := encoding.RelationFromValues(fmt.Sprintf("edge %d (%s)", i, strings.TrimSpace(e.ID)), e.Source, e.Target, v)
		if err != nil {
			errs = append(errs, err)
		}
		b.AddRelation(rel)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return b.Build()
}
