package nodelink

import (
	"bytes"
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/encoding"
	"github.com/diplograph/diplograph/graph/encoding/internal/enctest"
)

// FuzzDecode checks that Decode never panics, that every problem is an
// *encoding.Error with a place inside the input, and that whatever decodes
// survives Encode and Decode unchanged.
func FuzzDecode(f *testing.F) {
	// A small graph of our own: the fuzzer minimizes every input that finds
	// new coverage, which takes long on a big one (TestRoundTrip covers the
	// rich fixture).
	g, _ := enctest.Graph("x", "a", 2)
	var buf bytes.Buffer
	_ = encode(&buf, g)
	f.Add(buf.Bytes())
	for _, s := range []string{
		`{"nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"source": "a", "target": "b", "kind": "met"}]}`,
		`{"directed": false, "graph": {"name": "x"}, "nodes": [{"id": "a", "label": "A", "pop": 1}, {"id": "b"}], "links": [{"source": "a", "target": "b", "key": 0}]}`,
		`{"graph": {"title": "t", "sources": [{"id": "s", "date": "2014-03"}], "kinds": [{"name": "k", "sign": -1, "nature": "state"}]},
		  "nodes": [{"id": "a", "roles": [{"role": "p", "of": "b", "since": "2014"}], "attrs": {"x": "y"}}, {"id": "b", "aliases": ["B"]}],
		  "edges": [{"source": "a", "target": "b", "kind": "k", "weight": 2, "evidence": [{"source": "s", "quote": "q"}], "until": "2015"}]}`,
		`{"nodes": [1, null, {"id": 2}], "edges": {}}`, `[]`, ``, `{"nodes": []} x`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		dec := NewDecoder(bytes.NewReader(data))
		dec.DefaultKind = graph.Met
		g, err := dec.Decode()
		if err != nil {
			if g != nil {
				t.Fatal("Decode returned a graph and an error")
			}
			enctest.CheckErrors(t, err, data)
			return
		}
		if err := enctest.RoundTrip(t, g, encode, decode); err != nil {
			t.Fatalf("encoding a decoded graph: %v", err) // decoded JSON text is valid UTF-8
		}
	})
}

// FuzzEncode puts text in every text field of a graph, id in every ID and
// weight on a relation, and checks that the graph survives Encode and
// Decode unchanged, or that Encode refuses text that is not UTF-8.
func FuzzEncode(f *testing.F) {
	for _, s := range enctest.Tricky {
		f.Add(s, "a", 1.0)
	}
	f.Add("x", "Ā.b-c_d", 0.125)
	f.Add("x", "日本", 1e300)
	f.Fuzz(func(t *testing.T, text, id string, weight float64) {
		g, err := enctest.Graph(text, id, weight)
		if err != nil {
			return // not a graph: a bad ID or weight
		}
		err = enctest.RoundTrip(t, g, encode, decode)
		if utf8.ValidString(text) != (err == nil) {
			t.Fatalf("Encode of %q = %v", text, err)
		}
		var ee *encoding.Error
		if err != nil && (!errors.Is(err, encoding.ErrNotUTF8) || !errors.As(err, &ee)) {
			t.Fatalf("Encode = %v, want an *encoding.Error wrapping ErrNotUTF8", err)
		}
	})
}
