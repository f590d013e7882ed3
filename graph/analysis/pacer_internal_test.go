package analysis

import (
	"runtime"
	"testing"
	"time"
)

// TestPacer checks the pacer's choices: serial on small graphs and on one
// core; otherwise a serial and a parallel iteration to time, then the
// faster way, the other one timed again every pacerProbe iterations, and a
// switch when the load changes which is faster.
func TestPacer(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	ms := time.Millisecond
	tests := []struct {
		name  string
		edges int
		procs int
		times func(it int, par bool) time.Duration
		want  string // the choices of 20 iterations: s serial, p parallel
	}{
		{"small graph", pullSerialEdges - 1, 2, func(int, bool) time.Duration { return ms }, "ssssssssssssssssssss"},
		{"one core", 1 << 22, 1, func(int, bool) time.Duration { return ms }, "ssssssssssssssssssss"},
		{"parallel pays", 1 << 22, 2, func(_ int, par bool) time.Duration {
			if par {
				return 2 * ms
			}
			return 4 * ms
		}, "spppppppsppppppp" + "sppp"},
		{"parallel stalls", 1 << 22, 2, func(_ int, par bool) time.Duration {
			if par {
				return 6 * ms
			}
			return 4 * ms
		}, "spssssssp" + "sssssssps" + "ss"},
		{"load goes away at iteration 10", 1 << 22, 2, func(it int, par bool) time.Duration {
			if par && it < 10 {
				return 6 * ms
			}
			if par {
				return 2 * ms
			}
			return 4 * ms
		}, "spssssssp" + "sssssssp" + "ppp"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			runtime.GOMAXPROCS(tc.procs)
			pc := &pacer{edges: tc.edges}
			got := ""
			for it := range len(tc.want) {
				par := pc.choose()
				if par {
					got += "p"
				} else {
					got += "s"
				}
				pc.record(par, tc.times(it, par))
			}
			if got != tc.want {
				t.Errorf("choices %s, want %s", got, tc.want)
			}
		})
	}
}
