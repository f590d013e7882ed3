// Package gen writes the synthetic event graphs of the side-by-side
// benchmark (bench/compare.sh) as scenario JSON files: seeded, so the same
// size and seed always give the same bytes.
//
// # The model
//
// Actors have power-law activity: the actor of rank k (in a seeded random
// order) starts relations with probability proportional to (k+1)^-0.9.
// Each actor has a fixed set of partners, at least two and more for active
// actors (drawn by activity themselves, so hubs tie to hubs), and every
// relation runs from an actor drawn by activity to one of its partners, so
// pairs repeat as they do in coded event data. Relations take one of 20
// kinds: 16 built in and 4 defined in the file, symmetric and directed,
// events and states. Each relation has a date (a day in 2010-2024; one in
// ten only a month; states one in four an until date); one in eight has a
// weight other than 1 and one in ten a count above 1 (an aggregate); three
// in ten cite a source, two thirds of those with a quoted sentence; one in
// twenty says who reports it.
//
// Scenario JSON is the file format because it is what users of the library
// load (every diplograph command reads it): it carries everything a
// relation holds (custom kinds, sources, evidence, attribution), so a lean
// storage is measured with its full content, and Python's json module
// (written in C) reads it for the peers.
package gen

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
)

// Size is one of the benchmark's graph sizes.
type Size struct {
	Name      string // "S", "M" or "L"
	Actors    int    // number of actors
	Relations int    // number of relations
}

// Sizes are the benchmark's sizes: S 1k actors/20k relations, M 10k/500k,
// L 50k/5M.
var Sizes = []Size{
	{"S", 1_000, 20_000},
	{"M", 10_000, 500_000},
	{"L", 50_000, 5_000_000},
}

// SizeNamed returns the size called name ("S", "M", "L", any case).
func SizeNamed(name string) (Size, error) {
	for _, s := range Sizes {
		if strings.EqualFold(s.Name, name) {
			return s, nil
		}
	}
	return Size{}, fmt.Errorf("gen: unknown size %q (want S, M or L)", name)
}

// kind is a relation kind the generator draws, with its share of relations.
type kind struct {
	name      string
	symmetric bool
	state     bool
	share     int
}

// Kinds are the relation kinds drawn, with their relative shares; the last
// four are defined in the file (see customKinds).
var kinds = []kind{
	{"consulted", true, false, 14}, {"met", true, false, 10}, {"phoned", false, false, 8},
	{"appealed", false, false, 8}, {"pledged", false, false, 6}, {"visited", false, false, 6},
	{"negotiated", true, false, 5}, {"cooperated", true, false, 5}, {"demanded", false, false, 5},
	{"condemned", false, false, 5}, {"accused", false, false, 4}, {"threatened", false, false, 4},
	{"protested", false, false, 3}, {"backs", false, true, 3}, {"sanctions", false, true, 2},
	{"allied-with", true, true, 2},
	{"expelled-diplomats", false, false, 2}, {"joint-exercise", true, false, 3},
	{"trade-deal", true, true, 3}, {"cyber-attack", false, false, 2},
}

const customKinds = `  "kinds": [
    {"name": "expelled-diplomats", "sign": -1, "symmetric": false, "nature": "event", "description": "expelled diplomats of"},
    {"name": "joint-exercise", "sign": 1, "symmetric": true, "nature": "event", "description": "held a joint military exercise with"},
    {"name": "trade-deal", "sign": 1, "symmetric": true, "nature": "state", "description": "has a trade agreement with"},
    {"name": "cyber-attack", "sign": -1, "symmetric": false, "nature": "event", "description": "attributed a cyber attack to"}
  ],
`

var actorKinds = []string{"state", "leader", "official", "official", "organization", "group", "party", "media"}

var countries = []string{"USA", "RUS", "UKR", "DEU", "FRA", "GBR", "CHN", "POL", "TUR", "IRN", "IND", "JPN", "BRA", "ZAF", "EGY"}

var verbs = []string{"said", "told reporters", "announced", "confirmed", "stated", "wrote"}

// Write writes the scenario of the given size and seed to w as JSON.
func Write(w io.Writer, size Size, seed uint64) error {
	rng := rand.New(rand.NewPCG(seed, uint64(size.Relations)))
	bw := bufio.NewWriterSize(w, 1<<20)
	n := size.Actors

	// Activity: rank k (a seeded permutation of the actors) weighs (k+1)^-0.9.
	rank := rng.Perm(n)
	act := make([]float64, n)
	for i, k := range rank {
		act[i] = math.Pow(float64(k+1), -0.9)
	}
	cum := make([]float64, n)
	total := 0.0
	for i, a := range act {
		total += a
		cum[i] = total
	}
	draw := func() int {
		i, _ := slices.BinarySearch(cum, rng.Float64()*total)
		return min(i, n-1)
	}
	mean := total / float64(n)
	partners := make([][]int32, n)
	for i := range n {
		p := 2 + int(3*act[i]/mean)
		p = min(p, n/10+2, n-1)
		seen := map[int32]bool{}
		for len(partners[i]) < p {
			j := int32(draw())
			if int(j) == i || seen[j] {
				if rng.IntN(4) == 0 { // a sparse tail: any actor
					j = int32(rng.IntN(n))
				}
				if int(j) == i || seen[j] {
					continue
				}
			}
			seen[j] = true
			partners[i] = append(partners[i], j)
		}
	}
	kindCum := make([]int, len(kinds))
	shares := 0
	for i, k := range kinds {
		shares += k.share
		kindCum[i] = shares
	}
	nsources := max(size.Relations/100, 50)

	fmt.Fprintf(bw, "{\n  \"title\": \"Synthetic event graph %s (%d actors, %d relations, seed %d)\",\n", size.Name, n, size.Relations, seed)
	bw.WriteString("  \"sources\": [\n")
	for s := range nsources {
		d := dayString(rng)
		fmt.Fprintf(bw, "    {\"id\": \"src-%d\", \"title\": \"Dispatch %d\", \"publisher\": \"Wire %d\", \"date\": \"%s\"}", s, s, s%37, d)
		comma(bw, s, nsources)
	}
	bw.WriteString("  ],\n")
	bw.WriteString(customKinds)
	bw.WriteString("  \"actors\": [\n")
	for i := range n {
		k := actorKinds[rng.IntN(len(actorKinds))]
		fmt.Fprintf(bw, "    {\"id\": \"%s\", \"name\": \"Actor %d\", \"kind\": \"%s\"", actorID(i), i, k)
		if k != "group" && k != "media" && rng.IntN(2) == 0 {
			fmt.Fprintf(bw, ", \"country\": \"%s\"", countries[rng.IntN(len(countries))])
		}
		bw.WriteString("}")
		comma(bw, i, n)
	}
	bw.WriteString("  ],\n  \"relations\": [\n")
	var line []byte
	for r := range size.Relations {
		from := draw()
		ps := partners[from]
		to := int(ps[rng.IntN(len(ps))])
		ki, _ := slices.BinarySearch(kindCum, rng.IntN(shares)+1)
		k := kinds[ki]
		line = append(line[:0], `    {"from": "`...)
		line = append(line, actorID(from)...)
		line = append(line, `", "to": "`...)
		line = append(line, actorID(to)...)
		line = append(line, `", "kind": "`...)
		line = append(line, k.name...)
		line = append(line, '"')
		var d string
		if rng.IntN(10) == 0 {
			d = monthString(rng)
		} else {
			d = dayString(rng)
		}
		if k.state && rng.IntN(4) == 0 {
			line = append(line, `, "since": "`...)
			line = append(line, d...)
			line = append(line, `", "until": "`...)
			line = append(line, strconv.Itoa(2025+rng.IntN(3))...)
			line = append(line, '"')
		} else {
			line = append(line, `, "date": "`...)
			line = append(line, d...)
			line = append(line, '"')
		}
		if rng.IntN(8) == 0 {
			line = append(line, `, "weight": `...)
			line = strconv.AppendFloat(line, float64(1+rng.IntN(40))/8, 'g', -1, 64)
		}
		if rng.IntN(10) == 0 {
			line = append(line, `, "count": `...)
			line = strconv.AppendInt(line, int64(2+rng.IntN(9)), 10)
		}
		if rng.IntN(10) < 3 {
			line = append(line, `, "source": "src-`...)
			line = strconv.AppendInt(line, int64(rng.IntN(nsources)), 10)
			line = append(line, '"')
			if rng.IntN(3) < 2 {
				line = append(line, `, "quote": "Officials of `...)
				line = append(line, actorID(from)...)
				line = append(line, ' ')
				line = append(line, verbs[rng.IntN(len(verbs))]...)
				line = append(line, ` that they `...)
				line = append(line, k.name...)
				line = append(line, ' ')
				line = append(line, actorID(to)...)
				line = append(line, ` on `...)
				line = append(line, d...)
				line = append(line, `."`...)
			}
		}
		if rng.IntN(20) == 0 {
			line = append(line, `, "reported_by": "`...)
			line = append(line, actorID(draw())...)
			line = append(line, '"')
		}
		line = append(line, '}')
		if r < size.Relations-1 {
			line = append(line, ',')
		}
		line = append(line, '\n')
		bw.Write(line)
	}
	bw.WriteString("  ]\n}\n")
	return bw.Flush()
}

func comma(bw *bufio.Writer, i, n int) {
	if i < n-1 {
		bw.WriteString(",\n")
	} else {
		bw.WriteString("\n")
	}
}

// actorID names actor i: "a00042".
func actorID(i int) string { return fmt.Sprintf("a%05d", i) }

func dayString(rng *rand.Rand) string {
	return fmt.Sprintf("%04d-%02d-%02d", 2010+rng.IntN(15), 1+rng.IntN(12), 1+rng.IntN(28))
}

func monthString(rng *rand.Rand) string {
	return fmt.Sprintf("%04d-%02d", 2010+rng.IntN(15), 1+rng.IntN(12))
}
