// Command crimea2014-un is the second worked example of diplograph: Crimea
// at the United Nations in March 2014 (the vetoed Security Council draft of
// 15 March, Crimea's secession, recognition and annexation, the first
// sanctions, and General Assembly resolution 68/262 of 27 March on the
// territorial integrity of Ukraine), encoded as crimea2014-un.yaml with its
// sources. It prints the two blocs the votes and the alliances draw, each
// actor with the ties that put it in its bloc, the states nothing places
// (those that only abstained), the ambivalent pair (Russia recognised
// Crimea, then annexed it) and the tie that strains the blocs, with its
// evidence; it writes the diagram.
//
//	go run ./examples/crimea2014-un              # writes ./out/crimea2014-un.svg
//	go run ./examples/crimea2014-un -out /tmp/un
package main

import (
	"bytes"
	"context"
	_ "embed"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/diplograph/diplograph/graph/analysis"
	"github.com/diplograph/diplograph/render"
	_ "github.com/diplograph/diplograph/render/embedded" // the embedded Graphviz, linked in
	"github.com/diplograph/diplograph/scenario"
)

//go:embed crimea2014-un.yaml
var scenarioYAML []byte

func main() {
	out := flag.String("out", "out", "folder to write the diagram into")
	flag.Parse()
	if err := run(context.Background(), os.Stdout, *out); err != nil {
		fmt.Fprintln(os.Stderr, "crimea2014-un:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, w io.Writer, outDir string) error {
	dec := scenario.NewDecoder(bytes.NewReader(scenarioYAML))
	dec.Name = "crimea2014-un.yaml"
	g, err := dec.Decode()
	if err != nil {
		return err
	}
	p := analysis.Project(g, analysis.ProjectOptions{})
	al, err := analysis.Blocs(ctx, p, analysis.BlocsOptions{})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%s\n%d actors, %d relations, %d sources\n\n", g.Title(), g.NumActors(), g.NumRelations(), g.NumSources())
	for i, bloc := range al.Blocs {
		fmt.Fprintf(w, "bloc %d:\n", i+1)
		for _, m := range bloc {
			fmt.Fprintf(w, "  %-8s %s\n", m.ID, why(m))
		}
	}
	fmt.Fprintf(w, "unaligned: %s\n", strings.Join(al.Unaligned, ", "))
	for _, t := range al.Ambivalent {
		fmt.Fprintf(w, "\nambivalent: %s and %s, %s (cooperative %g, hostile %g)\n", t.A, t.B, t.Sign.Name(), t.Cooperative, t.Hostile)
		for _, r := range t.Relations {
			fmt.Fprintf(w, "  %s\n", p.Sentence(r))
		}
	}
	fmt.Fprintf(w, "\nfrustration index %d: the ties that strain the blocs\n", al.Frustration)
	for _, t := range al.Frustrated {
		for _, r := range t.Relations {
			fmt.Fprintf(w, "  %s\n", p.Sentence(r))
		}
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return err
	}
	path := filepath.Join(outDir, "crimea2014-un.svg")
	if err := render.WriteFile(ctx, path, g, render.Options{ClusterByCountry: true, Parallel: render.ParallelCollapse}); err != nil {
		return err
	}
	fmt.Fprintln(w, "\nwrote", path)
	return nil
}

// why names the ties that hold a member in its bloc, each with the kinds
// of its relations, and those that strain it: "+ CSTO (member-of), - UKR
// (voted-against)".
func why(m analysis.Member) string {
	list := func(ties []analysis.Tie) string {
		var parts []string
		for _, t := range ties {
			var kinds []string
			for _, r := range t.Relations {
				if !slices.Contains(kinds, r.Kind) {
					kinds = append(kinds, r.Kind)
				}
			}
			parts = append(parts, fmt.Sprintf("%s %s (%s)", t.Sign, t.Other(m.ID), strings.Join(kinds, ", ")))
		}
		return strings.Join(parts, ", ")
	}
	text := list(m.Support())
	if strain := m.Strain(); len(strain) > 0 {
		text += "; strained by " + list(strain)
	}
	return text
}
