package scenario

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/internal/errlist"
	"github.com/diplograph/diplograph/internal/graphtest"
)

// Seeds beyond the scenario files: small inputs near the edges.
var (
	yamlSeeds = []string{
		"", "~", "---\n", "- a\n", "title: x\n---\ntitle: y\n", "title: &a x\nnote: *a\n", "<<: {a: 1}\n",
		"title: !!str 041\n", "actors: [{id: a, name: A}]\nrelations: [{from: a, to: a, kind: met}]\n",
		yamlHead + "relations:\n  - {from: a, to: b, kind: met, date: 2014-02-30, weight: .nan}\n",
		"kinds: [{name: k, cameo: [41], sign: +1, symmetric: yes}]\n",
		"actors:\n  - id: a\n    name: A\n    note: |\n      two\n      lines\n",
		"title: \"\\u2028\\x85\\0\"\n",
	}
	jsonSeeds = []string{
		"", "null", "[]", `{"title": "\ud83d\ude00"}`, `{"a": 1, "a": 2}`, jsonHead + ` "relations": [{"from": "a", "to": "b", "kind": "met", "weight": 1e999}]}`,
	}
)

// maxSeed bounds the size of a seed file. The fuzzer minimizes every
// input that finds new coverage, running the target thousands of times
// on it; on a scenario of several KB that takes most of a minute per input, during
// which it finds nothing. Large files are covered by TestRoundTripFiles.
const maxSeed = 2 << 10

func seed(f *testing.F, format Syntax, extra []string) {
	for _, s := range extra {
		f.Add([]byte(s))
	}
	for _, pattern := range []string{"testdata/*", "../examples/*/*"} {
		paths, _ := filepath.Glob(pattern)
		for _, p := range paths {
			if ff, err := SyntaxOf(p); err != nil || ff != format {
				continue
			}
			if data, err := os.ReadFile(p); err == nil && len(data) <= maxSeed {
				f.Add(data)
			}
		}
	}
}

func FuzzDecodeYAML(f *testing.F) {
	seed(f, YAML, yamlSeeds)
	f.Fuzz(func(t *testing.T, data []byte) { fuzzDecode(t, data, YAML) })
}

func FuzzDecodeJSON(f *testing.F) {
	seed(f, JSON, append(jsonSeeds, jsonCases...))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzDecode(t, data, JSON) })
}

// fuzzDecode checks that Decode does not panic, that every problem is an
// *Error with a sane place, that the JSON parser agrees with encoding/json
// on syntax, and that whatever decodes survives Encode and Decode in both
// formats unchanged.
func fuzzDecode(t *testing.T, data []byte, format Syntax) {
	g, err := decodeAs(data, "fuzz", format)
	if format == JSON {
		checkJSONSyntax(t, data)
		checkQuick(t, data)
		checkJSONStream(t, data)
	}
	if err != nil {
		if g != nil {
			t.Fatalf("Decode returned a graph and an error")
		}
		nlines := len(newLineIndex(data).starts)
		for _, e := range errlist.Flatten(err) {
			var pe *Error
			if !errors.As(e, &pe) {
				t.Fatalf("problem %T is not an *Error: %v", e, e)
			}
			if pe.Line < 0 || pe.Line > nlines || pe.Column < 0 || (pe.Line == 0) != (pe.Column == 0) {
				t.Fatalf("problem at %d:%d in %d lines: %v", pe.Line, pe.Column, nlines, pe)
			}
			if pe.Err == nil || pe.Error() == "" {
				t.Fatalf("empty problem %#v", pe)
			}
		}
		return
	}
	for _, f := range []Syntax{YAML, JSON} {
		out := encode(t, g, f)
		g2, err := decodeAs(out, "encoded", f)
		if err != nil {
			t.Fatalf("%s: decoding the encoded graph: %v\ninput:\n%s\nencoded:\n%s", f, err, data, out)
		}
		if d := graphtest.Diff(g, g2); d != "" {
			t.Fatalf("%s: round trip changed the graph: %s\ninput:\n%s\nencoded:\n%s", f, d, data, out)
		}
		if out2 := encode(t, g2, f); !bytes.Equal(out, out2) {
			t.Fatalf("%s: encoding is not a fixed point:\n%s\n%s", f, out, out2)
		}
	}
}

// FuzzEncodeString puts a string in every string field of a graph and
// checks that it survives Encode and Decode in both formats: the test of
// YAML quoting and literal blocks.
func FuzzEncodeString(f *testing.F) {
	for _, s := range tricky {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // Encode refuses it; TestEncodeErrors checks that
		}
		if actors.ValidateText(s) != nil {
			return // Build refuses it; TestControlCharactersRefused checks that
		}
		g := trickyGraph(t, s)
		for _, f := range []Syntax{YAML, JSON} {
			out := encode(t, g, f)
			g2, err := decodeAs(out, "encoded", f)
			if err != nil {
				t.Fatalf("%s: %v\n%s", f, err, out)
			}
			if d := graphtest.Diff(g, g2); d != "" {
				t.Fatalf("%s: %s\n%s", f, d, out)
			}
		}
	})
}
