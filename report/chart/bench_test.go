package chart

import (
	"io"
	"testing"
)

// BenchmarkCharts draws and writes each golden chart.
func BenchmarkCharts(b *testing.B) {
	for _, g := range goldens {
		b.Run(g.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				c, err := g.build()
				if err != nil {
					b.Fatal(err)
				}
				if err := c.WriteSVG(io.Discard); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
