//go:build gallery

// This file draws the worked example. It is built only with -tags gallery,
// so that the package's tests do not depend on package scenario:
//
//	go test -tags gallery ./render -run Gallery -gallery /tmp/gallery

package render

import (
	"bytes"
	"context"
	"testing"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/scenario"
)

// ukraineFile is the scenario of the worked example.
const ukraineFile = "../examples/ukraine2014/ukraine2014.yaml"

// loadUkraine loads the worked example, or skips the test if it does not
// load: the scenario belongs to the example and changes with it.
func loadUkraine(t *testing.T) *graph.Graph {
	t.Helper()
	g, err := scenario.Load(ukraineFile)
	if err != nil {
		t.Skipf("no scenario to draw: %v", err)
	}
	return g
}

// TestGalleryUkraine draws the worked example, as examples/ukraine2014 does
// and more, into the -gallery folder. It runs only with -gallery.
func TestGalleryUkraine(t *testing.T) {
	if *gallery == "" {
		t.Skip("draws only with -gallery")
	}
	g := loadUkraine(t)
	phone, err := g.Filter(graph.Filter{Kinds: []string{graph.Phoned}, DropIsolated: true})
	if err != nil {
		t.Fatal(err)
	}
	hostile, err := g.Filter(graph.Filter{Signs: []graph.Sign{graph.Hostile}, DropIsolated: true})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		g    *graph.Graph
		opts []Option
	}{
		{"ukraine2014", g, []Option{WithClusterByCountry(true), WithLegend(true)}},
		{"ukraine2014-plain", g, []Option{WithLegend(true)}},
		{"ukraine2014-neato", g, []Option{WithLayout(Neato), WithLegend(true)}},
		{"ukraine2014-phone", phone, []Option{WithTitle("Phone diplomacy, 28-29 March 2014"), WithEdgeDates(true), WithLegend(true)}},
		{"ukraine2014-hostile", hostile, []Option{WithTitle("Hostile relations"), WithLegend(true)}},
		{"ukraine2014-highlight", g, []Option{WithHighlight("putin", "obama", "kerry", "lavrov"), WithClusterByCountry(true)}},
		{"ukraine2014-collapse", g, []Option{WithClusterByCountry(true), WithLegend(true), WithParallel(Collapse)}},
		{"ukraine2014-collapse-dates", g, []Option{WithLegend(true), WithParallel(Collapse), WithEdgeDates(true)}},
		{"ukraine2014-neato-collapse", g, []Option{WithLayout(Neato), WithLegend(true), WithParallel(Collapse)}},
		{"ukraine2014-native", g, []Option{WithClusterByCountry(true), WithLegend(true), WithEngine(Native)}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var dot, svg bytes.Buffer
			if err := DOT(&dot, c.g, c.opts...); err != nil {
				t.Fatal(err)
			}
			save(t, c.name+".dot", dot.Bytes())
			if err := SVG(context.Background(), &svg, c.g, c.opts...); err != nil {
				t.Fatal(err)
			}
			checkSVG(t, svg.Bytes())
			save(t, c.name+".svg", svg.Bytes())
		})
	}
}
