package scenario

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/internal/errlist"
	"github.com/diplograph/diplograph/internal/graphtest"
)

// checkQuick checks that the one-pass JSON decoding without places gives
// a graph exactly when the full decoding finds no problem, and the same
// graph.
func checkQuick(t *testing.T, data []byte) {
	t.Helper()
	quick := decodeQuick(data, "quick")
	full, err := decodeFull(data, "quick", JSON)
	switch {
	case quick == nil && err == nil:
		t.Fatalf("the quick decoding failed on a file the full one reads:\n%s", data)
	case quick != nil && err != nil:
		t.Fatalf("the quick decoding read a file the full one rejects (%v):\n%s", err, data)
	case quick != nil:
		if d := graphtest.Diff(full, quick); d != "" {
			t.Fatalf("the quick decoding differs: %s\n%s", d, data)
		}
	}
}

// checkJSONStream checks that decodeJSONStream, which decodes relations
// as they are parsed and keeps only the places Build's problems need,
// gives what decodeFull gives: the same graph, or the same problems.
func checkJSONStream(t *testing.T, data []byte) {
	t.Helper()
	gs, errS := decodeJSONStream(data, "f.json")
	gw, errW := decodeFull(data, "f.json", JSON)
	if (errS == nil) != (errW == nil) || (gs == nil) != (gw == nil) {
		t.Fatalf("streaming: %v\nwhole: %v\ninput:\n%s", errS, errW, data)
	}
	if errW != nil {
		if errS.Error() != errW.Error() {
			t.Fatalf("the problems differ\nstreaming:\n%v\nwhole:\n%v\ninput:\n%s", errS, errW, data)
		}
		ls, lw := errlist.Flatten(errS), errlist.Flatten(errW)
		for i := range lw {
			for _, s := range sentinels {
				if errors.Is(ls[i], s) != errors.Is(lw[i], s) {
					t.Fatalf("problem %d: errors.Is(%v) differs: %v", i, s, lw[i])
				}
			}
		}
		return
	}
	if d := graphtest.Diff(gw, gs); d != "" {
		t.Fatalf("the streamed graph differs: %s\n%s", d, data)
	}
}

// TestQuickMatchesFull decodes every scenario the repository holds, as
// JSON, both ways.
func TestQuickMatchesFull(t *testing.T) {
	var paths []string
	for _, pattern := range []string{"testdata/*.json", "testdata/*.yaml", "../examples/*/*.yaml", "../examples/*/*.json"} {
		p, _ := filepath.Glob(pattern)
		paths = append(paths, p...)
	}
	if len(paths) < 4 {
		t.Fatalf("found only %d scenario files", len(paths))
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"empty relations", []byte(`{"actors": [{"id": "a", "name": "A"}], "relations": []}`)},
		{"relations first", []byte(`{"relations": [{"from": "a", "to": "b", "kind": "met"}], "actors": [{"id": "a"}, {"id": "b"}]}`)},
		{"relations twice", []byte(`{"relations": [], "actors": [{"id": "a"}], "relations": []}`)},
		{"relations not a list", []byte(`{"relations": {"from": "a"}}`)},
		{"bad relation", []byte(`{"actors": [{"id": "a"}, {"id": "b"}], "relations": [{"from": "a", "to": "c", "kind": "met"}]}`)},
		{"unknown field", []byte(`{"actors": [{"id": "a"}, {"id": "b"}], "relations": [{"from": "a", "to": "b", "kind": "met", "when": 1}]}`)},
		{"build errors placed", []byte(`{"actors": [{"id": "a"}, {"id": "b", "name": "B"}], "relations": [{"from": "a", "to": "c", "kind": "met"}, {"from": "a", "kind": "nokind", "source": "s", "quote": "q"}]}`)},
		{"relations twice with errors", []byte(`{"actors": [{"id": "a"}], "relations": [{"from": "a", "to": "x", "kind": "met"}], "relations": [{"from": "a", "to": "y", "kind": "met", "z": 1}]}`)},
		{"syntax error after relations", []byte(`{"relations": [{"from": "a", "to": "x", "kind": "met", "when": 1}], "actors": [}`)},
		{"deep relation", []byte(`{"relations": [{"from": "a", "attrs": {"x": ` + strings.Repeat("[", 40) + strings.Repeat("]", 40) + `}}]}`)},
		{"escapes", []byte(`{"title": "a\"b\u00e9", "actors": [{"id": "a", "name": "\u00c9"}, {"id": "b"}], "relations": [{"from": "a", "to": "b", "kind": "met", "quote": "x", "source": "s"}], "sources": [{"id": "s"}]}`)},
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if s, _ := SyntaxOf(p); s == YAML {
			g, err := decodeAs(data, p, YAML)
			if err != nil {
				continue // error cases of the YAML reader
			}
			var buf bytes.Buffer
			enc := NewEncoder(&buf)
			enc.Syntax = JSON
			if err := enc.Encode(g); err != nil {
				t.Fatal(err)
			}
			data = buf.Bytes()
		}
		tests = append(tests, struct {
			name string
			data []byte
		}{p, data})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkQuick(t, tt.data); checkJSONStream(t, tt.data) })
	}
}
