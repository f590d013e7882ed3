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
	ErrWidth   = errors.New("events: wrong number of columns")
	ErrDate    = errors.New("events: bad date")
	ErrNumber  = errors.New("events: not a number")
	ErrUTF8    = errors.New("events: not valid UTF-8")
	ErrCode    = errors.New("events: bad CAMEO event code")
	ErrTooLong = errors.New("events: line too long")
)

// Errors about whole inputs rather than rows.
var (
	// ErrFormat means the format of an input could not be detected, or is
	// not the one asked for, or the records asked for are not in it.
	ErrFormat = errors.New("events: unknown or unexpected format")
	// ErrConfig means an [Ingester]'s configuration is wrong: an unknown
	// country code, a malformed CAMEO code prefix, a range that runs
	// backwards.
	ErrConfig = errors.New("events: bad configuration")
)

// RowError is a bad row: the file, the line, the column at fault and what is
// wrong with it.
type RowError struct {
	File   string // the file name, as given to the reader
	Line   int64  // the line number, from 1
	Column string // the column's name, such as "GoldsteinScale"; "" for the whole row
	Value  string // the offending value, cut to 40 bytes; "" for the whole row
	Err    error  // ErrWidth, ErrDate, ErrNumber, ErrUTF8, ErrCode or ErrTooLong, possibly wrapped
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

// Reason says why a row did not become (part of) a relation: a reject (a bad
// row) or a skip (a good row left out). Its string is stable, usable as a key.
type Reason string

// Reasons for rejected rows, one for each row error.
const (
	RejectWidth   Reason = "wrong-width"
	RejectDate    Reason = "bad-date"
	RejectNumber  Reason = "not-a-number"
	RejectUTF8    Reason = "invalid-utf8"
	RejectCode    Reason = "bad-code"
	RejectTooLong Reason = "line-too-long"
)

// Reasons for skipped rows: good rows that the ingest left out.
const (
	SkipDuplicate      Reason = "duplicate-event"   // the event ID was seen before (in this or an earlier file)
	SkipDate           Reason = "filtered-date"     // outside Filter.From..Filter.To
	SkipRoot           Reason = "filtered-not-root" // Filter.RootOnly and not a root event
	SkipCode           Reason = "filtered-code"     // not one of Filter.Codes
	SkipCountry        Reason = "filtered-country"  // outside Filter.Countries or Filter.Involving
	SkipMissingActor1  Reason = "missing-actor1"    // no source actor
	SkipMissingActor2  Reason = "missing-actor2"    // no target actor
	SkipNoCountry      Reason = "no-country"        // an actor without a country at country or role granularity
	SkipSameActor      Reason = "same-actor"        // both sides map to one actor (graph relations need two)
	SkipUnmapped       Reason = "unmapped-code"     // the mapping has no kind for the code
	SkipUnknownEvent   Reason = "unknown-event"     // a mention of an event not ingested
	SkipNotEventRecord Reason = "not-an-event"      // a mention given where events are expected, or the reverse
)

// reasonOf maps a row error to its reject reason.
func reasonOf(err error) Reason {
	switch {
	case errors.Is(err, ErrWidth):
		return RejectWidth
	case errors.Is(err, ErrDate):
		return RejectDate
	case errors.Is(err, ErrNumber):
		return RejectNumber
	case errors.Is(err, ErrUTF8):
		return RejectUTF8
	case errors.Is(err, ErrCode):
		return RejectCode
	case errors.Is(err, ErrTooLong):
		return RejectTooLong
	}
	return Reason("error")
}

func rowErr(file string, line int64, column, value string, err error) *RowError {
	if len(value) > 40 {
		value = value[:40]
	}
	return &RowError{File: file, Line: line, Column: column, Value: value, Err: err}
}

func widthErr(file string, line int64, got int, want string) *RowError {
	return &RowError{File: file, Line: line, Err: fmt.Errorf("%w: %d, want %s", ErrWidth, got, want)}
}
