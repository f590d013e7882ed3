package scenario

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/golden"
	"github.com/diplograph/diplograph/internal/graphtest"
)

// scenarioFiles returns every scenario file under the examples and
// testdata: YAML and JSON files whose top level is a mapping with at least
// one scenario section (so node-link JSON and other data files are left
// out). New files are picked up as they are added.
func scenarioFiles(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, root := range []string{"../examples", "testdata"} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && d.Name() == "fuzz" {
				return filepath.SkipDir
			}
			f, ferr := SyntaxOf(path)
			if d.IsDir() || ferr != nil {
				return nil
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			if isScenario(data, f) {
				files = append(files, path)
			}
			return nil
		})
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			t.Fatal(err)
		}
	}
	if len(files) < 3 {
		t.Fatalf("found only %d scenario files: %v", len(files), files)
	}
	return files
}

func isScenario(data []byte, f Syntax) bool {
	r := &report{bad: map[string]bool{}}
	var root *node
	if f == YAML {
		root = parseYAML(data, r)
	} else {
		root = parseJSON(data, r)
	}
	if root == nil || root.kind != mapNode {
		return false
	}
	for _, e := range root.entries {
		if e.key == "actors" || e.key == "relations" {
			return true
		}
	}
	return false
}

// decodeAs decodes data in syntax s, named name.
func decodeAs(data []byte, name string, s Syntax) (*graph.Graph, error) {
	dec := NewDecoder(bytes.NewReader(data))
	dec.Name, dec.Syntax = name, s
	return dec.Decode()
}

// encodeAs encodes g in syntax s.
func encodeAs(w io.Writer, g *graph.Graph, s Syntax) error {
	enc := NewEncoder(w)
	enc.Syntax = s
	return enc.Encode(g)
}

func encode(t testing.TB, g *graph.Graph, f Syntax) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := encodeAs(&buf, g, f); err != nil {
		t.Fatalf("Encode %s: %v", f, err)
	}
	return buf.Bytes()
}

func decodeOK(t testing.TB, data []byte, f Syntax) *graph.Graph {
	t.Helper()
	g, err := decodeAs(data, "encoded."+f.String(), f)
	if err != nil {
		t.Fatalf("Decode of encoded %s: %v\n%s", f, err, data)
	}
	return g
}

// checkRoundTrip checks that g survives Encode and Decode in both formats
// unchanged, that encoding is deterministic and a fixed point, and that
// YAML -> JSON -> YAML gives the same bytes.
func checkRoundTrip(t *testing.T, g *graph.Graph) {
	t.Helper()
	for _, f := range []Syntax{YAML, JSON} {
		t.Run(f.String(), func(t *testing.T) {
			out := encode(t, g, f)
			if again := encode(t, g, f); !bytes.Equal(out, again) {
				t.Fatalf("two encodings of one graph differ")
			}
			g2 := decodeOK(t, out, f)
			if d := graphtest.Diff(g, g2); d != "" {
				t.Fatalf("round trip changed the graph: %s", d)
			}
			if out2 := encode(t, g2, f); !bytes.Equal(out, out2) {
				t.Fatalf("re-encoding the decoded graph gives other bytes")
			}
		})
	}
	t.Run("yaml-json-yaml", func(t *testing.T) {
		y1 := encode(t, g, YAML)
		j := encode(t, decodeOK(t, y1, YAML), JSON)
		gj := decodeOK(t, j, JSON)
		if d := graphtest.Diff(g, gj); d != "" {
			t.Fatalf("YAML -> JSON changed the graph: %s", d)
		}
		if y2 := encode(t, gj, YAML); !bytes.Equal(y1, y2) {
			t.Fatalf("YAML -> JSON -> YAML gives other bytes")
		}
	})
}

func TestRoundTripFiles(t *testing.T) {
	for _, path := range scenarioFiles(t) {
		t.Run(filepath.ToSlash(path), func(t *testing.T) {
			g, err := Load(path)
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			checkRoundTrip(t, g)
		})
	}
}

func TestRoundTripFixture(t *testing.T) {
	checkRoundTrip(t, graphtest.Rich())
}

// TestLineEndingsAndBOM checks that CRLF line endings and a byte order
// mark change nothing.
func TestLineEndingsAndBOM(t *testing.T) {
	for _, name := range []string{"testdata/rich.yaml", "testdata/small.json"} {
		f, _ := SyntaxOf(name)
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		want := decodeOK(t, data, f)
		variants := map[string][]byte{
			"crlf":     bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n")),
			"bom":      append([]byte("\xef\xbb\xbf"), data...),
			"bom+crlf": append([]byte("\xef\xbb\xbf"), bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))...),
		}
		for v, in := range variants {
			t.Run(name+"/"+v, func(t *testing.T) {
				if d := graphtest.Diff(want, decodeOK(t, in, f)); d != "" {
					t.Errorf("%s", d)
				}
			})
		}
	}
}

// TestGolden checks the bytes against the golden files, and the facts they
// must show whatever they hold: read back, each gives the graph it was
// written from, and it names every actor and relation by its ID.
func TestGolden(t *testing.T) {
	g, err := Load("testdata/rich.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []Syntax{YAML, JSON} {
		t.Run(f.String(), func(t *testing.T) {
			name := "rich.golden." + f.String()
			got := encode(t, g, f)
			golden.Check(t, name, got)
			if d := graphtest.Diff(g, decodeOK(t, got, f)); d != "" {
				t.Errorf("%s read back: %s", name, d)
			}
			for a := range g.Actors() {
				plain := strconv.Quote(a.Name) == `"`+a.Name+`"` // written without escapes
				if !bytes.Contains(got, []byte(a.ID)) || plain && !bytes.Contains(got, []byte(a.Name)) {
					t.Errorf("%s lacks actor %s (%s)", name, a.ID, a.Name)
				}
			}
			for r := range g.Relations() {
				if !bytes.Contains(got, []byte(r.ID)) {
					t.Errorf("%s lacks relation %s", name, r.ID)
				}
			}
		})
	}
}

// TestDecodeValues checks what the forms of testdata/rich.yaml mean.
func TestDecodeValues(t *testing.T) {
	g, err := Load("testdata/rich.yaml")
	if err != nil {
		t.Fatal(err)
	}
	src := func(id string) graph.Source {
		s, ok := g.Source(id)
		if !ok {
			t.Fatalf("no source %q", id)
		}
		return s
	}
	actor := func(id string) actors.Actor {
		a, ok := g.Actor(id)
		if !ok {
			t.Fatalf("no actor %q", id)
		}
		return a
	}
	rel := func(id string) graph.Relation {
		r, ok := g.Relation(id)
		if !ok {
			t.Fatalf("no relation %q", id)
		}
		return r
	}
	kind := func(name string) graph.Kind {
		k, ok := g.Kind(name)
		if !ok {
			t.Fatalf("no kind %q", name)
		}
		return k
	}
	tests := []struct {
		name      string
		got, want any
	}{
		{"title keeps quotes and hashes", g.Title(), `Test crisis: "quotes", #hashes, <angles> & ampersands`},
		{"unquoted day", src("bbc-2014-03-29").Date, date.MustParse("2014-03-29")},
		{"URL with # and &", src("bbc-2014-03-29").URL, "https://www.bbc.com/news/world-europe-26799324?a=1&b=2#top"},
		{"month precision", src("monitoring").Date, date.MustParse("2014-03")},
		{"year given as a number", src("yearbook").Date, date.MustParse("2014")},
		{"number as a string field", src("yearbook").Title, "2014"},
		{"!!str keeps the leading zero", src("wire").Title, "041"},
		{"spaces kept", src("wire").Publisher, "  leading and trailing spaces  "},
		{"folded block", kind("expelled-diplomats").Description, "Declares diplomats of the target persona non grata and orders them to leave."},
		{"CAMEO codes", kind("expelled-diplomats").CAMEO, []string{"161", "1612"}},
		{"goldstein", kind("expelled-diplomats").Goldstein, -4.5},
		{"sign +1", kind("talks-with").Sign, graph.Cooperative},
		{"symmetric", kind("talks-with").Symmetric, true},
		{"sign hostile", kind("fears").Sign, graph.Hostile},
		{"nature", kind("owns").Nature, graph.NatureAffiliation},
		{"empty CAMEO list", len(kind("owns").CAMEO), 0},
		{"NO is Norway", actor("NO").Name, "Norway"},
		{"kind is case-insensitive", actor("USA").Kind, actors.State},
		{"organisation", actor("nato").Kind, actors.Organization},
		{"quoted alias", actor("RUS").Aliases, []string{"Moscow", "the Kremlin's Russia", "Russian Federation"}},
		{"literal block", actor("klitschko").Note, "Boxer.\n  Indented line kept.\nLast line.\n"},
		{"U+0100 kept", actor("white-house").Name, "the\u0100 White House"},
		{"escapes", actor("odd").Name, "<script>alert(1)</script> \" onload=\"x\n\tback\\slash"},
		{"yes as a string", actor("odd").Title, "yes"},
		{"attribute with colon", actor("crimea").Attrs["key: with colon"], "value # not a comment"},
		{"numeric attribute key", actor("crimea").Attrs["2014"], "year key"},
		{"open role", actor("putin").Roles[0].When, date.Between(date.MustParse("2012-05-07"), date.Date{})},
		{"closed role", actor("putin").Roles[1].When, date.Between(date.MustParse("2008-05-08"), date.MustParse("2012-05-07"))},
		{"role open at the start", actor("yanukovych").Roles[0].When, date.Between(date.Date{}, date.MustParse("2014-02-22"))},
		{"shorthand evidence", rel("call-1").Evidence, []graph.Evidence{{Source: "bbc-2014-03-29", Quote: "Mr Putin had contacted President Obama, according to US officials."}}},
		{"attribution", rel("call-1").ReportedBy, "USA"},
		{"point date", rel("call-1").When, date.At(date.MustParse("2014-03-28"))},
		{"evidence list with note", rel("klitschko-withdrew-for-poroshenko-2014-03-29").Evidence[1].Note, "line 11"},
		{"weight", rel("klitschko-backs-poroshenko-2014-03-29").Weight, 2.5},
		{"default weight", rel("call-1").Weight, 1.0},
		{"weight 1e3", rel("nato-fears-RUS").Weight, 1000.0},
		{"span month to year", rel("USA-sanctions-RUS-2014-03").When, date.Between(date.MustParse("2014-03"), date.MustParse("2015"))},
		{"source without quote", rel("USA-sanctions-RUS-2014-03").Evidence, []graph.Evidence{{Source: "monitoring"}}},
		{"attribute that looks like a date", rel("RUS-annexed-crimea-2014-03").Attrs["treaty"], "2014-03-18"},
		{"curly quotes and ellipsis", rel("odd-condemned-UKR").Evidence[0].Quote, "“We have absolutely no intention of – or interest in – crossing Ukraine’s borders.” …"},
		{"repeat gets a suffix", rel("RUS-met-UKR-2014-03-28-2").Kind, "met"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !reflect.DeepEqual(tt.got, tt.want) {
				t.Errorf("got %#v, want %#v", tt.got, tt.want)
			}
		})
	}
}

func TestSaveLoad(t *testing.T) {
	g := graphtest.Rich()
	dir := t.TempDir()
	for _, name := range []string{"g.yaml", "g.yml", "g.json"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name)
			if err := Save(path, g); err != nil {
				t.Fatal(err)
			}
			got, err := Load(path)
			if err != nil {
				t.Fatal(err)
			}
			if d := graphtest.Diff(g, got); d != "" {
				t.Error(d)
			}
		})
	}
	t.Run("unknown extension", func(t *testing.T) {
		if err := Save(filepath.Join(dir, "g.txt"), g); !errors.Is(err, ErrUnknownSyntax) {
			t.Errorf("Save: %v, want ErrUnknownSyntax", err)
		}
		if _, err := Load(filepath.Join(dir, "g.txt")); !errors.Is(err, ErrUnknownSyntax) {
			t.Errorf("Load: %v, want ErrUnknownSyntax", err)
		}
	})
	t.Run("missing file", func(t *testing.T) {
		if _, err := Load(filepath.Join(dir, "missing.yaml")); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("Load: %v, want fs.ErrNotExist", err)
		}
	})
	t.Run("error names the file", func(t *testing.T) {
		path := filepath.Join(dir, "bad.yaml")
		if err := os.WriteFile(path, []byte("titel: x\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Load(path)
		var e *Error
		if !errors.As(err, &e) || e.File != path || e.Line != 1 || e.Column != 1 {
			t.Errorf("Load: %v", err)
		}
	})
}

func TestEncodeErrors(t *testing.T) {
	b := graph.NewBuilder()
	b.Add(actors.Actor{ID: "a", Name: "A", Note: "ok\xffnot"}, actors.Actor{ID: "b", Name: "B"})
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []Syntax{YAML, JSON} {
		var buf bytes.Buffer
		err := encodeAs(&buf, g, f)
		var e *Error
		if !errors.Is(err, ErrNotUTF8) || !errors.As(err, &e) || e.Path != "actors[0].note" || buf.Len() != 0 {
			t.Errorf("%s: %v (wrote %d bytes)", f, err, buf.Len())
		}
	}
	if err := encodeAs(&bytes.Buffer{}, graphtest.Rich(), Syntax(7)); !errors.Is(err, ErrUnknownSyntax) {
		t.Errorf("Encode with Syntax(7): %v", err)
	}
	if err := encodeAs(&bytes.Buffer{}, nil, YAML); err == nil {
		t.Errorf("Encode of nil: no error")
	}
	if _, err := decodeAs([]byte("{}"), "x", Syntax(-1)); !errors.Is(err, ErrUnknownSyntax) {
		t.Errorf("Decode with Syntax(-1): %v", err)
	}
}

func TestEmptyGraph(t *testing.T) {
	g, err := graph.NewBuilder().Build()
	if err != nil {
		t.Fatal(err)
	}
	checkRoundTrip(t, g)
	if got := string(encode(t, g, YAML)); got != "actors: []\n\nrelations: []\n" {
		t.Errorf("empty graph as YAML: %q", got)
	}
	for _, in := range []string{"{}", "actors: []", "title: x", "title: ~\nsources:\nkinds: ~\nactors: null\nrelations: []",
		"actors: [{id: a, name: A, kind: ~, country: null, aliases: ~, roles: ~, attrs: ~, note: }]"} {
		if _, err := decodeAs([]byte(in), "x", YAML); err != nil {
			t.Errorf("%q: %v", in, err)
		}
	}
}

// TestSchema checks that Decode's field lists are the fields Encode
// writes, in the same order.
func TestSchema(t *testing.T) {
	names := func(v any) []string {
		var out []string
		rt := reflect.TypeOf(v)
		for i := 0; i < rt.NumField(); i++ {
			out = append(out, jsonName(rt.Field(i)))
		}
		return out
	}
	tests := []struct {
		name   string
		fields []string
		doc    any
	}{
		{"top", topFields, fileDoc{}},
		{"sources", sourceFields, sourceDoc{}},
		{"kinds", kindFields, kindDoc{}},
		{"actors", actorFields, actorDoc{}},
		{"roles", roleFields, roleDoc{}},
		{"relations", relationFields, relationDoc{}},
		{"evidence", evidenceFields, evidenceDoc{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := names(tt.doc); !reflect.DeepEqual(got, tt.fields) {
				t.Errorf("encoder writes %v, decoder reads %v", got, tt.fields)
			}
		})
	}
}

// TestLargeScenario checks that a scenario with many relations, as
// ingested event data gives, is read in reasonable time: none of the
// limits on YAML complexity mistakes it for an attack, and one-line JSON
// costs no more than indented JSON.
func TestLargeScenario(t *testing.T) {
	const n = 10000
	b := graph.NewBuilder()
	b.AddSource(graph.Source{ID: "gdelt"})
	b.Add(actors.NewState("RUS", "Russia"), actors.NewState("UKR", "Ukraine"))
	for i := range n {
		b.AddRelation(graph.Relation{From: "RUS", To: "UKR", Kind: graph.Condemned, When: date.At(date.Of(2014, 3, i%28+1)),
			Evidence: []graph.Evidence{{Source: "gdelt", Quote: "event " + strings.Repeat("x", i%50)}}, Attrs: map[string]string{"n": fmt.Sprint(i)}})
	}
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []Syntax{YAML, JSON} {
		t.Run(f.String(), func(t *testing.T) {
			out := encode(t, g, f)
			if d := graphtest.Diff(g, decodeOK(t, out, f)); d != "" {
				t.Fatal(d)
			}
		})
	}
	t.Run("one-line JSON", func(t *testing.T) {
		var buf bytes.Buffer
		if err := json.Compact(&buf, encode(t, g, JSON)); err != nil {
			t.Fatal(err)
		}
		if d := graphtest.Diff(g, decodeOK(t, buf.Bytes(), JSON)); d != "" {
			t.Fatal(d)
		}
	})
}

// TestEncodeView checks that a filtered view is written with the actors
// it cites but left out, so that the file loads.
func TestEncodeView(t *testing.T) {
	g := graphtest.Rich()
	v, err := g.Filter(graph.Filter{Kinds: []string{graph.Phoned}, DropIsolated: true})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for a := range v.Actors() {
		ids = append(ids, a.ID)
	}
	if want := []string{"USA", "putin"}; !reflect.DeepEqual(ids, want) {
		t.Fatalf("view has actors %v, want %v (graphtest.Rich changed?)", ids, want)
	}
	for _, f := range []Syntax{YAML, JSON} {
		t.Run(f.String(), func(t *testing.T) {
			got := decodeOK(t, encode(t, v, f), f)
			var gotIDs []string
			for a := range got.Actors() {
				gotIDs = append(gotIDs, a.ID)
			}
			// putin is president of RUS: RUS comes along.
			if want := []string{"RUS", "USA", "putin"}; !reflect.DeepEqual(gotIDs, want) {
				t.Errorf("actors %v, want %v", gotIDs, want)
			}
			if !reflect.DeepEqual(slices.Collect(got.Relations()), slices.Collect(v.Relations())) {
				t.Errorf("relations differ:\n%v\n%v", slices.Collect(got.Relations()), slices.Collect(v.Relations()))
			}
		})
	}
}

// TestOwnSign checks that a relation's own sign is written as sign, only
// when it has one, and read back.
func TestOwnSign(t *testing.T) {
	b := graph.NewBuilder()
	b.Add(actors.NewState("RUS", "Russia"), actors.NewState("UKR", "Ukraine"))
	b.AddRelation(graph.NewRelation("RUS", "UKR", graph.Phoned).WithSign(graph.Hostile))
	b.AddRelation(graph.NewRelation("UKR", "RUS", graph.Phoned).WithSign(graph.Neutral))
	b.AddRelation(graph.NewRelation("UKR", "RUS", graph.Met))
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	checkRoundTrip(t, g)
	yaml := string(encode(t, g, YAML))
	if strings.Count(yaml, "    sign: ") != 2 || !strings.Contains(yaml, "    sign: -1\n") || !strings.Contains(yaml, "    sign: 0\n") {
		t.Errorf("YAML signs:\n%s", yaml)
	}
	if js := string(encode(t, g, JSON)); !strings.Contains(js, `"sign": -1
`) {
		t.Errorf("JSON signs:\n%s", js)
	}
	for _, tt := range []struct {
		in   string
		want graph.Sign
	}{{"hostile", graph.Hostile}, {"+1", graph.Cooperative}, {"'-'", graph.Hostile}} {
		g := decodeOK(t, []byte(yamlHead+"relations:\n  - {from: a, to: b, kind: met, sign: "+tt.in+"}\n"), YAML)
		if s, ok := g.RelationAt(0).OwnSign(); !ok || s != tt.want {
			t.Errorf("sign: %s read as %v, %v", tt.in, s, ok)
		}
	}
	_, err = decodeAs([]byte(yamlHead+"relations:\n  - {from: a, to: b, kind: met, sign: 2}\n"), "s.yaml", YAML)
	var e *Error
	if !errors.Is(err, graph.ErrBadSign) || !errors.As(err, &e) || e.Path != "relations[0].sign" || e.Line != 6 {
		t.Errorf("sign: 2 gave %v", err)
	}
}
