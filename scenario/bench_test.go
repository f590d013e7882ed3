package scenario

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
)

// benchGraph returns a graph of n actors and 20n relations with dates,
// sources, quotes and notes, as a hand-written scenario has them.
func benchGraph(tb testing.TB, n int) *graph.Graph {
	b := graph.NewBuilder()
	b.SetTitle("benchmark")
	b.AddSource(graph.Source{ID: "src", Title: "A source", Publisher: "Agency"})
	kinds := []string{graph.Met, graph.Phoned, graph.Sanctions, graph.Visited}
	for i := range n {
		b.Add(actors.Actor{ID: fmt.Sprintf("a%d", i), Name: fmt.Sprintf("Actor %d", i), Kind: actors.State, Note: "an actor of the benchmark"})
	}
	for i := range 20 * n {
		r := graph.Relation{
			From: fmt.Sprintf("a%d", i%n), To: fmt.Sprintf("a%d", (i*7+1)%n), Kind: kinds[i%len(kinds)],
			When: date.At(date.Of(2014, time.Month(1+i%12), 1+i%28)), Note: "one of many",
		}
		if r.From == r.To {
			r.To = fmt.Sprintf("a%d", (i+1)%n)
		}
		if i%3 == 0 {
			r.Evidence = []graph.Evidence{{Source: "src", Quote: fmt.Sprintf("They met, said the %d-th report: \"x\".", i)}}
		}
		b.AddRelation(r)
	}
	g, err := b.Build()
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

// peakHeap runs fn and returns the largest heap, in bytes, seen while it
// ran: live and not yet collected objects, sampled every millisecond.
func peakHeap(fn func()) uint64 {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() uint64 { metrics.Read(sample); return sample[0].Value.Uint64() }
	base := read()
	peak := base
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				peak = max(peak, read())
			}
		}
	})
	fn()
	close(done)
	wg.Wait()
	peak = max(peak, read())
	return peak - base
}

// BenchmarkLoadYAML decodes a YAML scenario of 1,000 actors and 20,000
// relations (about 3 MB) piece by piece ("stream", what Load does) and
// as one syntax tree ("whole", what Load does for files it cannot cut),
// and the same file after a document marker "---", which streams too; it
// reports the peak heap per byte of input.
func BenchmarkLoadYAML(b *testing.B) {
	data := encode(b, benchGraph(b, 1000), YAML)
	marked := append([]byte("---\n"), data...) // as many YAML writers start a file
	for _, path := range []struct {
		name   string
		decode func() error
	}{
		{"stream", func() error {
			_, ok, err := decodeYAMLStream(data, "bench.yaml")
			if !ok {
				return fmt.Errorf("the file was not streamed")
			}
			return err
		}},
		{"stream-after-document-marker", func() error {
			_, ok, err := decodeYAMLStream(marked, "bench.yaml")
			if !ok {
				return fmt.Errorf("the file was not streamed")
			}
			return err
		}},
		{"whole", func() error { _, err := decodeFull(data, "bench.yaml", YAML); return err }},
	} {
		b.Run(path.name, func(b *testing.B) { benchLoad(b, len(data), path.decode) })
	}
}

// BenchmarkLoadYAMLUkraine decodes the 30 KB scenario of
// examples/ukraine2014 streamed and whole: the size a hand-written file has.
func BenchmarkLoadYAMLUkraine(b *testing.B) {
	data, err := os.ReadFile("../examples/ukraine2014/ukraine2014.yaml")
	if err != nil {
		b.Fatal(err)
	}
	b.Run("stream", func(b *testing.B) {
		benchLoad(b, len(data), func() error {
			if _, ok, err := decodeYAMLStream(data, "ukraine2014.yaml"); !ok || err != nil {
				return fmt.Errorf("streamed %v: %v", ok, err)
			}
			return nil
		})
	})
	b.Run("whole", func(b *testing.B) {
		benchLoad(b, len(data), func() error { _, err := decodeFull(data, "ukraine2014.yaml", YAML); return err })
	})
}

// BenchmarkLoadJSON decodes the graph of BenchmarkLoadYAML as JSON.
func BenchmarkLoadJSON(b *testing.B) {
	data := encode(b, benchGraph(b, 1000), JSON)
	benchLoad(b, len(data), func() error { _, err := decode(data, "bench.json", JSON); return err })
}

func benchLoad(b *testing.B, size int, decode func() error) {
	b.SetBytes(int64(size))
	var peak uint64
	for b.Loop() {
		var err error
		peak = max(peak, peakHeap(func() { err = decode() }))
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(peak)/float64(size), "peak-B/input-B")
}

// BenchmarkEncode writes the graph of BenchmarkLoadYAML (20,000
// relations) in both syntaxes to io.Discard and reports the peak heap per
// relation: what writing a large graph costs beyond the graph.
func BenchmarkEncode(b *testing.B) {
	g := benchGraph(b, 1000)
	for _, s := range []Syntax{YAML, JSON} {
		b.Run(s.String(), func(b *testing.B) {
			var peak uint64
			for b.Loop() {
				var err error
				peak = max(peak, peakHeap(func() {
					enc := NewEncoder(io.Discard)
					enc.Syntax = s
					err = enc.Encode(g)
				}))
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(peak)/float64(g.NumRelations()), "peak-B/relation")
		})
	}
}
