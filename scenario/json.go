package scenario

import (
	"bytes"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// JSON is read by a small parser of its own rather than encoding/json's
// Decoder.Token: the Decoder reports syntax errors at offsets relative to
// the value it was reading, returns a bare io.EOF inside an unclosed
// object, and replaces lone surrogate escapes with U+FFFD without a word.
// This parser accepts exactly RFC 8259 JSON (the tests check it against
// json.Valid) less lone surrogates, and knows the place of every value.

// maxJSONNesting bounds recursion in the parser, as encoding/json does.
const maxJSONNesting = 10000

type jsonParser struct {
	data []byte
	i    int
	idx  *lineIndex
	r    *report
	err  bool // a syntax error was reported; stop

	before int // problems reported before parsing began

	// quick parses without places: nodes get no pos and no path, so a
	// problem found is only worth knowing as a fact (decodeQuick then
	// decodes the file again with places). Field names are constants.
	quick bool
	// pool recycles the nodes of one relation at a time while streaming:
	// a relation's nodes are dead once it is decoded.
	pool  []*node
	used  int
	reuse bool
	// relation, if set, receives each item of the top-level "relations"
	// list as soon as it is parsed (not that of a repeated "relations"
	// key); the list's node keeps no items, so the file's relations are
	// never all held as nodes.
	relation func(*node)
}

// parseJSON parses data into a node tree, reporting problems to r. It
// returns nil if there is no document to decode.
func parseJSON(data []byte, r *report) *node {
	return (&jsonParser{r: r}).parse(data)
}

// parse parses data into a node tree as parseJSON does, with p's settings.
func (p *jsonParser) parse(data []byte) *node {
	r := p.r
	data = bytes.TrimPrefix(data, bom)
	p.data, p.before = data, len(r.errs)
	if !p.quick { // the quick parse needs places only for a syntax error
		p.idx = newLineIndex(data)
	}
	if off, msg := checkText(data, false); off >= 0 {
		r.fatal(p.place(off), notUTF8(msg))
		return nil
	}
	p.ws()
	if p.i == len(data) {
		r.fatal(pos{}, fmt.Errorf("%w: no JSON value (want an object with title, sources, kinds, actors and relations)", ErrEmpty))
		return nil
	}
	root := p.value("", 0, true)
	if p.err {
		return nil
	}
	p.ws()
	if p.i < len(data) {
		p.fail(p.i, "unexpected %s after the top-level value (a scenario is a single JSON object)", p.describeHere())
		return nil
	}
	return root
}

func (p *jsonParser) fail(off int, format string, args ...any) {
	if p.err {
		return
	}
	p.err = true
	p.r.errs = p.r.errs[:p.before] // a syntax error is the only problem reported
	p.r.fatal(p.place(off), fmt.Errorf("%w: %s", ErrSyntax, fmt.Sprintf(format, args...)))
}

// place returns the line and column of byte offset off, indexing the lines
// on first use.
func (p *jsonParser) place(off int) pos {
	if p.idx == nil {
		p.idx = newLineIndex(p.data)
	}
	return p.idx.pos(off)
}

func (p *jsonParser) describeHere() string {
	if p.i >= len(p.data) {
		return "end of input"
	}
	r, _ := utf8.DecodeRune(p.data[p.i:])
	return "character " + strconv.QuoteRune(r)
}

func (p *jsonParser) ws() {
	for p.i < len(p.data) {
		switch p.data[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// value parses one value at p.i. If build is false (the value is nested
// too deeply to matter) it only checks the syntax and returns nil.
func (p *jsonParser) value(path string, depth int, build bool) *node {
	p.ws()
	if p.i >= len(p.data) {
		p.fail(p.i, "unexpected end of input, want a value")
		return nil
	}
	if depth >= maxJSONNesting {
		p.fail(p.i, "nested more than %d levels deep", maxJSONNesting)
		return nil
	}
	start := p.i
	var at pos
	if !p.quick {
		at = p.idx.pos(start)
	}
	if build && depth > maxDepth && (p.data[p.i] == '{' || p.data[p.i] == '[') {
		p.r.add(at, path, fmt.Errorf("%w: nested more than %d levels deep", ErrType, maxDepth))
		p.value(path, depth, false)
		return p.mk(node{kind: nullNode, pos: at, path: path, bad: true})
	}
	switch c := p.data[p.i]; {
	case c == '{':
		return p.object(path, at, depth, build)
	case c == '[':
		return p.array(path, at, depth, build)
	case c == '"':
		s, ok := p.str()
		if !ok || !build {
			return nil
		}
		return p.mk(node{kind: scalarNode, pos: at, path: path, typ: strScalar, text: s, quoted: true})
	case c == 't' || c == 'f' || c == 'n':
		for _, lit := range []string{"true", "false", "null"} {
			if bytes.HasPrefix(p.data[p.i:], []byte(lit)) {
				p.i += len(lit)
				if !build {
					return nil
				}
				if lit == "null" {
					return p.mk(node{kind: nullNode, pos: at, path: path})
				}
				return p.mk(node{kind: scalarNode, pos: at, path: path, typ: boolScalar, text: lit, b: lit == "true"})
			}
		}
		p.fail(start, "invalid literal, want true, false or null")
		return nil
	case c == '-' || c >= '0' && c <= '9':
		return p.number(path, at, build)
	}
	p.fail(start, "invalid %s, want a value", p.describeHere())
	return nil
}

func (p *jsonParser) object(path string, at pos, depth int, build bool) *node {
	p.i++ // '{'
	out := p.mk(node{kind: mapNode, pos: at, path: path})
	seen := map[string]pos{}
	p.ws()
	if p.i < len(p.data) && p.data[p.i] == '}' {
		p.i++
		return out
	}
	for {
		p.ws()
		if p.i >= len(p.data) || p.data[p.i] != '"' {
			p.fail(p.i, "%s, want a string key in double quotes", p.describeWant())
			return nil
		}
		var kpos pos
		if !p.quick {
			kpos = p.idx.pos(p.i)
		}
		key, ok := p.str()
		if !ok {
			return nil
		}
		p.ws()
		if p.i >= len(p.data) || p.data[p.i] != ':' {
			p.fail(p.i, "%s after object key, want ':'", p.describeWant())
			return nil
		}
		p.i++
		var kpath string
		if !p.quick {
			kpath = fieldPath(path, key)
		}
		first, dup := seen[key]
		if p.quick && len(seen) == 0 {
			dup = slices.ContainsFunc(out.entries, func(e entry) bool { return e.key == key })
		}
		var val *node
		if p.relation != nil && depth == 0 && key == "relations" && !dup {
			val = p.streamArray(kpath, depth+1)
		} else {
			val = p.value(kpath, depth+1, build)
		}
		if p.err {
			return nil
		}
		if build {
			if dup {
				p.r.add(kpos, kpath, fmt.Errorf("%w %q (first at %d:%d)", ErrDuplicateKey, key, first.line, first.col))
			} else {
				if !p.quick || len(out.entries) >= 16 {
					if p.quick && len(seen) == 0 { // a big mapping: look keys up in a map from now on
						for _, e := range out.entries {
							seen[e.key] = e.keyPos
						}
					}
					seen[key] = kpos
				}
				out.entries = append(out.entries, entry{key: key, keyPos: kpos, val: val})
			}
		}
		p.ws()
		if p.i < len(p.data) && p.data[p.i] == ',' {
			p.i++
			continue
		}
		if p.i < len(p.data) && p.data[p.i] == '}' {
			p.i++
			break
		}
		p.fail(p.i, "%s in object, want ',' or '}'", p.describeWant())
		return nil
	}
	if !build {
		return nil
	}
	return out
}

func (p *jsonParser) array(path string, at pos, depth int, build bool) *node {
	p.i++ // '['
	out := p.mk(node{kind: seqNode, pos: at, path: path})
	p.ws()
	if p.i < len(p.data) && p.data[p.i] == ']' {
		p.i++
		return out
	}
	for n := 0; ; n++ {
		var ipath string
		if !p.quick {
			ipath = indexPath(path, n)
		}
		item := p.value(ipath, depth+1, build)
		if p.err {
			return nil
		}
		if build {
			out.items = append(out.items, item)
		}
		p.ws()
		if p.i < len(p.data) && p.data[p.i] == ',' {
			p.i++
			continue
		}
		if p.i < len(p.data) && p.data[p.i] == ']' {
			p.i++
			break
		}
		p.fail(p.i, "%s in array, want ',' or ']'", p.describeWant())
		return nil
	}
	if !build {
		return nil
	}
	return out
}

// fieldName returns the field names of scenarios (keys of every mapping)
// as constants, without hashing: most strings of a file are keys.
func fieldName(raw []byte) (string, bool) {
	switch string(raw) {
	case "from":
		return "from", true
	case "to":
		return "to", true
	case "kind":
		return "kind", true
	case "date":
		return "date", true
	case "since":
		return "since", true
	case "until":
		return "until", true
	case "weight":
		return "weight", true
	case "count":
		return "count", true
	case "source":
		return "source", true
	case "quote":
		return "quote", true
	case "reported_by":
		return "reported_by", true
	case "id":
		return "id", true
	case "name":
		return "name", true
	case "evidence":
		return "evidence", true
	case "note":
		return "note", true
	case "sign":
		return "sign", true
	case "attrs":
		return "attrs", true
	case "country":
		return "country", true
	case "title":
		return "title", true
	}
	return "", false
}

// mk returns a node holding v: a new one, or while streaming a recycled
// one that keeps the room of its entries and items.
func (p *jsonParser) mk(v node) *node {
	if !p.reuse {
		n := new(node)
		*n = v
		return n
	}
	if p.used == len(p.pool) {
		p.pool = append(p.pool, new(node))
	}
	n := p.pool[p.used]
	p.used++
	entries, items := n.entries[:0], n.items[:0]
	*n = v
	n.entries, n.items = entries, items
	return n
}

// streamArray parses the top-level relations list at path, handing each
// item to p.relation and keeping none. A value that is not a list is
// parsed as usual, for the decoder to report.
func (p *jsonParser) streamArray(path string, depth int) *node {
	p.ws()
	if p.i >= len(p.data) || p.data[p.i] != '[' {
		return p.value(path, depth, true)
	}
	out := &node{kind: seqNode, path: path}
	if !p.quick {
		out.pos = p.idx.pos(p.i)
	}
	p.i++ // '['
	p.ws()
	if p.i < len(p.data) && p.data[p.i] == ']' {
		p.i++
		return out
	}
	for n := 0; ; n++ {
		var ipath string
		if !p.quick {
			ipath = indexPath(path, n)
		}
		p.reuse, p.used = true, 0
		item := p.value(ipath, depth+1, true)
		p.reuse = false
		if p.err {
			return nil
		}
		p.relation(item)
		p.ws()
		if p.i < len(p.data) && p.data[p.i] == ',' {
			p.i++
			continue
		}
		if p.i < len(p.data) && p.data[p.i] == ']' {
			p.i++
			return out
		}
		p.fail(p.i, "%s in array, want ',' or ']'", p.describeWant())
		return nil
	}
}

func (p *jsonParser) describeWant() string {
	if p.i >= len(p.data) {
		return "unexpected end of input"
	}
	return "unexpected " + p.describeHere()
}

// str parses a string literal at p.i.
func (p *jsonParser) str() (string, bool) {
	start := p.i
	p.i++ // '"'
	// The common case: no escapes. (Interning values here cost more than
	// the allocations it saved: the Builder interns the names it keeps.)
	for j := p.i; j < len(p.data); j++ {
		c := p.data[j]
		if c == '\\' || c < 0x20 {
			break
		}
		if c == '"' {
			raw := p.data[p.i:j]
			p.i = j + 1
			if p.quick {
				if k, ok := fieldName(raw); ok {
					return k, true
				}
			}
			return string(raw), true
		}
	}
	var b strings.Builder
	for {
		if p.i >= len(p.data) {
			p.fail(start, "unterminated string")
			return "", false
		}
		c := p.data[p.i]
		switch {
		case c == '"':
			p.i++
			return b.String(), true
		case c < 0x20:
			p.fail(p.i, "control character %q in string (write it as an escape such as \\n)", rune(c))
			return "", false
		case c != '\\':
			b.WriteByte(c)
			p.i++
			continue
		}
		esc := p.i
		p.i++
		if p.i >= len(p.data) {
			p.fail(start, "unterminated string")
			return "", false
		}
		switch e := p.data[p.i]; e {
		case '"', '\\', '/':
			b.WriteByte(e)
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r, ok := p.hex4(p.i + 1)
			if !ok {
				p.fail(esc, "invalid \\u escape, want four hex digits")
				return "", false
			}
			p.i += 4
			if utf16.IsSurrogate(r) {
				r2, ok := rune(0), false
				if p.i+2 < len(p.data) && p.data[p.i+1] == '\\' && p.data[p.i+2] == 'u' {
					r2, ok = p.hex4(p.i + 3)
				}
				dec := utf16.DecodeRune(r, r2)
				if !ok || dec == utf8.RuneError {
					p.fail(esc, "lone surrogate \\u%04x: a \\ud800-\\udfff escape must be one half of a pair", r)
					return "", false
				}
				p.i += 6
				r = dec
			}
			b.WriteRune(r)
		default:
			p.fail(esc, "invalid escape \\%c", rune(e))
			return "", false
		}
		p.i++
	}
}

func (p *jsonParser) hex4(at int) (rune, bool) {
	if at+4 > len(p.data) {
		return 0, false
	}
	v, err := strconv.ParseUint(string(p.data[at:at+4]), 16, 32)
	if err != nil || strings.ContainsAny(string(p.data[at:at+4]), "+-_xX") {
		return 0, false
	}
	return rune(v), true
}

// number parses -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?.
func (p *jsonParser) number(path string, at pos, build bool) *node {
	start := p.i
	digits := func() int {
		n := 0
		for p.i < len(p.data) && p.data[p.i] >= '0' && p.data[p.i] <= '9' {
			p.i++
			n++
		}
		return n
	}
	if p.data[p.i] == '-' {
		p.i++
	}
	switch {
	case p.i < len(p.data) && p.data[p.i] == '0':
		p.i++
	case digits() == 0:
		p.fail(start, "invalid number")
		return nil
	}
	typ := intScalar
	if p.i < len(p.data) && p.data[p.i] == '.' {
		p.i++
		typ = floatScalar
		if digits() == 0 {
			p.fail(start, "invalid number: want digits after '.'")
			return nil
		}
	}
	if p.i < len(p.data) && (p.data[p.i] == 'e' || p.data[p.i] == 'E') {
		p.i++
		typ = floatScalar
		if p.i < len(p.data) && (p.data[p.i] == '+' || p.data[p.i] == '-') {
			p.i++
		}
		if digits() == 0 {
			p.fail(start, "invalid number: want digits in the exponent")
			return nil
		}
	}
	if !build {
		return nil
	}
	text := string(p.data[start:p.i])
	f, err := strconv.ParseFloat(text, 64)
	return p.mk(node{kind: scalarNode, pos: at, path: path, typ: typ, text: text, num: f, numErr: err != nil || math.IsInf(f, 0)})
}
