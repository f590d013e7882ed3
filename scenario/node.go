package scenario

import (
	"slices"
	"strconv"
	"unicode/utf8"
)

// The parsers for both syntaxes produce one small tree of nodes that keep
// their place in the file; the decoder walks that tree. YAML features that
// scenarios do not allow are reported by the YAML parser and leave a null
// node marked bad, so the decoder neither reports them again nor builds on
// them.

type nodeKind uint8

const (
	nullNode nodeKind = iota
	scalarNode
	mapNode
	seqNode
)

// scalarType is the type a scalar resolves to.
type scalarType uint8

const (
	strScalar   scalarType = iota // a string: quoted, block, or plain that is not a number or bool
	intScalar                     // a plain integer: 2014, -1, 0x1F
	floatScalar                   // a plain float: 2.5, 1.0e+06, .inf
	boolScalar                    // true or false
)

// pos is a place in the file: 1-based line and column in characters. The
// zero pos means "unknown".
type pos struct{ line, col int }

type node struct {
	kind nodeKind
	pos  pos
	path string // where in the document, as a path: "relations[3].from"; "" for the root
	bad  bool   // an error was reported here already; the value is null

	// Scalars.
	typ    scalarType
	text   string  // strings: the value; other scalars: the text as written ("041", "+1", "2014")
	quoted bool    // written as a quoted or block string (YAML) or a string (JSON)
	num    float64 // int and float scalars: the value
	numErr bool    // int and float scalars: the value does not fit a float64
	b      bool    // bool scalars: the value

	// Mappings, in file order; a duplicate key is reported and dropped.
	entries []entry
	// Sequences.
	items []*node
}

type entry struct {
	key    string
	keyPos pos
	val    *node
}

func (n *node) describe() string {
	switch n.kind {
	case nullNode:
		return "null"
	case mapNode:
		return "a mapping"
	case seqNode:
		return "a list"
	}
	switch n.typ {
	case intScalar, floatScalar:
		return "the number " + n.text
	case boolScalar:
		return "the boolean " + n.text
	}
	return "a string"
}

// fieldPath returns the path of key in the mapping at path.
func fieldPath(path, key string) string {
	if !isIdent(key) {
		return path + "[" + strconv.Quote(key) + "]"
	}
	if path == "" {
		return key
	}
	return path + "." + key
}

// indexPath returns the path of item i of the list at path.
func indexPath(path string, i int) string {
	return path + "[" + strconv.Itoa(i) + "]"
}

// isIdent reports whether key can be written after a dot in a path.
func isIdent(key string) bool {
	if key == "" {
		return false
	}
	for i := 0; i < len(key); i++ {
		c := key[i]
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || i > 0 && (c >= '0' && c <= '9' || c == '-')
		if !ok {
			return false
		}
	}
	return true
}

// displayPath writes a path as the file's syntax names it: as is for YAML,
// as a JSON path ("$.relations[3].from", "$" for the root) for JSON.
func displayPath(path string, f Syntax) string {
	if f != JSON {
		return path
	}
	switch {
	case path == "":
		return "$"
	case path[0] == '[':
		return "$" + path
	}
	return "$." + path
}

// lineIndex turns byte offsets into lines and columns.
type lineIndex struct {
	data   []byte
	starts []int // byte offset of the start of each line

	// The last answer, from which the next one counts on when it is
	// further along the same line: the parsers ask in order, and counting
	// from the start of the line each time would take quadratic time on
	// minified JSON, which is all one line.
	lastOff int
	last    pos
}

// newLineIndex indexes the lines of data. A line ends at "\n", "\r\n" or
// a lone "\r", as YAML has it (and as editors count).
func newLineIndex(data []byte) *lineIndex {
	starts := []int{0}
	for i, c := range data {
		if c == '\n' || c == '\r' && (i+1 == len(data) || data[i+1] != '\n') {
			starts = append(starts, i+1)
		}
	}
	return &lineIndex{data: data, starts: starts}
}

// pos returns the line and column (in characters) of byte offset off.
func (x *lineIndex) pos(off int) pos {
	off = max(0, min(off, len(x.data)))
	i, found := slices.BinarySearch(x.starts, off)
	if !found {
		i--
	}
	from, col := x.starts[i], 1
	if x.last.line == i+1 && x.lastOff >= from && x.lastOff <= off {
		from, col = x.lastOff, x.last.col
	}
	p := pos{line: i + 1, col: col + utf8.RuneCount(x.data[from:off])}
	x.lastOff, x.last = off, p
	return p
}

// checkText reports the first byte of data that is not valid UTF-8, or
// (for YAML) a control character that YAML does not allow in a file (all
// but tab, line feed and carriage return; DEL; C1 controls but NEL). It
// returns the offset and a message, or -1.
func checkText(data []byte, yaml bool) (int, string) {
	if !yaml && utf8.Valid(data) { // JSON: only UTF-8 is checked here
		return -1, ""
	}
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i, "invalid UTF-8 byte 0x" + strconv.FormatUint(uint64(data[i]), 16)
		}
		if yaml && (r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f || r >= 0x80 && r <= 0x9f && r != 0x85 || r == 0xfffe || r == 0xffff) {
			return i, "control character " + strconv.QuoteRune(r) + " is not allowed in YAML (write it as an escape in a double-quoted string)"
		}
		i += size
	}
	return -1, ""
}
