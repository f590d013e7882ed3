package render

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestCurvesCheap checks the guard against Graphviz's search for cycles
// before curved lines: trees, stars and sparse graphs keep their curves;
// the dense random graphs measured to take over 20 s with curves (and under
// a second straight) do not.
func TestCurvesCheap(t *testing.T) {
	random := func(n, m int) (from, to []string) {
		rng := rand.New(rand.NewPCG(uint64(n), 25))
		for len(from) < m {
			f, tt := rng.IntN(n), rng.IntN(n)
			if f != tt {
				from, to = append(from, fmt.Sprint(f)), append(to, fmt.Sprint(tt))
			}
		}
		return from, to
	}
	star := func(n int, both bool) (from, to []string) {
		for i := 1; i < n; i++ {
			from, to = append(from, "hub"), append(to, fmt.Sprint(i))
			if both {
				from, to = append(from, fmt.Sprint(i)), append(to, "hub")
			}
		}
		return from, to
	}
	cases := []struct {
		name     string
		from, to []string
		want     bool
	}{
		{"nothing", nil, nil, true},
		{"star of 150", nil, nil, true},
		{"star both ways", nil, nil, true},
		{"20 actors, 30 random lines", nil, nil, true},
		{"30 actors, 75 random lines", nil, nil, false},
		{"15 actors, 60 random lines", nil, nil, false},
		{"40 actors, 100 random lines", nil, nil, false},
	}
	cases[1].from, cases[1].to = star(151, false)
	cases[2].from, cases[2].to = star(75, true)
	cases[3].from, cases[3].to = random(20, 30)
	cases[4].from, cases[4].to = random(30, 75)
	cases[5].from, cases[5].to = random(15, 60)
	cases[6].from, cases[6].to = random(40, 100)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := curvesCheap(c.from, c.to); got != c.want {
				t.Errorf("curvesCheap = %v (%d steps), want %v", got, cycleSearch(c.from, c.to, 1e8), c.want)
			}
		})
	}
}
