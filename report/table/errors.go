package table

import (
	"errors"
	"fmt"
)

// Errors returned by this package, each wrapped with the place of the problem.
var (
	// ErrBadColumn means a column cannot be made: no name, a name used twice,
	// an unknown type or a number of digits out of range.
	ErrBadColumn = errors.New("table: bad column")
	// ErrBadValue means a value does not fit its column: a string in a
	// number column, NaN or an infinity, a rank below 1, text that is not
	// valid UTF-8, or a row with too few or too many values.
	ErrBadValue = errors.New("table: bad value")
	// ErrUnknownColumn means a column name is not one of the table's.
	ErrUnknownColumn = errors.New("table: unknown column")
	// ErrUnknownKey means a row key is not one of the table's.
	ErrUnknownKey = errors.New("table: unknown row key")
	// ErrBadScores means the scores given to Actors, OverTime or Changes
	// cannot make a table: no measure or window, a name missing or used
	// twice, an actor scored twice, a score that is not finite, or an
	// isolated actor that has no score.
	ErrBadScores = errors.New("table: bad scores")
	// ErrBadJSON means a JSON document does not follow the table schema.
	ErrBadJSON = errors.New("table: bad JSON table")
)

// Error says where a problem is: the row (from 0; -1 when the problem is
// not in a row) and the column (empty when it is not in one column).
type Error struct {
	Row    int    // row index from 0, or -1
	Column string // column name, or ""
	Err    error  // what is wrong; wraps one of the package's Err values
}

// Error implements error: "row 3, column "PageRank": table: bad value: NaN".
func (e *Error) Error() string {
	switch {
	case e.Row >= 0 && e.Column != "":
		return fmt.Sprintf("row %d, column %q: %v", e.Row, e.Column, e.Err)
	case e.Row >= 0:
		return fmt.Sprintf("row %d: %v", e.Row, e.Err)
	case e.Column != "":
		return fmt.Sprintf("column %q: %v", e.Column, e.Err)
	}
	return e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }
