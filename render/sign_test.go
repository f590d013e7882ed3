package render

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/drawtest"
)

// ownSignGraph has a warning phone call (a hostile "phoned") and a
// friendly one between the same two states.
func ownSignGraph(t *testing.T) *graph.Graph {
	t.Helper()
	b := graph.NewBuilder()
	b.AddSource(graph.Source{ID: "s", Title: "A report"})
	b.Add(actors.NewState("RUS", "Russia"), actors.NewState("USA", "United States"))
	b.AddRelation(graph.NewRelation("USA", "RUS", graph.Phoned).On(date.MustParse("2014-03-01")).WithSign(graph.Hostile).
		Cite("s", "The president warned of costs in a call."))
	b.AddRelation(graph.NewRelation("USA", "RUS", graph.Phoned).On(date.MustParse("2014-03-28")))
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// edgeLine returns the DOT line of the edge with element ID id.
func edgeLine(t *testing.T, dot, id string) string {
	t.Helper()
	for _, l := range strings.Split(dot, "\n") {
		if strings.Contains(l, `id="`+id+`"`) {
			return l
		}
	}
	t.Fatalf("no edge %s in\n%s", id, dot)
	return ""
}

// TestOwnSign checks that a relation drawn with its own sign takes its
// kind's line in its sign's colour, says so in its label, classes,
// tooltip and the legend, and counts apart in a bundle.
func TestOwnSign(t *testing.T) {
	g := ownSignGraph(t)
	theme := DefaultTheme()
	hostile, friendly := g.RelationAt(0), g.RelationAt(1)
	t.Run("separate", func(t *testing.T) {
		var buf bytes.Buffer
		if err := DOT(&buf, g, Options{Parallel: ParallelSeparate}); err != nil {
			t.Fatal(err)
		}
		dot := buf.String()
		h := edgeLine(t, dot, "r-"+hostile.ID)
		for _, want := range []string{`class="relation phoned hostile own-sign"`, `label="phoned (hostile)"`, `color="` + theme.Hostile.Color + `"`,
			`style="dashed"`, `arrowhead="vee"`, "hostile by its own sign, phoned being cooperative", "The president warned of costs in a call."} {
			if !strings.Contains(h, want) {
				t.Errorf("hostile call lacks %s:\n%s", want, h)
			}
		}
		f := edgeLine(t, dot, "r-"+friendly.ID)
		if !strings.Contains(f, `class="relation phoned cooperative"`) || !strings.Contains(f, `color="`+theme.Relations[graph.Phoned].Color+`"`) {
			t.Errorf("friendly call:\n%s", f)
		}
		d := drawtest.ReadDOT(t, buf.Bytes())
		drawtest.Check(t, d, g, drawtest.Want{Title: g.Title(), Legend: true})
		for _, want := range []string{"phoned", "phoned (hostile)"} {
			if !slices.Contains(d.Label, want) {
				t.Errorf("legend lacks %q: %q", want, d.Label)
			}
		}
		var svg bytes.Buffer
		if err := SVG(context.Background(), &svg, g, Options{Parallel: ParallelSeparate}); err != nil {
			t.Fatal(err)
		}
		drawtest.Check(t, drawtest.ReadSVG(t, svg.Bytes()), g, drawtest.Want{Title: g.Title(), Legend: true})
	})
	t.Run("collapsed", func(t *testing.T) {
		var buf bytes.Buffer
		if err := DOT(&buf, g, Options{Parallel: ParallelCollapse}); err != nil {
			t.Fatal(err)
		}
		b := edgeLine(t, buf.String(), "b-"+hostile.ID)
		for _, want := range []string{`class="relation bundle phoned hostile cooperative own-sign"`, "phoned (hostile)", "2 relations"} {
			if !strings.Contains(b, want) {
				t.Errorf("bundle lacks %s:\n%s", want, b)
			}
		}
		drawtest.Check(t, drawtest.ReadDOT(t, buf.Bytes()), g, drawtest.Want{Title: g.Title(), Legend: true})
	})
}
