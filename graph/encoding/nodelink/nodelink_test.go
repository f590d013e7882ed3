package nodelink

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
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
// file must show whatever it holds: every actor with its name, every
// relation keyed by its ID with its kind, sign and ends, the graph's title
// and custom kinds.
func TestGolden(t *testing.T) {
	g := graphtest.Rich()
	var buf bytes.Buffer
	if err := encode(&buf, g); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "rich.json.golden", buf.Bytes())
	var doc struct {
		Directed, Multigraph bool
		Graph                struct {
			Title string
			Kinds []struct{ Name string }
		}
		Nodes []map[string]any
		Edges []map[string]any
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if !doc.Directed || !doc.Multigraph || doc.Graph.Title != g.Title() || len(doc.Graph.Kinds) != len(g.CustomKinds()) {
		t.Errorf("graph: directed %v, multigraph %v, title %q, %d kinds", doc.Directed, doc.Multigraph, doc.Graph.Title, len(doc.Graph.Kinds))
	}
	if len(doc.Nodes) != g.NumActors() || len(doc.Edges) != g.NumRelations() {
		t.Fatalf("%d nodes, %d edges; want %d, %d", len(doc.Nodes), len(doc.Edges), g.NumActors(), g.NumRelations())
	}
	i := 0
	for a := range g.Actors() {
		if n := doc.Nodes[i]; n["id"] != a.ID || n["name"] != a.Name {
			t.Errorf("node %d = %v, want %s %q", i, n, a.ID, a.Name)
		}
		i++
	}
	i = 0
	for r := range g.Relations() {
		k, _ := g.Kind(r.Kind)
		if e := doc.Edges[i]; e["key"] != r.ID || e["source"] != r.From || e["target"] != r.To || e["kind"] != r.Kind || e["sign"] != float64(k.Sign) {
			t.Errorf("edge %d = %v, want %s %s -%s-> %s", i, e, r.ID, r.From, r.Kind, r.To)
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
			if utf8.ValidString(s) != (err == nil) {
				t.Fatalf("Encode = %v", err)
			}
			var ee *encoding.Error
			if err != nil && (!errors.Is(err, encoding.ErrNotUTF8) || !errors.As(err, &ee) || ee.Item != `graph` || ee.Key != "title") {
				t.Errorf("Encode = %v, want ErrNotUTF8 at the graph's title", err)
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
}

type failWriter struct{ err error }

func (w failWriter) Write([]byte) (int, error) { return 0, w.err }

// TestForeign reads node-link JSON as NetworkX writes it for graphs it did
// not get from us.
func TestForeign(t *testing.T) {
	const nx = `{"directed": true, "multigraph": true, "graph": {"name": "from networkx"},
		"nodes": [{"id": "RUS", "label": "Russia", "pop": 144, "tags": ["a"], "gone": null}, {"id": "UKR", "kind": "state"}],
		"edges": [{"source": "RUS", "target": "UKR", "key": 0, "kind": "annexed", "weight": 2, "since": "2014-03"},
		          {"source": "UKR", "target": "RUS", "key": 1, "evidence_source": "s", "quote": "q", "kind": "met"}]}`
	if _, err := NewDecoder(strings.NewReader(nx)).Decode(); !errors.Is(err, graph.ErrUnknownSource) {
		t.Fatalf("err = %v, want graph.ErrUnknownSource", err)
	}
	fixed := strings.Replace(nx, `"graph": {"name": "from networkx"}`, `"graph": {"sources": [{"id": "s"}]}`, 1)
	g, err := NewDecoder(strings.NewReader(fixed)).Decode()
	if err != nil {
		t.Fatal(err)
	}
	want := []actors.Actor{
		{ID: "RUS", Name: "Russia", Attrs: map[string]string{"pop": "144", "tags": `["a"]`}},
		{ID: "UKR", Name: "UKR", Kind: actors.State},
	}
	if got := slices.Collect(g.Actors()); !reflect.DeepEqual(got, want) {
		t.Errorf("actors = %+v\nwant %+v", got, want)
	}
	rs := slices.Collect(g.Relations())
	if len(rs) != 2 || rs[0].ID != "0" || rs[0].Weight != 2 || rs[0].When != date.Between(date.MustParse("2014-03"), date.Date{}) ||
		rs[1].ID != "1" || !reflect.DeepEqual(rs[1].Evidence, []graph.Evidence{{Source: "s", Quote: "q"}}) {
		t.Errorf("relations = %+v", rs)
	}

	links := `{"nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": "a", "target": "b"}]}`
	dec := NewDecoder(strings.NewReader(links))
	dec.DefaultKind = graph.Met
	if g, err := dec.Decode(); err != nil || g.NumRelations() != 1 || g.RelationAt(0).Kind != graph.Met {
		t.Errorf("links with a default kind: %v", err)
	}
}

// TestByteOrderMark reads a document that starts with a UTF-8 byte order
// mark, as editors on Windows write them.
func TestByteOrderMark(t *testing.T) {
	g, err := NewDecoder(strings.NewReader("\xef\xbb\xbf" + `{"nodes": [{"id": "a", "name": "Ä"}], "edges": []}`)).Decode()
	if err != nil {
		t.Fatal(err)
	}
	if a, _ := g.Actor("a"); a.Name != "Ä" {
		t.Errorf("name read as %q", a.Name)
	}
}
