package report

import (
	"errors"
	"fmt"
)

// Errors of this package, each wrapped in an *Error that says which block
// of the report it concerns, or returned by the writers.
var (
	// ErrBadHeading means a heading has a level other than 1, 2 or 3, or
	// no text.
	ErrBadHeading = errors.New("report: bad heading")
	// ErrBadName means a figure's name is not a lower-case slug (letters
	// a-z, digits and '-', starting with a letter or digit, at most 64
	// bytes) or is used twice.
	ErrBadName = errors.New("report: bad figure name")
	// ErrBadSVG means a figure is not a well-formed SVG document.
	ErrBadSVG = errors.New("report: bad SVG")
	// ErrBadDiagram means a diagram's SVG does not draw its graph: it has
	// no actor nodes, or shows an actor or relation the graph lacks.
	ErrBadDiagram = errors.New("report: diagram does not match its graph")
	// ErrNil means a table or graph given to the report is nil.
	ErrNil = errors.New("report: nil table or graph")
	// ErrBadPath means a file name or extension the writers cannot use.
	ErrBadPath = errors.New("report: bad output path")
)

// Error is a problem with one block of a report: a figure that is not SVG,
// a heading level out of range. The methods that add blocks record it; the
// writers return every one.
type Error struct {
	Block int    // the block's number, from 1, in the order blocks were added
	What  string // what the block is: "heading", "figure \"network\""
	Err   error  // what is wrong; wraps one of the package's Err values
}

// Error implements error: `block 3 (figure "network"): report: bad SVG: ...`.
func (e *Error) Error() string {
	return fmt.Sprintf("block %d (%s): %v", e.Block, e.What, e.Err)
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }
