package events

import (
	"errors"
	"fmt"
	"strconv"
)

// Errors for bad rows, each wrapped in a [*RowError] that says where. Test
// for them with errors.Is. A reader in the default mode counts bad rows in
// its [Report] and goes on; a strict reader stops at the first.
var (
	ErrWidth   = errors.New("events: wrong number of columns")  // a row of the wrong width for its dataset
	ErrDate    = errors.New("events: bad date")                 // a malformed or impossible date
	ErrNumber  = errors.New("events: not a number")             // a number that is not one, or out of its range
	ErrUTF8    = errors.New("events: not valid UTF-8")          // a text field that is not UTF-8
	ErrText    = errors.New("events: text no output can carry") // a control character (other than tab) or U+FFFE, U+FFFF in a field
	ErrCode    = errors.New("events: bad CAMEO event code")     // a malformed code, or a base or root code that is not its prefix
	ErrTooLong = errors.New("events: line too long")            // a line longer than Options.MaxLineBytes
)

// Errors about whole inputs rather than rows.
var (
	// ErrFormat means the dataset of an input could not be detected, or is
	// not the one asked for, or the records asked for are not in it; also
	// a dataset name that [ParseDataset] does not know.
	ErrFormat = errors.New("events: unknown or unexpected format")
	// ErrConfig means [Options] are wrong (an unknown country code, a
	// malformed CAMEO code prefix, a date range that runs backwards, an
	// enum value out of range), a name is none of an enum's names
	// ([ParsePeriod], [ParseGranularity], [ParseWeighting], [ParseReason]),
	// or a [Mapping] table is wrong.
	ErrConfig = errors.New("events: bad configuration")
)

// RowError is a bad row: the file, the line, the column at fault and what is
// wrong with it.
type RowError struct {
	File   string // the file name, as given to the reader
	Line   int64  // the line number, from 1
	Column string // the column's name, such as "GoldsteinScale"; "" for the whole row
	Value  string // the offending value, cut to 40 bytes; "" for the whole row
	Err    error  // ErrWidth, ErrDate, ErrNumber, ErrUTF8, ErrText, ErrCode or ErrTooLong, possibly wrapped
}

// Error implements error: "export.CSV:12: GoldsteinScale "x": events: not a
// number".
func (e *RowError) Error() string {
	s := e.File + ":" + strconv.FormatInt(e.Line, 10) + ": "
	if e.Column != "" {
		s += e.Column + " "
		if e.Value != "" || e.Err != ErrWidth {
			s += strconv.Quote(e.Value) + ": "
		}
	}
	return s + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *RowError) Unwrap() error { return e.Err }

func rowErr(file string, line int64, column, value string, err error) *RowError {
	if len(value) > 40 {
		value = value[:40]
	}
	return &RowError{File: file, Line: line, Column: column, Value: value, Err: err}
}

func widthErr(file string, line int64, got int, want string) *RowError {
	return &RowError{File: file, Line: line, Err: fmt.Errorf("%w: %d, want %s", ErrWidth, got, want)}
}
