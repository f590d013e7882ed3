package graphml

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/encoding"
	"github.com/diplograph/diplograph/internal/golden"
	"github.com/diplograph/diplograph/internal/graphtest"
)

func TestRoundTrip(t *testing.T) {
	g := graphtest.Rich()
	var buf bytes.Buffer
	if err := Marshal(&buf, g); err != nil {
		t.Fatal(err)
	}
	back, err := Unmarshal(bytes.NewReader(buf.Bytes()), "")
	if err != nil {
		t.Fatalf("Unmarshal: %v", err)
	}
	if d := graphtest.Diff(g, back); d != "" {
		t.Error(d)
	}
	golden.Check(t, "rich.graphml.golden", buf.Bytes())
}

func TestNotXML(t *testing.T) {
	b := graph.NewBuilder()
	b.Add(actors.Actor{ID: "a", Name: "bell\x07"})
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	if err := Marshal(&bytes.Buffer{}, g); !errors.Is(err, encoding.ErrNotXML) {
		t.Errorf("Marshal = %v, want ErrNotXML", err)
	}
}

func TestForeign(t *testing.T) {
	const nx = `<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="edge" attr.name="relation" attr.type="string"><default>met</default></key>
  <key id="d2" for="edge" attr.name="weight" attr.type="double"/>
  <graph edgedefault="undirected">
    <node id="RUS"><data key="d0">Russia</data></node>
    <node id="UKR"/>
    <edge source="RUS" target="UKR"><data key="d2">3</data></edge>
    <edge source="RUS" target="UKR" id="second"/>
  </graph>
</graphml>`
	g, err := Unmarshal(strings.NewReader(nx), graph.Met)
	if err != nil {
		t.Fatal(err)
	}
	if a, _ := g.Actor("RUS"); a.Name != "Russia" {
		t.Errorf("label not read as name: %+v", a)
	}
	rs := slices.Collect(g.Relations())
	if len(rs) != 2 || rs[0].Weight != 3 || rs[0].Attrs["relation"] != "met" || rs[1].ID != "second" {
		t.Errorf("edges read as %+v", rs)
	}
	bad := []struct {
		name, doc string
		want      error
	}{
		{"not xml", "<graphml><graph>", ErrFormat},
		{"two graphs", `<graphml><graph/><graph/></graphml>`, ErrFormat},
		{"hyperedge", `<graphml><graph><node id="a"/><hyperedge><endpoint node="a"/></hyperedge></graph></graphml>`, ErrFormat},
		{"nested", `<graphml><graph><node id="a"><graph/></node></graph></graphml>`, ErrFormat},
		{"unknown end", `<graphml><graph><node id="a"/><edge source="a" target="b"/></graph></graphml>`, graph.ErrUnknownActor},
		{"bad actor id", `<graphml><graph><node id="a b"/></graph></graphml>`, actors.ErrBadID},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Unmarshal(strings.NewReader(tt.doc), graph.Met); !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

func FuzzUnmarshal(f *testing.F) {
	var buf bytes.Buffer
	_ = Marshal(&buf, graphtest.Rich())
	f.Add(buf.Bytes())
	f.Add([]byte(`<graphml><graph><node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := Unmarshal(bytes.NewReader(data), graph.Met)
		if err != nil {
			return
		}
		var out bytes.Buffer
		if err := Marshal(&out, g); err != nil {
			if errors.Is(err, encoding.ErrNotXML) {
				return // a name XML cannot carry (allowed in the model)
			}
			t.Fatal(err)
		}
		back, err := Unmarshal(bytes.NewReader(out.Bytes()), "")
		if err != nil {
			t.Fatalf("re-reading our own output: %v\n%s", err, out.String())
		}
		if d := graphtest.Diff(g, back); d != "" {
			t.Fatal(d)
		}
	})
}
