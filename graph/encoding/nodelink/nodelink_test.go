package nodelink

import (
	"bytes"
	"errors"
	"slices"
	"testing"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/golden"
	"github.com/diplograph/diplograph/internal/graphtest"
)

func TestRoundTrip(t *testing.T) {
	g := graphtest.Rich()
	var buf bytes.Buffer
	if err := Marshal(&buf, g); err != nil {
		t.Fatal(err)
	}
	back, err := Unmarshal(buf.Bytes(), "")
	if err != nil {
		t.Fatalf("Unmarshal: %v\n%s", err, buf.String())
	}
	if d := graphtest.Diff(g, back); d != "" {
		t.Error(d)
	}
	var again bytes.Buffer
	if err := Marshal(&again, back); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("second Marshal differs from the first")
	}
}

func TestGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := Marshal(&buf, graphtest.Rich()); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "rich.json.golden", buf.Bytes())
}

// TestForeign reads node-link JSON as NetworkX writes it for graphs it did
// not get from us.
func TestForeign(t *testing.T) {
	tests := []struct {
		name, doc, defaultKind string
		actors, relations      int
		wantErr                error
	}{
		{"networkx multidigraph", `{"directed": true, "multigraph": true, "graph": {},
			"nodes": [{"id": "RUS", "label": "Russia", "pop": 144}, {"id": "UKR"}],
			"edges": [{"source": "RUS", "target": "UKR", "key": 0, "kind": "annexed", "weight": 2}]}`, "", 2, 1, nil},
		{"links and default kind", `{"nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": "a", "target": "b"}]}`, "met", 2, 1, nil},
		{"missing kind", `{"nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"source": "a", "target": "b"}]}`, "", 0, 0, graph.ErrMissing},
		{"unknown target", `{"nodes": [{"id": "a"}], "edges": [{"source": "a", "target": "b", "kind": "met"}]}`, "", 0, 0, graph.ErrUnknownActor},
		{"numeric node id", `{"nodes": [{"id": 1}], "edges": []}`, "", 0, 0, ErrFormat},
		{"no nodes", `{"edges": []}`, "", 0, 0, ErrFormat},
		{"not json", `{"nodes": [`, "", 0, 0, ErrFormat},
		{"bad weight", `{"nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"source": "a", "target": "b", "kind": "met", "weight": "x"}]}`, "", 0, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := Unmarshal([]byte(tt.doc), tt.defaultKind)
			if tt.name == "bad weight" {
				if err == nil {
					t.Fatal("no error for a non-numeric weight")
				}
				return
			}
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if g.NumActors() != tt.actors || g.NumRelations() != tt.relations {
				t.Errorf("%d actors, %d relations; want %d, %d", g.NumActors(), g.NumRelations(), tt.actors, tt.relations)
			}
		})
	}
	g, _ := Unmarshal([]byte(tests[0].doc), "")
	if a, _ := g.Actor("RUS"); a.Name != "Russia" || a.Attrs["pop"] != "144" {
		t.Errorf("foreign node read as %+v", a)
	}
	if r := slices.Collect(g.Relations())[0]; r.ID != "0" || r.Weight != 2 {
		t.Errorf("foreign edge read as %+v", r)
	}
}

func FuzzUnmarshal(f *testing.F) {
	var buf bytes.Buffer
	_ = Marshal(&buf, graphtest.Rich())
	f.Add(buf.Bytes())
	f.Add([]byte(`{"nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"source": "a", "target": "b", "kind": "met"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := Unmarshal(data, "met")
		if err != nil {
			return
		}
		var out bytes.Buffer
		if err := Marshal(&out, g); err != nil {
			t.Fatal(err)
		}
		back, err := Unmarshal(out.Bytes(), "")
		if err != nil {
			t.Fatalf("re-reading our own output: %v", err)
		}
		if d := graphtest.Diff(g, back); d != "" {
			t.Fatal(d)
		}
	})
}
