package render

import (
	"errors"
	"fmt"
)

// ErrBadLayout means an unknown [Layout]: a name [ParseLayout] does not
// know, or a value out of range.
var ErrBadLayout = errors.New("render: unknown layout")

// ErrBadOption means an [Engine] or a [Parallel] that is unknown: a name
// [ParseEngine] or [ParseParallel] does not know, or a value out of range.
var ErrBadOption = errors.New("render: bad option")

// ErrUnsupportedFormat means a [Format] that is unknown, a file extension
// that names none ([WriteFile]), or a format that the chosen [Engine]
// cannot draw (PNG and PDF with [EngineEmbedded]; DOT with [Draw]).
var ErrUnsupportedFormat = errors.New("render: unsupported format")

// ErrTooLarge means a graph has more actors or relations than the limits
// set by [Options.MaxActors] and [Options.MaxRelations]; draw a filtered
// view.
var ErrTooLarge = errors.New("render: graph too large to draw")

// ErrNoNative means the [EngineNative] engine was chosen, or PNG or PDF
// asked for, and Graphviz's dot command is not installed (not found in
// PATH).
var ErrNoNative = errors.New("render: Graphviz's dot command not found (install Graphviz for PNG, PDF and the native engine)")

// ErrUnknownID means an ID in [Options.Highlight] that names neither an
// actor nor a relation of the graph drawn.
var ErrUnknownID = errors.New("render: unknown actor or relation ID")

// errNilGraph is returned for a nil *graph.Graph.
var errNilGraph = errors.New("render: nil graph")

// tooLarge is an [ErrTooLarge] error: n of what over limit, raised with
// field.
func tooLarge(what string, n, limit int, field string) error {
	return fmt.Errorf("%w: %d %s, limit %d (draw a filtered view, or raise the limit with %s)", ErrTooLarge, n, what, limit, field)
}
