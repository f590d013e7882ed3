package render

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/drawtest"
)

// parallelGraph has, between Putin and Obama: two calls and a backing from
// Putin to Obama, sanctions from Obama to Putin, a meeting and a
// consultation (symmetric, written in both orders); and one call from
// Kerry to Lavrov.
func parallelGraph(t testing.TB) *graph.Graph {
	t.Helper()
	d := func(s string) date.Span { return date.At(date.MustParse(s)) }
	b := graph.NewBuilder()
	b.AddSource(graph.Source{ID: "bbc", Publisher: "BBC News", URL: "https://www.bbc.com/news/world-europe-26799324", Date: date.MustParse("2014-03-29")})
	b.Add(
		actors.Actor{ID: "putin", Name: "Vladimir Putin", Kind: actors.Leader},
		actors.Actor{ID: "obama", Name: "Barack Obama", Kind: actors.Leader},
		actors.Actor{ID: "kerry", Name: "John Kerry", Kind: actors.Official},
		actors.Actor{ID: "lavrov", Name: "Sergei Lavrov", Kind: actors.Official},
		actors.NewState("USA", "United States"),
	)
	ev := func(q string) []graph.Evidence { return []graph.Evidence{{Source: "bbc", Quote: q}} }
	b.AddRelation(graph.Relation{From: "putin", To: "obama", Kind: graph.Phoned, When: d("2014-03-28"), ReportedBy: "USA",
		Evidence: ev("Mr Putin had contacted President Obama, according to US officials.")})
	b.AddRelation(graph.Relation{From: "obama", To: "putin", Kind: graph.Sanctions, When: d("2014-03")})
	b.AddRelation(graph.Relation{From: "putin", To: "obama", Kind: graph.Backs})
	b.AddRelation(graph.Relation{From: "obama", To: "putin", Kind: graph.Met, When: d("2014-03-20")})
	b.AddRelation(graph.Relation{From: "kerry", To: "lavrov", Kind: graph.Phoned, When: d("2014-03-29")})
	b.AddRelation(graph.Relation{From: "putin", To: "obama", Kind: graph.Phoned, When: d("2014-03-29"),
		Evidence: ev("The two presidents spoke again.")})
	b.AddRelation(graph.Relation{From: "putin", To: "obama", Kind: graph.Consulted, When: d("2014-03-28")})
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestGroupRelations(t *testing.T) {
	g := parallelGraph(t)
	kind := func(name string) graph.Kind { k, _ := g.Kind(name); return k }
	ids := func(ls []edgeGroup) [][]string {
		var out [][]string
		for _, l := range ls {
			var s []string
			for _, i := range l.rels {
				s = append(s, g.RelationAt(i).Kind)
			}
			out = append(out, append([]string{l.from + ">" + l.to}, s...))
		}
		return out
	}
	cases := []struct {
		name     string
		collapse bool
		want     [][]string
	}{
		{"separate", false, [][]string{
			{"putin>obama", "phoned"}, {"obama>putin", "sanctions"}, {"putin>obama", "backs"}, {"obama>putin", "met"},
			{"kerry>lavrov", "phoned"}, {"putin>obama", "phoned"}, {"putin>obama", "consulted"},
		}},
		{"collapse", true, [][]string{
			{"putin>obama", "phoned", "backs", "phoned"}, // directed, same direction
			{"obama>putin", "sanctions"},                 // the other direction
			{"obama>putin", "met", "consulted"},          // symmetric, either order, drawn as the first
			{"kerry>lavrov", "phoned"},
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ids(groupRelations(g, kind, c.collapse))
			if !slices.EqualFunc(got, c.want, slices.Equal) {
				t.Errorf("got  %v\nwant %v", got, c.want)
			}
		})
	}
}

// edges returns the edge lines of a DOT document.
func edges(dot string) []string {
	var out []string
	for _, l := range strings.Split(dot, "\n") {
		if strings.Contains(l, `" -> "`) {
			out = append(out, l)
		}
	}
	return out
}

func TestCollapse(t *testing.T) {
	g := parallelGraph(t)
	write := func(t *testing.T, opts Options) string {
		t.Helper()
		var buf bytes.Buffer
		if err := DOT(&buf, g, opts); err != nil {
			t.Fatal(err)
		}
		parse(t, buf.Bytes())
		return buf.String()
	}
	sep, col := write(t, Options{Parallel: ParallelSeparate}), write(t, Options{Parallel: ParallelCollapse})
	bundleLine := line(col, `"putin" -> "obama"`)
	cases := []struct {
		name  string
		check func(t *testing.T)
	}{
		{"one line per group", func(t *testing.T) {
			if n := len(edges(sep)); n != 7 {
				t.Errorf("ParallelSeparate draws %d lines, want 7", n)
			}
			if n := len(edges(col)); n != 4 {
				t.Errorf("ParallelCollapse draws %d lines, want 4", n)
			}
		}},
		{"label counts kinds in a fixed order", func(t *testing.T) {
			// backs before phoned: both cooperative, by name.
			re := regexp.MustCompile(`<FONT COLOR="#009E73">backs </FONT><FONT COLOR="#555555">· </FONT><FONT COLOR="#0072B2">phoned ×2</FONT>`)
			if !re.MatchString(bundleLine) {
				t.Errorf("label is not backs · phoned ×2 in their colours: %s", bundleLine)
			}
		}},
		{"styled by the dominant kind", func(t *testing.T) {
			for _, want := range []string{`style="dashed"`, `arrowhead="vee"`, `color="#0072B2"`, `class="relation bundle backs phoned cooperative"`} {
				if !strings.Contains(bundleLine, want) {
					t.Errorf("bundle lacks %s: %s", want, bundleLine)
				}
			}
		}},
		{"pen grows with the count", func(t *testing.T) {
			// phoned is 1.6 wide; three relations add 1.2 × log2(3) ≈ 1.9.
			if !strings.Contains(bundleLine, "penwidth=3.5") {
				t.Errorf("bundle of 3 is not 3.5 wide: %s", bundleLine)
			}
		}},
		{"symmetric bundle", func(t *testing.T) {
			for _, l := range edges(col) {
				if strings.Contains(l, `id="b-obama-met-putin-2014-03-20"`) {
					if !strings.Contains(l, `dir=both`) || !strings.Contains(l, ">consulted </FONT>") || !strings.Contains(l, ">met</FONT>") {
						t.Errorf("met and consulted are not one line both ways: %s", l)
					}
					return
				}
			}
			t.Errorf("no bundle of met and consulted:\n%s", strings.Join(edges(col), "\n"))
		}},
		{"tooltip lists every relation", func(t *testing.T) {
			m := regexp.MustCompile(`tooltip="([^"]*)"`).FindStringSubmatch(bundleLine)
			if m == nil {
				t.Fatal("no tooltip")
			}
			tip := tooltipText(m[1])
			for _, want := range []string{
				"Vladimir Putin → Barack Obama: 3 relations\nbacks · phoned ×2",
				"Vladimir Putin phoned Barack Obama\nkind: phoned (cooperative event)\nwhen: 28 Mar 2014\nreported by: United States\n“Mr Putin had contacted President Obama, according to US officials.”\n— BBC News, 29 Mar 2014",
				"Vladimir Putin backs Barack Obama",
				"when: 29 Mar 2014\n“The two presidents spoke again.”",
			} {
				if !strings.Contains(tip, want) {
					t.Errorf("tooltip lacks %q:\n%s", want, tip)
				}
			}
		}},
		{"link to the first source", func(t *testing.T) {
			if !strings.Contains(bundleLine, `URL="https://www.bbc.com/news/world-europe-26799324"`) {
				t.Errorf("no link: %s", bundleLine)
			}
		}},
		{"a group of one is drawn as with ParallelSeparate", func(t *testing.T) {
			for _, key := range []string{`"kerry" -> "lavrov"`} {
				if a, b := line(sep, key), line(col, key); a != b || a == "" {
					t.Errorf("%s differs:\nseparate: %s\ncollapse: %s", key, a, b)
				}
			}
		}},
		{"dates", func(t *testing.T) {
			l := line(write(t, Options{Parallel: ParallelCollapse, EdgeDates: true}), `"putin" -> "obama"`)
			if !strings.Contains(l, ">28 Mar 2014, 29 Mar 2014</FONT>") {
				t.Errorf("no dates under the kinds: %s", l)
			}
		}},
		{"highlight one relation of a bundle", func(t *testing.T) {
			dot := write(t, Options{Parallel: ParallelCollapse, Highlight: []string{"putin-backs-obama"}})
			if l := line(dot, `"putin" -> "obama"`); !strings.Contains(l, "penwidth=6.3") {
				t.Errorf("the bundle is not bold: %s", l)
			}
			if l := line(dot, `"kerry" -> "lavrov"`); !strings.Contains(l, `fontcolor="#B8B8B8"`) {
				t.Errorf("another line is not faded: %s", l)
			}
		}},
		{"faded bundle", func(t *testing.T) {
			l := line(write(t, Options{Parallel: ParallelCollapse, Highlight: []string{"kerry", "lavrov"}}), `"putin" -> "obama"`)
			if strings.Contains(l, `<FONT COLOR="#0072B2">`) || !strings.Contains(l, `<FONT COLOR="#B8B8B8">phoned ×2</FONT>`) {
				t.Errorf("the bundle's label is not faded: %s", l)
			}
		}},
		{"legend explains ×n", func(t *testing.T) {
			if !strings.Contains(write(t, Options{Parallel: ParallelCollapse}), ">×n: n relations<") {
				t.Error("no legend item for bundles")
			}
			if strings.Contains(write(t, Options{Parallel: ParallelSeparate}), ">×n: n relations<") {
				t.Error("legend item for bundles without bundles")
			}
		}},
		{"SVG", func(t *testing.T) {
			var svg bytes.Buffer
			if err := SVG(context.Background(), &svg, g, Options{Parallel: ParallelCollapse, EdgeDates: true}); err != nil {
				t.Fatal(err)
			}
			drawtest.Check(t, drawtest.ReadSVG(t, svg.Bytes()), g, drawtest.Want{Legend: true})
			if !strings.Contains(svg.String(), `class="edge relation bundle backs phoned cooperative"`) {
				t.Error("no bundle in the SVG")
			}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, c.check)
	}
}

func TestParallelAuto(t *testing.T) {
	cases := []struct {
		name   string
		actors int // relations are 2.5 per actor
		opts   Options
		lines  func(g *graph.Graph) int
	}{
		{"small graph: separate", SeparateMaxRelations * 2 / 5, Options{}, func(g *graph.Graph) int { return g.NumRelations() }},
		{"large graph: collapsed", SeparateMaxRelations*2/5 + 4, Options{}, nil},
		{"large graph, ParallelSeparate", SeparateMaxRelations*2/5 + 4, Options{Parallel: ParallelSeparate}, func(g *graph.Graph) int { return g.NumRelations() }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := generated(t, c.actors)
			var buf bytes.Buffer
			if err := DOT(&buf, g, c.opts); err != nil {
				t.Fatal(err)
			}
			n := len(edges(buf.String()))
			switch {
			case c.lines != nil && n != c.lines(g):
				t.Errorf("%d relations drawn as %d lines, want %d", g.NumRelations(), n, c.lines(g))
			case c.lines == nil && n >= g.NumRelations():
				t.Errorf("%d relations drawn as %d lines, want fewer", g.NumRelations(), n)
			}
		})
	}
}

func TestBundleHelpers(t *testing.T) {
	k := func(name string, sign graph.Sign) graph.Kind { return graph.Kind{Name: name, Sign: sign} }
	t.Run("dominant", func(t *testing.T) {
		cases := []struct {
			name   string
			counts []kindCount
			want   string
		}{
			{"most relations", []kindCount{{k("backs", 1), 1}, {k("phoned", 1), 2}}, "phoned"},
			{"tie: first in order", []kindCount{{k("backs", 1), 2}, {k("phoned", 1), 2}}, "backs"},
			{"the sign with most relations wins", []kindCount{{k("sanctions", -1), 2}, {k("backs", 1), 1}, {k("phoned", 1), 2}}, "phoned"},
			{"sign tie: hostile first", []kindCount{{k("sanctions", -1), 1}, {k("backs", 1), 1}}, "sanctions"},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				if got := dominant(c.counts).Name; got != c.want {
					t.Errorf("dominant = %s, want %s", got, c.want)
				}
			})
		}
	})
	t.Run("kindLines", func(t *testing.T) {
		counts := []kindCount{{k("demanded", -1), 1}, {k("threatened", -1), 1}, {k("proposed", 1), 12}, {k("met", 1), 1}}
		var got []string
		for _, l := range kindLines(counts) {
			got = append(got, kindsText(l))
		}
		want := []string{"demanded · threatened", "proposed ×12 · met"}
		if !slices.Equal(got, want) {
			t.Errorf("got %q, want %q", got, want)
		}
	})
	t.Run("bundlePen", func(t *testing.T) {
		for n, want := range map[int]float64{1: 0, 2: 1.2, 4: 2.4, 3: 1.9, 1000: 6} {
			if got := bundlePen(n); got != want {
				t.Errorf("bundlePen(%d) = %v, want %v", n, got, want)
			}
		}
	})
	t.Run("timeRange", func(t *testing.T) {
		s := func(d string) spanOf {
			sp := date.At(date.MustParse(d))
			return spanOf{sp.Format(), sp}
		}
		cases := []struct {
			name  string
			spans []spanOf
			want  string
		}{
			{"none", []spanOf{{}, {}}, ""},
			{"shared", []spanOf{s("2014-03-28"), s("2014-03-28"), {}}, "28 Mar 2014"},
			{"two, sorted", []spanOf{s("2014-03-29"), s("2014-03")}, "Mar 2014, 29 Mar 2014"},
			{"many", []spanOf{s("2014-03-29"), s("2014-02"), s("2014-03-01")}, "Feb 2014 … 29 Mar 2014"},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				if got := timeRange(c.spans); got != c.want {
					t.Errorf("got %q, want %q", got, c.want)
				}
			})
		}
	})
}

// TestBundleTooltipCap checks that a bundle's tooltip tells at most
// maxTooltipRelations relations.
func TestBundleTooltipCap(t *testing.T) {
	b := graph.NewBuilder()
	b.Add(actors.NewState("USA", "United States"), actors.NewState("RUS", "Russia"))
	for i := range maxTooltipRelations + 5 {
		b.AddRelation(graph.Relation{From: "USA", To: "RUS", Kind: graph.Condemned, When: date.At(date.Of(2014, 3, 1+i))})
	}
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := DOT(&buf, g, Options{Parallel: ParallelCollapse}); err != nil {
		t.Fatal(err)
	}
	l := line(buf.String(), `"USA" -> "RUS"`)
	if n := strings.Count(l, "United States condemned Russia"); n != maxTooltipRelations {
		t.Errorf("tooltip tells %d relations, want %d", n, maxTooltipRelations)
	}
	if !strings.Contains(l, `\n\n… and 5 more"`) || !strings.Contains(l, ">condemned ×25<") {
		t.Errorf("tooltip or label does not count them all: %.300s", l)
	}
}

// TestBundleEscaping draws bundles of relations whose every string is
// hostile, and checks that the DOT parses, that the tooltip quotes the
// string and that the SVG is safe.
func TestBundleEscaping(t *testing.T) {
	for _, s := range drawable(nasty) {
		t.Run(s, func(t *testing.T) {
			b := graph.NewBuilder()
			b.AddSource(graph.Source{ID: "src", Title: s, Publisher: s, URL: "javascript:alert(1)"})
			b.AddKind(graph.Kind{Name: "custom", Sign: graph.Hostile, Phrase: s})
			b.Add(actors.Actor{ID: "a", Name: s + "x", Kind: actors.Leader}, actors.Actor{ID: "b", Name: "y" + s, Kind: actors.State})
			for range 2 {
				b.AddRelation(graph.Relation{From: "a", To: "b", Kind: "custom", Note: s, ReportedBy: "a",
					Evidence: []graph.Evidence{{Source: "src", Quote: s, Note: s}}})
			}
			g, err := b.Build()
			if err != nil {
				t.Fatal(err)
			}
			opts := Options{Parallel: ParallelCollapse, EdgeDates: true}
			var dot bytes.Buffer
			if err := DOT(&dot, g, opts); err != nil {
				t.Fatal(err)
			}
			p := parse(t, dot.Bytes())
			if len(p.tooltips) != 1 {
				t.Fatalf("%d edges, want 1", len(p.tooltips))
			}
			if tip := tooltipText(p.tooltips[0]); strings.Count(tip, "“"+clean(s)+"”\n— ") != 2 {
				t.Errorf("tooltip %q does not quote %q twice", tip, clean(s))
			}
			var svg bytes.Buffer
			if err := SVG(context.Background(), &svg, g, opts); err != nil {
				t.Fatal(err)
			}
			drawtest.ReadSVG(t, svg.Bytes())
		})
	}
}

// TestCollapseLimit checks that with ParallelCollapse the relation limit counts
// lines, not relations.
func TestCollapseLimit(t *testing.T) {
	b := graph.NewBuilder()
	b.Add(actors.NewState("USA", "United States"), actors.NewState("RUS", "Russia"))
	for i := range 10 {
		b.AddRelation(graph.Relation{From: "USA", To: "RUS", Kind: graph.Condemned, When: date.At(date.Of(2014, 3, 1+i))})
	}
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		parallel Parallel
		want     error
	}{
		{ParallelSeparate, ErrTooLarge},
		{ParallelCollapse, nil},
	}
	for _, c := range cases {
		t.Run(fmt.Sprint(c.parallel), func(t *testing.T) {
			err := SVG(context.Background(), io.Discard, g, Options{Parallel: c.parallel, MaxRelations: 5})
			if !errors.Is(err, c.want) {
				t.Errorf("got %v, want %v", err, c.want)
			}
		})
	}
}
