package scenario

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

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
		t.Run(tt.name, func(t *testing.T) { checkQuick(t, tt.data) })
	}
}
