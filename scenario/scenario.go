package scenario

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// Format is the syntax of a scenario file. Both formats share one schema.
type Format int

// The formats. The zero Format is not a format.
const (
	YAML Format = iota + 1 // YAML 1.2, one document
	JSON                   // JSON (RFC 8259)
)

// String returns "yaml" or "json".
func (f Format) String() string {
	switch f {
	case YAML:
		return "yaml"
	case JSON:
		return "json"
	}
	return "Format(" + strconv.Itoa(int(f)) + ")"
}

// FormatOf returns the format of a file by its extension: .yaml or .yml
// for YAML, .json for JSON, in any case. Other extensions give ErrFormat.
func FormatOf(path string) (Format, error) {
	switch ext := strings.ToLower(filepath.Ext(path)); ext {
	case ".yaml", ".yml":
		return YAML, nil
	case ".json":
		return JSON, nil
	default:
		return 0, fmt.Errorf("%w: %q has extension %q (want .yaml, .yml or .json)", ErrFormat, path, ext)
	}
}

// Load reads the scenario file at path, in the format its extension names
// (see [FormatOf]), and builds its graph. Problems are reported as for
// [Decode], with path as the file name.
func Load(path string) (*graph.Graph, error) {
	f, err := FormatOf(path)
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Decode(data, path, f)
}

// Decode reads a scenario in format f and builds its graph. name is the
// file name used in error messages ("ukraine2014.yaml", "<stdin>").
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
// and date are reachable with errors.Is.
//
// Decode never panics, whatever the input.
func Decode(data []byte, name string, f Format) (*graph.Graph, error) {
	return decode(data, name, f)
}

// Save writes g to the file at path in the format its extension names (see
// [FormatOf]), creating or truncating it. The graph is encoded in full
// before the file is opened, so an encoding error leaves the file as it
// was.
func Save(path string, g *graph.Graph) error {
	f, err := FormatOf(path)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := Encode(&buf, g, f); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

// Encode writes g as a scenario in format f.
//
// The output is deterministic (the same graph gives the same bytes) and
// round-trips: [Decode] gives back a graph equal to g in every field.
// Every field that is set is written, and nothing else: the title; sources
// sorted by ID; the graph's own relation kinds ([graph.Graph.CustomKinds]),
// with sign, symmetric and nature always written; actors sorted by ID;
// relations in graph order, each with its ID (derived IDs too, so they stay
// stable when the file is edited), date for a point in time or since and
// until for a span, source and quote for a single citation without a note
// and an evidence list otherwise, and weight only when it is not the
// default 1. actors and relations are written even when empty.
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
// Encode fails with ErrNotUTF8 if a string of g is not valid UTF-8, since
// neither format could carry it unchanged.
func Encode(w io.Writer, g *graph.Graph, f Format) error {
	if g == nil {
		return fmt.Errorf("scenario: Encode of a nil graph")
	}
	doc, err := newFileDoc(g)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	switch f {
	case YAML:
		writeYAML(&buf, doc)
	case JSON:
		if err := writeJSON(&buf, doc); err != nil {
			return err
		}
	default:
		return fmt.Errorf("%w: Format(%d)", ErrFormat, int(f))
	}
	_, err = w.Write(buf.Bytes())
	return err
}
