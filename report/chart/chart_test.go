package chart

import (
	"bytes"
	"strings"
	"sync"
	"testing"
)

func TestSize(t *testing.T) {
	rows := func(n int) Scores {
		s := Scores{Measures: []Measure{{Name: "degree"}}}
		for i := range n {
			s.Actors = append(s.Actors, "actor "+itoa(i))
			s.Measures[0].Values = append(s.Measures[0].Values, float64(n-i))
		}
		return s
	}
	tests := []struct {
		name          string
		build         func() (*Chart, error)
		width, height int    // px; height -1: not checked here
		svgW, svgH    string // the svg element's attributes
	}{
		{"default width", func() (*Chart, error) { return Bars(rows(10), Options{}) }, 800, -1, "600pt", ""},
		{"set size", func() (*Chart, error) { return Bars(rows(10), Options{Width: 640, Height: 480}) }, 640, 480, "480pt", "360pt"},
		{"lines 16:9", func() (*Chart, error) { return Lines(monthly, Options{}) }, 800, 450, "600pt", "337.5pt"},
		{"one row", func() (*Chart, error) { return Bars(rows(1), Options{}) }, 800, -1, "600pt", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := tc.build()
			if err != nil {
				t.Fatal(err)
			}
			w, h := c.Size()
			if w != tc.width || (tc.height >= 0 && h != tc.height) || h < MinHeight {
				t.Errorf("Size %d×%d, want %d×%d", w, h, tc.width, tc.height)
			}
			d := parse(t, svgOf(t, c))
			if d.width != tc.svgW || (tc.svgH != "" && d.height != tc.svgH) {
				t.Errorf("svg %s×%s, want %s×%s", d.width, d.height, tc.svgW, tc.svgH)
			}
		})
	}

	// Each row adds 24 px; each measure of a group adds 14 px per actor.
	_, h10 := must(Bars(rows(10), Options{}))
	_, h20 := must(Bars(rows(20), Options{}))
	if h20-h10 != 240 {
		t.Errorf("10 more rows add %d px, want 240", h20-h10)
	}
	two := func(n int) Scores {
		s := rows(n)
		s.Measures = append(s.Measures, Measure{Name: "pagerank", Values: s.Measures[0].Values})
		return s
	}
	_, h10 = must(Bars(two(10), Options{}))
	_, h20 = must(Bars(two(20), Options{}))
	if h20-h10 != 10*(8+2*14) {
		t.Errorf("10 more rows of two measures add %d px, want %d", h20-h10, 10*(8+2*14))
	}
}

// must returns c's size, or panics on err.
func must(c *Chart, err error) (int, int) {
	if err != nil {
		panic(err)
	}
	return c.Size()
}

func TestOptions(t *testing.T) {
	o := Options{Title: "Who called whom", Caption: "Source: BBC, 29 Mar 2014", XLabel: "Calls", YLabel: "Caller", MaxLabel: 8}
	for _, tc := range []struct {
		build func() (*Chart, error)
		cut   string // a label cut to 8 characters
	}{
		{func() (*Chart, error) { return Bars(pagerank, o) }, "Vladimi…"},
		{func() (*Chart, error) { return Lines(monthly, o) }, "Europea…"},
		{func() (*Chart, error) { return Slope(march, o) }, "Viktor… 5"},
		{func() (*Chart, error) { return Diverging(pairs, o) }, "Ukraine…"},
	} {
		c, err := tc.build()
		if err != nil {
			t.Fatal(err)
		}
		d := parse(t, svgOf(t, c))
		for _, want := range []string{o.Title, o.Caption, o.XLabel, o.YLabel} {
			if !d.has(want) {
				t.Errorf("%q missing from %q", want, d.texts)
			}
		}
		if !d.has(tc.cut) {
			t.Errorf("no label %q cut to MaxLabel 8 in %q", tc.cut, d.texts)
		}
		for _, txt := range d.texts {
			if strings.Contains(txt, "United States") {
				t.Errorf("%q not cut to MaxLabel 8", txt)
			}
		}
	}
}

func TestFonts(t *testing.T) {
	plain := svgOf(t, mustChart(Bars(pagerank, Options{})))
	if !bytes.Contains(plain, []byte(fontStack)) || bytes.Contains(plain, []byte(fontDecl)) || bytes.Contains(plain, []byte("@font-face")) {
		t.Error("without EmbedFonts, text should name Liberation Sans with fallbacks and embed nothing")
	}
	embedded := svgOf(t, mustChart(Bars(pagerank, Options{EmbedFonts: true})))
	if n := bytes.Count(embedded, []byte("@font-face")); n != 2 { // regular and bold
		t.Errorf("%d fonts embedded, want 2", n)
	}
	parse(t, embedded)
	if again := svgOf(t, mustChart(Bars(pagerank, Options{EmbedFonts: true}))); !bytes.Equal(again, embedded) {
		t.Error("embedded fonts differ from run to run")
	}
}

func mustChart(c *Chart, err error) *Chart {
	if err != nil {
		panic(err)
	}
	return c
}

// TestConcurrent draws every golden chart at once, several times, and
// compares with the golden bytes: gonum/plot's shared font cache must not
// make output depend on scheduling. Run it with -race.
func TestConcurrent(t *testing.T) {
	want := make([][]byte, len(goldens))
	for i, g := range goldens {
		want[i] = svgOf(t, mustChart(g.build()))
	}
	var wg sync.WaitGroup
	got := make([][]byte, 4*len(goldens))
	for k := range got {
		wg.Go(func() {
			c, err := goldens[k%len(goldens)].build()
			if err != nil {
				t.Error(err)
				return
			}
			var b bytes.Buffer
			_ = c.WriteSVG(&b)
			got[k] = b.Bytes()
		})
	}
	wg.Wait()
	for k, b := range got {
		if !bytes.Equal(b, want[k%len(goldens)]) {
			t.Errorf("%s drawn concurrently differs", goldens[k%len(goldens)].name)
		}
	}
}

// TestLayout draws charts with long names at the narrowest width and at
// the default width and checks that no text runs off the chart or
// overlaps another.
func TestLayout(t *testing.T) {
	long := []string{"Organization for Security and Co-operation in Europe", "North Atlantic Treaty Organization",
		"Ministry of Foreign Affairs of the Russian Federation", "Ukraine"}
	values := []float64{0.41, -0.33, 0.12, 0.05}
	for _, width := range []int{MinWidth, 480, DefaultWidth} {
		o := Options{Width: width, Title: "A long title that will not fit a narrow chart, by any means", Caption: "Source: a long caption that will not fit either, by any means"}
		cases := []struct {
			name  string
			build func() (*Chart, error)
		}{
			{"bars", func() (*Chart, error) {
				return Bars(Scores{Actors: long, Measures: []Measure{{Name: long[0], Values: values}}}, o)
			}},
			{"grouped", func() (*Chart, error) {
				return Bars(Scores{Actors: long, Measures: []Measure{{Name: long[0], Values: values}, {Name: long[1], Values: values}}}, o)
			}},
			{"lines", func() (*Chart, error) {
				s := monthly
				s.Lines = []Line{{Actor: long[0], Values: monthly.Lines[0].Values}, {Actor: long[1], Values: monthly.Lines[1].Values}}
				return Lines(s, o)
			}},
			{"slope", func() (*Chart, error) {
				return Slope(Ranks{Before: long, After: []string{long[3], long[0], long[2], long[1]}}, o)
			}},
			{"diverging", func() (*Chart, error) {
				return Diverging(Ties{Labels: long, Cooperative: []int{1, 20, 300, 4000}, Hostile: []int{4000, 300, 20, 1}}, o)
			}},
		}
		for _, tc := range cases {
			t.Run(tc.name+"/"+itoa(width), func(t *testing.T) {
				c := mustChart(tc.build())
				w, h := c.Size()
				checkLayout(t, parse(t, svgOf(t, c)), float64(w)*pxToPt, float64(h)*pxToPt)
			})
		}
	}
}
