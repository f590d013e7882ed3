package render_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/render"
)

// DOT writes the Graphviz language: here a call from Putin to Obama, with
// a title of our own. The graph's attributes, which hold the title, the
// source line and the legend as an HTML-like label, are left out of what
// is printed.
func ExampleDOT() {
	b := graph.NewBuilder()
	b.AddSource(graph.Source{ID: "bbc", Publisher: "BBC News", Date: date.MustParse("2014-03-29")})
	b.Add(
		actors.Actor{ID: "putin", Name: "Vladimir Putin", Kind: actors.Leader},
		actors.Actor{ID: "obama", Name: "Barack Obama", Kind: actors.Leader},
	)
	b.AddRelation(graph.NewRelation("putin", "obama", graph.Phoned).On(date.MustParse("2014-03-28")).
		Cite("bbc", "Mr Putin had contacted President Obama."))
	g, err := b.Build()
	if err != nil {
		fmt.Println(err)
		return
	}
	var dot strings.Builder
	if err := render.DOT(&dot, g, render.Options{Title: "Phone diplomacy"}); err != nil {
		fmt.Println(err)
		return
	}
	for _, line := range strings.Split(dot.String(), "\n") {
		if !strings.HasPrefix(line, "\tgraph ") {
			fmt.Println(line)
		}
	}
	// Output:
	// digraph "diplograph" {
	// 	node [fontname="DejaVu Sans" fontsize=12 fontcolor="#1A1A1A" margin="0.12,0.06"]
	// 	edge [fontname="DejaVu Sans" fontsize=9 arrowsize="0.8"]
	//
	// 	"obama" [id="a-obama" class="actor leader" label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0"><TR><TD WIDTH="90">Barack Obama</TD></TR></TABLE>> tooltip="Barack Obama\nleader" shape="ellipse" style="filled" fillcolor="#FBE2AE" color="#B07800" penwidth=2]
	// 	"putin" [id="a-putin" class="actor leader" label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0"><TR><TD WIDTH="83">Vladimir Putin</TD></TR></TABLE>> tooltip="Vladimir Putin\nleader" shape="ellipse" style="filled" fillcolor="#FBE2AE" color="#B07800" penwidth=2]
	//
	// 	"putin" -> "obama" [id="r-putin-phoned-obama-2014-03-28" class="relation phoned cooperative" label="phoned" tooltip="Vladimir Putin phoned Barack Obama\nkind: phoned (cooperative event)\nwhen: 28 Mar 2014\n“Mr Putin had contacted President Obama.”\n— BBC News, 29 Mar 2014" color="#0072B2" fontcolor="#0072B2" style="dashed" arrowhead="vee" penwidth=1.6]
	// }
}

func ExampleSVG() {
	b := graph.NewBuilder()
	b.Add(actors.NewState("USA", "United States"), actors.NewState("RUS", "Russia"))
	b.AddRelation(graph.NewRelation("USA", "RUS", graph.Sanctions))
	g, err := b.Build()
	if err != nil {
		fmt.Println(err)
		return
	}

	var svg bytes.Buffer
	if err := render.SVG(context.Background(), &svg, g, render.Options{}); err != nil {
		fmt.Println(err)
		return
	}
	// Graphviz writes '-' in IDs as "&#45;".
	fmt.Println(strings.Contains(svg.String(), `<g id="r&#45;USA&#45;sanctions&#45;RUS" class="edge relation sanctions hostile">`))
	// Output:
	// true
}

// Two calls and a backing from Putin to Obama become one line, labelled
// with each kind in its colour and drawn in the style of the kind with the
// most relations (dashed blue, for phoned) and thicker; the tooltip tells
// every relation. Only the edges of the DOT are printed here.
func ExampleOptions_parallelCollapse() {
	b := graph.NewBuilder()
	b.Add(
		actors.Actor{ID: "putin", Name: "Vladimir Putin", Kind: actors.Leader},
		actors.Actor{ID: "obama", Name: "Barack Obama", Kind: actors.Leader},
	)
	b.AddRelation(graph.NewRelation("putin", "obama", graph.Phoned).On(date.MustParse("2014-03-28")))
	b.AddRelation(graph.NewRelation("putin", "obama", graph.Phoned).On(date.MustParse("2014-03-29")))
	b.AddRelation(graph.NewRelation("putin", "obama", graph.Backs))
	g, err := b.Build()
	if err != nil {
		fmt.Println(err)
		return
	}
	var dot strings.Builder
	if err := render.DOT(&dot, g, render.Options{Parallel: render.ParallelCollapse}); err != nil {
		fmt.Println(err)
		return
	}
	for _, line := range strings.Split(dot.String(), "\n") {
		if strings.Contains(line, " -> ") {
			fmt.Println(strings.TrimSpace(line))
		}
	}
	// Output:
	// "putin" -> "obama" [id="b-putin-phoned-obama-2014-03-28" class="relation bundle backs phoned cooperative" label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0"><TR><TD WIDTH="87"><FONT COLOR="#009E73">backs </FONT><FONT COLOR="#555555">· </FONT><FONT COLOR="#0072B2">phoned ×2</FONT></TD></TR></TABLE>> tooltip="Vladimir Putin → Barack Obama: 3 relations\nbacks · phoned ×2\n\nVladimir Putin phoned Barack Obama\nkind: phoned (cooperative event)\nwhen: 28 Mar 2014\n\nVladimir Putin phoned Barack Obama\nkind: phoned (cooperative event)\nwhen: 29 Mar 2014\n\nVladimir Putin backs Barack Obama\nkind: backs (cooperative state)" color="#0072B2" fontcolor="#0072B2" style="dashed" arrowhead="vee" penwidth=3.5]
}

// WriteFile picks the format from the file's extension and replaces the
// file only once the drawing is complete.
func ExampleWriteFile() {
	b := graph.NewBuilder()
	b.Add(actors.NewState("USA", "United States"), actors.NewState("RUS", "Russia"))
	b.AddRelation(graph.NewRelation("USA", "RUS", graph.Sanctions))
	g, err := b.Build()
	if err != nil {
		fmt.Println(err)
		return
	}
	dir, err := os.MkdirTemp("", "render-example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)

	ctx := context.Background()
	for _, name := range []string{"sanctions.dot", "sanctions.svg", "sanctions.gif"} {
		path := filepath.Join(dir, name)
		if err := render.WriteFile(ctx, path, g, render.Options{NoLegend: true}); err != nil {
			fmt.Println(errors.Is(err, render.ErrUnsupportedFormat))
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			fmt.Println(err)
			return
		}
		first, _, _ := strings.Cut(string(data), "\n")
		fmt.Println(name+":", first)
	}
	// Output:
	// sanctions.dot: digraph "diplograph" {
	// sanctions.svg: <?xml version="1.0" encoding="UTF-8" standalone="no"?>
	// true
}

// The command-line tool builds its flags, help and error messages from the
// names the enums list.
func ExampleLayouts() {
	var names []string
	for _, l := range render.Layouts() {
		names = append(names, l.String())
	}
	fmt.Println(strings.Join(names, ", "))
	l, err := render.ParseLayout("Neato")
	fmt.Println(l, err)
	_, err = render.ParseLayout("spring")
	fmt.Println(err)
	// Output:
	// auto, dot, neato, fdp, sfdp, circo, twopi
	// neato <nil>
	// render: unknown layout "spring" (want auto, dot, neato, fdp, sfdp, circo or twopi)
}

// A dyad diagram draws one line per pair of actors: here Russia and the
// United States consult twelve times (the Count of two aggregated
// relations, Goldstein 1: a greyish blue, the widest line) and Ukraine and
// Russia fight three times (Goldstein -10: deep red).
func ExampleOptions_dyads() {
	b := graph.NewBuilder()
	for _, c := range []string{"RUS", "UKR", "USA"} {
		name, _ := actors.Country(c)
		b.Add(actors.Actor{ID: c, Name: name, Kind: actors.State, Country: c})
	}
	for _, r := range []struct {
		from, to, kind string
		n              int
	}{{"RUS", "USA", graph.Consulted, 10}, {"USA", "RUS", graph.Consulted, 2}, {"UKR", "RUS", graph.Fought, 3}} {
		rel := graph.NewRelation(r.from, r.to, r.kind).On(date.MustParse("2018-06-01"))
		rel.Count = r.n
		b.AddRelation(rel)
	}
	g, _ := b.Build()
	var buf bytes.Buffer
	if err := render.DOT(&buf, g, render.Options{Dyads: render.DyadsOn, NoLegend: true}); err != nil {
		fmt.Println(err)
		return
	}
	for _, line := range strings.Split(buf.String(), "\n") {
		if strings.Contains(line, `class="dyad"`) {
			fields := strings.Fields(line)
			fmt.Println(fields[0], fields[1], fields[2], fields[5], fields[6])
		}
	}
	fmt.Println(strings.Contains(buf.String(), "15 events between 3 actors on 2 pairs, 1 Jun 2018"))
	// Output:
	// "RUS" -> "USA" color="#839ead" penwidth=12
	// "RUS" -> "UKR" color="#b2182b" penwidth=6.5
	// true
}
