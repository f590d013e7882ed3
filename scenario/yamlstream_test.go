package scenario

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/errlist"
)

// sameAsWhole decodes data with the streaming path and the whole-file
// path and fails unless both give the same graph (the same JSON) or the
// same problems (message, place, path and sentinels). It reports whether
// the streaming path read the file, rather than sending it to the whole-file
// path.
func sameAsWhole(t *testing.T, data []byte) bool {
	t.Helper()
	gs, streamed, errS := decodeYAMLStream(data, "f.yaml")
	if !streamed {
		if gs != nil || errS != nil {
			t.Fatalf("the streaming path gave up but returned a result: %v, %v", gs, errS)
		}
		return false
	}
	gw, errW := decodeFull(data, "f.yaml", YAML)
	if (errS == nil) != (errW == nil) || (gs == nil) != (gw == nil) {
		t.Fatalf("streaming: graph %v, error %v\nwhole file: graph %v, error %v\ninput:\n%s", gs != nil, errS, gw != nil, errW, data)
	}
	if errW != nil {
		ls, lw := errlist.Flatten(errS), errlist.Flatten(errW)
		if len(ls) != len(lw) {
			t.Fatalf("streaming: %d problems, whole file: %d\nstreaming:\n%v\nwhole file:\n%v\ninput:\n%s", len(ls), len(lw), errS, errW, data)
		}
		for i := range lw {
			var ps, pw *Error
			if !errors.As(ls[i], &ps) || !errors.As(lw[i], &pw) {
				t.Fatalf("problem %d is not an *Error: %v / %v", i, ls[i], lw[i])
			}
			if ps.Error() != pw.Error() || ps.Line != pw.Line || ps.Column != pw.Column || ps.Path != pw.Path {
				t.Fatalf("problem %d differs\nstreaming:  %v\nwhole file: %v\ninput:\n%s", i, ps, pw, data)
			}
			for _, s := range sentinels {
				if errors.Is(ps, s) != errors.Is(pw, s) {
					t.Fatalf("problem %d: errors.Is(%v) differs: %v", i, s, pw)
				}
			}
		}
		return true
	}
	if js, jw := encode(t, gs, JSON), encode(t, gw, JSON); !bytes.Equal(js, jw) {
		t.Fatalf("the graphs differ\nstreaming:\n%s\nwhole file:\n%s\ninput:\n%s", js, jw, data)
	}
	return true
}

// sentinels are the error categories the two paths must agree on.
var sentinels = []error{
	ErrSyntax, ErrNotUTF8, ErrEmpty, ErrType, ErrUnknownField, ErrDuplicateKey, ErrUnsupported, ErrConflict,
	graph.ErrUnknownActor, graph.ErrDuplicateActor, graph.ErrUnknownKind, graph.ErrDuplicateKind, graph.ErrBadKind,
	graph.ErrUnknownSource, graph.ErrDuplicateSource, graph.ErrDuplicateRelation, graph.ErrMissing,
	graph.ErrSelfRelation, graph.ErrBadWeight, graph.ErrBadCount, graph.ErrBadSign, graph.ErrNoSource, graph.ErrBadID,
	actors.ErrBadID, actors.ErrNoName, actors.ErrUnknownCountry, actors.ErrBadRole, actors.ErrBadAlias,
	actors.ErrBadText, actors.ErrUnknownKind, date.ErrSyntax, date.ErrImpossible, date.ErrReversed,
}

// yamlFiles returns every YAML scenario of the repository: the test data
// and the examples.
func yamlFiles(t testing.TB) []string {
	var out []string
	for _, pattern := range []string{"testdata/*.yaml", "../examples/*/*.yaml", "../examples/*/*/testdata/*.yaml", "../examples/*/testdata/*.yaml"} {
		paths, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, paths...)
	}
	if len(out) < 5 {
		t.Fatalf("found only %d YAML files: %v", len(out), out)
	}
	return out
}

func TestYAMLStreamSameAsWholeOnFiles(t *testing.T) {
	for _, path := range yamlFiles(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			// forms.yaml and rich.yaml use a directive and tags, which
			// send a file to the whole-file path; every other file streams.
			whole := strings.Contains(path, "forms.yaml") || strings.Contains(path, "rich.yaml")
			if streamed := sameAsWhole(t, data); streamed == whole {
				t.Fatalf("%s: streamed %v, want %v", path, streamed, !whole)
			}
		})
	}
}

// streamHead is the start of the cases below: a title and two actors.
const streamHead = "title: t\nactors:\n  - {id: a, name: A}\n  - {id: b, name: B}\n"

// streamCases are inputs for the streaming YAML path, and whether it
// reads them (else the whole-file path does).
var streamCases = []struct {
	name     string
	in       string
	streamed bool
}{
	{"more items than a batch", streamHead + "relations:\n" + strings.Repeat("  - {from: a, to: b, kind: met}\n", 2*yamlBatchItems+3) + "kinds: []\n", true},
	{"one bad item among batches", streamHead + "relations:\n" + strings.Repeat("  - {from: a, to: b, kind: met}\n", yamlBatchItems+3) + "  - {from: a, to: c, kind: met, weight: x}\n" + strings.Repeat("  - {from: a, to: b, kind: met}\n", 3), true},
	{"lists at column 1", "actors:\n- id: a\n  name: A\n- id: b\n  name: B\nrelations:\n- {from: a, to: b, kind: met}\n", true},
	{"comments between items", streamHead + "relations:\n# one\n  - from: a # x\n    to: b\n# two\n    kind: met\n", true},
	{"literal block with a dash line", streamHead + "relations:\n  - from: a\n    to: b\n    kind: met\n    note: |\n      - not an item\n      x: not a key\n  - {from: b, to: a, kind: met}\n", true},
	{"multi-line quote", streamHead + "relations:\n  - from: a\n    to: b\n    kind: met\n    note: \"one\n  - two\"\n", true},
	{"multi-line flow", streamHead + "relations:\n  - {from: a,\n  to: b, kind: met}\n  - [x,\n  - y]\n", true},
	{"unknown field in an item", streamHead + "relations:\n  - {from: a, to: b, kind: met, when: 2014}\n", true},
	{"build errors at their places", streamHead + "relations:\n  - from: a\n    to: kery\n    kind: met\n  - from: a\n    to: b\n    kind: nokind\n    source: nosuch\n", true},
	{"missing field placed at its item", streamHead + "relations:\n  - from: a\n    kind: met\n", true},
	{"duplicate top-level list", streamHead + "relations:\n  - {from: a, to: b, kind: met}\nrelations:\n  - {from: a, to: nobody, kind: met}\n", true},
	{"unknown top-level list", streamHead + "relation:\n  - {from: a, to: b, kind: met, anchor: x}\n", true},
	{"a list for the title", "title:\n  - a\n  - b\n", true},
	{"null item", streamHead + "relations:\n  -\n  - # c\n", true},
	{"item not a mapping", streamHead + "relations:\n  - 3\n  - [a]\n", true},
	{"duplicate key in an item", streamHead + "relations:\n  - {from: a, to: b, from: b, kind: met}\n", true},
	{"deep item", streamHead + "relations:\n  - " + strings.Repeat("[", 40) + strings.Repeat("]", 40) + "\n", true},
	{"keep chomping before the next item", streamHead + "relations:\n  - from: a\n    to: b\n    kind: met\n    note: |+\n      x\n\n\n  - {from: b, to: a, kind: met}\n", true},
	{"folded title, lines at column 1 after it", "title: >\n  a\n  b\n\n# c\nactors: []\n", true},
	{"block scalar less indented than its key", streamHead + "relations:\n  - from: a\n    to: b\n    kind: met\n    note: |\n   x\n  - {from: b, to: a, kind: met}\n", false},
	{"plain scalar over lines", streamHead + "relations:\n  - from: a\n    to: b\n    kind: met\n    note: one\n      two\n\n      three\n  - {from: b, to: a, kind: met}\n", true},
	{"nested lists and complex keys", streamHead + "relations:\n  - - a\n    - b\n  - ? from\n    : a\n", true},
	{"CRLF and a byte order mark", "\ufeff" + strings.ReplaceAll(streamHead+"relations:\n  - {from: a, to: b, kind: met}\n", "\n", "\r\n"), true},
	{"a key with a value and items after it", streamHead + "relations: x\n  - {from: a, to: b, kind: met}\n", true},
	{"document end", streamHead + "...\n", false},
	{"syntax error in an item", streamHead + "relations:\n  - {from: a\n", false},
	{"anchor", streamHead + "relations:\n  - &x {from: a, to: b, kind: met}\n", false},
	{"alias", streamHead + "relations:\n  - {from: a, to: b, kind: *k}\n", false},
	{"tag", "title: !!str 041\n", false},
	{"document marker", "---\n" + streamHead, true},
	{"document marker with a comment, after comments", "# c\n\n---   # d\n" + streamHead + "relations:\n  - {from: a, to: nobody, kind: met}\n", true},
	{"document marker and errors at their lines", "---\n" + streamHead + "relations:\n  - from: a\n    to: b\n    kind: met\n    weight: x\n", true},
	{"two document markers", "---\n---\n" + streamHead, false},
	{"document marker with content", "--- {title: t}\n", false},
	{"document marker only", "---\n", false},
	{"document marker after a key", streamHead + "---\n", false},
	{"directive", "%YAML 1.2\n---\n" + streamHead, false},
	{"not a marker", "---x: 1\n" + streamHead, false},
	{"two documents", streamHead + "---\ntitle: u\n", false},
	{"flow top level", "{title: t}\n", false},
	{"tab indentation", streamHead + "relations:\n\t- {from: a, to: b, kind: met}\n", false},
	{"quoted key", "\"title\": t\n", false},
	{"text at column 1", "title: t\nmore\n", false},
	{"empty", "", false},
	{"comments only", "# nothing\n", false},
	{"indentation indicator", "title: |2\n   x\n", false},
}

// TestYAMLStreamSameAsWholeEncoded checks a file of many batches, as the
// Encoder writes it, and the same file with an unknown actor in its last
// relation, whose problem is placed by the second reading.
func TestYAMLStreamSameAsWholeEncoded(t *testing.T) {
	data := encode(t, benchGraph(t, 100), YAML)
	if n := bytes.Count(data, []byte("\n  - ")); n < 4*yamlBatchItems {
		t.Fatalf("only %d items: too few batches", n)
	}
	if !sameAsWhole(t, data) {
		t.Fatal("the encoded file was read whole, not streamed")
	}
	last := bytes.LastIndex(data, []byte("\n    to: "))
	bad := append(append(append([]byte{}, data[:last]...), "\n    to: nobody"...), data[bytes.IndexByte(data[last+1:], '\n')+last+1:]...)
	if !sameAsWhole(t, bad) {
		t.Fatal("the file with an error was read whole, not streamed")
	}
	if _, err := decodeFull(bad, "f.yaml", YAML); !errors.Is(err, graph.ErrUnknownActor) {
		t.Fatalf("want an unknown actor, got %v", err)
	}
}

func TestYAMLStreamSameAsWhole(t *testing.T) {
	for _, tt := range streamCases {
		t.Run(tt.name, func(t *testing.T) {
			if got := sameAsWhole(t, []byte(tt.in)); got != tt.streamed {
				t.Errorf("streamed %v, want %v", got, tt.streamed)
			}
		})
	}
}

// FuzzYAMLChunked feeds the same bytes to the streaming and the whole-file
// YAML paths and requires the same graph or the same problems.
func FuzzYAMLChunked(f *testing.F) {
	seed(f, YAML, yamlSeeds)
	for _, c := range streamCases {
		f.Add([]byte(c.in))
	}
	for _, path := range yamlFiles(f) {
		if data, err := os.ReadFile(path); err == nil && len(data) <= maxSeed {
			f.Add(data)
		}
	}
	corpus, _ := filepath.Glob("testdata/fuzz/FuzzDecodeYAML/*")
	for _, path := range corpus {
		if data, err := os.ReadFile(path); err == nil {
			if v, ok := corpusBytes(data); ok {
				f.Add(v)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) { sameAsWhole(t, data) })
}

// corpusBytes reads the []byte value of a file of the fuzzer's corpus.
func corpusBytes(file []byte) ([]byte, bool) {
	lines := strings.SplitN(string(file), "\n", 3)
	if len(lines) < 2 || !strings.HasPrefix(lines[0], "go test fuzz v1") {
		return nil, false
	}
	v := strings.TrimSpace(lines[1])
	if !strings.HasPrefix(v, "[]byte(") || !strings.HasSuffix(v, ")") {
		return nil, false
	}
	s, err := strconv.Unquote(v[len("[]byte(") : len(v)-1])
	return []byte(s), err == nil
}
