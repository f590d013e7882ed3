package graphml

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/encoding"
	"github.com/diplograph/diplograph/graph/encoding/internal/enctest"
	"github.com/diplograph/diplograph/internal/golden"
	"github.com/diplograph/diplograph/internal/graphtest"
)

func encode(w io.Writer, g *graph.Graph) error { return NewEncoder(w).Encode(g) }

func decode(r io.Reader) (*graph.Graph, error) { return NewDecoder(r).Decode() }

func TestRoundTrip(t *testing.T) {
	if err := enctest.RoundTrip(t, graphtest.Rich(), encode, decode); err != nil {
		t.Fatal(err)
	}
}

// TestGolden checks the bytes against the golden file, and the facts the
// file must show whatever it holds: a key per attribute, every actor with
// its name, every relation with its ID, ends and kind.
func TestGolden(t *testing.T) {
	g := graphtest.Rich()
	var buf bytes.Buffer
	if err := encode(&buf, g); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "rich.graphml.golden", buf.Bytes())
	var doc struct {
		Keys []struct {
			ID   string `xml:"id,attr"`
			Name string `xml:"attr.name,attr"`
		} `xml:"key"`
		Graph struct {
			EdgeDefault string `xml:"edgedefault,attr"`
			Nodes       []struct {
				ID   string     `xml:"id,attr"`
				Data []dataElem `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				ID     string     `xml:"id,attr"`
				Source string     `xml:"source,attr"`
				Target string     `xml:"target,attr"`
				Data   []dataElem `xml:"data"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	keys := map[string]string{}
	for _, k := range doc.Keys {
		keys[k.ID] = k.Name
	}
	value := func(ds []dataElem, name string) string {
		for _, d := range ds {
			if keys[d.Key] == name {
				return d.Value
			}
		}
		return ""
	}
	if doc.Graph.EdgeDefault != "directed" || len(doc.Graph.Nodes) != g.NumActors() || len(doc.Graph.Edges) != g.NumRelations() {
		t.Fatalf("%s graph of %d nodes, %d edges", doc.Graph.EdgeDefault, len(doc.Graph.Nodes), len(doc.Graph.Edges))
	}
	i := 0
	for a := range g.Actors() {
		if n := doc.Graph.Nodes[i]; n.ID != a.ID || value(n.Data, "name") != a.Name {
			t.Errorf("node %d = %s %q, want %s %q", i, n.ID, value(n.Data, "name"), a.ID, a.Name)
		}
		i++
	}
	i = 0
	for r := range g.Relations() {
		if e := doc.Graph.Edges[i]; e.ID != r.ID || e.Source != r.From || e.Target != r.To || value(e.Data, "kind") != r.Kind {
			t.Errorf("edge %d = %s %s -%s-> %s, want %s", i, e.ID, e.Source, value(e.Data, "kind"), e.Target, r.ID)
		}
		i++
	}
}

func TestTricky(t *testing.T) {
	for _, s := range enctest.Tricky {
		t.Run(strings.ToValidUTF8(s, "?"), func(t *testing.T) {
			g, err := enctest.Graph(s, "id.1", 2.5)
			if actors.ValidateText(s) != nil { // refused on building, before any export
				if !errors.Is(err, actors.ErrBadText) {
					t.Fatalf("building with %q: %v, want actors.ErrBadText", s, err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			err = enctest.RoundTrip(t, g, encode, decode)
			want := error(nil)
			switch {
			case !utf8.ValidString(s):
				want = encoding.ErrNotUTF8
			case strings.ContainsFunc(s, func(r rune) bool {
				return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF
			}):
				want = encoding.ErrNotXML
			}
			var ee *encoding.Error
			if !errors.Is(err, want) || err != nil && (!errors.As(err, &ee) || ee.Item != "graph" || ee.Key != "title") {
				t.Fatalf("Encode = %v, want %v at the graph's title", err, want)
			}
		})
	}
}

func TestEncodeErrors(t *testing.T) {
	if err := encode(&bytes.Buffer{}, nil); err == nil {
		t.Error("Encode(nil) succeeded")
	}
	boom := errors.New("boom")
	if err := encode(failWriter{boom}, graphtest.Rich()); !errors.Is(err, boom) {
		t.Errorf("Encode to a failing writer = %v", err)
	}
	// Text no output can carry, the title's too, is refused when the graph
	// is built, before any export; invalid UTF-8 is left to the encoder.
	b := graph.NewBuilder()
	b.SetTitle("bell\x07")
	b.Add(actors.Actor{ID: "a", Name: "A"})
	var ge *graph.Error
	if _, err := b.Build(); !errors.Is(err, actors.ErrBadText) || !errors.As(err, &ge) || ge.Section != graph.SectionTitle {
		t.Errorf("Build = %v, want actors.ErrBadText at the title", err)
	}
	b.SetTitle("bell\xff")
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	var ee *encoding.Error
	if err := encode(&bytes.Buffer{}, g); !errors.Is(err, encoding.ErrNotUTF8) || !errors.As(err, &ee) || ee.Item != "graph" || ee.Key != "title" {
		t.Errorf("Encode = %v, want ErrNotUTF8 at the graph's title", err)
	}
}

type failWriter struct{ err error }

func (w failWriter) Write([]byte) (int, error) { return 0, w.err }

// TestForeign reads GraphML as NetworkX and yEd write it.
func TestForeign(t *testing.T) {
	const nx = `<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="edge" attr.name="relation" attr.type="string"><default>met</default></key>
  <key id="d2" for="edge" attr.name="weight" attr.type="double"/>
  <key id="d3" for="node" yfiles.type="nodegraphics"/>
  <key id="d4" for="all" attr.name="source_db" attr.type="string"><default>x</default></key>
  <graph edgedefault="undirected">
    <desc>ignored</desc>
    <node id="RUS"><data key="d0">Russia</data><data key="d3"><y:ShapeNode><y:Fill color="#FF0000"/></y:ShapeNode></data></node>
    <node id="UKR"><data key="undeclared">7</data></node>
    <edge source="RUS" target="UKR"><data key="d2"> 3 </data></edge>
    <edge source="RUS" target="UKR" id="second"><data key="d4">y</data></edge>
  </graph>
</graphml>`
	dec := NewDecoder(strings.NewReader(nx))
	dec.DefaultKind = graph.Met
	g, err := dec.Decode()
	if err != nil {
		t.Fatal(err)
	}
	want := []actors.Actor{
		{ID: "RUS", Name: "Russia", Attrs: map[string]string{"source_db": "x"}},
		{ID: "UKR", Name: "UKR", Attrs: map[string]string{"source_db": "x", "undeclared": "7"}},
	}
	if got := slices.Collect(g.Actors()); !reflect.DeepEqual(got, want) {
		t.Errorf("actors = %+v\nwant %+v", got, want)
	}
	rs := slices.Collect(g.Relations())
	if len(rs) != 2 || rs[0].Weight != 3 || rs[0].Attrs["relation"] != "met" || rs[0].Kind != graph.Met || rs[1].ID != "second" || rs[1].Attrs["source_db"] != "y" {
		t.Errorf("edges read as %+v", rs)
	}
}

// TestCharsets reads documents in encodings other than UTF-8, declared in
// their XML declaration, and one that starts with a byte order mark.
func TestCharsets(t *testing.T) {
	doc := func(decl, name string) string {
		return decl + `<graphml><key id="n" for="node" attr.name="name"/><graph><node id="zurich"><data key="n">` + name + `</data></node></graph></graphml>`
	}
	for _, c := range []struct{ name, doc string }{
		{"ISO-8859-1", doc(`<?xml version="1.0" encoding="ISO-8859-1"?>`, "Z\xfcrich")},
		{"windows-1252", doc(`<?xml version="1.0" encoding="windows-1252"?>`, "Z\xfcrich")},
		{"UTF-8 with a byte order mark", "\xef\xbb\xbf" + doc(`<?xml version="1.0" encoding="UTF-8"?>`, "Zürich")},
	} {
		t.Run(c.name, func(t *testing.T) {
			g, err := NewDecoder(strings.NewReader(c.doc)).Decode()
			if err != nil {
				t.Fatal(err)
			}
			if a, _ := g.Actor("zurich"); a.Name != "Zürich" {
				t.Errorf("name read as %q, want Zürich", a.Name)
			}
		})
	}
}
