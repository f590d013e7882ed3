package nodelink

import (
	"bytes"
	"errors"
	"io"
	"testing"
	"unicode/utf8"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/encoding"
	"github.com/diplograph/diplograph/graph/encoding/internal/enctest"
	"github.com/diplograph/diplograph/graph/encoding/internal/schema"
)

// FuzzDecode checks that Decode never panics, that every problem is an
// *encoding.Error with a place inside the input, and that whatever decodes
// survives Encode and Decode unchanged, in simple mode too unless it is
// not a simple graph.
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
		checkSimple(t, g)
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

// checkSimple checks that g survives Encode in simple mode and Decode
// unchanged, or that simple mode refuses it with an *encoding.Error
// wrapping encoding.ErrNotSimple (or ErrBadValue, a weight without a
// finite cost, or ErrNotXML, text XML cannot carry) exactly when
// schema.CheckSimple does.
func checkSimple(t *testing.T, g *graph.Graph) {
	t.Helper()
	simple := func(w io.Writer, g *graph.Graph) error {
		enc := NewEncoder(w)
		enc.Simple = true
		return enc.Encode(g)
	}
	err := enctest.RoundTrip(t, g, simple, decode)
	var ee *encoding.Error
	switch {
	case err == nil:
		if schema.CheckSimple(g) != nil {
			t.Fatalf("simple mode wrote a graph that is not simple: %v", schema.CheckSimple(g))
		}
	case !errors.As(err, &ee):
		t.Fatalf("Encode in simple mode = %v, want an *encoding.Error", err)
	case errors.Is(err, encoding.ErrNotSimple) || errors.Is(err, encoding.ErrBadValue):
		if schema.CheckSimple(g) == nil {
			t.Fatalf("Encode in simple mode = %v on a simple graph", err)
		}
	case !errors.Is(err, encoding.ErrNotXML):
		t.Fatalf("Encode in simple mode = %v", err)
	}
}
