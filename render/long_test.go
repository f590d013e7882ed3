package render

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/drawtest"
)

// longGraph has an actor with a name of 20,000 characters and a title of
// 30,000, and a quote of 50,000 bytes: past the 16,384 bytes Graphviz
// reads in one quoted string. (IDs are at most 128 bytes.)
func longGraph(t *testing.T) (*graph.Graph, string) {
	t.Helper()
	id := "long-" + strings.Repeat("i", 120)
	name := strings.Repeat("Ä", 20000)
	b := graph.NewBuilder()
	b.AddSource(graph.Source{ID: "src", Title: "t"})
	b.Add(actors.Actor{ID: id, Name: name, Kind: actors.Leader, Title: strings.Repeat("title ", 5000)},
		actors.Actor{ID: "b", Name: "B", Kind: actors.State})
	b.AddRelation(graph.NewRelation(id, "b", graph.Phoned).Cite("src", strings.Repeat(`q\&"<`, 10000)))
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	return g, id
}

// TestLongNamesMakeValidDOT checks that names and quotes longer than
// Graphviz's quoted-string limit make DOT that Graphviz reads back: the
// label cut to maxRunText characters, the tooltip whole (split into "..." +
// "..." pieces); and that both engines draw it.
func TestLongNamesMakeValidDOT(t *testing.T) {
	g, id := longGraph(t)
	var dot bytes.Buffer
	if err := DOT(&dot, g, Options{}); err != nil {
		t.Fatal(err)
	}
	p := parse(t, dot.Bytes())
	label, ok := p.labels[id]
	if !ok {
		t.Fatalf("the ID %q does not read back as a node name", id)
	}
	got, _ := labelText(t, label)
	if want := strings.Repeat("Ä", maxRunText-1) + "…"; got != want {
		t.Errorf("label reads back as %d characters %q..., want %d", utf8.RuneCountInString(got), got[:min(20, len(got))], maxRunText)
	}
	if len(p.tooltips) != 1 || !strings.Contains(tooltipText(p.tooltips[0]), strings.Repeat(`q\&"<`, 10000)) {
		t.Error("the edge tooltip lost the 50,000-byte quote")
	}
	var svg bytes.Buffer
	if err := SVG(context.Background(), &svg, g, Options{Engine: EngineEmbedded}); err != nil {
		t.Fatalf("embedded engine: %v", err)
	}
	drawtest.ReadSVG(t, svg.Bytes())
	if !strings.Contains(svg.String(), strings.Repeat("Ä", maxRunText-1)+"…") {
		t.Errorf("the SVG does not show the shortened name")
	}
	t.Run("native", func(t *testing.T) {
		needDot(t)
		var svg bytes.Buffer
		if err := SVG(context.Background(), &svg, g, Options{Engine: EngineNative}); err != nil {
			t.Fatalf("native dot: %v", err)
		}
		drawtest.ReadSVG(t, svg.Bytes())
	})
}

func TestShorten(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		want string
	}{
		{"", 3, ""},
		{"abc", 3, "abc"},
		{"abcd", 3, "ab…"},
		{"ÄÖÜß", 2, "Ä…"},
	} {
		if got := shorten(c.in, c.n); got != c.want {
			t.Errorf("shorten(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
}

func TestQuoteSplitsSafely(t *testing.T) {
	for _, s := range []string{
		strings.Repeat("a", maxQuoted+1),
		escape(strings.Repeat(`\`, maxQuoted+7), inText),
		escape(strings.Repeat(`\`, maxQuoted+7), inTooltip),
		escape("x"+strings.Repeat(`"`, maxQuoted+7), inID),
		strings.Repeat("&amp;", maxQuoted/5+3),
		strings.Repeat("€", maxQuoted),
	} {
		q := quote(s)
		pieces := strings.Split(q[1:len(q)-1], `" + "`)
		if len(pieces) < 2 {
			t.Fatalf("a %d-byte string is not split", len(s))
		}
		if strings.Join(pieces, "") != s {
			t.Fatalf("pieces do not join back to the string")
		}
		for _, p := range pieces {
			if len(p) > maxQuoted {
				t.Errorf("piece of %d bytes", len(p))
			}
			if !utf8.ValidString(p) {
				t.Errorf("piece cut inside a character")
			}
			if n := len(p) - len(strings.TrimRight(p, `\`)); n%2 == 1 {
				t.Errorf("piece ends in an odd run of %d backslashes, escaping its closing quote", n)
			}
			if i := strings.LastIndexByte(p, '&'); i >= 0 && !strings.Contains(p[i:], ";") {
				t.Errorf("piece cut inside an entity: %q", p[i:])
			}
		}
	}
}
