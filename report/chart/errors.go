package chart

import (
	"errors"
	"fmt"
)

// Errors reported by the chart functions, each wrapped in an [*Error] that
// says where. Test for them with errors.Is.
var (
	ErrEmpty   = errors.New("chart: nothing to draw")
	ErrLength  = errors.New("chart: lengths differ")
	ErrValue   = errors.New("chart: bad value")
	ErrLabel   = errors.New("chart: bad label")
	ErrWindow  = errors.New("chart: bad window")
	ErrTooMany = errors.New("chart: too many to draw legibly")
	ErrOption  = errors.New("chart: bad option")
)

// Error is one problem with the input of a chart: the field at fault, what
// it holds, and what is wrong.
type Error struct {
	Field string // the input field, as a Go expression on the argument: "Measures[1].Values[3]", "Windows", "Options.Width"
	About string // what the field holds, for people: `measure "pagerank", actor "Kyiv"`; "" if nothing more to say
	Err   error  // a sentinel of this package, possibly wrapped with details
}

// Error implements error.
func (e *Error) Error() string {
	if e.About != "" {
		return fmt.Sprintf("%s (%s): %v", e.Field, e.About, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Field, e.Err)
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// fail returns an *Error for field; format and args, if any, detail the
// sentinel.
func fail(sentinel error, field, about, format string, args ...any) error {
	err := sentinel
	if format != "" {
		err = fmt.Errorf("%w: "+format, append([]any{sentinel}, args...)...)
	}
	return &Error{Field: field, About: about, Err: err}
}
