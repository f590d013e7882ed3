package gexf

import (
	"bytes"
	"encoding/xml"
	"errors"
	"maps"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/encoding"
	"github.com/diplograph/diplograph/graph/encoding/internal/enctest"
	"github.com/diplograph/diplograph/graph/encoding/internal/schema"
	"github.com/diplograph/diplograph/internal/golden"
	"github.com/diplograph/diplograph/internal/graphtest"
)

// document is what a GEXF reader sees of our output.
type document struct {
	Version string `xml:"version,attr"`
	Meta    struct {
		Description string `xml:"description"`
	} `xml:"meta"`
	Graph struct {
		Mode       string `xml:"mode,attr"`
		TimeFormat string `xml:"timeformat,attr"`
		Attributes []struct {
			Class string `xml:"class,attr"`
			Attrs []struct {
				ID    string `xml:"id,attr"`
				Title string `xml:"title,attr"`
				Type  string `xml:"type,attr"`
			} `xml:"attribute"`
		} `xml:"attributes"`
		Nodes []struct {
			ID        string     `xml:"id,attr"`
			Label     string     `xml:"label,attr"`
			AttValues []attValue `xml:"attvalues>attvalue"`
		} `xml:"nodes>node"`
		Edges []struct {
			ID        string     `xml:"id,attr"`
			Source    string     `xml:"source,attr"`
			Target    string     `xml:"target,attr"`
			Kind      string     `xml:"kind,attr"`
			Weight    string     `xml:"weight,attr"`
			AttValues []attValue `xml:"attvalues>attvalue"`
			Spells    []struct {
				Start string `xml:"start,attr"`
				End   string `xml:"end,attr"`
			} `xml:"spells>spell"`
		} `xml:"edges>edge"`
	} `xml:"graph"`
}

type attValue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

// read parses our output and checks that it carries every value of g:
// labels, IDs, ends, kinds, weights and every attribute, as a GEXF reader
// sees them after XML unescaping. It returns the document for further
// checks.
func read(t *testing.T, g *graph.Graph, data []byte) document {
	t.Helper()
	var doc document
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("not well-formed: %v\n%s", err, data)
	}
	if doc.Version != "1.3" || doc.Meta.Description != g.Title() {
		t.Errorf("version %q, description %q", doc.Version, doc.Meta.Description)
	}
	titles := map[string]map[string]string{} // class -> attribute id -> title
	for _, as := range doc.Graph.Attributes {
		titles[as.Class] = map[string]string{}
		for _, a := range as.Attrs {
			titles[as.Class][a.ID] = a.Title
		}
	}
	values := func(class string, avs []attValue) map[string]string {
		m := map[string]string{}
		for _, av := range avs {
			m[titles[class][av.For]] = av.Value
		}
		return m
	}
	if len(doc.Graph.Nodes) != g.NumActors() || len(doc.Graph.Edges) != g.NumRelations() {
		t.Fatalf("%d nodes, %d edges; want %d, %d", len(doc.Graph.Nodes), len(doc.Graph.Edges), g.NumActors(), g.NumRelations())
	}
	i := 0
	for a := range g.Actors() {
		n := doc.Graph.Nodes[i]
		want, _ := schema.NodeValues(a)
		delete(want, "name")
		if got := values("node", n.AttValues); n.ID != a.ID || n.Label != a.Label() || !maps.Equal(got, want) {
			t.Errorf("node %d = %s %q %v\nwant %s %q %v", i, n.ID, n.Label, got, a.ID, a.Label(), want)
		}
		i++
	}
	i = 0
	for r := range g.Relations() {
		e := doc.Graph.Edges[i]
		k, _ := g.Kind(r.Kind)
		want, _ := schema.EdgeValues(r, k)
		weight := want["weight"]
		delete(want, "id")
		delete(want, "weight")
		if got := values("edge", e.AttValues); e.ID != r.ID || e.Source != r.From || e.Target != r.To || e.Kind != r.Kind || e.Weight != weight || !maps.Equal(got, want) {
			t.Errorf("edge %d = %s %s -%s-> %s %s %v\nwant %s %v", i, e.ID, e.Source, e.Kind, e.Target, e.Weight, got, r.ID, want)
		}
		i++
	}
	return doc
}

func TestGolden(t *testing.T) {
	g := graphtest.Rich()
	var buf bytes.Buffer
	if err := NewEncoder(&buf).Encode(g); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "rich.gexf.golden", buf.Bytes())
	doc := read(t, g, buf.Bytes())
	if doc.Graph.Mode != "dynamic" || doc.Graph.TimeFormat != "date" {
		t.Errorf("graph mode %q, time format %q; want dynamic, date", doc.Graph.Mode, doc.Graph.TimeFormat)
	}
	spells := map[string]string{}
	for _, e := range doc.Graph.Edges {
		for _, s := range e.Spells {
			spells[e.ID] = s.Start + "/" + s.End
		}
	}
	want := map[string]string{
		"call-1":                                "2014-03-28/2014-03-28",
		"RUS-annexed-crimea-2014-03":            "2014-03-01/2014-03-31",
		"klitschko-backs-poroshenko-2014-03-29": "2014-03-29/",
		"crimea-part-of-UKR-until-2014-03-17":   "/2014-03-17",
		"lavrov-interviewed-by-rossiya-1-2014":  "2014-01-01/2014-12-31",
		"USA-sanctions-RUS-2014-03":             "2014-03-01/2015-12-31",
	}
	for id, w := range want {
		if spells[id] != w {
			t.Errorf("spell of %s = %q, want %q", id, spells[id], w)
		}
	}
	if _, ok := spells["nato-fears-RUS"]; ok {
		t.Error("an undated relation got a spell")
	}
}

func TestTricky(t *testing.T) {
	for _, s := range enctest.Tricky {
		t.Run(strings.ToValidUTF8(s, "?"), func(t *testing.T) {
			checkText(t, s, "id.1", 2.5)
		})
	}
}

// checkText encodes a graph with text in every field and checks that a
// GEXF reader sees every value, or that Encode refuses text XML cannot
// carry, writing nothing.
func checkText(t *testing.T, text, id string, weight float64) {
	g, err := enctest.Graph(text, id, weight)
	if err != nil {
		return // not a graph: a bad ID or weight
	}
	var buf bytes.Buffer
	err = NewEncoder(&buf).Encode(g)
	notXML := strings.ContainsFunc(text, func(r rune) bool {
		return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF
	})
	var ee *encoding.Error
	switch {
	case !utf8.ValidString(text):
		if !errors.Is(err, encoding.ErrNotUTF8) || !errors.As(err, &ee) || ee.Item != "graph" || ee.Key != "title" || buf.Len() > 0 {
			t.Fatalf("Encode = %v, want ErrNotUTF8 at the graph's title", err)
		}
	case notXML:
		if !errors.Is(err, encoding.ErrNotXML) || !errors.As(err, &ee) || ee.Item != "graph" || ee.Key != "title" || buf.Len() > 0 {
			t.Fatalf("Encode = %v, want ErrNotXML at the graph's title", err)
		}
	case err != nil:
		t.Fatal(err)
	default:
		read(t, g, buf.Bytes())
	}
}

// FuzzEncode puts text in every text field of a graph, id in every ID and
// weight on a relation, and checks that a GEXF reader sees every value.
func FuzzEncode(f *testing.F) {
	for _, s := range enctest.Tricky {
		f.Add(s, "a", 1.0)
	}
	f.Add("x", "Ā.b-c_d", 0.125)
	f.Add("x", "日本", 1e300)
	f.Fuzz(checkText)
}

func TestEncodeErrors(t *testing.T) {
	if err := NewEncoder(&bytes.Buffer{}).Encode(nil); err == nil {
		t.Error("Encode(nil) succeeded")
	}
	boom := errors.New("boom")
	if err := NewEncoder(failWriter{boom}).Encode(graphtest.Rich()); !errors.Is(err, boom) {
		t.Errorf("Encode to a failing writer = %v", err)
	}
}

type failWriter struct{ err error }

func (w failWriter) Write([]byte) (int, error) { return 0, w.err }
