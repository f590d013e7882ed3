package nodelink

import (
	"errors"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/encoding"
	"github.com/diplograph/diplograph/graph/encoding/internal/enctest"
	"github.com/diplograph/diplograph/internal/errlist"
)

// TestErrors checks that every problem is reported with its sentinel and
// its place: the input's name, line and column, item and attribute.
func TestErrors(t *testing.T) {
	const two = `{"nodes": [{"id": "a"}, {"id": "b"}], "edges": [`
	tests := []struct {
		name, doc  string
		want       error
		item, key  string
		line, col  int
		defaultKin string
	}{
		{"empty", "", ErrFormat, "", "", 1, 1, ""},
		{"not json", `{"nodes": [`, ErrFormat, "", "", 1, 12, ""},
		{"syntax", "{\n  \"nodes\": [}", ErrFormat, "", "", 2, 13, ""},
		{"list", `[1, 2]`, ErrFormat, "", "", 1, 1, ""},
		{"trailing", `{"nodes": []} {}`, ErrFormat, "", "", 1, 15, ""},
		{"no nodes", `{"edges": []}`, ErrFormat, "", "", 1, 1, ""},
		{"null nodes", `{"nodes": null}`, ErrFormat, "nodes", "", 1, 11, ""},
		{"nodes not a list", `{"nodes": {"a": 1}}`, ErrFormat, "nodes", "", 1, 11, ""},
		{"duplicate key", `{"nodes": [], "nodes": []}`, ErrFormat, "nodes", "", 1, 24, ""},
		{"zero weight", two + `{"source": "a", "target": "b", "kind": "met", "weight": 0}]}`, graph.ErrBadWeight, "edges[0]", "weight", 1, 49, ""},
		{"edges and links", `{"nodes": [], "edges": [], "links": []}`, ErrFormat, "", "", 1, 1, ""},
		{"quote without a source", two + `{"source": "a", "target": "b", "kind": "met", "evidence": [{"quote": "They met."}]}]}`, graph.ErrNoSource, "edges[0]", "evidence[0].source", 1, 49, ""},
		{"huge number document", "1" + strings.Repeat("0", 400), ErrFormat, "", "", 1, 1, ""},
		{"duplicate key in a node", `{"nodes": [{"id": "a", "name": "A", "name": "B"}]}`, ErrFormat, "nodes[0]", "name", 1, 12, ""},
		{"attribute twice", two + `{"source": "a", "target": "b", "kind": "met", "attrs": {"y": "1"}, "attr.y": "2"}]}`, ErrFormat, "edges[0]", "attrs", 1, 49, ""},
		{"graph of the wrong type", `{"graph": {"title": 5}, "nodes": []}`, ErrFormat, "graph", "", 1, 11, ""},
		{"node not an object", "{\"nodes\": [\n  {\"id\": \"a\"},\n  7]}", ErrFormat, "nodes[1]", "", 3, 3, ""},
		{"numeric node id", `{"nodes": [{"id": 1}]}`, ErrFormat, "nodes[0]", "id", 1, 12, ""},
		{"node without id", `{"nodes": [{"name": "x"}]}`, ErrFormat, "nodes[0]", "id", 1, 12, ""},
		{"bad attrs", `{"nodes": [{"id": "a", "attrs": {"x": 1}}]}`, ErrFormat, "nodes[0]", "attrs", 1, 12, ""},
		{"bad actor id", `{"nodes": [{"id": "a b"}]}`, actors.ErrBadID, "nodes[0]", "id", 1, 12, ""},
		{"duplicate actor", `{"nodes": [{"id": "a"}, {"id": "a"}]}`, graph.ErrDuplicateActor, "nodes[1]", "id", 1, 25, ""},
		{"bad kind", `{"nodes": [{"id": "a", "kind": "nation"}]}`, encoding.ErrBadValue, "nodes[0]", "kind", 1, 12, ""},
		{"bad aliases", `{"nodes": [{"id": "a", "aliases": "x"}]}`, encoding.ErrBadValue, "nodes[0]", "aliases", 1, 12, ""},
		{"bad roles", `{"nodes": [{"id": "a", "roles": [{"role": "p", "since": "2014-13"}]}]}`, date.ErrImpossible, "nodes[0]", "roles", 1, 12, ""},
		{"roles not a list", `{"nodes": [{"id": "a", "roles": 3}]}`, encoding.ErrBadValue, "nodes[0]", "roles", 1, 12, ""},
		{"unknown role of", `{"nodes": [{"id": "a", "roles": [{"role": "p", "of": "z"}]}]}`, graph.ErrUnknownActor, "nodes[0]", "roles[0].of", 1, 12, ""},
		{"missing kind", two + `{"source": "a", "target": "b"}]}`, graph.ErrMissing, "edges[0]", "kind", 1, 49, ""},
		{"unknown kind", two + `{"source": "a", "target": "b", "kind": "hugged"}]}`, graph.ErrUnknownKind, "edges[0]", "kind", 1, 49, ""},
		{"unknown target", two + `{"source": "a", "target": "c", "kind": "met"}]}`, graph.ErrUnknownActor, "edges[0]", "target", 1, 49, ""},
		{"self", two + `{"source": "a", "target": "a"}]}`, graph.ErrSelfRelation, "edges[0]", "target", 1, 49, "met"},
		{"numeric end", two + `{"source": "a", "target": 2, "kind": "met"}]}`, ErrFormat, "edges[0]", "target", 1, 49, ""},
		{"edge not an object", two + `"a-b"]}`, ErrFormat, "edges[0]", "", 1, 49, ""},
		{"bad sign", two + `{"source": "a", "target": "b", "kind": "met", "sign": 2}]}`, encoding.ErrBadValue, "edges[0]", "sign", 1, 49, ""},
		{"bad weight", two + `{"source": "a", "target": "b", "kind": "met", "weight": "x"}]}`, encoding.ErrBadValue, "edges[0]", "weight", 1, 49, ""},
		{"NaN weight", two + `{"source": "a", "target": "b", "kind": "met", "weight": "NaN"}]}`, graph.ErrBadWeight, "edges[0]", "weight", 1, 49, ""},
		{"infinite weight", two + `{"source": "a", "target": "b", "kind": "met", "weight": "+Inf"}]}`, graph.ErrBadWeight, "edges[0]", "weight", 1, 49, ""},
		{"huge weight", two + `{"source": "a", "target": "b", "kind": "met", "weight": 1e999}]}`, encoding.ErrBadValue, "edges[0]", "weight", 1, 49, ""},
		{"negative weight", two + `{"source": "a", "target": "b", "kind": "met", "weight": -1}]}`, graph.ErrBadWeight, "edges[0]", "weight", 1, 49, ""},
		{"bad date", two + `{"source": "a", "target": "b", "kind": "met", "since": "2014-02-30"}]}`, date.ErrImpossible, "edges[0]", "since", 1, 49, ""},
		{"reversed", two + `{"source": "a", "target": "b", "kind": "met", "since": "2015", "until": "2014"}]}`, date.ErrReversed, "edges[0]", "until", 1, 49, ""},
		{"bad evidence", two + `{"source": "a", "target": "b", "kind": "met", "evidence": {"source": "s"}}]}`, encoding.ErrBadValue, "edges[0]", "evidence", 1, 49, ""},
		{"unknown source", two + `{"source": "a", "target": "b", "kind": "met", "evidence": [{"source": "s"}]}]}`, graph.ErrUnknownSource, "edges[0]", "evidence[0].source", 1, 49, ""},
		{"duplicate relation", two + `{"source": "a", "target": "b", "kind": "met", "key": "x"}, {"source": "a", "target": "b", "kind": "met", "key": "x"}]}`, graph.ErrDuplicateRelation, "edges[1]", "id", 1, 108, ""},
		{"graph not an object", `{"graph": [], "nodes": []}`, ErrFormat, "graph", "", 1, 11, ""},
		{"bad source date", `{"graph": {"sources": [{"id": "s", "date": "x"}]}, "nodes": []}`, date.ErrSyntax, "graph", "sources[0].date", 1, 11, ""},
		{"bad source id", `{"graph": {"sources": [{"id": ""}]}, "nodes": []}`, graph.ErrBadID, "graph", "sources[0].id", 1, 11, ""},
		{"bad nature", `{"graph": {"kinds": [{"name": "k", "nature": "mood"}]}, "nodes": []}`, encoding.ErrBadValue, "graph", "kinds[0].nature", 1, 11, ""},
		{"bad goldstein", `{"graph": {"kinds": [{"name": "k", "nature": "event", "goldstein": 11}]}, "nodes": []}`, graph.ErrBadKind, "graph", "kinds[0].goldstein", 1, 11, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dec := NewDecoder(strings.NewReader(tt.doc))
			dec.Name = "in.json"
			dec.DefaultKind = tt.defaultKin
			g, err := dec.Decode()
			if g != nil || !errors.Is(err, tt.want) {
				t.Fatalf("Decode = %v, %v; want %v", g != nil, err, tt.want)
			}
			enctest.CheckErrors(t, err, []byte(tt.doc))
			var ee *encoding.Error
			for _, e := range errlist.Flatten(err) {
				if errors.Is(e, tt.want) {
					errors.As(e, &ee)
					break
				}
			}
			if ee.File != "in.json" || ee.Item != tt.item || ee.Key != tt.key || ee.Line != tt.line || ee.Column != tt.col {
				t.Errorf("problem at %q %d:%d %q %q, want %d:%d %q %q: %v", ee.File, ee.Line, ee.Column, ee.Item, ee.Key, tt.line, tt.col, tt.item, tt.key, ee)
			}
		})
	}
}

// TestAllProblems checks that problems in several items are all reported,
// in document order, and that Build's view of a value already reported
// is not repeated.
func TestAllProblems(t *testing.T) {
	const doc = `{"nodes": [{"id": "a", "kind": "x"}, {"id": "b"}],
"edges": [{"source": "a", "target": "z", "kind": "met"},
          {"source": "a", "target": "b", "kind": "met", "weight": "heavy"}]}`
	_, err := NewDecoder(strings.NewReader(doc)).Decode()
	errs := errlist.Flatten(err)
	var got []string
	for _, e := range errs {
		var ee *encoding.Error
		if errors.As(e, &ee) {
			got = append(got, ee.Item+" "+ee.Key)
		}
	}
	want := []string{"nodes[0] kind", "edges[0] target", "edges[1] weight"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("problems at %q, want %q\n%v", got, want, err)
	}
}

type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }

func TestReadError(t *testing.T) {
	boom := errors.New("boom")
	dec := NewDecoder(errReader{boom})
	dec.Name = "pipe"
	var ee *encoding.Error
	if _, err := dec.Decode(); !errors.Is(err, boom) || !errors.As(err, &ee) || ee.File != "pipe" {
		t.Errorf("Decode = %v", err)
	}
}

// TestMaxBytes checks that an endless input stops at the limit with
// ErrTooLarge.
func TestMaxBytes(t *testing.T) {
	dec := NewDecoder(enctest.Endless{})
	dec.MaxBytes = 1 << 20
	if _, err := dec.Decode(); !errors.Is(err, encoding.ErrTooLarge) {
		t.Errorf("Decode = %v, want encoding.ErrTooLarge", err)
	}
	dec = NewDecoder(strings.NewReader(`{"nodes": []}`))
	dec.MaxBytes = 13
	if _, err := dec.Decode(); err != nil {
		t.Errorf("a document of exactly MaxBytes: %v", err)
	}
}
