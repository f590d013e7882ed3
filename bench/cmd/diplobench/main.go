// Command diplobench is the library's side of the side-by-side benchmark
// (bench/compare.sh): it writes the synthetic scenarios and times the
// library on them.
//
//	diplobench gen -size M -seed 1 -o m.json
//	diplobench run -answers ours.json m.json
//
// run times each phase (load, projection, pagerank, betweenness, closeness,
// harmonic, weak, strong, louvain, sssp) in one process and prints one JSON
// line per phase as it ends: the seconds and the peak resident memory of the process
// when the phase ended (getrusage maxrss: the peak so far, so the load's is
// the load's own peak and a later phase's is the largest of its and every
// earlier one's). The answers (per actor) go to the -answers file for
// bench/check.py.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"syscall"
	"time"

	"github.com/diplograph/diplograph/bench/internal/gen"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
	"github.com/diplograph/diplograph/scenario"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: diplobench gen|run ...")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "gen":
		err = genCmd(os.Args[2:])
	case "run":
		err = runCmd(os.Args[2:])
	default:
		fmt.Fprintf(os.Stderr, "diplobench: unknown command %q (want gen or run)\n", os.Args[1])
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "diplobench:", err)
		os.Exit(1)
	}
}

func genCmd(args []string) error {
	fs := flag.NewFlagSet("gen", flag.ExitOnError)
	sizeName := fs.String("size", "S", "graph size: S, M or L")
	seed := fs.Uint64("seed", 1, "random seed")
	out := fs.String("o", "", "output file (scenario JSON)")
	fs.Parse(args)
	size, err := gen.SizeNamed(*sizeName)
	if err != nil {
		return err
	}
	if *out == "" {
		return fmt.Errorf("gen: -o FILE is required")
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	if err := gen.Write(f, size, *seed); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// phase is one timed step.
type phase struct {
	Name    string  `json:"phase"`
	Seconds float64 `json:"seconds"`
	PeakMB  float64 `json:"peak_mb"`
	Skipped string  `json:"skipped,omitempty"`
	Tool    string  `json:"tool"`
}

func maxRSSMB() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return math.NaN()
	}
	return float64(ru.Maxrss) / 1024 // kilobytes on Linux
}

func runCmd(args []string) error {
	fs := flag.NewFlagSet("run", flag.ExitOnError)
	answers := fs.String("answers", "", "write the answers (per actor) to this JSON file")
	skip := fs.String("skip", "", "comma-separated phases to skip")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the load to this file")
	memProfile := fs.String("memprofile", "", "write a heap profile (allocations) after the load to this file")
	fs.Parse(args)
	if fs.NArg() != 1 {
		return fmt.Errorf("run: want one scenario file")
	}
	skipped := map[string]bool{}
	for _, s := range splitComma(*skip) {
		skipped[s] = true
	}
	ctx := context.Background()
	ans := map[string]any{}
	enc := json.NewEncoder(os.Stdout)
	timed := func(name string, f func() error) error {
		if skipped[name] {
			return enc.Encode(phase{Name: name, Skipped: "asked", Tool: "diplograph"})
		}
		start := time.Now()
		if err := f(); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		return enc.Encode(phase{Name: name, Seconds: time.Since(start).Seconds(), PeakMB: maxRSSMB(), Tool: "diplograph"})
	}

	var g *graph.Graph
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
	}
	if *memProfile != "" {
		runtime.MemProfileRate = 64 << 10
	}
	if err := timed("load", func() (err error) {
		g, err = scenario.Load(fs.Arg(0))
		return err
	}); err != nil {
		return err
	}
	if *cpuProfile != "" {
		pprof.StopCPUProfile()
	}
	if *memProfile != "" {
		f, err := os.Create(*memProfile)
		if err != nil {
			return err
		}
		if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
			return err
		}
		f.Close()
	}
	ans["load"] = map[string]int{"actors": g.NumActors(), "relations": g.NumRelations()}
	var p *analysis.Projection
	if err := timed("projection", func() error {
		p = analysis.Project(g, analysis.ProjectOptions{})
		return nil
	}); err != nil {
		return err
	}
	if p == nil { // projection skipped: nothing else can run
		return writeAnswers(*answers, ans)
	}
	total := 0.0
	for u := range p.Len() {
		for _, w := range p.Successors(p.ActorID(int64(u))) {
			total += w
		}
	}
	ans["projection"] = map[string]float64{"edges": float64(p.NumEdges()), "total_weight": total}
	byActor := func(scores []analysis.Score) map[string]float64 {
		m := make(map[string]float64, len(scores))
		for _, s := range scores {
			m[s.ID] = s.Score
		}
		return m
	}
	steps := []struct {
		name string
		f    func() (any, error)
	}{
		{"pagerank", func() (any, error) {
			s, err := analysis.PageRank(p, analysis.PageRankOptions{Weighted: true})
			return byActor(s), err
		}},
		{"betweenness", func() (any, error) {
			s, err := analysis.Betweenness(ctx, p, analysis.BetweennessOptions{})
			return byActor(s), err
		}},
		{"closeness", func() (any, error) {
			s, err := analysis.Closeness(ctx, p, analysis.ClosenessOptions{})
			return byActor(s), err
		}},
		{"harmonic", func() (any, error) {
			s, err := analysis.Harmonic(ctx, p, analysis.HarmonicOptions{})
			return byActor(s), err
		}},
		{"weak", func() (any, error) { return componentLabels(analysis.WeakComponents(p)), nil }},
		{"strong", func() (any, error) { return componentLabels(analysis.StrongComponents(p)), nil }},
		{"louvain", func() (any, error) {
			c, err := analysis.Louvain(ctx, p, analysis.LouvainOptions{Weighted: true, Seed: 1})
			return map[string]float64{"modularity": c.Modularity, "groups": float64(len(c.Groups))}, err
		}},
		{"sssp", func() (any, error) {
			src := sourceActor(p)
			t, err := analysis.Distances(ctx, p, src, analysis.DistancesOptions{Cost: analysis.CostWeight})
			if err != nil {
				return nil, err
			}
			m := map[string]any{"source": src}
			d := make(map[string]float64, len(t.Reached))
			for _, r := range t.Reached {
				d[r.ID] = r.Cost
			}
			m["dist"] = d
			return m, nil
		}},
	}
	for _, s := range steps {
		var a any
		if err := timed(s.name, func() (err error) {
			a, err = s.f()
			return err
		}); err != nil {
			return err
		}
		if a != nil {
			ans[s.name] = a
		}
	}
	runtime.KeepAlive(g)
	return writeAnswers(*answers, ans)
}

// writeAnswers writes the answers as JSON to path, if path is not empty.
func writeAnswers(path string, ans map[string]any) error {
	if path != "" {
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		w := bufio.NewWriter(f)
		if err := json.NewEncoder(w).Encode(ans); err != nil {
			return err
		}
		if err := w.Flush(); err != nil {
			return err
		}
		return f.Close()
	}
	return nil
}

// sourceActor is the source of the single-source shortest paths: the actor
// with the most out-edges, the first in ID order among equals (the peers
// pick it by the same rule).
func sourceActor(p *analysis.Projection) string {
	best, bestDeg := "", -1
	for u := range p.Len() {
		id := p.ActorID(int64(u))
		d := 0
		for range p.Successors(id) {
			d++
		}
		if d > bestDeg {
			best, bestDeg = id, d
		}
	}
	return best
}

// componentLabels labels each actor with the smallest actor ID of its
// component, a labelling every tool agrees on whatever order it lists
// components in.
func componentLabels(comps [][]string) map[string]string {
	m := map[string]string{}
	for _, c := range comps {
		label := slices.Min(c)
		for _, id := range c {
			m[id] = label
		}
	}
	return m
}

func splitComma(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ',' {
			if i > start {
				out = append(out, s[start:i])
			}
			start = i + 1
		}
	}
	return out
}
