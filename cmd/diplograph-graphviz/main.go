// Command diplograph-graphviz is the embedded Graphviz of package render in
// a process of its own: it reads a DOT document on standard input, lays it
// out with the Graphviz built into go-graphviz (Graphviz 12.1.2) and writes
// SVG on standard output, as "dot -K<layout> -Tsvg" does.
//
//	diplograph-graphviz [-K layout] < graph.dot > graph.svg
//
// The diplograph command, and any program that draws SVG with package
// render without importing render/embedded, runs it for
// render.EngineEmbedded: install it next to diplograph
// (go install github.com/diplograph/diplograph/cmd/...). Keeping go-graphviz
// out of the diplograph binary lets every diplograph command start at once,
// and a render in a child process can be killed.
//
// It exits with status 1 and a message on standard error if the document
// does not parse or the layout fails, and with status 2 on bad usage.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/diplograph/diplograph/render"
	"github.com/diplograph/diplograph/render/embedded"
)

func main() {
	fs := flag.NewFlagSet("diplograph-graphviz", flag.ContinueOnError)
	layout := fs.String("K", "dot", "Graphviz `layout`: "+layoutList())
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: diplograph-graphviz [-K layout] < graph.dot > graph.svg")
		fs.PrintDefaults()
	}
	if err := fs.Parse(os.Args[1:]); err != nil {
		os.Exit(2)
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "diplograph-graphviz: unexpected argument %q (the DOT document comes on standard input)\n", fs.Arg(0))
		os.Exit(2)
	}
	if err := run(os.Stdin, os.Stdout, *layout); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// layoutList names the layouts -K takes: render's, but auto, which
// render resolves before it calls this command.
func layoutList() string {
	var names []string
	for _, l := range render.Layouts() {
		if l != render.LayoutAuto {
			names = append(names, l.String())
		}
	}
	return strings.Join(names, ", ")
}

func run(r io.Reader, w io.Writer, layout string) error {
	if l, err := render.ParseLayout(layout); err != nil || l == render.LayoutAuto {
		return fmt.Errorf("diplograph-graphviz: unknown layout %q (want %s)", layout, layoutList())
	}
	dot, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("diplograph-graphviz: reading DOT: %w", err)
	}
	svg, err := embedded.SVG(context.Background(), dot, layout)
	if err != nil {
		return err
	}
	_, err = w.Write(svg)
	return err
}
