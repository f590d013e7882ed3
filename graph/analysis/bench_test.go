package analysis_test

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"

	"github.com/diplograph/diplograph/graph/analysis"
)

// Measured with -benchtime 1x on 2 shared cores (AMD EPYC), Go 1.26:
//
//	                      1k/20k      10k/500k    50k/5M
//	Project (graph API)   5.8 ms      107 ms      -
//	Degree                0.14 ms     1.8 ms      11.6 ms
//	PageRank (weighted)   1.5 ms      22 ms       141 ms
//	Eigenvector           0.6 ms      7.4 ms      86 ms
//	Katz (alpha 0.001)    0.25 ms     4.9 ms      125 ms
//	HITS                  0.8 ms      11 ms       126 ms
//	Betweenness (hops)    57 ms       9.6 s       > 15 min (stopped; ~0.9 core free; O(nm) like closeness)
//	Betweenness weighted  110 ms      24 s        not run
//	Betweenness (256 src) 15 ms       0.45 s      6.5 s
//	Closeness (hops)      22 ms       4.1 s       5.5 min
//	Harmonic weighted     80 ms       16.8 s      not run
//	ShortestPath weighted 0.23 ms     4.1 ms      56 ms
//	StrongComponents      0.18 ms     3.4 ms      34 ms
//	CoreNumbers           0.29 ms     4.9 ms      41 ms
//	Louvain               6.6 ms      141 ms      8.8 s
//	SignedTriads          130 ms      396 ms      10.2 s
//	DirectedSignedTriads  20 ms       2.0 s       46 s    (busier machine, see below)
//	Blocs                 27 ms       2.5 s       62 s    (busier machine)
//	Modularity (weighted) 1.1 ms      20 ms       1.6 s   (busier machine; with the undirected collapse)
//
// Looking at the context (once per source in betweenness, closeness and
// harmonic) costs nothing measurable: before and after it, interleaved runs
// on one core of a loaded machine (best of 8 to 10, CPU seconds for 10
// iterations with setup) gave betweenness 1.31 / 1.30, weighted 3.17 /
// 3.20, sampled 0.38 / 0.38, closeness 0.74 / 0.64, harmonic weighted
// 2.34 / 2.38, and on 200k actors without edges (a one-node search per
// source, the worst case for a per-source check) closeness 0.23 / 0.22 and
// betweenness 0.66 / 0.51: differences within the run-to-run noise (10%).
//
// Nor does looking at it every 4096 units of work in Louvain (edges
// visited), Modularity (relations read), the triad censuses (list entries
// merged, two-step walks tried) and Blocs (partitions enumerated, units
// moved, triangles tried). Interleaved runs on one core of a busier
// machine, best of 8, ms per op, before / after / after with the looks
// compiled out: Louvain 1k 8.3 / 7.7 / 6.9, 10k 254 / 236 / 265;
// SignedTriads 1k 177 / 162 / 151, 10k 672 / 608 / 763;
// DirectedSignedTriads 1k 20.6 / 19.9 / 22.9, 10k (best of 12) 1909 /
// 1962 / 2105; Blocs 1k 34 / 27 / 29, 10k 2832 / 2546 / 2422; Modularity
// 1k 1.4 / 1.1 / 1.5, 10k 22.7 / 19.9 / 21.1: noise, the looks included.
// "After" also sorts pairs by counting instead of comparing and allocates
// once where it appended, hence the gains (Louvain 10k 308 -> 230 ms in a
// later best of 8). At 50k/5M, one run each on two cores, before / after:
// Louvain 4.1 / 4.0 s, SignedTriads 19.2 / 19.1 s, DirectedSignedTriads
// 52.3 / 45.6 s, Blocs 60.2 / 62.4 s, Modularity 1.75 / 1.58 s. Cancelled
// at 11 to 16 moments of a run at that size, each returned within 0.45 s
// (most within a millisecond): what remains is one allocation or one
// counting sort of millions of items.
//
// Benchmark sizes: actors / events. Events become relations, and relations
// on the same pair merge into one weighted edge. Run one size with
// -bench 'Name/1k' to keep it short.
var benchSizes = []struct {
	name   string
	n, m   int
	viaAPI bool // build a graph.Graph and project it (else arcs directly)
}{
	{"1k-20k", 1000, 20000, true},
	{"10k-500k", 10000, 500000, false},
	{"50k-5M", 50000, 5000000, false},
}

var (
	benchMu   sync.Mutex
	benchData = map[string]*analysis.Projection{}
)

// benchProjection returns the projection of a seeded generated graph with
// the same shape as generate (heavy-tailed activity, 70% of events inside a
// community of a tenth of the actors), cached across benchmarks. At the two
// larger sizes the events are projected directly (NewFromArcs), since
// building a graph.Graph of millions of relations would dominate.
func benchProjection(b *testing.B, n, m int, viaAPI bool) *analysis.Projection {
	key := fmt.Sprint(n, m)
	benchMu.Lock()
	defer benchMu.Unlock()
	if p, ok := benchData[key]; ok {
		return p
	}
	var p *analysis.Projection
	if viaAPI {
		p = analysis.Project(generate(7, n, m), analysis.ProjectOptions{})
	} else {
		rng := rand.New(rand.NewPCG(7, 42))
		from, to, w := make([]int32, 0, m), make([]int32, 0, m), make([]float64, 0, m)
		community := max(1, n/10)
		for range m {
			u, v := pair(rng, n, community)
			from, to, w = append(from, int32(u)), append(to, int32(v)), append(w, 1)
		}
		p = analysis.NewFromArcs(n, from, to, w)
	}
	benchData[key] = p
	return p
}

func benchEach(b *testing.B, run func(b *testing.B, p *analysis.Projection)) {
	for _, s := range benchSizes {
		b.Run(s.name, func(b *testing.B) {
			p := benchProjection(b, s.n, s.m, s.viaAPI)
			b.ResetTimer()
			for b.Loop() {
				run(b, p)
			}
			b.ReportMetric(float64(p.NumEdges()), "edges")
		})
	}
}

func BenchmarkProject(b *testing.B) {
	for _, s := range benchSizes[:2] {
		b.Run(s.name, func(b *testing.B) {
			g := generate(7, s.n, s.m)
			b.ResetTimer()
			for b.Loop() {
				analysis.Project(g, analysis.ProjectOptions{})
			}
		})
	}
}

func BenchmarkDegree(b *testing.B) {
	benchEach(b, func(b *testing.B, p *analysis.Projection) { analysis.Degree(p, analysis.DegreeOptions{}) })
}

func BenchmarkPageRank(b *testing.B) {
	benchEach(b, func(b *testing.B, p *analysis.Projection) {
		if _, err := analysis.PageRank(p, analysis.PageRankOptions{Weighted: true}); err != nil {
			b.Fatal(err)
		}
	})
}

func BenchmarkEigenvector(b *testing.B) {
	benchEach(b, func(b *testing.B, p *analysis.Projection) {
		if _, err := analysis.Eigenvector(p, analysis.EigenvectorOptions{}); err != nil {
			b.Fatal(err)
		}
	})
}

func BenchmarkKatz(b *testing.B) {
	benchEach(b, func(b *testing.B, p *analysis.Projection) {
		if _, err := analysis.Katz(p, analysis.KatzOptions{Alpha: 0.001}); err != nil {
			b.Fatal(err)
		}
	})
}

func BenchmarkHITS(b *testing.B) {
	benchEach(b, func(b *testing.B, p *analysis.Projection) {
		if _, _, err := analysis.HITS(p, analysis.HITSOptions{}); err != nil {
			b.Fatal(err)
		}
	})
}

func BenchmarkBetweenness(b *testing.B) {
	benchEach(b, func(b *testing.B, p *analysis.Projection) {
		analysis.Betweenness(context.Background(), p, analysis.BetweennessOptions{})
	})
}

func BenchmarkBetweennessWeighted(b *testing.B) {
	benchEach(b, func(b *testing.B, p *analysis.Projection) {
		analysis.Betweenness(context.Background(), p, analysis.BetweennessOptions{Weighted: true})
	})
}

func BenchmarkBetweennessSampled(b *testing.B) {
	benchEach(b, func(b *testing.B, p *analysis.Projection) {
		analysis.Betweenness(context.Background(), p, analysis.BetweennessOptions{Samples: 256, Seed: 1})
	})
}

func BenchmarkCloseness(b *testing.B) {
	benchEach(b, func(b *testing.B, p *analysis.Projection) {
		analysis.Closeness(context.Background(), p, analysis.ClosenessOptions{})
	})
}

func BenchmarkHarmonicWeighted(b *testing.B) {
	benchEach(b, func(b *testing.B, p *analysis.Projection) {
		analysis.Harmonic(context.Background(), p, analysis.HarmonicOptions{Weighted: true})
	})
}

func BenchmarkShortestPath(b *testing.B) {
	benchEach(b, func(b *testing.B, p *analysis.Projection) {
		analysis.ShortestPath(p, p.ActorID(0), p.ActorID(int64(p.Len()-1)), analysis.ShortestPathOptions{Weighted: true})
	})
}

func BenchmarkStrongComponents(b *testing.B) {
	benchEach(b, func(b *testing.B, p *analysis.Projection) { analysis.StrongComponents(p) })
}

func BenchmarkCoreNumbers(b *testing.B) {
	benchEach(b, func(b *testing.B, p *analysis.Projection) { analysis.CoreNumbers(p) })
}

func BenchmarkLouvain(b *testing.B) {
	benchEach(b, func(b *testing.B, p *analysis.Projection) {
		if _, err := analysis.Louvain(context.Background(), p, analysis.LouvainOptions{Weighted: true, Seed: 1}); err != nil {
			b.Fatal(err)
		}
	})
}

func BenchmarkSignedTriads(b *testing.B) {
	benchEach(b, func(b *testing.B, p *analysis.Projection) {
		if _, err := analysis.SignedTriads(context.Background(), p, analysis.SignedTriadsOptions{}); err != nil {
			b.Fatal(err)
		}
	})
}

func BenchmarkBlocs(b *testing.B) {
	benchEach(b, func(b *testing.B, p *analysis.Projection) {
		if _, err := analysis.Blocs(context.Background(), p, analysis.BlocsOptions{Seed: 1}); err != nil {
			b.Fatal(err)
		}
	})
}

func BenchmarkDirectedSignedTriads(b *testing.B) {
	benchEach(b, func(b *testing.B, p *analysis.Projection) {
		if _, err := analysis.DirectedSignedTriads(context.Background(), p, analysis.DirectedSignedTriadsOptions{}); err != nil {
			b.Fatal(err)
		}
	})
}

func BenchmarkModularity(b *testing.B) {
	benchEach(b, func(b *testing.B, p *analysis.Projection) {
		groups := make([][]string, 10)
		for i := range p.Len() {
			groups[i%10] = append(groups[i%10], p.ActorID(int64(i)))
		}
		if _, err := analysis.Modularity(context.Background(), p, groups, analysis.ModularityOptions{Weighted: true}); err != nil {
			b.Fatal(err)
		}
	})
}

func BenchmarkDistances(b *testing.B) {
	for _, c := range analysis.Costs() {
		b.Run(c.String(), func(b *testing.B) {
			benchEach(b, func(b *testing.B, p *analysis.Projection) {
				if _, err := analysis.Distances(context.Background(), p, p.ActorID(0), analysis.DistancesOptions{Cost: c}); err != nil {
					b.Fatal(err)
				}
			})
		})
	}
}

// TestBenchGraphs writes the benchmark graphs at 10k/500k and 50k/5M, and
// every distance from their node 0 under each cost rule, to the directory
// named by DIPLOGRAPH_BENCH_DIR (it does nothing without it), for
// testdata/igraph_distances.py to time python-igraph on the same graphs and
// check that its distances agree:
//
//	DIPLOGRAPH_BENCH_DIR=/tmp/sssp go test ./graph/analysis -run TestBenchGraphs
//	python3 graph/analysis/testdata/igraph_distances.py /tmp/sssp
func TestBenchGraphs(t *testing.T) {
	dir := os.Getenv("DIPLOGRAPH_BENCH_DIR")
	if dir == "" {
		t.Skip("DIPLOGRAPH_BENCH_DIR not set")
	}
	for _, s := range benchSizes[1:] {
		p := benchProjection(nil, s.n, s.m, s.viaAPI)
		var edges bytes.Buffer
		fmt.Fprintln(&edges, p.Len())
		for u := range int64(p.Len()) {
			for v, w := range p.Successors(p.ActorID(u)) {
				to, _ := p.NodeID(v)
				fmt.Fprintln(&edges, u, to, strconv.FormatFloat(w, 'g', -1, 64))
			}
		}
		if err := os.WriteFile(filepath.Join(dir, s.name+".edges"), edges.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, c := range analysis.Costs() {
			tree, err := analysis.Distances(context.Background(), p, p.ActorID(0), analysis.DistancesOptions{Cost: c})
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			for _, d := range tree.Reached {
				node, _ := p.NodeID(d.ID)
				fmt.Fprintln(&out, node, strconv.FormatFloat(d.Cost, 'g', -1, 64))
			}
			if err := os.WriteFile(filepath.Join(dir, s.name+"."+c.String()), out.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
