package scenario

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/errlist"
	"github.com/diplograph/diplograph/internal/suggest"
)

// report collects problems with their places.
type report struct {
	file   string
	syntax Syntax
	errs   []*Error
	bad    map[string]bool // paths (in neutral form) where a problem was reported
}

func (r *report) add(p pos, path string, err error) {
	r.errs = append(r.errs, &Error{File: r.file, Line: p.line, Column: p.col, Path: displayPath(path, r.syntax), Err: err})
	r.bad[path] = true
}

// fatal adds a problem of the file as a whole, such as a syntax error,
// which has a place but no path.
func (r *report) fatal(p pos, err error) {
	r.errs = append(r.errs, &Error{File: r.file, Line: p.line, Column: p.col, Err: err})
}

// covered reports whether a problem was already reported at path or at a
// value that contains it, so that Build's view of the same mistake is not
// reported twice.
func (r *report) covered(path string) bool {
	for p := path; p != ""; p = parentPath(p) {
		if r.bad[p] {
			return true
		}
	}
	return false
}

// parentPath strips the last step of a path: "relations[3].evidence[0]"
// gives "relations[3].evidence", which gives "relations[3]".
func parentPath(p string) string {
	if strings.HasSuffix(p, "]") {
		if i := strings.LastIndexByte(p, '['); i >= 0 {
			return p[:i]
		}
	}
	if i := strings.LastIndexByte(p, '.'); i >= 0 {
		return p[:i]
	}
	return ""
}

// loc is where a value the Builder knows by a path (Section, Index, Field)
// was written: its place and its own path in the file. The two paths differ
// only for the source and quote shorthand, which the Builder knows as
// evidence[0].
type loc struct {
	pos  pos
	path string
}

type decoder struct {
	*report
	b    *graph.Builder
	locs map[string]loc // Builder path -> where it was written
	// want, if not nil, limits locs to these Builder paths: the streaming
	// YAML decoder keeps only the places Build's problems need.
	want map[string]bool
}

func decode(data []byte, name string, f Syntax) (*graph.Graph, error) {
	if f == JSON {
		if g := decodeQuick(data, name); g != nil {
			return g, nil
		}
		return decodeJSONStream(data, name)
	} else if g, ok, err := decodeYAMLStream(data, name); ok {
		return g, err
	}
	return decodeFull(data, name, f)
}

// decodeJSONStream decodes a JSON scenario with places as decodeFull
// does, but decodes each relation as soon as it is parsed and keeps the
// places only of the values Build's problems name (reading the file a
// second time to find them), so that a large file with problems is not
// held as nodes.
func decodeJSONStream(data []byte, name string) (*graph.Graph, error) {
	d, root := streamJSON(data, name, map[string]bool{})
	if root == nil {
		return nil, joinErrors(d.errs)
	}
	g, err := d.b.Build()
	if err == nil && len(d.errs) == 0 {
		return g, nil
	}
	if err != nil {
		d, _ = streamJSON(data, name, buildPaths(err))
		d.buildErrors(err)
	}
	return nil, joinErrors(d.errs)
}

// streamJSON parses and decodes data, keeping the places of the Builder
// paths in want. It returns the root, or nil if decoding stopped at a
// problem of the file as a whole.
func streamJSON(data []byte, name string, want map[string]bool) (*decoder, *node) {
	r := &report{file: name, syntax: JSON, bad: map[string]bool{}}
	d := &decoder{report: r, b: graph.NewBuilder(), locs: map[string]loc{}, want: want}
	p := &jsonParser{r: r}
	p.relation = func(n *node) {
		d.record(n)
		d.item("relations", n)
	}
	root := p.parse(data)
	if root == nil {
		if len(r.errs) == 0 { // cannot happen: the parser says why it gives nothing
			r.fatal(pos{}, fmt.Errorf("%w: nothing could be read", ErrSyntax))
		}
		return d, nil
	}
	if root.kind == nullNode && !root.bad {
		r.fatal(root.pos, fmt.Errorf("%w: the document is null (want a mapping with title, sources, kinds, actors and relations)", ErrEmpty))
		return d, nil
	}
	if root.kind != mapNode {
		if !root.bad {
			r.add(root.pos, "", fmt.Errorf("%w: the top level is %s, want a mapping with title, sources, kinds, actors and relations", ErrType, root.describe()))
		}
		return d, nil
	}
	d.root(root)
	return d, root
}

// buildPaths returns the Builder paths Build's problems name, and the
// paths that hold them, whose places buildErrors may need.
func buildPaths(err error) map[string]bool {
	want := map[string]bool{}
	for _, e := range errlist.Flatten(err) {
		var ge *graph.Error
		if errors.As(e, &ge) {
			for p := ge.Path(); p != ""; p = parentPath(p) {
				want[p] = true
			}
		}
	}
	return want
}

// decodeFull decodes data with the place of every value, reporting every
// problem where it is.
func decodeFull(data []byte, name string, f Syntax) (*graph.Graph, error) {
	r := &report{file: name, syntax: f, bad: map[string]bool{}}
	var root *node
	if f == JSON {
		root = parseJSON(data, r)
	} else { // the Decoder checked f
		root = parseYAML(data, r)
	}
	if root == nil {
		if len(r.errs) == 0 { // cannot happen: the parsers say why they give nothing
			r.fatal(pos{}, fmt.Errorf("%w: nothing could be read", ErrSyntax))
		}
		return nil, joinErrors(r.errs)
	}
	if root.kind == nullNode && !root.bad {
		r.fatal(root.pos, fmt.Errorf("%w: the document is null (want a mapping with title, sources, kinds, actors and relations)", ErrEmpty))
		return nil, joinErrors(r.errs)
	}
	if root.kind != mapNode {
		if !root.bad {
			r.add(root.pos, "", fmt.Errorf("%w: the top level is %s, want a mapping with title, sources, kinds, actors and relations", ErrType, root.describe()))
		}
		return nil, joinErrors(r.errs)
	}
	d := &decoder{report: r, b: graph.NewBuilder(), locs: map[string]loc{}}
	d.root(root)
	g, err := d.b.Build()
	if err != nil {
		d.buildErrors(err)
	}
	if len(r.errs) > 0 {
		return nil, joinErrors(r.errs)
	}
	return g, nil
}

// decodeQuick decodes a JSON scenario in one pass without places: each
// relation goes to the Builder as soon as it is parsed, no node keeps a
// place or a path, and no relation's node outlives its decoding, so a large
// file is held once as bytes and once in the graph. It returns nil if the
// file has any problem at all; decode then reads it again with places to
// report every problem where it is, so the errors are those of the full
// decoding.
func decodeQuick(data []byte, name string) *graph.Graph {
	r := &report{file: name, syntax: JSON, bad: map[string]bool{}}
	d := &decoder{report: r, b: graph.NewBuilder()}
	p := &jsonParser{r: r, quick: true}
	p.relation = func(n *node) {
		if len(r.errs) == 0 {
			d.b.AddRelation(d.relation(n))
		}
	}
	root := p.parse(data)
	if root == nil || len(r.errs) > 0 || root.kind != mapNode {
		return nil
	}
	d.root(root)
	if len(r.errs) > 0 {
		return nil
	}
	g, err := d.b.Build()
	if err != nil {
		return nil
	}
	return g
}

// buildErrors maps the problems Build found back to places in the file.
func (d *decoder) buildErrors(err error) {
	for _, e := range errlist.Flatten(err) {
		var ge *graph.Error
		if !errors.As(e, &ge) {
			d.errs = append(d.errs, &Error{File: d.file, Err: e})
			continue
		}
		gp := ge.Path()
		l, ok := d.locs[gp]
		if !ok {
			// The field is absent, such as a missing "to": point at the
			// nearest thing that is there, and name the field.
			l = loc{path: gp}
			for p := parentPath(gp); p != ""; p = parentPath(p) {
				if pl, ok := d.locs[p]; ok {
					l.pos = pl.pos
					break
				}
			}
		}
		if d.covered(l.path) {
			continue
		}
		d.errs = append(d.errs, &Error{File: d.file, Line: l.pos.line, Column: l.pos.col, Path: displayPath(l.path, d.syntax), Err: ge.Err})
	}
}

// record notes where n was written, for buildErrors; decodeQuick keeps no
// places (locs is nil).
func (d *decoder) record(n *node) {
	d.note(n.path, loc{pos: n.pos, path: n.path})
}

// note notes that the value the Builder knows by path was written at l.
func (d *decoder) note(path string, l loc) {
	if d.locs != nil && (d.want == nil || d.want[path]) {
		d.locs[path] = l
	}
}

// fields calls fn for each entry of the mapping n whose key is one of
// known, in file order, and reports the others.
func (d *decoder) fields(n *node, known []string, fn func(key string, v *node)) {
	for _, e := range n.entries {
		if !slices.Contains(known, e.key) {
			d.unknown(n.path, e, known)
			continue
		}
		d.record(e.val)
		fn(e.key, e.val)
	}
}

// unknown reports the key of e, in the mapping at path, as unknown.
func (d *decoder) unknown(path string, e entry, known []string) {
	hint := suggest.Hint(e.key, known)
	if hint == "" {
		hint = " (want one of " + strings.Join(known, ", ") + ")"
	}
	d.add(e.keyPos, fieldPath(path, e.key), fmt.Errorf("%w %q%s", ErrUnknownField, e.key, hint))
}

func (d *decoder) typeErr(n *node, want string) {
	if n.bad {
		return
	}
	d.add(n.pos, n.path, fmt.Errorf("%w: want %s, got %s", ErrType, want, n.describe()))
}

// mapping returns n if it is a mapping, and reports it otherwise. Items of
// lists must be mappings, so null is reported too; fields that may be
// null check for it first.
func (d *decoder) mapping(n *node, want string) (*node, bool) {
	if n.kind == mapNode {
		return n, true
	}
	d.typeErr(n, want)
	return nil, false
}

// list returns the items of a list; null gives none.
func (d *decoder) list(n *node, want string) []*node {
	switch n.kind {
	case seqNode:
		for _, it := range n.items {
			d.record(it)
		}
		return n.items
	case nullNode:
		return nil
	}
	d.typeErr(n, want)
	return nil
}

// str returns a string field. Any scalar counts, as written: "country: NO"
// is Norway and "title: 2014" the text 2014. Null is the empty string.
func (d *decoder) str(n *node) string {
	switch n.kind {
	case scalarNode:
		return n.text
	case nullNode:
		return ""
	}
	d.typeErr(n, "a string")
	return ""
}

func (d *decoder) strList(n *node, what string) []string {
	var out []string
	if n.kind == scalarNode {
		d.add(n.pos, n.path, fmt.Errorf("%w: want a list of %s, got a string (write [%s] for one)", ErrType, what, n.text))
		return nil
	}
	for _, it := range d.list(n, "a list of "+what) {
		out = append(out, d.str(it))
	}
	return out
}

func (d *decoder) number(n *node) float64 {
	switch {
	case n.kind == scalarNode && (n.typ == intScalar || n.typ == floatScalar):
		if n.numErr {
			d.add(n.pos, n.path, fmt.Errorf("%w: number %s is out of range", ErrType, n.text))
			return 0
		}
		return n.num
	case n.kind == scalarNode && n.typ == strScalar && !n.quoted:
		// A plain YAML scalar the YAML parser did not take for a number,
		// such as 1e3, or one too large for it, such as 1e309.
		f, err := strconv.ParseFloat(n.text, 64)
		if err == nil {
			return f
		}
		if errors.Is(err, strconv.ErrRange) {
			d.add(n.pos, n.path, fmt.Errorf("%w: number %s is out of range", ErrType, n.text))
			return 0
		}
	case n.kind == nullNode:
		return 0
	}
	d.typeErr(n, "a number")
	return 0
}

// count returns a whole number of occurrences, at least 1.
func (d *decoder) count(n *node) int {
	if n.kind == nullNode {
		return 0
	}
	f := d.number(n)
	if f != math.Trunc(f) || f < 1 || f > math.MaxInt32 {
		d.add(n.pos, n.path, fmt.Errorf("%w: count %s: want a whole number of occurrences, at least 1", ErrType, n.text))
		return 0
	}
	return int(f)
}

func (d *decoder) boolean(n *node) bool {
	switch {
	case n.kind == scalarNode && n.typ == boolScalar:
		return n.b
	case n.kind == nullNode:
		return false
	}
	d.typeErr(n, "true or false")
	return false
}

// day returns a date field; YAML may give 2014 as a number and 2014-03-29
// unquoted, so the text as written is parsed.
func (d *decoder) day(n *node) date.Date {
	switch n.kind {
	case nullNode:
		return date.Date{}
	case scalarNode:
		if n.text == "" {
			return date.Date{}
		}
		dt, err := date.Parse(n.text)
		if err != nil {
			d.add(n.pos, n.path, err)
		}
		return dt
	}
	d.typeErr(n, "a date (YYYY, YYYY-MM or YYYY-MM-DD)")
	return date.Date{}
}

func (d *decoder) attrs(n *node) map[string]string {
	if n.kind == nullNode {
		return nil
	}
	m, ok := d.mapping(n, "a mapping of names to text")
	if !ok || len(m.entries) == 0 {
		return nil
	}
	out := make(map[string]string, len(m.entries))
	for _, e := range m.entries {
		d.record(e.val)
		out[e.key] = d.str(e.val)
	}
	return out
}
