package scenario

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/atomicfile"
	"github.com/diplograph/diplograph/internal/readlimit"
)

// A Decoder reads a scenario from an input stream and builds its graph.
type Decoder struct {
	// Syntax is the syntax of the input. The default, the zero Syntax,
	// takes it from Name's extension (see [SyntaxOf]) and reads YAML when
	// Name has none of .yaml, .yml or .json.
	Syntax Syntax
	// Name names the input in errors, the File of every [*Error], such as
	// "ukraine2014.yaml" or "<stdin>"; the default is no name.
	Name string
	// MaxBytes is the most bytes Decode reads: a longer input fails with
	// an error wrapping ErrTooLarge. Default 0: 1 GiB; negative: no limit.
	MaxBytes int64

	r io.Reader
}

// NewDecoder returns a decoder that reads from r.
func NewDecoder(r io.Reader) *Decoder { return &Decoder{r: r} }

// Decode reads r to its end, one scenario, and builds its graph.
//
// Decode checks everything and reports every problem it finds, each as an
// [*Error] with its line, column and path, sorted by place and joined with
// errors.Join; the graph is then nil. Problems of syntax (a YAML or JSON
// syntax error, text that is not UTF-8, an empty file) stop decoding at the
// first; all others are collected: unknown fields, duplicate keys, values
// of the wrong type, bad dates, conflicting fields, and everything
// [graph.Builder.Build] finds (unknown actors, kinds and sources, duplicate
// IDs, self relations, bad weights, bad country codes, ...), each mapped
// back to the place of the field at fault, or of its item when the field
// is missing. The sentinels of this package and of packages graph, actors
// and date are reachable with errors.Is. A Syntax that is not YAML or JSON
// fails with ErrUnknownSyntax; an error reading r comes in an *Error with
// the Decoder's Name.
//
// Decode never panics, whatever the input.
func (d *Decoder) Decode() (*graph.Graph, error) {
	s := d.Syntax
	if s == 0 {
		s = YAML
		if of, err := SyntaxOf(d.Name); err == nil {
			s = of
		}
	}
	if !s.valid() {
		return nil, fmt.Errorf("%w: %s (want yaml or json)", ErrUnknownSyntax, s)
	}
	data, err := readlimit.ReadAll(d.r, d.MaxBytes, ErrTooLarge)
	if errors.Is(err, ErrTooLarge) {
		err = fmt.Errorf("%w (set Decoder.MaxBytes to read more)", err)
	}
	if err != nil {
		return nil, &Error{File: d.Name, Err: err}
	}
	return decode(data, d.Name, s)
}

// An Encoder writes graphs as scenarios to an output stream.
type Encoder struct {
	// Syntax is the syntax to write; the default, the zero Syntax, is YAML.
	Syntax Syntax

	w io.Writer
}

// NewEncoder returns an encoder that writes to w.
func NewEncoder(w io.Writer) *Encoder { return &Encoder{w: w} }

// Encode writes g as one scenario in the Encoder's Syntax. It is written
// only once it is complete, so a failed Encode writes nothing.
//
// The output is deterministic (the same graph gives the same bytes) and
// round-trips: a [Decoder] gives back a graph equal to g in every field.
// Every field that is set is written, and nothing else: the title; sources
// sorted by ID; the graph's own relation kinds ([graph.Graph.CustomKinds]),
// with sign, symmetric and nature always written; actors sorted by ID;
// relations in graph order, each with its ID (derived IDs too, so they stay
// stable when the file is edited), date for a point in time or since and
// until for a span, source and quote for a single citation without a note
// and an evidence list otherwise, sign only when the relation has its own
// ([graph.Relation.WithSign]), and weight only when it is not the default
// 1. actors and relations are written even when empty. Relations are
// written one at a time, as the package documentation says, and the first
// error of w ends the writing and is returned.
//
// A view made by [graph.Graph.Filter] is written with the actors it leaves
// out but still cites (reporters, the actors roles are held in), taken from
// the graph it was filtered from, so that the file loads; decoding it gives
// the view plus those actors.
//
// YAML output is block style, with flow style for aliases, CAMEO codes and
// roles; a string is written plain only when it starts with a letter and
// cannot be read as anything but that string, and double-quoted (with
// escapes for control and invisible characters) otherwise. JSON output is
// indented by two spaces, with <, > and & written as they are.
//
// Encode fails with an [*Error] wrapping ErrNotUTF8 if a string of g is not
// valid UTF-8, since neither syntax could carry it unchanged (then nothing
// is written), and with ErrUnknownSyntax if the Syntax is neither YAML nor
// JSON.
func (e *Encoder) Encode(g *graph.Graph) error {
	if g == nil {
		return fmt.Errorf("scenario: Encode of a nil graph")
	}
	s := e.Syntax
	if s == 0 {
		s = YAML
	}
	if !s.valid() {
		return fmt.Errorf("%w: %s (want yaml or json)", ErrUnknownSyntax, s)
	}
	doc, err := newFileDoc(g)
	if err != nil {
		return err
	}
	out := &output{w: e.w}
	if s == YAML {
		writeYAML(out, doc, g)
	} else if err := writeJSON(out, doc, g); err != nil {
		return err
	}
	out.flush(true)
	return out.err
}

// Load reads the scenario file at path, in the syntax its extension names
// (see [SyntaxOf]), and builds its graph. Problems are reported as by
// [Decoder.Decode], with path as the file name.
func Load(path string) (*graph.Graph, error) {
	s, err := SyntaxOf(path)
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(path) // sized from the file: one allocation
	if err != nil {
		return nil, err
	}
	return decode(data, path, s)
}

// Save writes g to the file at path in the syntax its extension names (see
// [SyntaxOf]), as [Encoder.Encode] does. The file is replaced only once
// everything was written (through a temporary file in the same directory),
// so a failed Save leaves the file as it was.
func Save(path string, g *graph.Graph) error {
	s, err := SyntaxOf(path)
	if err != nil {
		return err
	}
	return atomicfile.Write(path, 0o644, func(w io.Writer) error {
		enc := NewEncoder(w)
		enc.Syntax = s
		return enc.Encode(g)
	})
}
