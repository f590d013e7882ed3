package render

import (
	"context"
	"fmt"
	"io"
	"testing"
)

// benchSizes are the numbers of actors of the generated graphs, which have
// 2.5 relations per actor.
var benchSizes = []int{20, 200, 1000}

func BenchmarkDOT(b *testing.B) {
	for _, n := range benchSizes {
		g := generated(b, n)
		for _, p := range []Parallel{ParallelSeparate, ParallelCollapse} {
			b.Run(fmt.Sprintf("actors=%d/parallel=%s", n, p), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if err := DOT(io.Discard, g, Options{ClusterByCountry: true, Parallel: p}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkSVG draws the generated graphs with each engine, with the
// layout and parallel relations chosen by size (layout=auto: dot up to
// DotMaxActors, then neato with parallel relations collapsed) and with dot
// and every relation drawn (layout=dot). Run it with -benchtime=1x: dot
// takes most of a minute for 1000 actors.
func BenchmarkSVG(b *testing.B) {
	for _, n := range benchSizes {
		g := generated(b, n)
		for _, layout := range []string{"auto", "dot"} {
			for _, e := range []Engine{EngineEmbedded, EngineNative} {
				b.Run(fmt.Sprintf("actors=%d/layout=%s/engine=%s", n, layout, e), func(b *testing.B) {
					if e == EngineNative {
						needDot(b)
					}
					opts := Options{MaxActors: -1, MaxRelations: -1, MaxTime: -1, Engine: e}
					if layout == "dot" {
						opts.Layout, opts.Parallel = LayoutDot, ParallelSeparate
					}
					b.ReportAllocs()
					for b.Loop() {
						if err := SVG(context.Background(), io.Discard, g, opts); err != nil {
							b.Fatal(err)
						}
					}
				})
			}
		}
	}
}
