package scenario

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/graphtest"
)

// wholeFile writes g as the encoder did before it streamed: one document
// of every part, relations included, written in one piece. The streamed
// output must be these bytes.
func wholeFile(t *testing.T, g *graph.Graph, s Syntax) []byte {
	t.Helper()
	doc, err := newFileDoc(g)
	if err != nil {
		t.Fatal(err)
	}
	doc.Relations = []relationDoc{}
	for r := range g.Relations() {
		doc.Relations = append(doc.Relations, relationDocOf(r))
	}
	var buf bytes.Buffer
	if s == JSON {
		enc := json.NewEncoder(&buf)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(doc); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	w := &yamlWriter{buf: &buf}
	v := reflect.ValueOf(doc).Elem()
	for i := 0; i < v.NumField(); i++ {
		f, fv := v.Type().Field(i), v.Field(i)
		if omitEmpty(f) && (fv.IsZero() || fv.Kind() == reflect.Slice && fv.Len() == 0) {
			continue
		}
		if buf.Len() > 0 && fv.Kind() != reflect.String {
			buf.WriteByte('\n')
		}
		w.field(jsonName(f), fv, 0, "", f.Tag.Get("yaml") == "flow")
	}
	return buf.Bytes()
}

// writes counts the calls to Write, and fails the one numbered failAt
// (counting from 1; 0: none).
type writes struct {
	n, failAt int
	buf       bytes.Buffer
}

var errWrite = errors.New("disk full")

func (w *writes) Write(p []byte) (int, error) {
	w.n++
	if w.n == w.failAt {
		return 0, errWrite
	}
	return w.buf.Write(p)
}

func TestEncodeStreamsTheWholeFile(t *testing.T) {
	big := benchGraph(t, 100) // 2,000 relations: many flushes
	empty := graph.NewBuilder()
	empty.SetTitle("no relations")
	noRelations, err := empty.Build()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name      string
		g         *graph.Graph
		minWrites int
	}{
		{"large", big, 4},
		{"rich", graphtest.Rich(), 1},
		{"no relations", noRelations, 1},
	} {
		for _, s := range []Syntax{YAML, JSON} {
			t.Run(c.name+"/"+s.String(), func(t *testing.T) {
				var w writes
				if err := encodeAs(&w, c.g, s); err != nil {
					t.Fatal(err)
				}
				if want := wholeFile(t, c.g, s); !bytes.Equal(w.buf.Bytes(), want) {
					t.Fatalf("the streamed file differs from the whole one\nstreamed:\n%.2000s\nwhole:\n%.2000s", w.buf.Bytes(), want)
				}
				if w.n < c.minWrites {
					t.Errorf("%d writes of %d bytes, want at least %d: the file was not streamed", w.n, w.buf.Len(), c.minWrites)
				}
				if s == JSON && !json.Valid(w.buf.Bytes()) {
					t.Error("not valid JSON")
				}
			})
		}
	}
}

func TestEncodeWriteError(t *testing.T) {
	g := benchGraph(t, 100)
	for _, s := range []Syntax{YAML, JSON} {
		for _, failAt := range []int{1, 2} {
			w := writes{failAt: failAt}
			if err := encodeAs(&w, g, s); !errors.Is(err, errWrite) {
				t.Errorf("%s, write %d fails: Encode returned %v", s, failAt, err)
			}
			if w.n != failAt {
				t.Errorf("%s, write %d fails: %d writes, want none after the failure", s, failAt, w.n)
			}
		}
	}
}

// TestEncodeBadRelationWritesNothing: a relation that cannot be written,
// found after the head of the file is ready, still leaves the writer
// untouched, since every string is checked before the first write.
func TestEncodeBadRelationWritesNothing(t *testing.T) {
	b := graph.NewBuilder()
	b.Add(actors.Actor{ID: "a", Name: "A"}, actors.Actor{ID: "b", Name: "B"})
	b.AddRelation(graph.Relation{From: "a", To: "b", Kind: graph.Met})
	b.AddRelation(graph.Relation{From: "b", To: "a", Kind: graph.Met, Note: "bad\xff"})
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []Syntax{YAML, JSON} {
		var w writes
		err := encodeAs(&w, g, s)
		var e *Error
		if !errors.Is(err, ErrNotUTF8) || !errors.As(err, &e) || e.Path != "relations[1].note" || w.n != 0 {
			t.Errorf("%s: %v (%d writes)", s, err, w.n)
		}
	}
}

// TestFailedSaveKeepsTheFile: Save streams into a temporary file, and a
// Save that fails leaves the file it would have replaced as it was, and no
// temporary file behind.
func TestFailedSaveKeepsTheFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "g.yaml")
	if err := Save(path, graphtest.Rich()); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b := graph.NewBuilder()
	b.Add(actors.Actor{ID: "a", Name: "A"}, actors.Actor{ID: "b", Name: "B"})
	b.AddRelation(graph.Relation{From: "a", To: "b", Kind: graph.Met, Note: "bad\xff"})
	bad, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	if err := Save(path, bad); !errors.Is(err, ErrNotUTF8) {
		t.Fatalf("Save: %v, want ErrNotUTF8", err)
	}
	after, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(after, before) {
		t.Errorf("the file changed (%v)", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("%d files in the directory, want 1: %v", len(entries), entries)
	}
}
