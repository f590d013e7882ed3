package graphml

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding/ianaindex"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/encoding"
	"github.com/diplograph/diplograph/graph/encoding/internal/schema"
)

// ErrFormat means the input is not GraphML diplograph can read: not
// well-formed XML, no <graphml> root, not exactly one <graph>, a nested
// graph or a hyperedge (a diplograph relation joins two actors).
var ErrFormat = errors.New("graphml: bad document")

// A Decoder reads a graph from GraphML.
type Decoder struct {
	// DefaultKind is the relation kind of edges without a "kind"
	// attribute, as in graphs other tools made. The default, "", makes
	// such an edge an error (graph.ErrMissing).
	DefaultKind string
	// MaxBytes is the most bytes Decode reads: a longer input fails with
	// an error wrapping encoding.ErrTooLarge. Default 0: 1 GiB; negative: no limit.
	MaxBytes int64
	// Name names the input in errors, such as "ukraine.graphml"; the
	// default is no name.
	Name string

	r io.Reader
}

// NewDecoder returns a decoder that reads from r.
func NewDecoder(r io.Reader) *Decoder { return &Decoder{r: r} }

// Decode reads r to its end, one GraphML document, and builds the graph.
// The document may be ours or another tool's (networkx.write_graphml, yEd,
// Gephi). Attribute names (a key's attr.name, or its id when it has none)
// are matched to the schema of package encoding; others become free
// attributes; data for an undeclared key is named by its key; key defaults
// apply. A key declared twice, data without a key, and data mixing text
// with elements are errors. Data that holds XML elements rather
// than text, such as yEd's graphics, is skipped. Edges are read from
// source to target, also in an undirected graph; give such a graph a
// symmetric DefaultKind. An edge's id attribute is its relation ID when it
// has no "id" data. Nested graphs and hyperedges are reported, not
// dropped.
//
// Decode reports every problem it finds, each an [*encoding.Error], joined
// with errors.Join; the graph is then nil. An XML syntax error stops at
// once. Decode never panics.
func (d *Decoder) Decode() (*graph.Graph, error) {
	data, err := schema.ReadInput(d.r, d.MaxBytes, d.Name)
	if err != nil {
		return nil, err
	}
	ps := &schema.Places{File: d.Name, Field: schema.SourceTarget}
	doc, ok := parse(data, ps)
	if !ok {
		return nil, errors.Join(ps.Errs...)
	}
	names := map[string]string{}        // key id -> attribute name
	defaults := map[string][]dataElem{} // "graph", "node", "edge" or "all" -> default values
	for _, k := range doc.keys {
		if _, dup := names[k.ID]; dup {
			ps.Add(k.place, "", fmt.Errorf("%w: a second <key id=%q>: each key is declared once", ErrFormat, k.ID))
			continue
		}
		if k.ID == "" {
			ps.Add(k.place, "", fmt.Errorf("%w: a <key> without an id", ErrFormat))
			continue
		}
		names[k.ID] = k.Name
		if k.Name == "" {
			names[k.ID] = k.ID
		}
		if k.Default != nil {
			defaults[k.For] = append(defaults[k.For], dataElem{Key: k.ID, Value: *k.Default})
		}
	}
	// values gathers an item's attributes: the defaults, then its data.
	values := func(place schema.Place, domain string, ds []dataElem) map[string]string {
		v := map[string]string{}
		for _, list := range [][]dataElem{defaults["all"], defaults[domain], ds} {
			for _, d := range list {
				name, ok := names[d.Key]
				switch {
				case d.Key == "":
					ps.Add(place, "", fmt.Errorf("%w: a <data> element without a key", ErrFormat))
					continue
				case !ok:
					name = d.Key // undeclared: named by its key, as other readers do
				case len(d.Elements) > 0 && strings.TrimSpace(d.Value) != "":
					ps.Add(place, name, fmt.Errorf("%w: <data key=%q> mixes text and elements (%q and <%s>); want text only", ErrFormat, d.Key, strings.TrimSpace(d.Value), d.Elements[0].XMLName.Local))
					continue
				case len(d.Elements) > 0:
					continue // structured data such as yEd graphics
				}
				v[name] = d.Value
			}
		}
		return v
	}

	b := graph.NewBuilder()
	ps.Graph = doc.graph.place
	gv := values(doc.graph.place, "graph", doc.graph.data)
	meta := schema.Meta{Title: gv["title"]}
	for _, m := range []struct {
		key  string
		into any
	}{{"sources", &meta.Sources}, {"kinds", &meta.Kinds}} {
		if s := gv[m.key]; s != "" {
			if err := json.Unmarshal([]byte(s), m.into); err != nil {
				ps.Add(doc.graph.place, m.key, fmt.Errorf("%w: want a JSON list of %s%s", encoding.ErrBadValue, m.key, schema.JSONDetail(err)))
			}
		}
	}
	ps.AddProblems(doc.graph.place, meta.Apply(b))
	kindSign := meta.KindSign()
	for _, n := range doc.nodes {
		a, probs := schema.ActorFromValues(n.id, values(n.place, "node", n.data))
		ps.AddProblems(n.place, probs)
		b.Add(a)
		ps.Actors = append(ps.Actors, n.place)
	}
	for _, e := range doc.edges {
		v := values(e.place, "edge", e.data)
		if v["id"] == "" {
			v["id"] = e.id
		}
		if v["kind"] == "" {
			v["kind"] = d.DefaultKind
		}
		r, probs := schema.RelationFromValues(e.source, e.target, v, kindSign)
		ps.AddProblems(e.place, probs)
		b.AddRelation(r)
		ps.Relations = append(ps.Relations, e.place)
	}
	return ps.Build(b)
}

type keyElem struct {
	ID      string  `xml:"id,attr"`
	For     string  `xml:"for,attr"`
	Name    string  `xml:"attr.name,attr"`
	Default *string `xml:"default"`

	place schema.Place
}

type dataElem struct {
	Key      string `xml:"key,attr"`
	Value    string `xml:",chardata"`
	Elements []struct {
		XMLName xml.Name
	} `xml:",any"`
}

type nodeElem struct {
	ID     string     `xml:"id,attr"`
	Data   []dataElem `xml:"data"`
	Nested []struct{} `xml:"graph"`
}

type edgeElem struct {
	ID     string     `xml:"id,attr"`
	Source string     `xml:"source,attr"`
	Target string     `xml:"target,attr"`
	Data   []dataElem `xml:"data"`
}

// item is a graph, node or edge as read, with its place.
type item struct {
	place              schema.Place
	id, source, target string
	data               []dataElem
}

type parsed struct {
	keys         []keyElem
	graph        item
	nodes, edges []item
}

// parser reads a document element by element, so that every item keeps
// the place it was read at.
type parser struct {
	data   []byte
	dec    *xml.Decoder
	ps     *schema.Places
	doc    parsed
	graphs int
}

// parse reads the document. It reports false after a problem that leaves
// nothing to build.
func parse(data []byte, ps *schema.Places) (parsed, bool) {
	p := &parser{data: data, dec: xml.NewDecoder(bytes.NewReader(data)), ps: ps}
	p.dec.CharsetReader = charsetReader
	root := false
	for {
		start, tok, err := p.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return p.doc, p.syntax(err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch {
		case root:
			p.fail(start, "", "", "a second root element <%s>", se.Name.Local)
			return p.doc, false
		case se.Name.Local != "graphml":
			p.fail(start, "", "", "the root element is <%s>, want <graphml>", se.Name.Local)
			return p.doc, false
		}
		root = true
		if !p.children(func(start int, se xml.StartElement) bool { return p.top(start, se) }) {
			return p.doc, false
		}
	}
	switch {
	case !root:
		p.fail(len(data), "", "", "no <graphml> element")
		return p.doc, false
	case p.graphs == 0:
		p.fail(len(data), "", "", "no <graph> element")
		return p.doc, false
	case p.graphs > 1:
		return p.doc, false // reported
	}
	return p.doc, true
}

// next returns the next token and the offset where it starts.
func (p *parser) next() (int, xml.Token, error) {
	off := int(p.dec.InputOffset())
	tok, err := p.dec.Token()
	return off, tok, err
}

// children calls fn for each child element of the element just read,
// until its end. fn reads or skips the child. It reports false after a
// syntax error.
func (p *parser) children(fn func(start int, se xml.StartElement) bool) bool {
	for {
		start, tok, err := p.next()
		if err != nil {
			return p.syntax(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if !fn(start, t) {
				return false
			}
		case xml.EndElement:
			return true
		}
	}
}

// top reads a child of <graphml>.
func (p *parser) top(start int, se xml.StartElement) bool {
	switch se.Name.Local {
	case "key":
		var k keyElem
		if err := p.dec.DecodeElement(&k, &se); err != nil {
			return p.syntax(err)
		}
		k.place = p.place(start, fmt.Sprintf("key %q", k.ID))
		p.doc.keys = append(p.doc.keys, k)
		return true
	case "graph":
		p.graphs++
		if p.graphs > 1 {
			p.fail(start, "graph", "", "a second <graph>: diplograph reads one graph per document")
			return p.skip()
		}
		p.doc.graph.place = p.place(start, "graph")
		return p.children(func(start int, se xml.StartElement) bool { return p.inGraph(start, se) })
	}
	return p.skip()
}

// inGraph reads a child of <graph>.
func (p *parser) inGraph(start int, se xml.StartElement) bool {
	switch se.Name.Local {
	case "data":
		var d dataElem
		if err := p.dec.DecodeElement(&d, &se); err != nil {
			return p.syntax(err)
		}
		p.doc.graph.data = append(p.doc.graph.data, d)
	case "node":
		var n nodeElem
		if err := p.dec.DecodeElement(&n, &se); err != nil {
			return p.syntax(err)
		}
		name := fmt.Sprintf("node %q", n.ID)
		if n.ID == "" {
			name = fmt.Sprintf("nodes[%d]", len(p.doc.nodes))
		}
		if len(n.Nested) > 0 {
			p.fail(start, name, "", "a nested graph, which diplograph cannot represent")
			return true
		}
		p.doc.nodes = append(p.doc.nodes, item{place: p.place(start, name), id: n.ID, data: n.Data})
	case "edge":
		var e edgeElem
		if err := p.dec.DecodeElement(&e, &se); err != nil {
			return p.syntax(err)
		}
		name := fmt.Sprintf("edge %q", e.ID)
		if e.ID == "" {
			name = fmt.Sprintf("edges[%d]", len(p.doc.edges))
		}
		p.doc.edges = append(p.doc.edges, item{place: p.place(start, name), id: e.ID, source: e.Source, target: e.Target, data: e.Data})
	case "hyperedge":
		p.fail(start, "hyperedge", "", "a hyperedge: diplograph relations join two actors")
		return p.skip()
	default:
		return p.skip()
	}
	return true
}

// charsetReader decodes a document whose XML declaration names another
// encoding than UTF-8, such as ISO-8859-1 or windows-1252, by its IANA name.
func charsetReader(label string, r io.Reader) (io.Reader, error) {
	e, err := ianaindex.IANA.Encoding(label)
	if err != nil || e == nil {
		return nil, fmt.Errorf("unknown encoding %q (want UTF-8, or a character set with an IANA name such as ISO-8859-1 or windows-1252)", label)
	}
	return e.NewDecoder().Reader(r), nil
}

func (p *parser) skip() bool {
	if err := p.dec.Skip(); err != nil {
		return p.syntax(err)
	}
	return true
}

func (p *parser) place(off int, name string) schema.Place {
	line, col := schema.Position(p.data, off)
	return schema.Place{Item: name, Line: line, Column: col}
}

func (p *parser) fail(off int, name, key, format string, args ...any) {
	p.ps.Add(p.place(off, name), key, fmt.Errorf("%w: "+format, append([]any{ErrFormat}, args...)...))
}

// syntax reports an XML syntax error where the decoder stopped, and
// returns false.
func (p *parser) syntax(err error) bool {
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	p.fail(int(p.dec.InputOffset()), "", "", "%v", err)
	return false
}
