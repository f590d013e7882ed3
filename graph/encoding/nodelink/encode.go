package nodelink

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/encoding/internal/schema"
)

// document is the node-link JSON document. Field order is output order.
type document struct {
	Directed   bool        `json:"directed"`
	Multigraph bool        `json:"multigraph"`
	Graph      schema.Meta `json:"graph"`
	Nodes      []node      `json:"nodes"`
	Edges      []edge      `json:"edges"`
}

// node is an actor.
type node struct {
	ID      string            `json:"id"`
	Name    string            `json:"name"`
	Kind    string            `json:"kind,omitempty"`
	Country string            `json:"country,omitempty"`
	Title   string            `json:"title,omitempty"`
	Aliases []string          `json:"aliases,omitempty"`
	Roles   []schema.Role     `json:"roles,omitempty"`
	Note    string            `json:"note,omitempty"`
	Attrs   map[string]string `json:"attrs,omitempty"`
}

// edge is a relation. Source and Target are actor IDs; Key, the relation
// ID, tells parallel edges apart as NetworkX multigraph keys. In simple
// mode there is no key: the relation ID is the attribute ID, and Cost is
// 1/Weight. Sign is the sign the relation counts with: its own, else its
// kind's.
type edge struct {
	Source     string            `json:"source"`
	Target     string            `json:"target"`
	Key        string            `json:"key,omitempty"`
	ID         string            `json:"id,omitempty"`
	Kind       string            `json:"kind"`
	Sign       int               `json:"sign"`
	Symmetric  bool              `json:"symmetric"`
	Nature     string            `json:"nature"`
	Since      string            `json:"since,omitempty"`
	Until      string            `json:"until,omitempty"`
	Weight     float64           `json:"weight"`
	Count      int               `json:"count,omitempty"`
	Cost       *float64          `json:"cost,omitempty"`
	Evidence   []schema.Citation `json:"evidence,omitempty"`
	ReportedBy string            `json:"reported_by,omitempty"`
	Note       string            `json:"note,omitempty"`
	Attrs      map[string]string `json:"attrs,omitempty"`
}

// An Encoder writes graphs as node-link JSON to an output stream.
type Encoder struct {
	// Simple writes the graph as a simple weighted directed graph, the
	// form measures in other tools expect: the document says
	// "multigraph": false, so NetworkX reads a DiGraph; an edge has no
	// "key" but an "id" attribute, and gets "cost" = 1/weight beside its
	// "weight". Encode then fails with encoding.ErrNotSimple on two
	// relations from one actor to another or on a relation of a symmetric
	// kind. Use it on a projection's graph (analysis.Projection.Simple).
	// Default false: a multigraph, one edge per relation, keyed by its ID.
	Simple bool

	w io.Writer
}

// NewEncoder returns an encoder that writes to w.
func NewEncoder(w io.Writer) *Encoder { return &Encoder{w: w} }

// Encode writes g as one node-link document, indented by two spaces and
// ending in a newline, with <, > and & written as they are. Nodes are
// sorted by ID, edges in graph order; the output is deterministic. It is
// written only once it is complete, so a failed Encode writes nothing.
//
// Encode fails with an *encoding.Error wrapping encoding.ErrNotUTF8 if a
// string of g is not valid UTF-8 (JSON would replace it), and in simple
// mode with one wrapping encoding.ErrNotSimple if g is not simple.
func (e *Encoder) Encode(g *graph.Graph) error {
	if g == nil {
		return errors.New("nodelink: Encode of a nil graph")
	}
	if err := schema.CheckUTF8(g); err != nil {
		return err
	}
	if e.Simple {
		if err := schema.CheckSimple(g); err != nil {
			return err
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(build(g, e.Simple)); err != nil {
		return err
	}
	_, err := e.w.Write(buf.Bytes())
	return err
}

// build returns g as a node-link document, a simple graph's if simple.
func build(g *graph.Graph, simple bool) document {
	doc := document{Directed: true, Multigraph: !simple, Graph: schema.MetaOf(g), Nodes: []node{}, Edges: []edge{}}
	for a := range g.Actors() {
		n := node{ID: a.ID, Name: a.Name, Country: a.Country, Title: a.Title, Aliases: a.Aliases,
			Roles: schema.Roles(a.Roles), Note: a.Note, Attrs: a.Attrs}
		if a.Kind != actors.Unknown {
			n.Kind = a.Kind.String()
		}
		doc.Nodes = append(doc.Nodes, n)
	}
	for r := range g.Relations() {
		k, _ := g.Kind(r.Kind)
		ed := edge{Source: r.From, Target: r.To, Key: r.ID, Kind: r.Kind, Sign: int(g.SignOf(r)),
			Symmetric: k.Symmetric, Nature: k.Nature.String(), Since: r.When.Since.String(), Until: r.When.Until.String(),
			Weight: r.Weight, Evidence: schema.Citations(r.Evidence), ReportedBy: r.ReportedBy, Note: r.Note, Attrs: r.Attrs}
		if r.Count > 1 {
			ed.Count = r.Count
		}
		if simple {
			cost := schema.Cost(r.Weight)
			ed.Key, ed.ID, ed.Cost = "", r.ID, &cost
		}
		doc.Edges = append(doc.Edges, ed)
	}
	return doc
}
