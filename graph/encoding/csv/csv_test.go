package csv

import (
	"bytes"
	stdcsv "encoding/csv"
	"errors"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/encoding"
	"github.com/diplograph/diplograph/graph/encoding/internal/enctest"
	"github.com/diplograph/diplograph/graph/encoding/internal/schema"
	"github.com/diplograph/diplograph/internal/csvsafe"
	"github.com/diplograph/diplograph/internal/golden"
	"github.com/diplograph/diplograph/internal/graphtest"
)

// read parses both tables and checks that they carry every value of g:
// a header of the schema's columns, then one row per actor and relation,
// in graph order, whose cells are the values the schema gives.
func read(t *testing.T, g *graph.Graph, nodes, edges []byte) {
	t.Helper()
	// encoding/csv reads \r\n inside a quoted cell as \n; other readers
	// (Python's csv, pandas) keep it.
	norm := func(s string) string { return strings.ReplaceAll(s, "\r\n", "\n") }
	table := func(name string, data []byte, rows int) [][]string {
		recs, err := stdcsv.NewReader(bytes.NewReader(data)).ReadAll()
		if err != nil {
			t.Fatalf("%s table: %v\n%s", name, err, data)
		}
		if len(recs) != rows+1 {
			t.Fatalf("%s table: %d rows, want %d and a header", name, len(recs)-1, rows)
		}
		return recs
	}
	check := func(what string, header, row []string, first []string, vals map[string]string) {
		t.Helper()
		for i, h := range header {
			want := vals[h]
			if i < len(first) {
				want = first[i]
			}
			if got := csvsafe.Uncell(row[i]); got != norm(want) {
				t.Errorf("%s %q: %s = %q, want %q", what, first[0], h, got, want)
			}
			if c := row[i]; c != "" && strings.ContainsRune("=+-@\t\r\n", rune(c[0])) {
				if _, err := strconv.ParseFloat(c, 64); err != nil {
					t.Errorf("%s %q: %s = %q would run as a spreadsheet formula", what, first[0], h, c)
				}
			}
		}
	}
	ns := table("node", nodes, g.NumActors())
	wantHeader := []string{"id"}
	for _, k := range schema.NodeKeys(g) {
		wantHeader = append(wantHeader, k.Name)
	}
	if strings.Join(ns[0], ",") != strings.Join(wantHeader, ",") {
		t.Errorf("node header %q, want %q", ns[0], wantHeader)
	}
	i := 1
	for a := range g.Actors() {
		vals, _ := schema.NodeValues(a)
		check("node", ns[0], ns[i], []string{a.ID}, vals)
		i++
	}
	es := table("edge", edges, g.NumRelations())
	wantHeader = []string{"source", "target"}
	for _, k := range schema.EdgeKeys(g) {
		wantHeader = append(wantHeader, k.Name)
	}
	if strings.Join(es[0], ",") != strings.Join(wantHeader, ",") {
		t.Errorf("edge header %q, want %q", es[0], wantHeader)
	}
	i = 1
	for r := range g.Relations() {
		k, _ := g.Kind(r.Kind)
		vals, _ := schema.EdgeValues(r, k)
		check("edge", es[0], es[i], []string{r.From, r.To}, vals)
		if csvsafe.Uncell(es[i][2]) != r.ID || es[i][3] != r.Kind {
			t.Errorf("edge row %d: id %q kind %q, want %q %q", i, es[i][2], es[i][3], r.ID, r.Kind)
		}
		i++
	}
}

func TestGolden(t *testing.T) {
	g := graphtest.Rich()
	var nodes, edges bytes.Buffer
	if err := NewEncoder(&nodes, &edges).Encode(g); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "rich.nodes.csv.golden", nodes.Bytes())
	golden.Check(t, "rich.edges.csv.golden", edges.Bytes())
	read(t, g, nodes.Bytes(), edges.Bytes())
}

// TestOneTable checks that a nil writer skips its table and the other is
// written as in full.
func TestOneTable(t *testing.T) {
	g := graphtest.Rich()
	var nodes, edges, both bytes.Buffer
	if err := NewEncoder(&nodes, nil).Encode(g); err != nil {
		t.Fatal(err)
	}
	if err := NewEncoder(nil, &edges).Encode(g); err != nil {
		t.Fatal(err)
	}
	if err := NewEncoder(&both, nil).Encode(g); err != nil || !bytes.Equal(both.Bytes(), nodes.Bytes()) {
		t.Fatalf("second encoding differs: %v", err)
	}
	if !strings.HasPrefix(nodes.String(), "id,name,") || !strings.HasPrefix(edges.String(), "source,target,id,") {
		t.Errorf("tables start %.20q and %.20q", nodes.String(), edges.String())
	}
	if err := NewEncoder(nil, nil).Encode(g); err != nil {
		t.Errorf("no tables: %v", err)
	}
}

func TestTricky(t *testing.T) {
	for _, s := range enctest.Tricky {
		t.Run(strings.ToValidUTF8(s, "?"), func(t *testing.T) { checkText(t, s, "id.1", 2.5) })
	}
}

// checkText encodes a graph with text in every field and checks that a CSV
// reader sees every value, or that Encode refuses text that is not UTF-8,
// writing nothing.
func checkText(t *testing.T, text, id string, weight float64) {
	g, err := enctest.Graph(text, id, weight)
	if err != nil {
		return // not a graph: a bad ID or weight
	}
	var nodes, edges bytes.Buffer
	err = NewEncoder(&nodes, &edges).Encode(g)
	var ee *encoding.Error
	switch {
	case !utf8.ValidString(text):
		if !errors.Is(err, encoding.ErrNotUTF8) || !errors.As(err, &ee) || ee.Item != "graph" || nodes.Len()+edges.Len() > 0 {
			t.Fatalf("Encode = %v, want ErrNotUTF8 and nothing written", err)
		}
	case err != nil:
		t.Fatal(err)
	default:
		read(t, g, nodes.Bytes(), edges.Bytes())
	}
}

// FuzzEncode puts text in every text field of a graph, id in every ID and
// weight on a relation, and checks that a CSV reader sees every value.
func FuzzEncode(f *testing.F) {
	for _, s := range enctest.Tricky {
		f.Add(s, "a", 1.0)
	}
	f.Add("x", "Ā.b-c_d", 0.125)
	f.Add("x", "日本", 1e300)
	f.Fuzz(checkText)
}

func TestEncodeErrors(t *testing.T) {
	if err := NewEncoder(&bytes.Buffer{}, &bytes.Buffer{}).Encode(nil); err == nil {
		t.Error("Encode(nil) succeeded")
	}
	boom := errors.New("boom")
	var nodes bytes.Buffer
	if err := NewEncoder(&nodes, failWriter{boom}).Encode(graphtest.Rich()); !errors.Is(err, boom) {
		t.Errorf("Encode to a failing writer = %v", err)
	}
}

type failWriter struct{ err error }

func (w failWriter) Write([]byte) (int, error) { return 0, w.err }

// TestFormulaGuard checks that a name a spreadsheet would run is written
// behind an apostrophe, numbers are not, and NoFormulaGuard writes it as it
// is.
func TestFormulaGuard(t *testing.T) {
	b := graph.NewBuilder()
	b.Add(actors.Actor{ID: "a", Name: `=HYPERLINK("http://evil.example","x")`}, actors.Actor{ID: "b", Name: "-1"})
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		raw          bool
		wantA, wantB string
	}{
		{false, `'=HYPERLINK("http://evil.example","x")`, "-1"},
		{true, `=HYPERLINK("http://evil.example","x")`, "-1"},
	} {
		var nodes bytes.Buffer
		enc := NewEncoder(&nodes, nil)
		enc.NoFormulaGuard = c.raw
		if err := enc.Encode(g); err != nil {
			t.Fatal(err)
		}
		recs, err := stdcsv.NewReader(&nodes).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if recs[1][1] != c.wantA || recs[2][1] != c.wantB {
			t.Errorf("NoFormulaGuard %v: names written %q and %q, want %q and %q", c.raw, recs[1][1], recs[2][1], c.wantA, c.wantB)
		}
	}
}
