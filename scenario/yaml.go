package scenario

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"
)

// maxDepth bounds how deeply nested a file may be. The schema needs five
// levels (relations, item, evidence, item, quote); anything much deeper is
// wrong anyway and would only cost stack.
const maxDepth = 32

var bom = []byte("\xef\xbb\xbf")

// Bounds checked before the YAML parser runs. Its time grows with the
// square of the nesting depth (30,000 nested "[" take seconds) and of the
// number of keys in one block mapping (it recurses once per key), so a
// small file could otherwise keep it busy for hours or overflow its stack.
// A scenario needs six levels and mappings of at most 14 keys.
const (
	maxYAMLNesting = 1000
	maxYAMLKeys    = 10000
)

// tooComplex returns the offset where data first exceeds the bounds above,
// with a message, or -1. It counts roughly, line by line: flow brackets
// outside quotes and comments; compact block indicators ("- - - x",
// "? ? x") and node properties in a row ("!!str !!str x"), the other ways
// to nest deeply in a short file, since nesting by indentation needs a
// longer line for each level; and lines that look like keys at one column
// of one block mapping. The counts err low (an apostrophe in a plain scalar
// hides what follows until the next one) rather than high.
func tooComplex(data []byte) (int, string) {
	deep := fmt.Sprintf("nested more than %d levels deep", maxYAMLNesting)
	depth, props := 0, 0
	var quote byte                   // '"' or '\'' inside a quoted scalar
	type run struct{ col, keys int } // keys seen at col in the current block mapping
	var runs []run
	pop := func(col int) {
		for len(runs) > 0 && runs[len(runs)-1].col > col {
			runs = runs[:len(runs)-1]
		}
	}
	tokenStart := func(i int) bool { return i == 0 || bytes.IndexByte([]byte(" \t[{,:\n"), data[i-1]) >= 0 }
	for i := 0; i < len(data); i++ {
		c := data[i]
		if (i == 0 || data[i-1] == '\n') && quote == 0 && depth == 0 {
			// The start of a line in block context.
			j := i
			for j < len(data) && data[j] == ' ' {
				j++
			}
			n := 0
			for j+1 < len(data) && (data[j] == '-' || data[j] == '?' || data[j] == ':') && (data[j+1] == ' ' || data[j+1] == '\n') {
				pop(j - i) // a new item or key: what follows is a new node
				n++
				j += 2
				for j < len(data) && data[j] == ' ' {
					j++
				}
			}
			if n > maxYAMLNesting {
				return i, deep
			}
			line := data[j:]
			if eol := bytes.IndexByte(line, '\n'); eol >= 0 {
				line = line[:eol]
			}
			if col := j - i; len(line) > 0 && line[0] != '#' {
				pop(col)
				if bytes.Contains(line, []byte(": ")) || bytes.HasSuffix(bytes.TrimRight(line, " "), []byte(":")) {
					if len(runs) == 0 || runs[len(runs)-1].col < col {
						runs = append(runs, run{col: col})
					}
					if runs[len(runs)-1].keys++; runs[len(runs)-1].keys > maxYAMLKeys {
						return j, fmt.Sprintf("more than %d keys in one mapping", maxYAMLKeys)
					}
				}
			}
		}
		if quote == 0 && tokenStart(i) {
			switch c {
			case '!', '&': // a tag or an anchor: the parser recurses on each
				if props++; props > maxYAMLNesting {
					return i, deep
				}
			case ' ', '\t', '\n':
			default:
				props = 0
			}
		}
		switch {
		case quote == '"' && c == '\\':
			i++
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'' && tokenStart(i):
			quote = c
		case c == '#' && (i == 0 || data[i-1] == ' ' || data[i-1] == '\t' || data[i-1] == '\n'):
			for i+1 < len(data) && data[i+1] != '\n' {
				i++
			}
		case c == '[' || c == '{':
			if depth++; depth > maxYAMLNesting {
				return i, deep
			}
		case c == ']' || c == '}':
			depth = max(0, depth-1)
		}
	}
	return -1, ""
}

// parseYAML parses data into a node tree, reporting problems to r. It
// returns nil if there is no document to decode.
func parseYAML(data []byte, r *report) *node {
	data, ok := prepYAML(data, r)
	if !ok {
		return nil
	}
	return parseYAMLDoc(data, r)
}

// prepYAML makes data ready for the YAML parser: without a byte order mark,
// with "\n" for every line break, checked for text YAML does not allow and
// against the bounds above. It reports what it refuses to r and returns
// false.
func prepYAML(data []byte, r *report) ([]byte, bool) {
	data = bytes.TrimPrefix(data, bom)
	if off, msg := checkText(data, true); off >= 0 {
		err := fmt.Errorf("%w: %s", ErrSyntax, msg)
		if strings.HasPrefix(msg, "invalid UTF-8") {
			err = notUTF8(msg)
		}
		r.fatal(newLineIndex(data).pos(off), err)
		return nil, false
	}
	// YAML reads every line break ("\r\n", "\r", "\n") as "\n"; doing so
	// before parsing changes no value and no line or column, and spares
	// the parser's own line counting, which counts "\r\n" after a comment
	// twice.
	if bytes.IndexByte(data, '\r') >= 0 {
		data = bytes.ReplaceAll(bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n")), []byte("\r"), []byte("\n"))
	}
	if off, msg := tooComplex(data); off >= 0 {
		r.fatal(newLineIndex(data).pos(off), fmt.Errorf("%w: %s", ErrSyntax, msg))
		return nil, false
	}
	return data, true
}

// parseYAMLDoc parses data, made ready by prepYAML, as one document.
func parseYAMLDoc(data []byte, r *report) *node {
	file, err := parseBytes(data)
	if err != nil {
		r.fatal(syntaxPos(err), err)
		return nil
	}
	var docs []*ast.DocumentNode
	for _, d := range file.Docs {
		if d == nil || d.Body == nil {
			continue
		}
		if _, ok := d.Body.(*ast.DirectiveNode); ok {
			continue
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 {
		r.fatal(pos{}, fmt.Errorf("%w: no document, only blank lines or comments (want a mapping with title, sources, kinds, actors and relations)", ErrEmpty))
		return nil
	}
	if len(docs) > 1 {
		p := tokenPos(docs[1].Start)
		if p == (pos{}) {
			p = yamlPos(docs[1].Body)
		}
		r.fatal(p, fmt.Errorf("%w: more than one YAML document (a scenario is a single document; remove the second '---' and what follows, or split the file)", ErrUnsupported))
		return nil
	}
	y := &yamlConv{r: r}
	return y.convert(docs[0].Body, "", 0)
}

// parseBytes runs the YAML parser, turning a panic in it into an error: a
// scenario loader must not crash on any input.
func parseBytes(data []byte) (f *ast.File, err error) {
	defer func() {
		if v := recover(); v != nil {
			f, err = nil, fmt.Errorf("%w: the YAML parser failed on this input: %v", ErrSyntax, v)
		}
	}()
	f, err = parser.ParseBytes(data, 0, parser.AllowDuplicateMapKey())
	if err != nil {
		var se interface {
			GetMessage() string
			GetToken() *token.Token
		}
		if errors.As(err, &se) {
			return nil, &yamlSyntaxError{msg: se.GetMessage(), pos: tokenPos(se.GetToken())}
		}
		return nil, fmt.Errorf("%w: %v", ErrSyntax, err)
	}
	if f == nil {
		return nil, fmt.Errorf("%w: the YAML parser returned nothing", ErrSyntax)
	}
	return f, nil
}

// yamlSyntaxError carries the place of a parser error.
type yamlSyntaxError struct {
	msg string
	pos pos
}

func (e *yamlSyntaxError) Error() string { return ErrSyntax.Error() + ": " + e.msg }
func (e *yamlSyntaxError) Unwrap() error { return ErrSyntax }

func syntaxPos(err error) pos {
	var se *yamlSyntaxError
	if errors.As(err, &se) {
		return se.pos
	}
	return pos{}
}

func tokenPos(tk *token.Token) pos {
	if tk == nil || tk.Position == nil {
		return pos{}
	}
	return pos{line: tk.Position.Line, col: tk.Position.Column}
}

// yamlPos returns where a node starts: for a block mapping its first key
// (the parser's token is the first ':'), otherwise its first token.
func yamlPos(n ast.Node) (p pos) {
	defer func() {
		if recover() != nil { // GetToken of some nodes dereferences fields that may be nil
			p = pos{}
		}
	}()
	switch v := n.(type) {
	case nil:
		return pos{}
	case *ast.MappingNode:
		if !v.IsFlowStyle && len(v.Values) > 0 && v.Values[0] != nil && v.Values[0].Key != nil {
			return yamlPos(v.Values[0].Key)
		}
		return tokenPos(v.Start)
	case *ast.MappingValueNode:
		if v.Key != nil {
			return yamlPos(v.Key)
		}
		return tokenPos(v.Start)
	case *ast.SequenceNode:
		return tokenPos(v.Start)
	case *ast.LiteralNode:
		return tokenPos(v.Start)
	case *ast.MappingKeyNode:
		return tokenPos(v.Start)
	case *ast.TagNode:
		return tokenPos(v.Start)
	case *ast.AnchorNode:
		return tokenPos(v.Start)
	case *ast.AliasNode:
		return tokenPos(v.Start)
	}
	return tokenPos(n.GetToken())
}

type yamlConv struct {
	r *report
	// lines is added to every line the parser reports: the streaming
	// decoder parses a piece of the file that starts lines+1 lines in.
	lines int
}

// at moves p, a place in the parsed text, to its place in the file.
func (y *yamlConv) at(p pos) pos {
	if p.line > 0 {
		p.line += y.lines
	}
	return p
}

func (y *yamlConv) fail(p pos, path string, err error) *node {
	y.r.add(p, path, err)
	return &node{kind: nullNode, pos: p, path: path, bad: true}
}

func (y *yamlConv) convert(n ast.Node, path string, depth int) *node {
	p := y.at(yamlPos(n))
	if depth > maxDepth {
		return y.fail(p, path, fmt.Errorf("%w: nested more than %d levels deep", ErrType, maxDepth))
	}
	switch v := n.(type) {
	case nil:
		return &node{kind: nullNode, pos: p, path: path}
	case *ast.NullNode:
		return &node{kind: nullNode, pos: p, path: path}
	case *ast.StringNode:
		quoted := v.Token != nil && (v.Token.Type == token.SingleQuoteType || v.Token.Type == token.DoubleQuoteType)
		return &node{kind: scalarNode, pos: p, path: path, typ: strScalar, text: v.Value, quoted: quoted}
	case *ast.LiteralNode:
		s := ""
		if v.Value != nil {
			s = v.Value.Value
		}
		return &node{kind: scalarNode, pos: p, path: path, typ: strScalar, text: s, quoted: true}
	case *ast.IntegerNode:
		text := tokenText(v.Token)
		out := &node{kind: scalarNode, pos: p, path: path, typ: intScalar, text: text}
		switch x := v.Value.(type) {
		case int64:
			out.num = float64(x)
		case uint64:
			out.num = float64(x)
		default:
			out.numErr = true
		}
		return out
	case *ast.FloatNode:
		text := tokenText(v.Token)
		f, err := strconv.ParseFloat(strings.ReplaceAll(text, "_", ""), 64)
		if err != nil {
			f = v.Value
		}
		return &node{kind: scalarNode, pos: p, path: path, typ: floatScalar, text: text, num: f, numErr: math.IsInf(f, 0)}
	case *ast.InfinityNode:
		return &node{kind: scalarNode, pos: p, path: path, typ: floatScalar, text: tokenText(v.Token), num: v.Value}
	case *ast.NanNode:
		return &node{kind: scalarNode, pos: p, path: path, typ: floatScalar, text: tokenText(v.Token), num: math.NaN()}
	case *ast.BoolNode:
		return &node{kind: scalarNode, pos: p, path: path, typ: boolScalar, text: tokenText(v.Token), b: v.Value}
	case *ast.MergeKeyNode: // "<<" as a value is just text
		return &node{kind: scalarNode, pos: p, path: path, typ: strScalar, text: tokenText(v.Token)}
	case *ast.TagNode:
		return y.tag(v, p, path)
	case *ast.AnchorNode:
		return y.fail(p, path, fmt.Errorf("%w: anchor %s: anchors and aliases are not supported; write the value out (relations cite sources by id, so nothing needs repeating)", ErrUnsupported, nodeName(v.Name)))
	case *ast.AliasNode:
		return y.fail(p, path, fmt.Errorf("%w: alias *%s: anchors and aliases are not supported; write the value out", ErrUnsupported, nodeName(v.Value)))
	case *ast.MappingNode:
		out := &node{kind: mapNode, pos: p, path: path}
		seen := map[string]pos{}
		for _, mv := range v.Values {
			y.pair(out, mv, seen, depth)
		}
		return out
	case *ast.MappingValueNode:
		out := &node{kind: mapNode, pos: p, path: path}
		y.pair(out, v, map[string]pos{}, depth)
		return out
	case *ast.SequenceNode:
		out := &node{kind: seqNode, pos: p, path: path}
		for i, item := range v.Values {
			it := y.convert(item, indexPath(path, i), depth+1)
			if isImplicitNull(item) && !v.IsFlowStyle && i < len(v.Entries) && v.Entries[i] != nil {
				it.pos = y.at(tokenPos(v.Entries[i].Start)) // "- " with nothing after it: point at the dash
			}
			out.items = append(out.items, it)
		}
		return out
	}
	return y.fail(p, path, fmt.Errorf("%w: unexpected YAML node (%s)", ErrSyntax, n.Type()))
}

// pair adds one key: value pair of a mapping to m.
func (y *yamlConv) pair(m *node, mv *ast.MappingValueNode, seen map[string]pos, depth int) {
	if mv == nil {
		return
	}
	kp := y.at(yamlPos(mv.Key))
	if kp == (pos{}) {
		kp = y.at(tokenPos(mv.Start))
	}
	key, ok := y.key(mv.Key, kp, m.path)
	if !ok {
		return
	}
	path := fieldPath(m.path, key)
	if first, dup := seen[key]; dup {
		y.r.add(kp, path, fmt.Errorf("%w %q (first at %d:%d)", ErrDuplicateKey, key, first.line, first.col))
		return
	}
	seen[key] = kp
	val := y.convert(mv.Value, path, depth+1)
	if isImplicitNull(mv.Value) || val.pos == (pos{}) {
		val.pos = kp // "to:" with nothing after it: point at the key
	}
	m.entries = append(m.entries, entry{key: key, keyPos: kp, val: val})
}

func isImplicitNull(n ast.Node) bool {
	v, ok := n.(*ast.NullNode)
	return n == nil || ok && v.Token != nil && v.Token.Type == token.ImplicitNullType
}

// key returns the text of a mapping key. Scalar keys of any type are
// taken as written (2014: is the key "2014").
func (y *yamlConv) key(k ast.MapKeyNode, p pos, path string) (string, bool) {
	var inner ast.Node = k
	if mk, ok := k.(*ast.MappingKeyNode); ok { // "? key"
		inner = mk.Value
	}
	switch v := inner.(type) {
	case *ast.StringNode:
		return v.Value, true
	case *ast.LiteralNode:
		if v.Value != nil {
			return v.Value.Value, true
		}
		return "", true
	case *ast.IntegerNode:
		return tokenText(v.Token), true
	case *ast.FloatNode:
		return tokenText(v.Token), true
	case *ast.BoolNode:
		return tokenText(v.Token), true
	case *ast.NullNode:
		return tokenText(v.Token), true
	case *ast.InfinityNode:
		return tokenText(v.Token), true
	case *ast.NanNode:
		return tokenText(v.Token), true
	case *ast.MergeKeyNode:
		y.r.add(p, path, fmt.Errorf("%w: merge keys (<<) are not supported; write the fields out", ErrUnsupported))
		return "", false
	case *ast.TagNode:
		if n := y.tag(v, p, path); !n.bad && n.kind == scalarNode {
			return n.text, true
		}
		return "", false
	case *ast.AnchorNode, *ast.AliasNode:
		y.r.add(p, path, fmt.Errorf("%w: anchors and aliases are not supported; write the key out", ErrUnsupported))
		return "", false
	}
	y.r.add(p, path, fmt.Errorf("%w: a mapping key must be a string", ErrType))
	return "", false
}

// tag handles a tagged value: !!str makes a scalar a string, as written;
// every other tag is refused.
func (y *yamlConv) tag(v *ast.TagNode, p pos, path string) *node {
	name := tokenText(v.Start)
	if name != "!!str" && name != "tag:yaml.org,2002:str" && name != "!<tag:yaml.org,2002:str>" {
		return y.fail(p, path, fmt.Errorf("%w: tag %s: YAML tags are not supported except !!str", ErrUnsupported, name))
	}
	out := &node{kind: scalarNode, pos: p, path: path, typ: strScalar, quoted: true}
	switch w := v.Value.(type) {
	case nil, *ast.NullNode:
		if w != nil && !isImplicitNull(w) {
			out.text = tokenText(w.(*ast.NullNode).Token)
		}
	case *ast.StringNode:
		out.text = w.Value
	case *ast.LiteralNode:
		if w.Value != nil {
			out.text = w.Value.Value
		}
	case *ast.IntegerNode, *ast.FloatNode, *ast.BoolNode, *ast.InfinityNode, *ast.NanNode, *ast.MergeKeyNode:
		out.text = tokenText(w.GetToken())
	default:
		return y.fail(p, path, fmt.Errorf("%w: !!str applies to a scalar, not %s", ErrType, w.Type().YAMLName()))
	}
	return out
}

func tokenText(tk *token.Token) string {
	if tk == nil {
		return ""
	}
	return tk.Value
}

func nodeName(n ast.Node) string {
	if s, ok := n.(*ast.StringNode); ok {
		return s.Value
	}
	return "?"
}
