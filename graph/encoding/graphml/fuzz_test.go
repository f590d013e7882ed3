package graphml

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
// survives Encode and Decode unchanged (or is refused by Encode as text XML
// cannot carry).
func FuzzDecode(f *testing.F) {
	// A small graph of our own: the fuzzer minimizes every input that finds
	// new coverage, which takes long on a big one (TestRoundTrip covers the
	// rich fixture).
	g, _ := enctest.Graph("x", "a", 2)
	var buf bytes.Buffer
	_ = encode(&buf, g)
	f.Add(buf.Bytes())
	for _, s := range []string{
		`<graphml><graph><node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>`,
		`<graphml><key id="d" for="all" attr.name="kind"><default>met</default></key><graph><node id="a"><data key="x">1</data></node><node id="b"/><edge source="a" target="b"/></graph></graphml>`,
		`<graphml><graph><hyperedge/></graph><graph/></graphml>`, `<a/>`, ``, `<graphml><graph><node id="a"><graph/></node>`,
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
		checkSimple(t, g)
		if err := enctest.RoundTrip(t, g, encode, decode); err != nil && !errors.Is(err, encoding.ErrNotXML) {
			t.Fatalf("encoding a decoded graph: %v", err)
		}
	})
}

// FuzzEncode puts text in every text field of a graph, id in every ID and
// weight on a relation, and checks that the graph survives Encode and
// Decode unchanged, or that Encode refuses text XML cannot carry.
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
		var ee *encoding.Error
		switch {
		case err == nil:
		case !errors.As(err, &ee):
			t.Fatalf("Encode = %v, want an *encoding.Error", err)
		case errors.Is(err, encoding.ErrNotUTF8) == utf8.ValidString(text):
			t.Fatalf("Encode of %q = %v", text, err)
		case !errors.Is(err, encoding.ErrNotUTF8) && !errors.Is(err, encoding.ErrNotXML):
			t.Fatalf("Encode = %v, want ErrNotUTF8 or ErrNotXML", err)
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
