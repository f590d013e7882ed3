package scenario

import (
	"bytes"
	"fmt"

	"github.com/diplograph/diplograph/graph"
	"github.com/goccy/go-yaml/ast"
)

// Streaming YAML. The YAML parser builds a syntax tree of the whole file,
// and the tree costs about 85 times the bytes it was parsed from, so a
// large scenario is read piece by piece instead: planYAML cuts the file
// into its top-level keys and the items of their block lists, each piece
// is parsed on its own, converted to nodes, decoded into the Builder and
// dropped. The pieces are parsed in the context they have in the file
// (items after a line "k:" and before the next item's "-" or the next
// key), the parser must read them as planned (one key at column 1, the
// items where they were cut), their places are moved to the file's, and
// the conversion and decoding are those of the whole-file path; so a file
// decodes to the same graph, or fails with the same problems at the same
// places, either way, which FuzzYAMLChunked checks. What planYAML cannot
// prove safe to cut (anchors, aliases, tags, directives, several
// documents, a top-level mapping not in block style, text it cannot
// follow), and any piece the parser refuses or reads other than planned,
// sends the file to the whole-file path. A file that starts with one
// document marker "---" streams: the pieces are parsed without it, as the
// one document they are part of.

// Pieces of a list are parsed in batches of consecutive items of about
// this size, or this many items: one parse per item would cost more than
// the memory saved.
const (
	yamlBatchBytes = 64 << 10
	yamlBatchItems = 256
)

// yamlSegment is one top-level key of a file and its value: the bytes
// [start, end) of data, starting at the key at column 1 of line. If the
// value is a block list, items holds where each of its items starts
// (an item line "- ..." at the list's indentation), and [start,
// items[0].off) is the key alone.
type yamlSegment struct {
	start, end int
	line       int
	items      []yamlCut
}

// yamlCut is the start of a list item: the byte offset of its line, the
// line, and the column of its "-" (1-based).
type yamlCut struct{ off, line, col int }

// planYAML cuts data, made ready by prepYAML, into its top-level keys and
// the items of their block lists. It returns false when it cannot be sure
// of every cut: then the file is parsed whole.
//
// It reads the file line by line, following quoted scalars, flow
// collections, comments and block scalars, and cuts only where no such
// construct is open: at a line "key:" at column 1 (a plain key), and at a
// line "- " at the indentation of the block list that is the value of such
// a key. A line at column 1 that is neither a comment, nor such a key, nor
// an item of a list at column 1, means the file is not a plain block
// mapping (a document marker other than one "---" line before the first
// key, a directive, a flow mapping, a complex key, a quoted key, text
// continued from the line before): the file is parsed whole. So it is when an anchor, an alias or a tag appears anywhere, or
// a tab indents a line.
func planYAML(data []byte) ([]yamlSegment, bool) {
	var segs []yamlSegment
	var quote byte                    // '"' or '\'' inside a quoted scalar
	depth := 0                        // flow collections open
	blockParent, blockIndent := -1, 0 // a block scalar: its header line's indentation, its content's (0: not yet seen)
	seqIndent := -1                   // the indentation of the current segment's list, once its first item is seen
	listable := false                 // the current segment's key line has no value: a list may follow
	started := false                  // a document start marker "---" was seen
	line := 0
	for ls := 0; ls < len(data); {
		line++
		le := bytes.IndexByte(data[ls:], '\n')
		next := len(data)
		if le < 0 {
			le = len(data)
		} else {
			le += ls
			next = le + 1
		}
		text := data[ls:le]
		indent := 0
		for indent < len(text) && text[indent] == ' ' {
			indent++
		}
		rest := text[indent:]
		blank := len(bytes.Trim(rest, " \t")) == 0
		if blockParent >= 0 && quote == 0 && depth == 0 {
			switch {
			case blank:
				ls = next
				continue
			case blockIndent == 0 && indent > blockParent:
				blockIndent = indent
				ls = next
				continue
			case blockIndent > 0 && indent >= blockIndent:
				ls = next
				continue
			}
			blockParent, blockIndent = -1, 0
		}
		if blank {
			ls = next
			continue
		}
		if quote == 0 && depth == 0 {
			if len(rest) > 0 && rest[0] == '\t' {
				return nil, false // a tab in the indentation
			}
			comment := rest[0] == '#'
			item := rest[0] == '-' && (len(rest) == 1 || rest[1] == ' ')
			switch {
			case comment:
			case indent == 0 && len(segs) == 0 && !started && isDocStart(rest):
				started = true // "---" before the first key: one document, as without it
			case indent == 0 && isKeyLine(rest):
				if len(segs) > 0 {
					segs[len(segs)-1].end = ls
				}
				segs = append(segs, yamlSegment{start: ls, line: line})
				seqIndent, listable = -1, keyOnly(rest)
			case len(segs) == 0:
				return nil, false
			case item && listable && (seqIndent < 0 || indent == seqIndent):
				seg := &segs[len(segs)-1]
				seg.items = append(seg.items, yamlCut{off: ls, line: line, col: indent + 1})
				seqIndent = indent
			case indent == 0:
				return nil, false
			default:
				if seqIndent < 0 {
					listable = false // the value is something other than a block list
				}
			}
		} else if indent == 0 && rest[0] != '#' {
			return nil, false // a quoted scalar or a flow collection continued at column 1
		}
		if !scanYAMLLine(rest, indent, &quote, &depth, &blockParent) {
			return nil, false
		}
		ls = next
	}
	if len(segs) == 0 {
		return nil, false
	}
	segs[len(segs)-1].end = len(data)
	return segs, true
}

// isDocStart reports whether a line is a document start marker alone:
// "---", then nothing but spaces and a comment.
func isDocStart(s []byte) bool {
	rest, ok := bytes.CutPrefix(s, []byte("---"))
	if !ok {
		return false
	}
	if len(rest) > 0 && rest[0] != ' ' {
		return false // "---x" is a plain scalar, "---\t..." is left to the parser
	}
	rest = bytes.TrimLeft(rest, " ")
	return len(rest) == 0 || rest[0] == '#'
}

// scanYAMLLine follows the constructs that may span lines through one
// line's text after its indentation: quoted scalars (*quote), flow
// collections (*depth) and block scalar headers (*blockParent becomes the
// line's indentation). It returns false if the line holds an anchor, an
// alias or a tag, or a block scalar header it does not follow.
func scanYAMLLine(s []byte, indent int, quote *byte, depth *int, blockParent *int) bool {
	start := true // a node may start here: after indentation, "- ", "? ", ": ", "[", "{" or ","
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case *quote == '"':
			if c == '\\' {
				i++
			} else if c == '"' {
				*quote = 0
				start = false
			}
			continue
		case *quote == '\'':
			if c == '\'' {
				if i+1 < len(s) && s[i+1] == '\'' {
					i++
				} else {
					*quote = 0
					start = false
				}
			}
			continue
		}
		switch c {
		case ' ', '\t':
			continue
		case '#':
			if i == 0 || s[i-1] == ' ' || s[i-1] == '\t' {
				return true // a comment to the end of the line
			}
		}
		spaceAfter := i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\t'
		switch {
		case start && (c == '"' || c == '\''):
			*quote = c
		case start && (c == '&' || c == '*' || c == '!'):
			return false
		case start && *depth == 0 && (c == '|' || c == '>'):
			j := i + 1
			for j < len(s) && (s[j] == '+' || s[j] == '-') {
				j++
			}
			rest := bytes.TrimLeft(s[j:], " \t")
			if len(rest) > 0 && (rest[0] != '#' || j == len(s)-len(rest)) {
				return false // an indentation indicator, or text after the header
			}
			*blockParent = indent
			return true
		case c == '[' || c == '{':
			if start || *depth > 0 {
				*depth++
				start = true
				continue
			}
		case (c == ']' || c == '}') && *depth > 0:
			*depth--
		case c == ',' && *depth > 0:
			start = true
			continue
		case (c == '-' || c == '?' || c == ':') && spaceAfter:
			start = true
			continue
		case c == ':' && *depth > 0:
			start = true
			continue
		}
		start = false
	}
	return true
}

// isKeyLine reports whether s, a line at column 1, starts with a plain key
// of letters, digits, "_" and "-" and a ":" after it.
func isKeyLine(s []byte) bool {
	for i, c := range s {
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_':
		case i > 0 && (c >= '0' && c <= '9' || c == '-'):
		case i > 0 && c == ':':
			return i+1 == len(s) || s[i+1] == ' '
		default:
			return false
		}
	}
	return false
}

// keyOnly reports whether the key line s has no value after its ":" (at
// most a comment), so that a block list may follow on the next lines.
func keyOnly(s []byte) bool {
	i := bytes.IndexByte(s, ':')
	rest := bytes.TrimLeft(s[i+1:], " ")
	return len(rest) == 0 || rest[0] == '#'
}

// decodeYAMLStream decodes the YAML data piece by piece, as the comment
// above says. It returns ok false, and nothing else, when the file must be
// read whole; otherwise the result is that of decodeFull.
func decodeYAMLStream(data []byte, name string) (g *graph.Graph, ok bool, err error) {
	r := &report{file: name, syntax: YAML, bad: map[string]bool{}}
	data, ready := prepYAML(data, r)
	if !ready {
		return nil, true, joinErrors(r.errs)
	}
	segs, ok := planYAML(data)
	if !ok {
		return nil, false, nil
	}
	d, ok := streamYAML(data, segs, r, map[string]bool{})
	if !ok {
		return nil, false, nil
	}
	g, err = d.b.Build()
	if err == nil && len(r.errs) == 0 {
		return g, true, nil
	}
	if err != nil {
		// Build's problems are placed at the values they name, which
		// the first pass did not keep: read the file again, keeping the
		// places of those values and of the items that hold them.
		want := buildPaths(err)
		d.b = nil
		r = &report{file: name, syntax: YAML, bad: map[string]bool{}}
		if d, ok = streamYAML(data, segs, r, want); !ok {
			return nil, false, nil // cannot happen: the same pieces parsed the first time
		}
		d.buildErrors(err)
	}
	return nil, true, joinErrors(r.errs)
}

// streamYAML converts and decodes the pieces segs of data into a Builder,
// keeping the places of the Builder paths in want.
func streamYAML(data []byte, segs []yamlSegment, r *report, want map[string]bool) (*decoder, bool) {
	d := &decoder{report: r, b: graph.NewBuilder(), locs: map[string]loc{}, want: want}
	root := &node{kind: mapNode}
	seen := map[string]pos{}
	var buf []byte
	for _, seg := range segs {
		if len(seg.items) == 0 {
			buf = append(append(buf[:0], data[seg.start:seg.end]...), nextKey(data, seg.end)...)
			mv, ok := parseKey(buf, nil, seg.end < len(data))
			if !ok {
				return nil, false
			}
			y := &yamlConv{r: r, lines: seg.line - 1}
			root.entries = root.entries[:0]
			y.pair(root, mv, seen, 0)
			d.fields(root, topFields, d.top)
			continue
		}
		if !streamList(data, seg, d, seen, buf) {
			return nil, false
		}
	}
	return d, true
}

// nextKey returns the key and ":" of the key line at off in data, or
// nothing at the end of data: what follows a piece in the file, for the
// parser to see after it.
func nextKey(data []byte, off int) []byte {
	if off >= len(data) {
		return nil
	}
	return data[off : off+bytes.IndexByte(data[off:], ':')+1]
}

// streamList decodes a top-level key whose value is a block list, item by
// item, as pair and root would decode it whole.
func streamList(data []byte, seg yamlSegment, d *decoder, seen map[string]pos, buf []byte) bool {
	first := seg.items[0]
	// The key, with the first item's "-" after it, as in the file.
	buf = append(append(buf[:0], data[seg.start:first.off]...), data[first.off:first.off+first.col]...)
	mv, ok := parseKey(buf, []yamlCut{{line: first.line - seg.line + 1, col: first.col}}, false)
	if !ok {
		return false
	}
	y := &yamlConv{r: d.report, lines: seg.line - 1}
	kp := y.at(yamlPos(mv.Key))
	if kp == (pos{}) {
		kp = y.at(tokenPos(mv.Start))
	}
	// A key that is refused or repeated is reported, and its value is
	// parsed (it may hold a syntax error) but not read, as pair does.
	key, read := y.key(mv.Key, kp, "")
	path := fieldPath("", key)
	if prev, dup := seen[key]; read && dup {
		d.add(kp, path, fmt.Errorf("%w %q (first at %d:%d)", ErrDuplicateKey, key, prev.line, prev.col))
		read = false
	}
	known := false
	if read {
		seen[key] = kp
		list := &node{kind: seqNode, pos: pos{line: first.line, col: first.col}, path: path}
		for _, k := range topFields {
			known = known || k == key
		}
		if known {
			d.record(list)
			d.top(key, list) // no items: reports a list where a list is not wanted
		} else {
			d.unknown("", entry{key: key, keyPos: kp, val: list}, topFields)
		}
	}
	isList := listWant[key]
	for i := 0; i < len(seg.items); {
		j := i + 1
		for j < len(seg.items) && j-i < yamlBatchItems && seg.items[j].off-seg.items[i].off < yamlBatchBytes {
			j++
		}
		// The items parse after a line "k:", as in the file, and before
		// the "-" of the next item or the next key.
		end, next := seg.end, nextKey(data, seg.end)
		if j < len(seg.items) {
			end = seg.items[j].off
			next = data[end : end+seg.items[j].col]
		}
		buf = append(append(append(buf[:0], "k:\n"...), data[seg.items[i].off:end]...), next...)
		seq, ok := parseItems(buf, seg.items[i:j], j < len(seg.items), j == len(seg.items) && len(next) > 0)
		if !ok {
			return false
		}
		y := &yamlConv{r: d.report, lines: seg.items[i].line - 2}
		for k, item := range seq.Values[:j-i] {
			if !read {
				break
			}
			it := y.convert(item, indexPath(path, i+k), 2)
			if isImplicitNull(item) && seq.Entries[k] != nil {
				it.pos = y.at(tokenPos(seq.Entries[k].Start))
			}
			if known && isList {
				d.record(it)
				d.item(key, it)
			}
		}
		i = j
	}
	return true
}

// listWant names the top-level keys whose values are lists.
var listWant = map[string]bool{"sources": true, "kinds": true, "actors": true, "relations": true}

// parseKey parses text, one top-level key and its value, followed by the
// next key's "k:" if key, and returns the first key and its value. It
// returns false if the parser refuses the text or reads anything else: a
// first key not at line 1, column 1, or more than one key after it; with
// cuts, a value other than a block list of one item starting at cuts[0]
// (the first item's "-", which text ends with).
func parseKey(text []byte, cuts []yamlCut, key bool) (*ast.MappingValueNode, bool) {
	mv, ok := firstValue(text, key)
	if !ok || mv.Key == nil {
		return nil, false
	}
	if p := yamlPos(mv.Key); p.line != 1 || p.col != 1 {
		return nil, false
	}
	if cuts != nil {
		seq, isSeq := mv.Value.(*ast.SequenceNode)
		if !isSeq || !sameCuts(seq, cuts, 0) {
			return nil, false
		}
	}
	return mv, true
}

// parseItems parses text, "k:\n", the items that start at cuts, and the
// "-" of one more item (more) or a next key (key), and returns the list.
// It returns false if the parser refuses the text or reads anything but a
// block list of those items.
func parseItems(text []byte, cuts []yamlCut, more, key bool) (*ast.SequenceNode, bool) {
	mv, ok := firstValue(text, key)
	if !ok {
		return nil, false
	}
	seq, isSeq := mv.Value.(*ast.SequenceNode)
	if !isSeq {
		return nil, false
	}
	want := cuts
	if more {
		want = append(cuts[:len(cuts):len(cuts)], yamlCut{line: cuts[len(cuts)-1].line + 1, col: -1})
	}
	if !sameCuts(seq, want, cuts[0].line-2) {
		return nil, false
	}
	return seq, true
}

// firstValue parses text, a block mapping, and returns its first key and
// value. With key, the parser must also have read a next key after it (see
// nextKeyRead). It returns false if the parser refuses the text or reads
// anything else.
func firstValue(text []byte, key bool) (*ast.MappingValueNode, bool) {
	body, ok := parseOne(text)
	if !ok {
		return nil, false
	}
	var mv *ast.MappingValueNode
	switch v := body.(type) {
	case *ast.MappingNode:
		if v.IsFlowStyle || !nextKeyRead(v, key) {
			return nil, false
		}
		mv = v.Values[0]
	case *ast.MappingValueNode:
		if key {
			return nil, false
		}
		mv = v
	}
	return mv, mv != nil
}

// sameCuts reports whether seq is a block list whose items start at cuts,
// lines counted from line lines+1 of the file. A cut with col -1 is only
// counted: the item after the piece, whose line is not known.
func sameCuts(seq *ast.SequenceNode, cuts []yamlCut, lines int) bool {
	if seq.IsFlowStyle || len(seq.Values) != len(cuts) || len(seq.Entries) != len(cuts) {
		return false
	}
	for k, e := range seq.Entries {
		if e == nil {
			return false
		}
		if cuts[k].col < 0 {
			continue
		}
		if p := tokenPos(e.Start); p.line+lines != cuts[k].line || p.col != cuts[k].col {
			return false
		}
	}
	return true
}

// nextKeyRead reports whether the parser read the mapping m as one key,
// and a second at column 1 if key: the next key, which it must not take
// for part of the first key's value.
func nextKeyRead(m *ast.MappingNode, key bool) bool {
	if !key {
		return len(m.Values) == 1
	}
	return len(m.Values) == 2 && m.Values[1] != nil && m.Values[1].Key != nil && yamlPos(m.Values[1].Key).col == 1
}

// parseOne parses text as one document and returns its body, or false if
// the parser refuses it or finds anything but one document.
func parseOne(text []byte) (ast.Node, bool) {
	file, err := parseBytes(text)
	if err != nil {
		return nil, false
	}
	var body ast.Node
	for _, doc := range file.Docs {
		if doc == nil || doc.Body == nil {
			continue
		}
		if body != nil {
			return nil, false
		}
		body = doc.Body
	}
	return body, body != nil
}
