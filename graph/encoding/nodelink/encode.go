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
// ID, tells parallel edges apart as NetworkX multigraph keys. Sign is the
// sign the relation counts with: its own, else its kind's.
type edge struct {
	Source     string            `json:"source"`
	Target     string            `json:"target"`
	Key        string            `json:"key"`
	Kind       string            `json:"kind"`
	Sign       int               `json:"sign"`
	Symmetric  bool              `json:"symmetric"`
	Nature     string            `json:"nature"`
	Since      string            `json:"since,omitempty"`
	Until      string            `json:"until,omitempty"`
	Weight     float64           `json:"weight"`
	Evidence   []schema.Citation `json:"evidence,omitempty"`
	ReportedBy string            `json:"reported_by,omitempty"`
	Note       string            `json:"note,omitempty"`
	Attrs      map[string]string `json:"attrs,omitempty"`
}

// An Encoder writes graphs as node-link JSON to an output stream.
type Encoder struct {
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
// string of g is not valid UTF-8 (JSON would replace it).
func (e *Encoder) Encode(g *graph.Graph) error {
	if g == nil {
		return errors.New("nodelink: Encode of a nil graph")
	}
	if err := schema.CheckUTF8(g); err != nil {
		return err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(build(g)); err != nil {
		return err
	}
	_, err := e.w.Write(buf.Bytes())
	return err
}

// build returns g as a node-link document.
func build(g *graph.Graph) document {
	doc := document{Directed: true, Multigraph: true, Graph: schema.MetaOf(g), Nodes: []node{}, Edges: []edge{}}
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
		doc.Edges = append(doc.Edges, edge{Source: r.From, Target: r.To, Key: r.ID, Kind: r.Kind, Sign: int(g.SignOf(r)),
			Symmetric: k.Symmetric, Nature: k.Nature.String(), Since: r.When.Since.String(), Until: r.When.Until.String(),
			Weight: r.Weight, Evidence: schema.Citations(r.Evidence), ReportedBy: r.ReportedBy, Note: r.Note, Attrs: r.Attrs})
	}
	return doc
}
