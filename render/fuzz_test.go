package render

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/drawtest"
)

// FuzzDOT writes graphs whose names, titles and quotes are arbitrary
// strings, and checks that go-graphviz parses the DOT, that the labels read
// back as the names (after clean), that the tooltip holds the quote, and
// that the SVG is well-formed XML with no script or event attribute.
func FuzzDOT(f *testing.F) {
	for _, s := range nasty {
		f.Add(s, "Ukraine", s)
	}
	f.Add("Vladimir Putin", "Barack Obama", "Mr Putin had contacted President Obama, according to US officials.")
	f.Fuzz(func(t *testing.T, name1, name2, quote string) {
		b := graph.NewBuilder()
		b.AddSource(graph.Source{ID: "src", Title: quote, Publisher: name2, URL: "https://example.org/" + quote})
		b.Add(actors.Actor{ID: "a", Name: name1, Kind: actors.Leader}, actors.Actor{ID: "b", Name: name2, Kind: actors.State, Title: quote})
		b.AddRelation(graph.Relation{From: "a", To: "b", Kind: graph.Phoned, Note: name1,
			Evidence: []graph.Evidence{{Source: "src", Quote: quote}}})
		g, err := b.Build()
		if err != nil {
			t.Skip() // blank names
		}
		var dot bytes.Buffer
		if err := DOT(&dot, g, Options{Highlight: []string{"a"}}); err != nil {
			t.Fatal(err)
		}
		p := parse(t, dot.Bytes())
		// Labels show at most maxRunText characters (the tooltip all).
		if got, _ := labelText(t, p.labels["a"]); got != shorten(clean(name1), maxRunText) {
			t.Errorf("label %q reads back as %q, want %q", name1, got, shorten(clean(name1), maxRunText))
		}
		got, title := labelText(t, p.labels["b"])
		if want := shorten(clean(name2), maxRunText); got != want {
			t.Errorf("label %q reads back as %q, want %q", name2, got, want)
		}
		if want := clean(wrap(quote, 28)); title != want && strings.TrimSpace(want) != "" {
			t.Errorf("title %q reads back as %q, want %q", quote, title, want)
		}
		if len(p.tooltips) != 1 {
			t.Fatalf("%d edges, want 1", len(p.tooltips))
		}
		if tip := tooltipText(p.tooltips[0]); quote != "" && !strings.Contains(tip, "“"+clean(quote)+"”") {
			t.Errorf("tooltip %q does not quote %q", tip, clean(quote))
		}
		var svg bytes.Buffer
		if err := SVG(context.Background(), &svg, g, Options{}); err != nil {
			t.Fatal(err)
		}
		drawtest.ReadSVG(t, svg.Bytes())
	})
}
