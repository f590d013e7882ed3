package render

import (
	"bytes"
	"errors"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/graph"
)

// line returns the DOT line that writes node or edge key ("putin" or
// `"kerry" -> "lavrov"`), or "".
func line(dot, key string) string {
	for _, l := range strings.Split(dot, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), key+" [") {
			return l
		}
	}
	return ""
}

func TestOptions(t *testing.T) {
	g := fixture(t)
	phone, err := g.Filter(graph.Filter{Kinds: []string{graph.Phoned}, DropIsolated: true})
	if err != nil {
		t.Fatal(err)
	}
	red := DefaultTheme()
	red.Relations[graph.Sanctions] = EdgeStyle{Color: "#FF0000", ArrowHead: "tee"}
	cases := []struct {
		name  string
		g     *graph.Graph
		opts  Options
		check func(t *testing.T, dot string)
	}{
		{"clusters", g, Options{ClusterByCountry: true}, func(t *testing.T, dot string) {
			for _, c := range []string{"RUS", "UKR", "USA"} {
				if !strings.Contains(dot, `subgraph "cluster_`+c+`"`) {
					t.Errorf("no cluster for %s", c)
				}
			}
			if strings.Contains(dot, "cluster_WST") {
				t.Error("a country with one actor is boxed")
			}
			in := regexp.MustCompile(`(?s)subgraph "cluster_RUS" \{(.*?)\n\t\}`).FindStringSubmatch(dot)
			if in == nil {
				t.Fatal("cluster_RUS not found")
			}
			for _, id := range []string{"RUS", "putin", "lavrov", "rossiya-1"} {
				if line(in[1], `"`+id+`"`) == "" {
					t.Errorf("%s is not in Russia's box", id)
				}
			}
		}},
		{"no clusters by default", g, Options{}, func(t *testing.T, dot string) {
			if strings.Contains(dot, "subgraph") {
				t.Error("clusters without ClusterByCountry")
			}
		}},
		{"legend of the kinds present", phone, Options{}, func(t *testing.T, dot string) {
			if !strings.Contains(dot, ">phoned</FONT>") || !strings.Contains(dot, ">leader</FONT>") {
				t.Error("legend lacks phoned or leader")
			}
			if strings.Contains(dot, ">sanctions</FONT>") || strings.Contains(dot, ">state</FONT>") {
				t.Error("legend lists kinds the view does not hold")
			}
		}},
		{"highlight a relation", g, Options{Highlight: []string{"kerry-phoned-lavrov-2014-03-29"}}, func(t *testing.T, dot string) {
			for _, id := range []string{"kerry", "lavrov"} {
				if l := line(dot, `"`+id+`"`); !strings.Contains(l, "penwidth=3") || !strings.Contains(l, "<B>") {
					t.Errorf("%s is not bold: %s", id, l)
				}
			}
			if l := line(dot, `"putin"`); !strings.Contains(l, `fontcolor="#B8B8B8"`) {
				t.Errorf("putin is not faded: %s", l)
			}
			if l := line(dot, `"kerry" -> "lavrov"`); !strings.Contains(l, "penwidth=3") {
				t.Errorf("the call is not bold: %s", l)
			}
			if l := line(dot, `"lavrov" -> "kerry"`); strings.Contains(l, "penwidth=3") || !strings.Contains(l, `fontcolor="#B8B8B8"`) {
				t.Errorf("agreed-to-meet between the highlighted ends is not faded: %s", l)
			}
		}},
		{"highlight actors", g, Options{Highlight: []string{"kerry", "lavrov"}}, func(t *testing.T, dot string) {
			if l := line(dot, `"lavrov" -> "kerry"`); !strings.Contains(l, "penwidth=3") {
				t.Errorf("a relation between highlighted actors is not bold: %s", l)
			}
			if l := line(dot, `"lavrov" -> "RUS"`); !strings.Contains(l, `fontcolor="#B8B8B8"`) {
				t.Errorf("a relation to another actor is not faded: %s", l)
			}
		}},
		{"node size", g, Options{NodeSize: func(id string) float64 {
			return map[string]float64{"RUS": 4, "USA": 2, "putin": -1}[id]
		}}, func(t *testing.T, dot string) {
			for id, want := range map[string]string{`"RUS"`: "fontsize=24", `"USA"`: "fontsize=18"} {
				if l := line(dot, id); !strings.Contains(l, want) {
					t.Errorf("%s: want %s: %s", id, want, l)
				}
			}
			if l := line(dot, `"putin"`); strings.Contains(l, "fontsize") {
				t.Errorf("a negative score changes the size: %s", l)
			}
		}},
		{"symmetric and tail arrows", g, Options{}, func(t *testing.T, dot string) {
			if l := line(dot, `"lavrov" -> "kerry"`); !strings.Contains(l, `arrowhead="odot" dir=both arrowtail="odot"`) {
				t.Errorf("agreed-to-meet is not drawn both ways: %s", l)
			}
			if l := line(dot, `"klitschko" -> "poroshenko"`); !strings.Contains(l, `arrowhead="onormal" dir=both arrowtail="odot"`) {
				t.Errorf("withdrew-for lacks its arrows: %s", l)
			}
			if l := line(dot, `"USA" -> "RUS"`); !strings.Contains(l, `arrowhead="tee"`) {
				t.Errorf("sanctions lacks its tee: %s", l)
			}
		}},
		{"custom theme", g, Options{Theme: red}, func(t *testing.T, dot string) {
			if l := line(dot, `"USA" -> "RUS"`); !strings.Contains(l, `color="#FF0000"`) {
				t.Errorf("sanctions is not red: %s", l)
			}
		}},
		{"title", g, Options{Title: "Who called whom"}, func(t *testing.T, dot string) {
			if !strings.Contains(dot, ">Who called whom</FONT>") || !strings.Contains(dot, "Sources: BBC News, 29 Mar 2014; Reuters, 30 Mar 2014") {
				t.Error("title or source line missing")
			}
		}},
		{"no title", g, Options{NoTitle: true}, func(t *testing.T, dot string) {
			if strings.Contains(dot, ">Ukraine crisis: Russia vows no invasion</FONT>") {
				t.Error("the graph's title is drawn")
			}
		}},
		{"no title wins over a title", g, Options{Title: "Who called whom", NoTitle: true}, func(t *testing.T, dot string) {
			if strings.Contains(dot, ">Who called whom</FONT>") || strings.Contains(dot, ">Ukraine crisis: Russia vows no invasion</FONT>") {
				t.Error("a title is drawn")
			}
			if !strings.Contains(dot, "Sources: BBC News, 29 Mar 2014; Reuters, 30 Mar 2014") {
				t.Error("the source line is missing")
			}
		}},
		{"no legend", phone, Options{NoLegend: true}, func(t *testing.T, dot string) {
			if strings.Contains(dot, "<B>Actors</B>") || strings.Contains(dot, "<B>Relations</B>") || strings.Contains(dot, ">phoned</FONT>") {
				t.Error("a legend is drawn with NoLegend")
			}
		}},
		{"a legend by default", phone, Options{}, func(t *testing.T, dot string) {
			if !strings.Contains(dot, "<B>Actors</B>") || !strings.Contains(dot, "<B>Relations</B>") {
				t.Error("no legend by default")
			}
		}},
		{"cited sources only", phone, Options{}, func(t *testing.T, dot string) {
			if !strings.Contains(dot, ">Source: BBC News, 29 Mar 2014<") {
				t.Error("the view's source line should name the BBC only")
			}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := DOT(&buf, c.g, c.opts); err != nil {
				t.Fatal(err)
			}
			c.check(t, buf.String())
		})
	}
}

// TestTheme checks that the zero Theme is DefaultTheme, and that fields a
// Theme leaves zero take the default.
func TestTheme(t *testing.T) {
	g := fixture(t)
	dot := func(o Options) string {
		t.Helper()
		var buf bytes.Buffer
		if err := DOT(&buf, g, o); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	def := dot(Options{Theme: DefaultTheme()})
	if dot(Options{}) != def {
		t.Error("the zero Theme draws differently from DefaultTheme")
	}
	muted := dot(Options{Theme: Theme{Muted: "#123456"}})
	if want := strings.ReplaceAll(def, `"#555555"`, `"#123456"`); muted != want || muted == def {
		t.Error("a Theme setting only Muted changes more than the muted colour")
	}
}

func TestLimits(t *testing.T) {
	g := fixture(t)
	cases := []struct {
		name              string
		opts              Options
		actors, relations int
	}{
		{"defaults", Options{}, DefaultMaxActors, DefaultMaxRelations},
		{"set", Options{MaxActors: 5, MaxRelations: 7}, 5, 7},
		{"none", Options{MaxActors: -1, MaxRelations: -3}, 0, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cfg, err := newConfig(g, c.opts)
			if err != nil {
				t.Fatal(err)
			}
			if cfg.maxActors != c.actors || cfg.maxRelations != c.relations {
				t.Errorf("limits %d actors and %d relations, want %d and %d", cfg.maxActors, cfg.maxRelations, c.actors, c.relations)
			}
		})
	}
}

// TestHighlightUnknownID checks that a highlight naming no actor and no
// relation of the graph is an error naming the ID, while actor and
// relation IDs are accepted.
func TestHighlightUnknownID(t *testing.T) {
	g := fixture(t)
	rel := g.RelationAt(0).ID
	for _, c := range []struct {
		name      string
		highlight []string
		unknown   bool
	}{
		{"actors", []string{"putin", "obama"}, false},
		{"relation", []string{rel}, false},
		{"unknown", []string{"putin", "nosuch"}, true},
		{"near miss", []string{"putn"}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := DOT(io.Discard, g, Options{Highlight: c.highlight})
			if got := errors.Is(err, ErrUnknownID); got != c.unknown {
				t.Fatalf("DOT with Highlight %q: %v; want ErrUnknownID %v", c.highlight, err, c.unknown)
			}
		})
	}
}
