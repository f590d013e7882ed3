// Command calibrate measures how long the embedded Graphviz takes to lay
// out generated graphs of growing size, for each layout, and writes one
// row per run: the measurements render's cost model (render/cost.go) is
// fitted to and checked against (render/testdata/cost.tsv).
//
//	go build -o /tmp/bin/ ./cmd/diplograph-graphviz
//	PATH=/tmp/bin:$PATH go run ./render/internal/calibrate -timeout 60s > render/testdata/cost.tsv
//
// Each graph has n actors and rho*n relations drawn between random pairs,
// half of them touching the tenth of the actors that are hubs, with 1 to
// mult relations per pair (parallel relations, as real crises have them):
// sparse (rho 1.5, mult 3) and dense (rho 4, mult 8); and uniformly random
// graphs without hubs or parallel relations (rho 2.5), the hardest for the
// dot layout. Each is drawn three
// ways: parallel relations separate, collapsed, and as a dyad diagram. A run that
// passes -timeout is killed and recorded with its time as ">timeout"; the
// larger graphs of that layout and density are then skipped.
//
//	go run ./render/internal/calibrate -fit render/testdata/cost.tsv
//
// fits the model to the measurements and prints its coefficients, for the
// models table of render/cost.go.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"time"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/render"
)

func main() {
	timeout := flag.Duration("timeout", 60*time.Second, "longest `time` one layout may run")
	layouts := flag.String("layouts", "dot,neato,fdp,sfdp,circo,twopi", "comma-separated `layouts`")
	sizes := flag.String("sizes", "40,80,150,400,700", "comma-separated actor `counts`")
	fitFile := flag.String("fit", "", "instead of measuring, fit the cost model to the measurements in `file` and print it")
	flag.Parse()
	if *fitFile != "" {
		if err := fit(*fitFile, os.Stdout); err != nil {
			fail(err)
		}
		return
	}
	fmt.Println("layout\tdrawing\tactors\trelations\tlines\tspan\tseconds")
	kinds := []string{graph.Phoned, graph.Backs, graph.Sanctions, "talked", "blamed"}
	for _, ls := range strings.Split(*layouts, ",") {
		layout, err := render.ParseLayout(ls)
		if err != nil {
			fail(err)
		}
		for _, drawing := range []string{"separate", "collapse", "dyads"} {
			for _, v := range []struct {
				rho  float64
				mult int
				hubs bool
			}{{1.5, 3, true}, {4, 8, true}, {2.5, 1, false}} {
				for _, ns := range strings.Split(*sizes, ",") {
					var n int
					fmt.Sscan(ns, &n)
					g := generate(n, v.rho, v.mult, v.hubs, kinds)
					opts := render.Options{Layout: layout, Parallel: render.ParallelSeparate, Dyads: render.DyadsOff,
						MaxActors: -1, MaxRelations: -1, MaxTime: -1}
					switch drawing {
					case "collapse":
						opts.Parallel = render.ParallelCollapse
					case "dyads":
						opts.Dyads = render.DyadsOn
					}
					cost, err := render.EstimateCost(g, opts)
					if err != nil {
						fail(err)
					}
					ctx, cancel := context.WithTimeout(context.Background(), *timeout)
					start := time.Now()
					var out bytes.Buffer
					err = render.SVG(ctx, &out, g, opts)
					took := time.Since(start)
					cancel()
					secs := fmt.Sprintf("%.2f", took.Seconds())
					switch {
					case errors.Is(err, context.DeadlineExceeded):
						secs = fmt.Sprintf(">%.0f", timeout.Seconds())
					case err != nil:
						// The layout failed (the embedded sfdp does for
						// some graphs): the time it took still bounds.
						fmt.Fprintf(os.Stderr, "calibrate: %s %s %d actors: %v\n", layout, drawing, n, err)
					}
					fmt.Printf("%s\t%s\t%d\t%d\t%d\t%d\t%s\n", layout, drawing, cost.Actors, g.NumRelations(), cost.Lines, cost.Span, secs)
					if strings.HasPrefix(secs, ">") {
						break
					}
				}
			}
		}
	}
}

// generate makes a graph of n actors and about rho*n relations.
func generate(n int, rho float64, mult int, hubs bool, kinds []string) *graph.Graph {
	rng := rand.New(rand.NewPCG(uint64(n), uint64(rho*10)))
	b := graph.NewBuilder()
	for _, k := range []string{"talked", "blamed"} {
		b.AddKind(graph.Kind{Name: k, Symmetric: k == "talked", Phrase: k})
	}
	for i := range n {
		b.Add(actors.Actor{ID: fmt.Sprintf("a%03d", i), Name: fmt.Sprintf("Actor number %d", i), Kind: actors.State})
	}
	top := max(1, n/10)
	m := int(rho * float64(n))
	for i := 0; i < m; {
		from := rng.IntN(n)
		to := rng.IntN(n)
		if hubs && rng.IntN(2) == 0 {
			to = rng.IntN(top)
		}
		if from == to {
			continue
		}
		// Repeated pairs: one to mult relations per pair.
		for range 1 + rng.IntN(mult) {
			if i == m {
				break
			}
			b.AddRelation(graph.Relation{From: fmt.Sprintf("a%03d", from), To: fmt.Sprintf("a%03d", to),
				Kind: kinds[rng.IntN(len(kinds))]})
			i++
		}
	}
	g, err := b.Build()
	if err != nil {
		fail(err)
	}
	return g
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "calibrate:", err)
	os.Exit(1)
}
