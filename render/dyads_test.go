package render

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/drawtest"
	"github.com/diplograph/diplograph/internal/golden"
)

// eventGraph is a small graph of aggregated events: RUS and USA consult
// (12 events, Goldstein 1) and threaten each other (2 events, -6), UKR and
// RUS fight (3 events, -10), UKR and USA consult once, and FRA is alone.
func eventGraph(t *testing.T) *graph.Graph {
	t.Helper()
	b := graph.NewBuilder()
	for _, c := range []string{"FRA", "RUS", "UKR", "USA"} {
		name, _ := actors.Country(c)
		b.Add(actors.Actor{ID: c, Name: name, Kind: actors.State, Country: c})
	}
	b.AddSource(graph.Source{ID: "s1", Publisher: "ITAR Tass"})
	b.AddSource(graph.Source{ID: "s2", Publisher: "BBC Monitoring", URL: "https://example.org/a"})
	day := date.MustParse("2018-06-01")
	rel := func(id, from, to, kind string, n int, g string, src string) graph.Relation {
		r := graph.NewRelation(from, to, kind).On(day).Cite(src, "")
		r.ID, r.Count = id, n
		r.Attrs = map[string]string{"goldstein": g, "dataset": "icews"}
		return r
	}
	b.AddRelation(rel("r1", "RUS", "USA", graph.Consulted, 10, "1", "s1"))
	b.AddRelation(rel("r2", "USA", "RUS", graph.Consulted, 2, "1", "s2"))
	b.AddRelation(rel("r3", "RUS", "USA", graph.Threatened, 2, "-6", "s1"))
	b.AddRelation(rel("r4", "UKR", "RUS", graph.Fought, 3, "-10", "s1"))
	b.AddRelation(rel("r5", "UKR", "USA", graph.Consulted, 1, "1", "s2"))
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

var dyadEdgeRE = regexp.MustCompile(`(?m)^\t"(\w+)" -> "(\w+)" \[id="d-[^"]*" class="dyad" color="(#[0-9a-f]{6})" penwidth=([0-9.]+)`)

func TestDyadsDOT(t *testing.T) {
	g := eventGraph(t)
	tests := []struct {
		name   string
		opts   Options
		golden string
		lines  []string // "a b colour": the dyads in order
		shows  []string
		hides  []string
	}{
		{"pairs", Options{Dyads: DyadsOn}, "dyads.golden",
			// RUS-USA: 14 events, mean (12*1 - 2*6)/14 = 0: grey; UKR-USA: mean 1, a fifth of the way to blue; UKR-RUS: 3 events at -10: full red.
			[]string{"RUS USA #969696", "RUS UKR #b2182b", "UKR USA #839ead"},
			[]string{"18 events between 3 actors on 3 pairs, 1 Jun 2018", "Data: ICEWS. Sources: 2 documents from 2 publishers, most cited ITAR Tass, BBC Monitoring",
				"Mean Goldstein", "+5 or more: cooperative", "Events", "×14", "×3</FONT></TD></TR></TABLE>>", "consulted ×12", `URL="https://example.org/a"`, "Actors", "state"},
			[]string{`"FRA"`, "×1</FONT></TD></TR></TABLE>>"}},
		{"by direction, net sign, top pairs", Options{Dyads: DyadsOn, DyadsByDirection: true, DyadNetSign: true, TopPairs: 2, Title: "Mine"}, "",
			[]string{"RUS USA #5093c3", "UKR RUS #b2182b"},
			[]string{"Mine", "Net sign", "all hostile"}, []string{`"UKR" -> "USA"`}},
		{"top actors", Options{Dyads: DyadsOn, TopActors: 2}, "",
			[]string{"RUS USA #969696"}, []string{"14 events between the 2 busiest actors on 1 pair"}, []string{`"UKR"`}},
		{"width by weight", Options{Dyads: DyadsOn, DyadWidthByWeight: true}, "",
			[]string{"RUS USA #969696", "RUS UKR #b2182b", "UKR USA #839ead"}, []string{"Weight"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := DOT(&buf, g, tt.opts); err != nil {
				t.Fatal(err)
			}
			if tt.golden != "" {
				golden.Check(t, tt.golden, buf.Bytes())
			}
			parse(t, buf.Bytes())
			doc := buf.String()
			var got []string
			widths := map[string]string{}
			for _, m := range dyadEdgeRE.FindAllStringSubmatch(doc, -1) {
				got = append(got, m[1]+" "+m[2]+" "+m[3])
				widths[m[1]+m[2]] = m[4]
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.lines) {
				t.Errorf("dyads %q, want %q", got, tt.lines)
			}
			for _, s := range tt.shows {
				if !strings.Contains(doc, s) {
					t.Errorf("does not show %q", s)
				}
			}
			for _, s := range tt.hides {
				if strings.Contains(doc, s) {
					t.Errorf("shows %q", s)
				}
			}
			if w := widths["RUSUSA"]; tt.name == "pairs" && w != "12" {
				t.Errorf("the widest line is %s points, want 12", w)
			}
		})
	}
}

// TestDyadsAuto checks the automatic choice: relations drawn one by one
// below DyadsMinRelations, dyads from there.
func TestDyadsAuto(t *testing.T) {
	for _, n := range []int{DyadsMinRelations - 1, DyadsMinRelations} {
		b := graph.NewBuilder()
		b.Add(actors.New("a", "A", actors.State), actors.New("b", "B", actors.State))
		for i := range n {
			r := graph.NewRelation("a", "b", graph.Consulted)
			r.ID = fmt.Sprintf("r%d", i)
			b.AddRelation(r)
		}
		g, err := b.Build()
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := DOT(&buf, g, Options{}); err != nil {
			t.Fatal(err)
		}
		dyads := strings.Contains(buf.String(), `class="dyad"`)
		if dyads != (n >= DyadsMinRelations) {
			t.Errorf("%d relations: dyads %v", n, dyads)
		}
		buf.Reset()
		if err := DOT(&buf, g, Options{Dyads: DyadsOff}); err != nil || strings.Contains(buf.String(), `class="dyad"`) {
			t.Errorf("%d relations with DyadsOff: %v", n, err)
		}
	}
}

func TestDyadsBadOptions(t *testing.T) {
	g := eventGraph(t)
	for _, o := range []Options{{Dyads: Dyads(9)}, {TopActors: -1}, {TopPairs: -2}} {
		if err := DOT(&bytes.Buffer{}, g, o); !errors.Is(err, ErrBadOption) {
			t.Errorf("%+v: err %v, want ErrBadOption", o, err)
		}
	}
}

func TestToneColor(t *testing.T) {
	for _, tt := range []struct {
		tone float64
		want string
	}{{-2, "#b2182b"}, {-1, "#b2182b"}, {0, "#969696"}, {1, "#2166ac"}, {0.25, "#7fa0b3"}} {
		if got := toneColor(tt.tone); got != tt.want {
			t.Errorf("toneColor(%v) = %s, want %s", tt.tone, got, tt.want)
		}
	}
}

// FuzzDyadsDOT writes dyad diagrams whose names, publishers, URLs and
// goldstein attributes are arbitrary strings, and checks that go-graphviz
// parses the DOT, that each pair is one line and that the SVG is
// well-formed with no script.
func FuzzDyadsDOT(f *testing.F) {
	for _, s := range nasty {
		f.Add(s, s, "1.5")
	}
	f.Add("Russia", "ITAR Tass", "-10")
	f.Add("<b>x</b>", "javascript:alert(1)", "NaN")
	f.Fuzz(func(t *testing.T, name, publisher, gold string) {
		b := graph.NewBuilder()
		b.AddSource(graph.Source{ID: "src", Publisher: publisher, URL: "https://example.org/" + publisher})
		b.Add(actors.Actor{ID: "a", Name: name, Kind: actors.State}, actors.Actor{ID: "b", Name: name + "2", Kind: actors.Group})
		for i, kind := range []string{graph.Consulted, graph.Threatened, graph.Phoned} {
			r := graph.NewRelation("a", "b", kind).Cite("src", name)
			r.ID, r.Count, r.Attrs = fmt.Sprintf("r%d", i), i+1, map[string]string{"goldstein": gold, "dataset": publisher}
			b.AddRelation(r)
		}
		g, err := b.Build()
		if err != nil {
			t.Skip() // blank names
		}
		var dot bytes.Buffer
		if err := DOT(&dot, g, Options{Dyads: DyadsOn}); err != nil {
			t.Fatal(err)
		}
		parse(t, dot.Bytes())
		if n := strings.Count(dot.String(), `class="dyad"`); n != 1 {
			t.Fatalf("%d dyad lines, want 1", n)
		}
		var svg bytes.Buffer
		if err := SVG(context.Background(), &svg, g, Options{Dyads: DyadsOn, DyadsByDirection: true}); err != nil {
			t.Fatal(err)
		}
		drawtest.ReadSVG(t, svg.Bytes())
	})
}
