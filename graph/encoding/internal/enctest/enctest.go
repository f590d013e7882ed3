// Package enctest holds what the tests of the format packages share: a
// graph with given text in every field, strings near the edges of what
// formats carry, and checks of decoding errors and round trips. Only tests
// import it.
package enctest

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/encoding"
	"github.com/diplograph/diplograph/internal/errlist"
	"github.com/diplograph/diplograph/internal/graphtest"
)

// Tricky are strings near the edges of what formats carry: markup, quotes,
// white space, line breaks, controls, non-characters, every script.
var Tricky = []string{
	"", "2014", "041", "1e3", "NaN", "null", "true", "-1", " lead", "trail ", "  ", "tab\there", "cr\rlf", "crlf\r\n",
	"line\nbreak", "ends\n\n", "\nstarts", "<script>alert(1)</script>", "&amp;", "a > b", "\"double\"", "'single'",
	`back\slash`, "\" onload=\"x", "]]>", "<!-- c -->", "<?pi?>", "a,b", "a;b", "\"a\",\"b\"", "=cmd()", "[1, 2]", "{\"a\": 1}",
	"\x00nul", "\x01", "\x7f", "\u0085nel", "\u00a0nbsp", "\u2028ls", "\ufeffbom", "zero\u200bwidth", "\ufffe", "\uffff",
	"\U0010ffff", "\xff", "a\xc3", "“curly”", "…", "😀", "𝕏", "日本語", "Ελληνικά", "e\u0301", strings.Repeat("long ", 100),
}

// Graph returns a graph with text in every free-text field (title; source
// title, publisher, URL and note; kind phrase and description; actor name,
// title, aliases, role, note and attribute values; relation note, quotes,
// citation notes and attribute values), id as a source, actor and relation
// ID and as an attribute name, and weight as one relation's weight; a
// "met" relation has its own, hostile sign. It
// fails where graph.Builder.Build does: on an id that is not an ID, on a
// weight that is not a positive finite number.
func Graph(text, id string, weight float64) (*graph.Graph, error) {
	b := graph.NewBuilder()
	b.SetTitle(text)
	b.AddSource(graph.Source{ID: id, Title: text, Publisher: text, URL: text, Note: text, Date: date.MustParse("2014-03")})
	b.AddKind(graph.Kind{Name: "custom", Phrase: text, Description: text, CAMEO: []string{"041"}, Goldstein: -2.5})
	b.Add(
		actors.Actor{ID: id, Name: "A" + text, Kind: actors.Leader, Title: text, Aliases: []string{"x" + text, "y"}, Note: text,
			Attrs: map[string]string{id: text, "k": text}, Roles: []actors.Role{{Role: "r" + text, Of: "b", When: date.At(date.MustParse("2014"))}}},
		actors.Actor{ID: "b", Name: "B", Country: "UKR"},
	)
	b.AddRelation(graph.Relation{ID: id, From: id, To: "b", Kind: "custom", Note: text, Attrs: map[string]string{id: text},
		Weight: weight, ReportedBy: "b", When: date.Between(date.MustParse("2014-02"), date.Date{}),
		Evidence: []graph.Evidence{{Source: id, Quote: text}}})
	b.AddRelation(graph.Relation{From: "b", To: id, Kind: graph.Met, When: date.At(date.MustParse("2014-03-29")),
		Evidence: []graph.Evidence{{Source: id, Quote: text, Note: text}, {Source: id, Quote: text}}}.WithSign(graph.Hostile))
	return b.Build()
}

// CheckErrors fails t unless every problem joined in err is an
// *encoding.Error with a cause and a place inside data (line 0 or a line
// data has, a column exactly when there is a line).
func CheckErrors(t testing.TB, err error, data []byte) {
	t.Helper()
	lines := bytes.Count(data, []byte("\n")) + 1
	for _, e := range errlist.Flatten(err) {
		var ee *encoding.Error
		if !errors.As(e, &ee) {
			t.Fatalf("problem %T is not an *encoding.Error: %v", e, e)
		}
		if ee.Err == nil || ee.Error() == "" {
			t.Fatalf("problem without a cause: %#v", ee)
		}
		if ee.Line < 0 || ee.Line > lines || (ee.Line == 0) != (ee.Column == 0) {
			t.Fatalf("problem at %d:%d in %d lines: %v", ee.Line, ee.Column, lines, ee)
		}
		for _, leak := range []string{"Go value", "Go struct", "schema.", "[]string", "CharsetReader", "json: cannot"} {
			if strings.Contains(ee.Error(), leak) {
				t.Errorf("problem speaks of Go's internals (%q): %v", leak, ee)
			}
		}
	}
}

// RoundTrip encodes g, decodes the output and fails t unless the graph
// read back equals g in every field and encoding it again gives the same
// bytes. An encoding error is returned for the caller to judge (text the
// format cannot carry).
func RoundTrip(t testing.TB, g *graph.Graph, encode func(io.Writer, *graph.Graph) error, decode func(io.Reader) (*graph.Graph, error)) error {
	t.Helper()
	var out bytes.Buffer
	if err := encode(&out, g); err != nil {
		if out.Len() > 0 {
			t.Fatalf("a failed Encode wrote %d bytes", out.Len())
		}
		return err
	}
	back, err := decode(bytes.NewReader(out.Bytes()))
	if err != nil {
		t.Fatalf("reading our own output: %v\n%s", err, out.Bytes())
	}
	if d := graphtest.Diff(g, back); d != "" {
		t.Fatalf("round trip changed the graph: %s\n%s", d, out.Bytes())
	}
	var again bytes.Buffer
	if err := encode(&again, back); err != nil {
		t.Fatalf("encoding the graph read back: %v", err)
	}
	if !bytes.Equal(out.Bytes(), again.Bytes()) {
		t.Fatalf("encoding the graph read back gives other bytes:\n%s\n%s", out.Bytes(), again.Bytes())
	}
	return nil
}

// Endless is an input that never ends, like /dev/zero (it reads as
// spaces), for the decoders' size limits.
type Endless struct{}

// Read fills p with spaces.
func (Endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}
