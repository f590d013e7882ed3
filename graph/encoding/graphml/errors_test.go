package graphml

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
	const keys = `<graphml>
<key id="k" for="edge" attr.name="kind"/><key id="w" for="edge" attr.name="weight"/><key id="s" for="edge" attr.name="since"/>
<key id="ak" for="node" attr.name="kind"/><key id="r" for="node" attr.name="roles"/><key id="ev" for="edge" attr.name="evidence"/>
<key id="gs" for="graph" attr.name="sources"/><key id="gk" for="graph" attr.name="kinds"/>
<graph>
<node id="a"/><node id="b"/>
`
	const end = "\n</graph></graphml>"
	tests := []struct {
		name, doc  string
		want       error
		item, key  string
		line, col  int
		defaultKin string
	}{
		{"empty", "", ErrFormat, "", "", 1, 1, ""},
		{"not xml", "<graphml><graph>", ErrFormat, "", "", 1, 17, ""},
		{"mismatched", "<graphml>\n<graph></graphml>", ErrFormat, "", "", 2, 18, ""},
		{"other root", "<gexf/>", ErrFormat, "", "", 1, 1, ""},
		{"two roots", "<graphml><graph/></graphml><graphml/>", ErrFormat, "", "", 1, 28, ""},
		{"no graph", "<graphml></graphml>", ErrFormat, "", "", 1, 20, ""},
		{"two graphs", "<graphml><graph/>\n<graph/></graphml>", ErrFormat, "graph", "", 2, 1, ""},
		{"hyperedge", "<graphml><graph><node id=\"a\"/>\n  <hyperedge><endpoint node=\"a\"/></hyperedge></graph></graphml>", ErrFormat, "hyperedge", "", 2, 3, ""},
		{"nested", "<graphml><graph><node id=\"a\"><graph/></node></graph></graphml>", ErrFormat, `node "a"`, "", 1, 17, ""},
		{"bad actor id", `<graphml><graph><node id="a b"/></graph></graphml>`, actors.ErrBadID, `node "a b"`, "id", 1, 17, ""},
		{"no actor id", `<graphml><graph><node/></graph></graphml>`, actors.ErrBadID, `nodes[0]`, "id", 1, 17, ""},
		{"duplicate actor", "<graphml><graph><node id=\"a\"/>\n<node id=\"a\"/></graph></graphml>", graph.ErrDuplicateActor, `node "a"`, "id", 2, 1, ""},
		{"bad kind", keys + `<node id="c"><data key="ak">nation</data></node>` + end, encoding.ErrBadValue, `node "c"`, "kind", 7, 1, ""},
		{"bad roles", keys + `<node id="c"><data key="r">[{"role": "p", "since": "2014-13"}]</data></node>` + end, date.ErrImpossible, `node "c"`, "roles", 7, 1, ""},
		{"unknown end", keys + `<edge source="a" target="z"><data key="k">met</data></edge>` + end, graph.ErrUnknownActor, "edges[0]", "target", 7, 1, ""},
		{"no source", keys + `<edge id="e" target="a"><data key="k">met</data></edge>` + end, graph.ErrMissing, `edge "e"`, "source", 7, 1, ""},
		{"missing kind", keys + `<edge id="e" source="a" target="b"/>` + end, graph.ErrMissing, `edge "e"`, "kind", 7, 1, ""},
		{"self", keys + `<edge id="e" source="a" target="a"/>` + end, graph.ErrSelfRelation, `edge "e"`, "target", 7, 1, "met"},
		{"bad weight", keys + `<edge id="e" source="a" target="b"><data key="w">heavy</data></edge>` + end, encoding.ErrBadValue, `edge "e"`, "weight", 7, 1, "met"},
		{"NaN weight", keys + `<edge id="e" source="a" target="b"><data key="w">NaN</data></edge>` + end, graph.ErrBadWeight, `edge "e"`, "weight", 7, 1, "met"},
		{"infinite weight", keys + `<edge id="e" source="a" target="b"><data key="w">-Inf</data></edge>` + end, graph.ErrBadWeight, `edge "e"`, "weight", 7, 1, "met"},
		{"bad date", keys + `<edge id="e" source="a" target="b"><data key="s">2014-02-30</data></edge>` + end, date.ErrImpossible, `edge "e"`, "since", 7, 1, "met"},
		{"bad evidence", keys + `<edge id="e" source="a" target="b"><data key="ev">bbc</data></edge>` + end, encoding.ErrBadValue, `edge "e"`, "evidence", 7, 1, "met"},
		{"unknown source", keys + `<edge id="e" source="a" target="b"><data key="ev">[{"source": "bbc"}]</data></edge>` + end, graph.ErrUnknownSource, `edge "e"`, "evidence[0].source", 7, 1, "met"},
		{"bad sources", keys + `<data key="gs">{}</data>` + end, encoding.ErrBadValue, "graph", "sources", 5, 1, ""},
		{"bad kinds", keys + `<data key="gk">[{"name": "k", "nature": "mood"}]</data>` + end, encoding.ErrBadValue, "graph", "kinds[0].nature", 5, 1, ""},
		{"bad kind name", keys + `<data key="gk">[{"name": "K!", "nature": "event"}]</data>` + end, graph.ErrBadKind, "graph", "kinds[0].name", 5, 1, ""},
		{"data without key", keys + `<node id="c"><data>x</data></node>` + end, ErrFormat, `node "c"`, "", 7, 1, ""},
		{"key declared twice", "<graphml><key id=\"k\" attr.name=\"name\"/>\n<key id=\"k\" attr.name=\"title\"/><graph/></graphml>", ErrFormat, `key "k"`, "", 2, 1, ""},
		{"mixed content", keys + `<node id="c"><data key="ak">sta<b>t</b>e</data></node>` + end, ErrFormat, `node "c"`, "kind", 7, 1, ""},
		{"unknown charset", "<?xml version=\"1.0\" encoding=\"klingon\"?>\n<graphml/>", ErrFormat, "", "", 1, 41, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dec := NewDecoder(strings.NewReader(tt.doc))
			dec.Name = "in.graphml"
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
			if ee.File != "in.graphml" || ee.Item != tt.item || ee.Key != tt.key || ee.Line != tt.line || ee.Column != tt.col {
				t.Errorf("problem at %q %d:%d %q %q, want %d:%d %q %q: %v", ee.File, ee.Line, ee.Column, ee.Item, ee.Key, tt.line, tt.col, tt.item, tt.key, ee)
			}
		})
	}
}

type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }

func TestReadError(t *testing.T) {
	boom := errors.New("boom")
	if _, err := NewDecoder(errReader{boom}).Decode(); !errors.Is(err, boom) {
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
}
