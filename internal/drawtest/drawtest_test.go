package drawtest

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/render"
)

// sample has two calls from Putin to Obama, which ParallelCollapse
// bundles, a meeting between Kerry and Lavrov, and a source.
func sample(t *testing.T) *graph.Graph {
	t.Helper()
	d := date.MustParse
	b := graph.NewBuilder()
	b.SetTitle("Phone diplomacy")
	b.AddSource(graph.Source{ID: "bbc", Publisher: "BBC News", Date: d("2014-03-29")})
	b.Add(
		actors.Actor{ID: "putin", Name: "Vladimir Putin", Kind: actors.Leader},
		actors.Actor{ID: "obama", Name: "Barack Obama", Kind: actors.Leader},
		actors.Actor{ID: "kerry", Name: "John Kerry", Kind: actors.Official},
		actors.Actor{ID: "lavrov", Name: "Sergei Lavrov", Kind: actors.Official},
	)
	b.AddRelation(graph.NewRelation("putin", "obama", graph.Phoned).On(d("2014-03-28")).Cite("bbc", "A call."))
	b.AddRelation(graph.NewRelation("putin", "obama", graph.Phoned).On(d("2014-03-29")))
	b.AddRelation(graph.NewRelation("lavrov", "kerry", graph.Met).On(d("2014-03-30")))
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestCheck(t *testing.T) {
	g := sample(t)
	ok := Want{Title: "Phone diplomacy", Legend: true}
	var dot, collapsed, svg bytes.Buffer
	if err := render.DOT(&dot, g, render.Options{}); err != nil {
		t.Fatal(err)
	}
	if err := render.DOT(&collapsed, g, render.Options{Parallel: render.ParallelCollapse}); err != nil {
		t.Fatal(err)
	}
	if err := render.SVG(context.Background(), &svg, g, render.Options{Parallel: render.ParallelCollapse}); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name    string
		doc     string
		svg     bool
		old     string // replaced by new in doc, which must hold it
		new     string
		want    Want
		failure string // in the first error; "" for none
	}{
		{"DOT", dot.String(), false, "", "", ok, ""},
		{"collapsed DOT", collapsed.String(), false, "", "", ok, ""},
		{"SVG", svg.String(), true, "", "", ok, ""},
		{"no legend wanted", dot.String(), false, "", "", Want{Title: "Phone diplomacy"}, "a legend is drawn"},
		{"another title", dot.String(), false, "", "", Want{Title: "Calls", Legend: true}, "want the title"},
		{"no title wanted", dot.String(), false, "", "", Want{Legend: true}, "want no title"},
		{"actor missing", dot.String(), false, "\t\"kerry\" [", "\t\"kerry2\" [", ok, "kerry is not drawn"},
		{"name missing", dot.String(), false, ">John Kerry<", ">J. Kerry<", ok, "without its name"},
		{"actor kind", dot.String(), false, `class="actor official"`, `class="actor leader"`, ok, "want actor and official"},
		{"relation kind", dot.String(), false, `class="relation met`, `class="relation backs`, ok, "want relation and met"},
		{"relation label", dot.String(), false, `label="met"`, `label="backs"`, ok, "want its kind met first"},
		{"relation reversed", dot.String(), false, `"lavrov" -> "kerry"`, `"kerry" -> "lavrov"`, ok, "is drawn from kerry to lavrov"},
		{"bundle count", collapsed.String(), false, "phoned ×2", "phoned ×3", ok, "drawn as 3"},
		{"bundle kind", collapsed.String(), false, "relation bundle phoned", "relation bundle backs phoned", ok, "does not count it"},
		{"legend entry", dot.String(), false, `>met</FONT>`, `>meeting</FONT>`, ok, "lacks the relation kind met"},
		{"source line", dot.String(), false, "Source: BBC News", "From BBC News", ok, "no line names the sources"},
		{"SVG name", svg.String(), true, ">Barack Obama<", ">Obama<", ok, "without its name"},
		{"SVG bundle", svg.String(), true, ">phoned ×2</text>", ">phoned</text>", ok, "bundles 1 relations"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := c.doc
			if c.old != "" {
				if !strings.Contains(doc, c.old) {
					t.Fatalf("the drawing lacks %q", c.old)
				}
				doc = strings.Replace(doc, c.old, c.new, 1)
			}
			read := readDOT
			if c.svg {
				read = func(s string) (Drawing, error) { return readSVG([]byte(s)) }
			}
			d, err := read(doc)
			if err != nil {
				t.Fatal(err)
			}
			errs := check(d, g, c.want)
			switch {
			case c.failure == "" && len(errs) > 0:
				t.Errorf("unexpected failures: %v", errs)
			case c.failure != "" && len(errs) == 0:
				t.Errorf("no failure, want %q", c.failure)
			case c.failure != "" && !strings.Contains(errs[0].Error(), c.failure):
				t.Errorf("first failure %q, want %q", errs[0], c.failure)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	dots := []struct{ name, doc string }{
		{"not a digraph", `graph { a }`},
		{"unterminated string", "digraph {\n\t\"a [label=\"x\"]\n}"},
		{"unterminated HTML", "digraph {\n\ta [label=<<B>x</B>]\n}"},
		{"missing brace", "digraph {\n\ta -> b\n"},
		{"bad HTML label", "digraph {\n\ta [label=<<B>x</I>>]\n}"},
		{"repeated attribute", "digraph {\n\ta [id=\"x\" id=\"y\"]\n}"},
		{"stray token", "digraph {\n\t= a\n}"},
		{"after the graph", "digraph { a } b"},
	}
	for _, c := range dots {
		t.Run(c.name, func(t *testing.T) {
			if _, err := readDOT(c.doc); err == nil {
				t.Error("no error")
			}
		})
	}
	svgs := []struct{ name, doc string }{
		{"not XML", `<svg><g></svg>`},
		{"script", `<svg><script>alert(1)</script></svg>`},
		{"event", `<svg><g onload="x"></g></svg>`},
		{"javascript link", `<svg xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="javascript:x"></a></svg>`},
	}
	for _, c := range svgs {
		t.Run(c.name, func(t *testing.T) {
			if _, err := readSVG([]byte(c.doc)); err == nil {
				t.Error("no error")
			}
		})
	}
}

// FuzzRead checks that the readers fail cleanly on any input, and that
// they read every DOT and SVG that package render writes for a graph
// whose names are arbitrary, finding its two actors and its relation.
func FuzzRead(f *testing.F) {
	f.Add("Vladimir Putin", `digraph { a -> b [label=<x<BR/>y>] }`)
	f.Add(`"<&>\`, `<svg><g class="node"><text>x</text></g></svg>`)
	f.Fuzz(func(t *testing.T, name, doc string) {
		readDOT(doc)
		readSVG([]byte(doc))
		b := graph.NewBuilder()
		b.Add(actors.Actor{ID: "a", Name: name, Kind: actors.Leader}, actors.Actor{ID: "b", Name: "B", Title: name, Kind: actors.State})
		b.AddRelation(graph.NewRelation("a", "b", graph.Phoned))
		g, err := b.Build()
		if err != nil {
			t.Skip() // a blank name
		}
		var dot, svg bytes.Buffer
		if err := render.DOT(&dot, g, render.Options{Title: name}); err != nil {
			t.Fatal(err)
		}
		if err := render.SVG(context.Background(), &svg, g, render.Options{Title: name}); err != nil {
			t.Fatal(err)
		}
		for _, d := range []func() (Drawing, error){
			func() (Drawing, error) { return readDOT(dot.String()) },
			func() (Drawing, error) { return readSVG(svg.Bytes()) },
		} {
			got, err := d()
			if err != nil {
				t.Fatal(err)
			}
			if len(got.Nodes) != 2 || len(got.Edges) != 1 || got.Edges[0].Name != "a->b" {
				t.Errorf("read %d nodes and %d edges (%q)", len(got.Nodes), len(got.Edges), got.Edges)
			}
		}
	})
}
