package nodelink

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/encoding/internal/schema"
)

// ErrFormat means the input is not a node-link document diplograph can
// read: not JSON, not an object, no "nodes" list, a node or edge that is
// not an object, a node ID or edge end that is not a string, free
// attributes that are not a mapping of strings.
var ErrFormat = errors.New("nodelink: bad document")

// A Decoder reads a graph from node-link JSON.
type Decoder struct {
	// DefaultKind is the relation kind of edges without a "kind"
	// attribute, as in graphs NetworkX made. The default, "", makes such
	// an edge an error (graph.ErrMissing).
	DefaultKind string
	// MaxBytes is the most bytes Decode reads: a longer input fails with
	// an error wrapping encoding.ErrTooLarge. Default 0: 1 GiB; negative: no limit.
	MaxBytes int64
	// Name names the input in errors, such as "ukraine.json"; the default
	// is no name.
	Name string

	r io.Reader
}

// NewDecoder returns a decoder that reads from r.
func NewDecoder(r io.Reader) *Decoder { return &Decoder{r: r} }

// Decode reads r to its end, one node-link document, and builds the graph.
// The document may be ours or one networkx.node_link_data(G, edges="edges")
// wrote; the older "links" key is read when there is no "edges". Node IDs
// and edge ends must be strings. Edges are read from source to target, also
// in a document that says "directed": false; give such a graph a symmetric
// DefaultKind. An edge's "key" is its relation ID when it has no "id".
// Attributes outside the schema become free attributes (their JSON text
// when they are not strings).
//
// Decode reports every problem it finds, each an [*encoding.Error], joined
// with errors.Join; the graph is then nil. A JSON syntax error stops at
// once. Decode never panics.
func (d *Decoder) Decode() (*graph.Graph, error) {
	data, err := schema.ReadInput(d.r, d.MaxBytes, d.Name)
	if err != nil {
		return nil, err
	}
	ps := &schema.Places{File: d.Name, Field: schema.SourceTarget}
	// A byte order mark is no JSON, but editors on Windows write one.
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	doc, ok := d.parse(data, ps)
	if !ok {
		return nil, errors.Join(ps.Errs...)
	}
	b := graph.NewBuilder()
	var meta schema.Meta
	if doc.graph != nil {
		if err := json.Unmarshal(doc.graph, &meta); err != nil {
			ps.Add(doc.graphPlace, "", fmt.Errorf("%w: want \"graph\" to be an object of graph attributes%s", ErrFormat, schema.JSONDetail(err)))
		} else {
			ps.AddProblems(doc.graphPlace, meta.Apply(b))
		}
	}
	kindSign := meta.KindSign()
	ps.Graph = doc.graphPlace
	for _, n := range doc.nodes {
		id, err := stringField(n.fields, "id")
		if err != nil {
			ps.Add(n.place, "id", err)
			continue
		}
		vals, err := flatten(n.fields, "id")
		if err != nil {
			ps.Add(n.place, "attrs", err)
		}
		a, probs := schema.ActorFromValues(id, vals)
		ps.AddProblems(n.place, probs)
		b.Add(a)
		ps.Actors = append(ps.Actors, n.place)
	}
	for _, e := range doc.edges {
		from, err1 := stringField(e.fields, "source")
		to, err2 := stringField(e.fields, "target")
		if err1 != nil || err2 != nil {
			for _, p := range []struct {
				key string
				err error
			}{{"source", err1}, {"target", err2}} {
				if p.err != nil {
					ps.Add(e.place, p.key, p.err)
				}
			}
			continue
		}
		vals, err := flatten(e.fields, "source", "target")
		if err != nil {
			ps.Add(e.place, "attrs", err)
		}
		if vals["id"] == "" && vals["key"] != "" {
			vals["id"] = vals["key"]
		}
		if vals["kind"] == "" {
			vals["kind"] = d.DefaultKind
		}
		r, probs := schema.RelationFromValues(from, to, vals, kindSign)
		ps.AddProblems(e.place, probs)
		b.AddRelation(r)
		ps.Relations = append(ps.Relations, e.place)
	}
	return ps.Build(b)
}

// parsed is a node-link document with the place of every part.
type parsed struct {
	graph        json.RawMessage // nil when absent or null
	graphPlace   schema.Place
	nodes, edges []item
}

// item is a node or edge object.
type item struct {
	fields map[string]json.RawMessage
	place  schema.Place
}

// parse reads the top level of the document and the objects of its node
// and edge lists, with their places. It reports false after a problem that
// leaves nothing to build.
func (d *Decoder) parse(data []byte, ps *schema.Places) (parsed, bool) {
	var doc parsed
	fatal := func(off int, err error) (parsed, bool) {
		line, col := schema.Position(data, off)
		ps.Add(schema.Place{Line: line, Column: col}, "", err)
		return doc, false
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber() // a document that is a huge number is described, not converted
	start := skip(data, 0)
	tok, err := dec.Token()
	if err != nil {
		return fatal(syntaxOffset(err, data), syntaxError(err, data))
	}
	if tok != json.Delim('{') {
		return fatal(start, fmt.Errorf("%w: the document is %s, want an object with \"nodes\" and \"edges\"", ErrFormat, describe(data[start:])))
	}
	seen := map[string]bool{}
	var lists = map[string][]item{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return fatal(syntaxOffset(err, data), syntaxError(err, data))
		}
		key, _ := tok.(string) // object keys are strings
		at := skip(data, int(dec.InputOffset()))
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return fatal(syntaxOffset(err, data), syntaxError(err, data))
		}
		line, col := schema.Position(data, at)
		place := schema.Place{Item: key, Line: line, Column: col}
		if seen[key] {
			ps.Add(place, "", fmt.Errorf("%w: duplicate key %q", ErrFormat, key))
			continue
		}
		seen[key] = true
		switch key {
		case "graph":
			place.Item = "graph"
			doc.graphPlace = place
			if string(raw) != "null" {
				doc.graph = raw
			}
		case "nodes", "edges", "links":
			if string(raw) == "null" {
				if key == "nodes" {
					ps.Add(place, "", fmt.Errorf("%w: \"nodes\" is null, want a list", ErrFormat))
				}
				continue
			}
			items, ok := d.items(data, at, raw, key, ps)
			if !ok {
				continue
			}
			lists[key] = items
		}
	}
	if _, err := dec.Token(); err != nil { // the closing brace
		return fatal(syntaxOffset(err, data), syntaxError(err, data))
	}
	end := skip(data, int(dec.InputOffset()))
	if _, err := dec.Token(); err != io.EOF {
		return fatal(end, fmt.Errorf("%w: data after the document", ErrFormat))
	}
	nodes, ok := lists["nodes"]
	switch {
	case !ok && !seen["nodes"]:
		return fatal(start, fmt.Errorf("%w: no \"nodes\" list", ErrFormat))
	case !ok:
		return doc, false // null, or not a list (reported)
	}
	doc.nodes = nodes
	doc.edges = lists["edges"]
	if seen["edges"] && seen["links"] {
		return fatal(start, fmt.Errorf("%w: both \"edges\" and \"links\": a document has one list of edges, under either name", ErrFormat))
	}
	if !seen["edges"] {
		doc.edges = lists["links"]
	}
	return doc, true
}

// items reads the objects of the list raw, found at offset base of data
// under key ("nodes" or "edges"; "links" items are named edges).
func (d *Decoder) items(data []byte, base int, raw json.RawMessage, key string, ps *schema.Places) ([]item, bool) {
	name := key
	if key == "links" {
		name = "edges"
	}
	if raw[0] != '[' {
		line, col := schema.Position(data, base)
		ps.Add(schema.Place{Item: key, Line: line, Column: col}, "", fmt.Errorf("%w: %q is %s, want a list", ErrFormat, key, describe(raw)))
		return nil, false
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	_, _ = dec.Token() // the opening bracket, checked above
	out := []item{}
	for i := 0; dec.More(); i++ {
		off := skip(raw, int(dec.InputOffset()))
		var v json.RawMessage
		_ = dec.Decode(&v) // raw is valid JSON
		line, col := schema.Position(data, base+off)
		place := schema.Place{Item: fmt.Sprintf("%s[%d]", name, i), Line: line, Column: col}
		m, dup := object(v)
		switch {
		case m == nil:
			ps.Add(place, "", fmt.Errorf("%w: %s is %s, want an object", ErrFormat, place.Item, describe(v)))
			continue
		case dup != "":
			ps.Add(place, dup, fmt.Errorf("%w: duplicate key %q", ErrFormat, dup))
		}
		out = append(out, item{fields: m, place: place})
	}
	return out, true
}

// object reads the members of a JSON object, and the first key it holds
// twice ("" if none): encoding/json would silently keep the last. It
// returns nil if v is not an object. v must be valid JSON.
func object(v json.RawMessage) (m map[string]json.RawMessage, dup string) {
	if len(v) == 0 || v[0] != '{' {
		return nil, ""
	}
	m = map[string]json.RawMessage{}
	dec := json.NewDecoder(bytes.NewReader(v))
	_, _ = dec.Token() // {
	for dec.More() {
		tok, _ := dec.Token()
		key, _ := tok.(string)
		var raw json.RawMessage
		_ = dec.Decode(&raw)
		if _, ok := m[key]; ok && dup == "" {
			dup = key
		}
		m[key] = raw
	}
	return m, dup
}

// skip returns the offset of the first byte at or after off that is not
// JSON white space or a separator (',' or ':').
func skip(data []byte, off int) int {
	for off < len(data) {
		switch data[off] {
		case ' ', '\t', '\n', '\r', ',', ':':
			off++
		default:
			return off
		}
	}
	return off
}

// describe names the kind of the JSON value that starts data.
func describe(data []byte) string {
	if len(data) == 0 {
		return "nothing"
	}
	switch data[0] {
	case '{':
		return "an object"
	case '[':
		return "a list"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

// syntaxError wraps a JSON syntax error in ErrFormat.
func syntaxError(err error, data []byte) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		if len(bytes.TrimSpace(data)) == 0 {
			return fmt.Errorf("%w: empty input", ErrFormat)
		}
		return fmt.Errorf("%w: unexpected end of input", ErrFormat)
	}
	return fmt.Errorf("%w: %v", ErrFormat, err)
}

// syntaxOffset returns the offset of the byte at fault in a document with
// a syntax error, or the end of the input when it ends too soon. A
// json.Decoder gives offsets from where its current value started, so the
// whole input is checked again for the offset from its start.
func syntaxOffset(err error, data []byte) int {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return len(data)
	}
	var se *json.SyntaxError
	if errors.As(json.Unmarshal(data, new(json.RawMessage)), &se) && se.Offset > 0 {
		return int(se.Offset) - 1
	}
	return len(data)
}

func stringField(m map[string]json.RawMessage, key string) (string, error) {
	raw, ok := m[key]
	if !ok {
		return "", fmt.Errorf("%w: %q missing", ErrFormat, key)
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", fmt.Errorf("%w: %q must be a string, got %s", ErrFormat, key, describe(raw))
	}
	return s, nil
}

// flatten turns a node or edge object into the flat text values package
// schema reads: strings as they are, aliases, roles, evidence and other
// non-strings as JSON text (invalid UTF-8 in it replaced by U+FFFD), "attrs" spread into "attr.KEY" values; null
// leaves a value out.
func flatten(m map[string]json.RawMessage, skipKeys ...string) (map[string]string, error) {
	out := map[string]string{}
	var err error
outer:
	for _, k := range slices.Sorted(maps.Keys(m)) {
		raw := m[k]
		for _, s := range skipKeys {
			if k == s {
				continue outer
			}
		}
		if k == "attrs" {
			var attrs map[string]string
			if e := json.Unmarshal(raw, &attrs); e != nil {
				err = fmt.Errorf("%w: \"attrs\" must map names to strings", ErrFormat)
				continue
			}
			for _, ak := range slices.Sorted(maps.Keys(attrs)) {
				av := attrs[ak]
				if _, twice := m[schema.AttrPrefix+ak]; twice {
					err = fmt.Errorf("%w: attribute %q given twice, as \"attrs\": {%q: ...} and as %q", ErrFormat, ak, ak, schema.AttrPrefix+ak)
				}
				out[schema.AttrPrefix+ak] = av
			}
			continue
		}
		if string(raw) == "null" {
			continue
		}
		if _, twice := out[k]; twice && strings.HasPrefix(k, schema.AttrPrefix) {
			continue // reported with "attrs", which wins
		}
		var s string
		if json.Unmarshal(raw, &s) == nil {
			out[k] = s
			continue
		}
		// JSON text of a list or object, with invalid UTF-8 replaced as
		// encoding/json replaces it in strings
		out[k] = strings.ToValidUTF8(string(raw), "\uFFFD")
	}
	return out, err
}
