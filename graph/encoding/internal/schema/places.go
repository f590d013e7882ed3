package schema

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/encoding"
	"github.com/diplograph/diplograph/internal/errlist"
	"github.com/diplograph/diplograph/internal/readlimit"
)

// ReadInput reads a decoder's whole input r, at most max bytes (0: 1 GiB;
// negative: no limit). A longer input, or a read error, is an
// [*encoding.Error] of the file; a longer one wraps [encoding.ErrTooLarge].
func ReadInput(r io.Reader, max int64, file string) ([]byte, error) {
	data, err := readlimit.ReadAll(r, max, encoding.ErrTooLarge)
	if errors.Is(err, encoding.ErrTooLarge) {
		err = fmt.Errorf("%w (set Decoder.MaxBytes to read more)", err)
	}
	if err != nil {
		return nil, &encoding.Error{File: file, Err: err}
	}
	return data, nil
}

// SourceTarget is a [Places] Field for formats that call a relation's ends
// "source" and "target".
func SourceTarget(field string) string {
	switch field {
	case "from":
		return "source"
	case "to":
		return "target"
	}
	return field
}

// Place is where an item was read: its name in errors (`nodes[2]`,
// `edge "call-1"`) and its 1-based line and column, 0 when unknown.
type Place struct {
	Item         string
	Line, Column int
}

// Places remembers where each item given to a graph.Builder was read, so
// that the problems Build finds are reported at their place in the input.
type Places struct {
	// File is the input's name, the Decoder's Name.
	File string
	// Graph is where the graph's own attributes (title, sources, kinds)
	// were read.
	Graph Place
	// Actors and Relations hold the place of every actor and relation
	// given to the builder, in the order they were added.
	Actors, Relations []Place
	// Field renames a relation field of the model for the format, such as
	// "from" to "source"; nil keeps the model's names.
	Field func(field string) string
	// Errs are the problems found so far.
	Errs []error
}

// Add reports a problem at p.
func (ps *Places) Add(p Place, key string, err error) {
	ps.Errs = append(ps.Errs, &encoding.Error{File: ps.File, Line: p.Line, Column: p.Column, Item: p.Item, Key: key, Err: err})
}

// AddProblems reports problems at p.
func (ps *Places) AddProblems(p Place, probs []Problem) {
	for _, pr := range probs {
		ps.Add(p, pr.Key, pr.Err)
	}
}

// Build builds the graph, or returns every problem found while reading and
// building, each an *encoding.Error at its place, sorted by line and column
// and joined with errors.Join.
func (ps *Places) Build(b *graph.Builder) (*graph.Graph, error) {
	g, err := b.Build()
	if err == nil && len(ps.Errs) == 0 {
		return g, nil
	}
	reported := map[[2]string]bool{} // item and key of the problems found while reading
	for _, e := range ps.Errs {
		if ee, ok := e.(*encoding.Error); ok {
			reported[[2]string{ee.Item, ee.Key}] = true
		}
	}
	add := func(p Place, key string, err error) {
		if !reported[[2]string{p.Item, key}] { // Build's view of a value already reported
			ps.Add(p, key, err)
		}
	}
	for _, e := range errlist.Flatten(err) {
		var ge *graph.Error
		if !errors.As(e, &ge) {
			ps.Add(Place{}, "", e)
			continue
		}
		switch ge.Section {
		case graph.SectionActors:
			add(at(ps.Actors, ge.Index), ge.Field, ge.Err)
		case graph.SectionRelations:
			field := ge.Field
			if ps.Field != nil {
				field = ps.Field(field)
			}
			add(at(ps.Relations, ge.Index), field, ge.Err)
		default: // sources and kinds are graph attributes
			add(ps.Graph, ge.Path(), ge.Err)
		}
	}
	slices.SortStableFunc(ps.Errs, func(a, b error) int { return cmpPlace(a, b) })
	return nil, errors.Join(ps.Errs...)
}

// cmpPlace orders problems by line and column.
func cmpPlace(a, b error) int {
	var ea, eb *encoding.Error
	errors.As(a, &ea)
	errors.As(b, &eb)
	if ea == nil || eb == nil {
		return 0
	}
	return cmp.Or(cmp.Compare(ea.Line, eb.Line), cmp.Compare(ea.Column, eb.Column))
}

func at(ps []Place, i int) Place {
	if i >= 0 && i < len(ps) {
		return ps[i]
	}
	return Place{}
}

// Position returns the 1-based line and column (in characters) of byte
// offset off in data.
func Position(data []byte, off int) (line, col int) {
	off = min(max(off, 0), len(data))
	before := data[:off]
	line = 1 + strings.Count(string(before), "\n")
	start := strings.LastIndexByte(string(before), '\n') + 1
	return line, utf8.RuneCount(before[start:]) + 1
}
