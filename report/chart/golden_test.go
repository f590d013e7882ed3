package chart

import (
	"bytes"
	"testing"

	"github.com/diplograph/diplograph/internal/golden"
)

// Fill colours as vgsvg writes them.
const (
	cBlue      = "#0072B2"
	cVermilion = "#D55E00"
	cGreen     = "#009E73"
	cOrange    = "#E69F00"
	cBlack     = "#000000"
)

// facts are what a golden chart must show, checked on every run so that
// rewriting the golden file cannot hide a regression.
type facts struct {
	title   string         // the title, first text and <title>
	texts   []string       // texts that must appear: actor labels, values, ticks, legend entries
	fills   map[string]int // filled paths of these colours: bars, points, legend keys
	strokes map[string]int // stroked paths of these colours: lines
}

var goldens = []struct {
	name  string
	build func() (*Chart, error)
	facts facts
}{
	{"bars.svg", func() (*Chart, error) { return Bars(pagerank, Options{Caption: "Source: test data, March 2014"}) }, facts{
		title: "Pagerank by actor",
		texts: []string{"Russia", "Crimea", "Organization for Security and…", "0.182", "0.031", "pagerank", "Actor", "Source: test data, March 2014"},
		fills: map[string]int{cBlue: 10},
	}},
	{"bars-grouped.svg", func() (*Chart, error) { return Bars(threeMeasures, Options{}) }, facts{
		title: "Pagerank, betweenness and degree by actor",
		texts: []string{"Russia", "Crimea", "0.182", "0.410", "0", "24", "0%", "100%", "pagerank (100% = 0.182)", "betweenness (100% = 0.410)", "degree (100% = 24)"},
		fills: map[string]int{cBlue: 6 + 1, cVermilion: 5 + 1, cGreen: 6 + 1},
	}},
	{"bars-same-scale.svg", func() (*Chart, error) {
		return Bars(Scores{Actors: threeMeasures.Actors, Measures: threeMeasures.Measures[:2]}, Options{SameScale: true})
	}, facts{
		title: "Pagerank and betweenness by actor",
		texts: []string{"Russia", "Germany", "0.182", "0.410", "Value", "pagerank", "betweenness"},
		fills: map[string]int{cBlue: 6 + 1, cVermilion: 5 + 1},
	}},
	{"bars-negative.svg", func() (*Chart, error) { return Bars(balance, Options{}) }, facts{
		title: "Net sign by actor",
		texts: []string{"Russia", "China", "−14.0", "0.5", "9.0", "−15", "10"},
		fills: map[string]int{cBlue: 5},
	}},
	{"lines-monthly.svg", func() (*Chart, error) { return Lines(monthly, Options{}) }, facts{
		title:   "Pagerank over time",
		texts:   []string{"Russia", "Ukraine", "United States", "European Union", "Jan 2014", "Jun 2014", "Month", "pagerank"},
		fills:   map[string]int{cBlue: 6 + 1, cVermilion: 6 + 1, cGreen: 5 + 1, cOrange: 4 + 1},
		strokes: map[string]int{cBlue: 1 + 1, cVermilion: 1 + 1, cGreen: 1 + 1, cOrange: 1 + 1},
	}},
	{"lines-daily.svg", func() (*Chart, error) { return Lines(daily, Options{Caption: "Source: test data"}) }, facts{
		title:   "Relations over time",
		texts:   []string{"Russia", "Ukraine", "United States", "14 Mar", "26 Mar", "Day (2014)", "relations"},
		fills:   map[string]int{cBlue: 14 + 1, cVermilion: 14 + 1, cGreen: 14 + 1},
		strokes: map[string]int{cBlue: 1 + 1, cVermilion: 1 + 1, cGreen: 1 + 1},
	}},
	{"slope.svg", func() (*Chart, error) { return Slope(march, Options{}) }, facts{
		title: "Rank by pagerank, 1 Mar 2014 to 31 Mar 2014",
		texts: []string{"Ukraine 1", "2 Ukraine", "Russia 2", "1 Russia", "Viktor Yanukovych 5", "7 NATO", "Poland 7", "8 Poland",
			"1 Mar 2014", "31 Mar 2014", "rose (2)", "fell (2)", "same rank (3)", "in one ranking only (2)"},
		fills:   map[string]int{cBlue: 2*2 + 1, cVermilion: 2*2 + 1, cBlack: 3*2 + 1},
		strokes: map[string]int{cBlue: 2 + 1, cVermilion: 2 + 1, cBlack: 3 + 1 + 2 + 1},
	}},
	{"ties.svg", func() (*Chart, error) { return Diverging(pairs, Options{}) }, facts{
		title: "Cooperative and hostile ties",
		texts: []string{"Russia – Ukraine", "Russia – Crimea", "31", "17", "cooperative (59)", "hostile (58)", "Pair"},
		fills: map[string]int{cBlue: 6 + 1, cVermilion: 4 + 1},
	}},
	{"hostile.svg", func() (*Chart, error) {
		return Bars(hostileScores(), Options{Title: "<title>\"Injected\" & ]]> title</title>", Caption: "Source: <a href=\"javascript:x\">x</a>\x00"})
	}, facts{
		title: `<title>"Injected" & ]]> title</title>`,
		texts: func() []string {
			ts := []string{`Source: <a href="javascript:x">x</a>`, `<b>score</b> & "rank"`}
			for _, h := range hostile {
				ts = append(ts, h.shown)
			}
			return ts
		}(),
		fills: map[string]int{cBlue: len(hostile)},
	}},
}

// hostile are actor names that would break the SVG or inject markup if
// written raw, with what the chart shows for each.
var hostile = []struct{ in, shown string }{
	{`<script>alert("x")</script>`, `<script>alert("x")</script>`},
	{`AT&T's "quoted" name`, `AT&T's "quoted" name`},
	{`]]><evil attr="1"/>`, `]]><evil attr="1"/>`},
	{"bad \xff\xfe UTF-8", "bad \uFFFD\uFFFD UTF-8"},
	{"ctrl\x00\x01\x1b[31mred\u0085", "ctrl[31mred"},
	{"new\nline\ttab\r\n  spaces", "new line tab spaces"},
	{"non\uFFFEchar\uFFFF", "nonchar"},
	{"&lt;already escaped&gt;", "&lt;already escaped&gt;"},
}

// hostileScores has one bar per hostile name.
func hostileScores() Scores {
	s := Scores{Measures: []Measure{{Name: `<b>score</b> & "rank"`}}}
	for i, h := range hostile {
		s.Actors = append(s.Actors, h.in)
		s.Measures[0].Values = append(s.Measures[0].Values, float64(len(hostile)-i))
	}
	return s
}

func TestGolden(t *testing.T) {
	for _, tc := range goldens {
		t.Run(tc.name, func(t *testing.T) {
			c, err := tc.build()
			if err != nil {
				t.Fatal(err)
			}
			svg := svgOf(t, c)
			golden.Check(t, tc.name, svg)
			d := parse(t, svg)
			f := tc.facts
			if d.title != f.title || len(d.texts) == 0 || d.texts[0] != f.title {
				t.Errorf("title %q, first text %q; want %q", d.title, d.texts[0], f.title)
			}
			for _, s := range f.texts {
				if !d.has(s) {
					t.Errorf("no text %q in %q", s, d.texts)
				}
			}
			w, h := c.Size()
			checkLayout(t, d, float64(w)*pxToPt, float64(h)*pxToPt)
			for col, n := range f.fills {
				if d.fills[col] != n {
					t.Errorf("%d paths filled %s, want %d", d.fills[col], col, n)
				}
			}
			for col, n := range f.strokes {
				if d.strokes[col] != n {
					t.Errorf("%d paths stroked %s, want %d", d.strokes[col], col, n)
				}
			}
			again, err := tc.build()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(svgOf(t, again), svg) {
				t.Error("a second build in the same process gave different bytes")
			}
		})
	}
}
