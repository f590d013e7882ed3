package render

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/diplograph/diplograph/graph"
)

var gallery = flag.String("gallery", "", "write the gallery of SVG and DOT files into this `folder`, to look at")

// TestGallery draws the fixture in every layout and style, into the folder
// given by -gallery; without the flag it only checks that they all render.
func TestGallery(t *testing.T) {
	g := fixture(t)
	type galleryCase struct {
		name string
		g    *graph.Graph
		opts Options
	}
	var cases2 []galleryCase
	cases := []galleryCase{
		{"plain", nil, Options{NoLegend: true}},
		{"cluster-legend", nil, Options{ClusterByCountry: true, EdgeDates: true}},
		{"highlight", nil, Options{Highlight: []string{"putin", "obama", "kerry", "lavrov"}}},
		{"neato", nil, Options{Layout: LayoutNeato}},
		{"fdp-cluster", nil, Options{Layout: LayoutFDP, ClusterByCountry: true, NoLegend: true}},
		{"circo", nil, Options{Layout: LayoutCirco, NoLegend: true}},
		{"twopi", nil, Options{Layout: LayoutTwopi, NoLegend: true}},
		{"sfdp", nil, Options{Layout: LayoutSFDP, NoLegend: true}},
		{"sized", nil, Options{NodeSize: func(id string) float64 { return float64(len(slices.Collect(g.RelationsOf(id)))) }, NoLegend: true}},
	}
	for _, c := range cases {
		c.g = g
		cases2 = append(cases2, c)
	}
	for i, s := range []string{"Владимир Владимирович Путин", "習近平 and 李克强", "<script>alert(1)</script> \" onload=\"x"} {
		cases2 = append(cases2, galleryCase{fmt.Sprintf("escaping-%d", i), nastyGraph(t, s), Options{ClusterByCountry: true}})
	}
	for _, c := range cases2 {
		t.Run(c.name, func(t *testing.T) {
			g := c.g
			var svg, dot bytes.Buffer
			if err := DOT(&dot, g, c.opts); err != nil {
				t.Fatal(err)
			}
			save(t, c.name+".dot", dot.Bytes())
			if err := SVG(context.Background(), &svg, g, c.opts); err != nil {
				t.Fatal(err)
			}
			save(t, c.name+".svg", svg.Bytes())
		})
	}
}

// save writes a file into the -gallery folder, if one was given.
func save(t *testing.T, name string, b []byte) {
	t.Helper()
	if *gallery == "" {
		return
	}
	if err := os.MkdirAll(*gallery, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(*gallery, name), b, 0o644); err != nil {
		t.Fatal(err)
	}
}
