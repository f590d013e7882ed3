package render

import (
	"context"
	"fmt"
	"io"
	"testing"
)

var benchSizes = []int{20, 200, 500, 1000}

func BenchmarkDOT(b *testing.B) {
	for _, n := range benchSizes {
		g := generated(b, n)
		b.Run(fmt.Sprintf("actors=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := DOT(io.Discard, g, WithClusterByCountry(true), WithLegend(true)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkSVG(b *testing.B) {
	for _, n := range benchSizes {
		g := generated(b, n)
		b.Run(fmt.Sprintf("actors=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := SVG(context.Background(), io.Discard, g, WithLegend(true), WithMaxActors(0), WithMaxRelations(0)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
