package enctest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"runtime"
	"testing"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/encoding"
	"github.com/diplograph/diplograph/graph/encoding/nodelink"
)

// recorder is a testing.TB that records whether the check failed.
type recorder struct {
	testing.TB
	failed bool
	msg    string
}

func (r *recorder) Helper() {}

func (r *recorder) Fatalf(format string, args ...any) {
	r.failed, r.msg = true, fmt.Sprintf(format, args...)
	runtime.Goexit()
}

// run runs check with a recorder, as a test would, and reports whether it
// failed.
func run(t *testing.T, check func(tb testing.TB)) (bool, string) {
	r := &recorder{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		check(r)
	}()
	<-done
	return r.failed, r.msg
}

func encode(w io.Writer, g *graph.Graph) error { return nodelink.NewEncoder(w).Encode(g) }

func decode(r io.Reader) (*graph.Graph, error) { return nodelink.NewDecoder(r).Decode() }

func TestGraph(t *testing.T) {
	if _, err := Graph("x", "not an id", 1); err == nil {
		t.Error("Graph with a bad ID built")
	}
	g, err := Graph("text", "id", 2)
	if err != nil {
		t.Fatal(err)
	}
	if g.Title() != "text" || g.NumActors() != 2 || g.NumRelations() != 2 || g.RelationAt(0).Weight != 2 {
		t.Errorf("Graph: %q, %d actors, %d relations", g.Title(), g.NumActors(), g.NumRelations())
	}
	if s, ok := g.RelationAt(1).OwnSign(); !ok || s != graph.Hostile {
		t.Error("the met relation has no own sign")
	}
}

// TestRoundTrip checks that RoundTrip passes a faithful codec and fails
// one that loses data or is not deterministic.
func TestRoundTrip(t *testing.T) {
	g, _ := Graph("text", "id", 2)
	if failed, msg := run(t, func(tb testing.TB) { _ = RoundTrip(tb, g, encode, decode) }); failed {
		t.Fatalf("a faithful codec failed: %s", msg)
	}
	lossy := func(r io.Reader) (*graph.Graph, error) {
		data, _ := io.ReadAll(r)
		return decode(bytes.NewReader(bytes.Replace(data, []byte(`"title": "text"`), []byte(`"title": "other"`), 1)))
	}
	if failed, _ := run(t, func(tb testing.TB) { _ = RoundTrip(tb, g, encode, lossy) }); !failed {
		t.Error("a lossy codec passed")
	}
	calls := 0
	unstable := func(w io.Writer, g *graph.Graph) error {
		calls++
		if calls > 1 {
			_, _ = io.WriteString(w, " ")
		}
		return encode(w, g)
	}
	if failed, _ := run(t, func(tb testing.TB) { _ = RoundTrip(tb, g, unstable, decode) }); !failed {
		t.Error("a codec that writes other bytes the second time passed")
	}
	refused := errors.New("refused")
	halfway := func(w io.Writer, _ *graph.Graph) error { _, _ = io.WriteString(w, "{"); return refused }
	if failed, _ := run(t, func(tb testing.TB) { _ = RoundTrip(tb, g, halfway, decode) }); !failed {
		t.Error("an encoder that failed after writing passed")
	}
	if failed, _ := run(t, func(tb testing.TB) {
		if err := RoundTrip(tb, g, func(io.Writer, *graph.Graph) error { return refused }, decode); err != refused {
			tb.Fatalf("RoundTrip = %v", err)
		}
	}); failed {
		t.Error("an encoding error was not returned")
	}
}

func TestCheckErrors(t *testing.T) {
	data := []byte("one\ntwo")
	good := errors.Join(&encoding.Error{Line: 2, Column: 1, Err: encoding.ErrBadValue}, &encoding.Error{Err: encoding.ErrBadValue})
	if failed, msg := run(t, func(tb testing.TB) { CheckErrors(tb, good, data) }); failed {
		t.Errorf("good errors failed: %s", msg)
	}
	for _, bad := range []error{
		errors.New("untyped"),
		&encoding.Error{},
		&encoding.Error{Line: 3, Column: 1, Err: encoding.ErrBadValue},
		&encoding.Error{Line: 1, Err: encoding.ErrBadValue},
		errors.Join(&encoding.Error{Err: encoding.ErrBadValue}, errors.New("untyped")),
	} {
		if failed, _ := run(t, func(tb testing.TB) { CheckErrors(tb, bad, data) }); !failed {
			t.Errorf("%#v passed", bad)
		}
	}
}
