package scenario

import (
	"cmp"
	"errors"
	"slices"
	"strconv"
	"strings"
)

// Errors reported by [Decoder.Decode] and [Load], each wrapped in an
// [*Error] that says where (but for ErrUnknownSyntax, which concerns no
// file's content). Test for them with errors.Is. Problems found by
// [graph.Builder.Build] keep their own sentinels (graph.ErrUnknownActor,
// actors.ErrUnknownCountry, date.ErrReversed, ...), also wrapped in an
// [*Error].
var (
	// ErrSyntax means the file is not well-formed YAML or JSON, or is not
	// valid UTF-8 (then [ErrNotUTF8] matches too).
	ErrSyntax = errors.New("scenario: syntax error")
	// ErrEmpty means the file holds no document: nothing, only comments or
	// a null document.
	ErrEmpty = errors.New("scenario: empty file")
	// ErrUnknownField means a mapping has a key the schema does not know.
	// It is an error rather than ignored, since a misspelt key would
	// otherwise lose its data without a word.
	ErrUnknownField = errors.New("scenario: unknown field")
	// ErrDuplicateKey means a key appears twice in one mapping.
	ErrDuplicateKey = errors.New("scenario: duplicate key")
	// ErrType means a value has the wrong shape or type: a list where a
	// string is expected, a string where a number is expected, ...
	ErrType = errors.New("scenario: wrong type")
	// ErrConflict means two fields exclude each other, such as date with
	// since or until, or source and quote with evidence.
	ErrConflict = errors.New("scenario: conflicting fields")
	// ErrUnsupported means the file uses a YAML feature scenarios do not
	// allow: anchors, aliases, merge keys, tags other than !!str, or more
	// than one document.
	ErrUnsupported = errors.New("scenario: unsupported YAML feature")
	// ErrNotUTF8 means text is not valid UTF-8: in a file being decoded
	// (together with ErrSyntax), or in a graph being encoded.
	ErrNotUTF8 = errors.New("scenario: not valid UTF-8")
	// ErrUnknownSyntax means a syntax name or a file name's extension
	// names neither YAML nor JSON.
	ErrUnknownSyntax = errors.New("scenario: unknown syntax")

	// ErrTooLarge means an input longer than Decoder.MaxBytes.
	ErrTooLarge = errors.New("scenario: input too large")
)

// Error is one problem in a scenario file, with its place.
//
// Line and Column are 1-based; Column counts characters (Unicode code
// points), not bytes, from the start of the line. They are 0 when the
// problem has no place in the file. Path names the value at fault:
// "relations[3].from" in YAML files, "$.relations[3].from" (a JSON path) in
// JSON files, "" (YAML) or "$" (JSON) for the whole document.
type Error struct {
	File   string // the Decoder's Name, or the path given to Load
	Line   int    // 1-based line, 0 if unknown
	Column int    // 1-based column in characters, 0 if unknown
	Path   string // where in the document: "relations[3].from"
	Err    error  // a sentinel of this package, an error of package graph, actors or date, or one reading the input
}

// Error returns "file:line:column: path: message".
func (e *Error) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		b.WriteString(":")
	}
	if e.Line > 0 {
		b.WriteString(strconv.Itoa(e.Line) + ":" + strconv.Itoa(e.Column) + ":")
	}
	if b.Len() > 0 {
		b.WriteString(" ")
	}
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
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

// sortErrors orders problems by place (line, column), then path and
// message, so the same file always gives the same report.
func sortErrors(errs []*Error) {
	slices.SortStableFunc(errs, func(a, b *Error) int {
		if c := cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column), strings.Compare(a.Path, b.Path)); c != 0 {
			return c
		}
		return strings.Compare(a.Error(), b.Error())
	})
}

// joinErrors returns the problems sorted and joined with errors.Join, or
// nil if there are none.
func joinErrors(errs []*Error) error {
	if len(errs) == 0 {
		return nil
	}
	sortErrors(errs)
	out := make([]error, len(errs))
	for i, e := range errs {
		out[i] = e
	}
	return errors.Join(out...)
}

// textError is a message that matches several sentinels, such as invalid
// UTF-8 in a file, which is both ErrSyntax and ErrNotUTF8.
type textError struct {
	msg  string
	errs []error
}

func (e *textError) Error() string   { return e.msg }
func (e *textError) Unwrap() []error { return e.errs }

func notUTF8(msg string) error {
	return &textError{msg: ErrSyntax.Error() + ": " + msg, errs: []error{ErrSyntax, ErrNotUTF8}}
}
