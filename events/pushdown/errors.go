package pushdown

import (
	"errors"
	"fmt"
)

// Sentinel errors; every error of the package wraps one of them.
var (
	// ErrConfig: options that no query can express (an actor function,
	// full actors, no aggregation period, no input files for DuckDB, ...).
	ErrConfig = errors.New("pushdown: bad configuration")
	// ErrFormat: an aggregate file that does not read: a missing column, a
	// value that does not parse, a row that does not make a relation.
	ErrFormat = errors.New("pushdown: bad aggregate file")
)

// Error is a problem at a place of an aggregate file: its name, line (1
// for the header), and the column, when one is to blame. It wraps
// [ErrFormat] and the cause.
type Error struct {
	File   string // the file's name, as Decoder.Name gives it
	Line   int    // 1-based line: the header is line 1 of a CSV file
	Column string // the column's name; "" for the whole row
	Err    error  // the cause
}

// Error returns "file:line: column: cause".
func (e *Error) Error() string {
	if e.Column == "" {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s:%d: %s: %v", e.File, e.Line, e.Column, e.Err)
}

// Unwrap returns ErrFormat and the cause, for errors.Is and errors.As.
func (e *Error) Unwrap() []error { return []error{ErrFormat, e.Err} }
