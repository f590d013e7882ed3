package encoding

import (
	"errors"
	"strconv"
	"strings"
)

// The sentinels of the format packages, each wrapped in an [*Error] that
// says where. Decoders also report the problems graph.Builder.Build finds
// with their own sentinels (graph.ErrUnknownActor, actors.ErrBadID, ...)
// and each format reports a document it cannot read with its ErrFormat
// (nodelink.ErrFormat, graphml.ErrFormat).
var (
	// ErrBadValue means a decoder cannot read an attribute's value: a
	// weight that is not a number, a date that is not YYYY, YYYY-MM or
	// YYYY-MM-DD, roles or evidence that are not the JSON lists the
	// schema describes, an unknown actor kind.
	ErrBadValue = errors.New("encoding: bad attribute value")
	// ErrNotUTF8 means an encoder met text that is not valid UTF-8, which
	// no format can carry unchanged.
	ErrNotUTF8 = errors.New("encoding: text is not valid UTF-8")
	// ErrNotXML means an XML encoder (GraphML, GEXF) met a character XML
	// 1.0 cannot carry, such as most control characters. It is reported
	// rather than the character dropped or replaced.
	ErrNotXML = errors.New("encoding: character not allowed in XML")
	// ErrNotSimple means an encoder asked for a simple graph (its Simple
	// field) met a graph that is not one: two relations from one actor to
	// another, or a relation of a symmetric kind. The projection of any
	// graph is simple (analysis.Projection.Simple).
	ErrNotSimple = errors.New("encoding: not a simple directed graph")

	// ErrTooLarge means an input longer than a Decoder's MaxBytes.
	ErrTooLarge = errors.New("encoding: input too large")
)

// Error is one problem, with its place: in a document being decoded, or
// in a graph being encoded (then only Item and Key are set).
type Error struct {
	// File is the Decoder's Name, such as "ukraine.graphml"; "" when it
	// was not set.
	File string
	// Line and Column are the 1-based place of the node, edge or element
	// at fault, Column counting characters; 0 when unknown.
	Line, Column int
	// Item is the part of the graph at fault: `nodes[2]` or `edges[5]` in
	// node-link JSON, `node "putin"` or `edge "call-1"` in GraphML,
	// "graph" for the graph's own attributes; "" for the document as a
	// whole, such as a syntax error.
	Item string
	// Key is the attribute at fault, such as "weight", "roles" or
	// "sources[1].date"; "" when the item as a whole is at fault.
	Key string
	// Err says what is wrong. It wraps a sentinel of this package, of the
	// format package, or of package graph, actors or date.
	Err error
}

// Error returns "file:line:column: item: key: message", leaving out the
// parts that are not set.
func (e *Error) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File + ":")
	}
	if e.Line > 0 {
		b.WriteString(strconv.Itoa(e.Line) + ":" + strconv.Itoa(e.Column) + ":")
	}
	if b.Len() > 0 {
		b.WriteString(" ")
	}
	for _, s := range []string{e.Item, e.Key} {
		if s != "" {
			b.WriteString(s + ": ")
		}
	}
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	} else {
		b.WriteString("unknown error")
	}
	return b.String()
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }
