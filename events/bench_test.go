package events

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

// sampleRows returns the lines of a sample file (gzip or not).
func sampleRows(tb testing.TB, name string) []string {
	tb.Helper()
	f, err := os.Open("sample/" + name)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(name, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			tb.Fatal(err)
		}
		r = zr
	}
	b, err := io.ReadAll(r)
	if err != nil {
		tb.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
}

// repeated writes n rows made by repeating rows with fresh IDs (the first
// column) counting up from 1, after the header when there is one.
func repeated(w io.Writer, header string, rows []string, n int) error {
	bw := make([]byte, 0, 1<<20)
	if header != "" {
		bw = append(bw, header...)
		bw = append(bw, '\n')
	}
	for i := 0; i < n; i++ {
		row := rows[i%len(rows)]
		_, rest, _ := strings.Cut(row, "\t")
		bw = strconv.AppendInt(bw, int64(i+1), 10)
		bw = append(bw, '\t')
		bw = append(bw, rest...)
		bw = append(bw, '\n')
		if len(bw) > 1<<20-4096 {
			if _, err := w.Write(bw); err != nil {
				return err
			}
			bw = bw[:0]
		}
	}
	_, err := w.Write(bw)
	return err
}

func benchData(b *testing.B, name string, n int) []byte {
	rows := sampleRows(b, name)
	header := ""
	if strings.HasPrefix(rows[0], icewsHeader) {
		header, rows = rows[0], rows[1:]
	}
	var buf bytes.Buffer
	if err := repeated(&buf, header, rows, n); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

func benchRead(b *testing.B, name string) {
	data := benchData(b, name, 50000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	rows := 0
	for b.Loop() {
		r := NewReader(bytes.NewReader(data), Options{})
		for _, err := range r.Events() {
			if err != nil {
				b.Fatal(err)
			}
			rows++
		}
	}
	b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "rows/s")
}

func BenchmarkReadGDELT2(b *testing.B) { benchRead(b, "20180101000000.export.CSV.gz") }
func BenchmarkReadGDELT1(b *testing.B) { benchRead(b, "spark-gdelt.events1.csv") }
func BenchmarkReadICEWS(b *testing.B)  { benchRead(b, "events.2018.sample.tab.gz") }

func benchIngest(b *testing.B, name string, cfg Options) {
	data := benchData(b, name, 50000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		in, err := NewIngester(cfg)
		if err != nil {
			b.Fatal(err)
		}
		if err := in.Read(context.Background(), NewReader(bytes.NewReader(data), Options{})); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkIngestGDELT2Month(b *testing.B) {
	benchIngest(b, "20180101000000.export.CSV.gz", Options{Actors: ActorsCountry, Aggregate: PerMonth})
}

// BenchmarkIngestGDELT2MonthApart is BenchmarkIngestGDELT2Month with
// mirrored and repeated events kept apart: the cost of folding is the
// difference.
func BenchmarkIngestGDELT2MonthApart(b *testing.B) {
	benchIngest(b, "20180101000000.export.CSV.gz", Options{Actors: ActorsCountry, Aggregate: PerMonth, KeepDoubleCoded: true})
}
func BenchmarkIngestGDELT2Each(b *testing.B) {
	benchIngest(b, "20180101000000.export.CSV.gz", Options{})
}

// rowGenerator is an endless-looking input: n rows made from rows with
// fresh IDs, produced on the fly, so that the input itself takes no memory.
// With fresh set, every copy of rows also cites fresh articles: "#c" and
// the copy's number end each row's last column (GDELT's SOURCEURL), so the
// copies do not fold into the first one as repeats, while the rows of one
// copy fold as the sample's own do.
type rowGenerator struct {
	rows    []string // the rows without their ID column
	n, i    int
	fresh   bool
	pending []byte
}

func newRowGenerator(rows []string, n int) *rowGenerator {
	g := &rowGenerator{n: n}
	for _, r := range rows {
		_, rest, _ := strings.Cut(r, "\t")
		g.rows = append(g.rows, rest)
	}
	return g
}

func (g *rowGenerator) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		if len(g.pending) == 0 {
			if g.i == g.n {
				if n == 0 {
					return 0, io.EOF
				}
				break
			}
			g.pending = strconv.AppendInt(g.pending[:0], int64(g.i+1), 10)
			g.pending = append(g.pending, '\t')
			g.pending = append(g.pending, g.rows[g.i%len(g.rows)]...)
			if g.fresh {
				g.pending = append(g.pending, "#c"...)
				g.pending = strconv.AppendInt(g.pending, int64(g.i/len(g.rows)), 10)
			}
			g.pending = append(g.pending, '\n')
			g.i++
		}
		c := copy(p[n:], g.pending)
		n += c
		g.pending = g.pending[c:]
	}
	return n, nil
}

// peakHeap samples the live heap every 20 ms until stop is closed and
// returns the largest value seen.
func peakHeap(stop <-chan struct{}) <-chan uint64 {
	out := make(chan uint64, 1)
	go func() {
		var peak uint64
		var ms runtime.MemStats
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
			select {
			case <-stop:
				out <- peak
				return
			case <-t.C:
			}
		}
	}()
	return out
}

// BenchmarkStream5M streams 5 million GDELT 2.0 rows (the shared export
// repeated with fresh IDs, made on the fly) through a Reader and an
// Ingester aggregating per country pair, kind and month, and reports the
// peak live heap: it does not grow with the number of rows. Run it alone:
//
//	go test -run XXX -bench Stream5M -benchtime 1x ./events/
func BenchmarkStream5M(b *testing.B) {
	rows := sampleRows(b, "20180101000000.export.CSV.gz")
	const n = 5_000_000
	for b.Loop() {
		runtime.GC()
		stop := make(chan struct{})
		peak := peakHeap(stop)
		in, err := NewIngester(Options{Actors: ActorsCountry, Aggregate: PerMonth})
		if err != nil {
			b.Fatal(err)
		}
		r := NewReader(newRowGenerator(rows, n), Options{Name: "5M.export.CSV"})
		start := time.Now()
		if err := in.Read(context.Background(), r); err != nil {
			b.Fatal(err)
		}
		el := time.Since(start)
		g, err := in.Graph()
		if err != nil {
			b.Fatal(err)
		}
		close(stop)
		rep := in.Report()
		if rep.Rows != n || rep.Check() != nil {
			b.Fatalf("%+v", rep)
		}
		b.SetBytes(rep.Bytes)
		b.ReportMetric(float64(n)/el.Seconds(), "rows/s")
		b.ReportMetric(float64(<-peak)/(1<<20), "peak-heap-MiB")
		b.ReportMetric(float64(g.NumRelations()), "relations")
	}
}

// BenchmarkGraph500k ingests 500,000 GDELT 2.0 rows keeping every event
// as a relation (full granularity) and builds the graph: the one step that
// holds the whole result. Each copy of the sample cites fresh articles, so
// that the events of one copy fold as the sample's do and the copies stay
// apart. It reports the peak live heap and the peak heap per relation
// (B/relation: the ingester's records, the builder's columns and the graph
// coexist at the peak).
//
//	go test -run XXX -bench Graph500k -benchtime 1x ./events/
func BenchmarkGraph500k(b *testing.B) {
	rows := sampleRows(b, "20180101000000.export.CSV.gz")
	const n = 500_000
	for b.Loop() {
		runtime.GC()
		stop := make(chan struct{})
		peak := peakHeap(stop)
		in, err := NewIngester(Options{})
		if err != nil {
			b.Fatal(err)
		}
		gen := newRowGenerator(rows, n)
		gen.fresh = true
		if err := in.Read(context.Background(), NewReader(gen, Options{})); err != nil {
			b.Fatal(err)
		}
		g, err := in.Graph()
		if err != nil {
			b.Fatal(err)
		}
		close(stop)
		rep := in.Report()
		if rep.Rows != n || rep.Check() != nil {
			b.Fatalf("%+v", rep)
		}
		p := float64(<-peak)
		b.SetBytes(rep.Bytes)
		b.ReportMetric(p/(1<<20), "peak-heap-MiB")
		b.ReportMetric(float64(g.NumRelations()), "relations")
		b.ReportMetric(p/float64(g.NumRelations()), "B/relation")
		runtime.KeepAlive(g)
	}
}
