package main

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
)

// base is render's time of an empty render (render/cost.go).
const base = 0.15

// sample is one measured render.
type sample struct {
	actors, lines float64 // lines: the lines' span
	secs          float64
	stopped       bool // killed at secs
}

// fit reads the measurements and prints, for each layout and drawing, the
// model seconds = base + exp(a) * actors^b * span^c fitted by boundingFit, and how far above the time taken its
// predictions go.
func fit(path string, w io.Writer) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	samples := map[[2]string][]sample{}
	sc := bufio.NewScanner(f)
	sc.Scan()
	for line := 2; sc.Scan(); line++ {
		c := strings.Split(sc.Text(), "\t")
		if len(c) != 7 {
			return fmt.Errorf("%s:%d: %d columns, want 7", path, line, len(c))
		}
		var s sample
		s.actors, _ = strconv.ParseFloat(c[2], 64)
		s.lines, _ = strconv.ParseFloat(c[5], 64) // the span: what the time grows with (render/cost.go)
		s.stopped = strings.HasPrefix(c[6], ">")
		if s.secs, err = strconv.ParseFloat(strings.TrimPrefix(c[6], ">"), 64); err != nil {
			return fmt.Errorf("%s:%d: %v", path, line, err)
		}
		key := [2]string{c[0], c[1]}
		samples[key] = append(samples[key], s)
	}
	keys := make([][2]string, 0, len(samples))
	for k := range samples {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i][0]+keys[i][1] < keys[j][0]+keys[j][1] })
	for _, k := range keys {
		a, b, c := boundingFit(samples[k])
		a = math.Ceil(a*1000)/1000 + 0.001 // printed to 3 decimals: still bounding
		worst := 0.0                       // the largest prediction / time taken, of renders of a second or more
		for _, s := range samples[k] {
			if !s.stopped && s.secs >= 1 {
				p := base + math.Exp(a)*math.Pow(s.actors, b)*math.Pow(math.Max(s.lines, 1), c)
				worst = math.Max(worst, p/s.secs)
			}
		}
		fmt.Fprintf(w, "%s\t%s\t{%.3f, %.3f, %.3f}\t%d samples, predictions up to %.1fx the time taken\n", k[0], k[1], a, b, c, len(samples[k]), worst)
	}
	return nil
}

// boundingFit returns the model log(secs-base) = a + b log(actors) + c
// log(lines) that bounds every sample from above (a stopped one counts as
// taking the time it ran) and, among those, is the closest to the samples
// of half a second or more in the sum of log(predicted / taken): b and c
// searched on a grid of 0 to 3 by 0.02, a the least that bounds. Bounding
// rather than least squares, because the model refuses renders: it must not
// predict less than a render takes, and should not predict much more.
func boundingFit(ss []sample) (a, b, c float64) {
	type point struct{ x1, x2, y float64 }
	var all, fitted []point
	for _, s := range ss {
		p := point{math.Log(s.actors), math.Log(math.Max(s.lines, 1)), math.Log(math.Max(s.secs-base, 1e-3))}
		all = append(all, p)
		if s.secs >= 0.5 && !s.stopped {
			fitted = append(fitted, p)
		}
	}
	best := math.Inf(1)
	for bi := 0; bi <= 150; bi++ {
		for ci := 0; ci <= 150; ci++ {
			bb, cc := float64(bi)*0.02, float64(ci)*0.02
			aa := math.Inf(-1)
			for _, p := range all {
				aa = math.Max(aa, p.y-bb*p.x1-cc*p.x2)
			}
			sum := 0.0
			for _, p := range fitted {
				sum += aa + bb*p.x1 + cc*p.x2 - p.y
			}
			if sum < best {
				best, a, b, c = sum, aa, bb, cc
			}
		}
	}
	return a, b, c
}
