// Package nodelink writes and reads graphs as NetworkX node-link JSON.
//
// The document is what networkx.node_link_data produces for a directed
// multigraph, with the edge list under "edges":
//
//	import json, networkx as nx
//	g = nx.node_link_graph(json.load(open("ukraine.json")), edges="edges")
//	# g is a MultiDiGraph; g.nodes["putin"]["name"] == "Vladimir Putin"
//	# every relation is an edge keyed by its ID, with kind, sign, since,
//	# until, weight, evidence (a list of {source, quote}), reported_by, ...
//
// Node and edge attributes follow package encoding's schema; lists (aliases,
// roles, evidence) stay lists and free attributes are a nested "attrs"
// mapping. The graph attributes hold the title, the sources and the
// scenario's own kinds, so [Unmarshal] gives back an equal graph.
package nodelink

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/encoding"
)

// Document is the node-link JSON document.
type Document struct {
	Directed   bool          `json:"directed"`
	Multigraph bool          `json:"multigraph"`
	Graph      encoding.Meta `json:"graph"`
	Nodes      []Node        `json:"nodes"`
	Edges      []Edge        `json:"edges"`
}

// Node is an actor.
type Node struct {
	ID      string            `json:"id"`
	Name    string            `json:"name"`
	Kind    string            `json:"kind,omitempty"`
	Country string            `json:"country,omitempty"`
	Title   string            `json:"title,omitempty"`
	Aliases []string          `json:"aliases,omitempty"`
	Roles   []encoding.Role   `json:"roles,omitempty"`
	Note    string            `json:"note,omitempty"`
	Attrs   map[string]string `json:"attrs,omitempty"`
}

// Edge is a relation. Source and Target are actor IDs; Key, the relation
// ID, tells parallel edges apart as NetworkX multigraph keys.
type Edge struct {
	Source     string              `json:"source"`
	Target     string              `json:"target"`
	Key        string              `json:"key"`
	Kind       string              `json:"kind"`
	Sign       int                 `json:"sign"`
	Symmetric  bool                `json:"symmetric"`
	Nature     string              `json:"nature"`
	Since      string              `json:"since,omitempty"`
	Until      string              `json:"until,omitempty"`
	Weight     float64             `json:"weight"`
	Evidence   []encoding.Citation `json:"evidence,omitempty"`
	ReportedBy string              `json:"reported_by,omitempty"`
	Note       string              `json:"note,omitempty"`
	Attrs      map[string]string   `json:"attrs,omitempty"`
}

// Build returns g as a node-link document: actors sorted by ID, relations in
// graph order.
func Build(g *graph.Graph) Document {
	doc := Document{Directed: true, Multigraph: true, Graph: encoding.MetaOf(g), Nodes: []Node{}, Edges: []Edge{}}
	for a := range g.Actors() {
		n := Node{ID: a.ID, Name: a.Name, Country: a.Country, Title: a.Title, Aliases: a.Aliases,
			Roles: encoding.Roles(a.Roles), Note: a.Note, Attrs: a.Attrs}
		if a.Kind != actors.Unknown {
			n.Kind = a.Kind.String()
		}
		doc.Nodes = append(doc.Nodes, n)
	}
	for r := range g.Relations() {
		k, _ := g.Kind(r.Kind)
		doc.Edges = append(doc.Edges, Edge{Source: r.From, Target: r.To, Key: r.ID, Kind: r.Kind, Sign: int(k.Sign),
			Symmetric: k.Symmetric, Nature: k.Nature.String(), Since: r.When.Since.String(), Until: r.When.Until.String(),
			Weight: r.Weight, Evidence: encoding.Citations(r.Evidence), ReportedBy: r.ReportedBy, Note: r.Note, Attrs: r.Attrs})
	}
	return doc
}

// Marshal writes g as indented node-link JSON. The output is deterministic.
func Marshal(w io.Writer, g *graph.Graph) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(Build(g))
}

// ErrFormat means the input is not a node-link document diplograph can read.
var ErrFormat = errors.New("nodelink: bad document")

// Unmarshal reads a node-link document, ours or one written by
// networkx.node_link_data(G, edges="edges") (the older "links" key is
// accepted too), and builds the graph. Node IDs must be strings; an edge
// without a "kind" is an error unless defaultKind is given. Attributes
// outside the schema are kept as free attributes (their JSON text when they
// are not strings).
func Unmarshal(data []byte, defaultKind string) (*graph.Graph, error) {
	var raw struct {
		Graph json.RawMessage              `json:"graph"`
		Nodes []map[string]json.RawMessage `json:"nodes"`
		Edges []map[string]json.RawMessage `json:"edges"`
		Links []map[string]json.RawMessage `json:"links"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&raw); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	if raw.Nodes == nil {
		return nil, fmt.Errorf("%w: no \"nodes\" list", ErrFormat)
	}
	if raw.Edges == nil {
		raw.Edges = raw.Links
	}
	b := graph.NewBuilder()
	var errs []error
	if len(raw.Graph) > 0 && string(raw.Graph) != "null" {
		var m encoding.Meta
		if err := json.Unmarshal(raw.Graph, &m); err != nil {
			errs = append(errs, fmt.Errorf("%w: graph: %v", ErrFormat, err))
		} else if err := m.Apply(b); err != nil {
			errs = append(errs, err)
		}
	}
	for i, n := range raw.Nodes {
		id, err := stringField(n, "id")
		if err != nil {
			errs = append(errs, fmt.Errorf("%w: nodes[%d].id: %v", ErrFormat, i, err))
			continue
		}
		vals, err := flatten(n, "id")
		if err != nil {
			errs = append(errs, fmt.Errorf("%w: nodes[%d]: %v", ErrFormat, i, err))
		}
		a, err := encoding.ActorFromValues(id, vals)
		if err != nil {
			errs = append(errs, fmt.Errorf("nodes[%d]: %w", i, err))
		}
		b.Add(a)
	}
	for i, e := range raw.Edges {
		from, err1 := stringField(e, "source")
		to, err2 := stringField(e, "target")
		if err := errors.Join(err1, err2); err != nil {
			errs = append(errs, fmt.Errorf("%w: edges[%d]: %v", ErrFormat, i, err))
			continue
		}
		vals, err := flatten(e, "source", "target")
		if err != nil {
			errs = append(errs, fmt.Errorf("%w: edges[%d]: %v", ErrFormat, i, err))
		}
		if vals["id"] == "" && vals["key"] != "" {
			vals["id"] = vals["key"]
		}
		if vals["kind"] == "" {
			vals["kind"] = defaultKind
		}
		r, err := encoding.RelationFromValues(fmt.Sprintf("edges[%d]", i), from, to, vals)
		if err != nil {
			errs = append(errs, err)
		}
		b.AddRelation(r)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return b.Build()
}

func stringField(m map[string]json.RawMessage, key string) (string, error) {
	raw, ok := m[key]
	if !ok {
		return "", fmt.Errorf("%q missing", key)
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", fmt.Errorf("%q must be a string, got %s", key, raw)
	}
	return s, nil
}

// flatten turns a node or edge object into the flat text values package
// encoding reads: strings as they are, aliases/roles/evidence and other
// non-strings as JSON text, "attrs" spread into "attr.KEY" values.
func flatten(m map[string]json.RawMessage, skip ...string) (map[string]string, error) {
	out := map[string]string{}
	var errs []error
outer:
	for k, raw := range m {
		for _, s := range skip {
			if k == s {
				continue outer
			}
		}
		if k == "attrs" {
			var attrs map[string]string
			if err := json.Unmarshal(raw, &attrs); err != nil {
				errs = append(errs, fmt.Errorf("attrs must map strings to strings: %v", err))
				continue
			}
			for ak, av := range attrs {
				out[encoding.AttrPrefix+ak] = av
			}
			continue
		}
		var s string
		if json.Unmarshal(raw, &s) == nil {
			out[k] = s
			continue
		}
		if string(raw) == "null" {
			continue
		}
		out[k] = string(bytes.TrimSpace(raw))
	}
	return out, errors.Join(errs...)
}
