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
	"github.com/diplograph/diplograph/internal/drawtest"
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
		opts Options
	}{
		{"ukraine2014", g, Options{ClusterByCountry: true}},
		{"ukraine2014-plain", g, Options{}},
		{"ukraine2014-neato", g, Options{Layout: LayoutNeato}},
		{"ukraine2014-phone", phone, Options{Title: "Phone diplomacy, 28-29 March 2014", EdgeDates: true}},
		{"ukraine2014-hostile", hostile, Options{Title: "Hostile relations"}},
		{"ukraine2014-highlight", g, Options{Highlight: []string{"putin", "obama", "kerry", "lavrov"}, ClusterByCountry: true, NoLegend: true}},
		{"ukraine2014-collapse", g, Options{ClusterByCountry: true, Parallel: ParallelCollapse}},
		{"ukraine2014-collapse-dates", g, Options{Parallel: ParallelCollapse, EdgeDates: true}},
		{"ukraine2014-neato-collapse", g, Options{Layout: LayoutNeato, Parallel: ParallelCollapse}},
		{"ukraine2014-native", g, Options{ClusterByCountry: true, Engine: EngineNative}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var dot, svg bytes.Buffer
			if err := DOT(&dot, c.g, c.opts); err != nil {
				t.Fatal(err)
			}
			save(t, c.name+".dot", dot.Bytes())
			if err := SVG(context.Background(), &svg, c.g, c.opts); err != nil {
				t.Fatal(err)
			}
			title := c.g.Title()
			if c.opts.Title != "" {
				title = c.opts.Title
			}
			drawtest.Check(t, drawtest.ReadSVG(t, svg.Bytes()), c.g, drawtest.Want{Title: title, Legend: !c.opts.NoLegend})
			save(t, c.name+".svg", svg.Bytes())
		})
	}
}
