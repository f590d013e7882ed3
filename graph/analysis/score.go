package analysis

import (
	"cmp"
	"errors"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

// Errors returned by this package. Test for them with errors.Is; they come
// wrapped with details.
var (
	// ErrUnknownActor: an actor ID that is not in the projection.
	ErrUnknownActor = errors.New("analysis: unknown actor")
	// ErrNotConverged: a power iteration did not reach its tolerance within
	// its iteration limit.
	ErrNotConverged = errors.New("analysis: did not converge")
	// ErrNoPath: no path joins the two actors.
	ErrNoPath = errors.New("analysis: no path")
	// ErrBadOption: an option out of its range.
	ErrBadOption = errors.New("analysis: bad option")
	// ErrEmpty: the measure is undefined on a graph without nodes or edges.
	ErrEmpty = errors.New("analysis: empty graph")
)

// Score is an actor's value for some measure.
type Score struct {
	ID    string  // actor ID
	Name  string  // actor name (or ID)
	Score float64 // the measure's value
}

// scores turns a value per node into a slice sorted by score, highest
// first, then by ID.
func (p *Projection) scores(x []float64) []Score {
	out := make([]Score, len(x))
	for i, v := range x {
		out[i] = Score{ID: p.ids[i], Name: p.names[i], Score: v}
	}
	SortScores(out)
	return out
}

// SortScores sorts s by score, highest first, then by ID: the order of every
// ranking this package returns. NaN scores go last. O(n log n).
func SortScores(s []Score) {
	slices.SortFunc(s, func(a, b Score) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
}

// ScoreMap returns the scores keyed by actor ID. O(n).
func ScoreMap(s []Score) map[string]float64 {
	m := make(map[string]float64, len(s))
	for _, x := range s {
		m[x.ID] = x.Score
	}
	return m
}

// Rank returns the 1-based position of the actor id in a ranking and true,
// or 0 and false. Tied actors get distinct ranks, in ID order. O(n).
func Rank(s []Score, id string) (int, bool) {
	for i, x := range s {
		if x.ID == id {
			return i + 1, true
		}
	}
	return 0, false
}

// workers is the number of goroutines parallel kernels use: every core.
func workers() int { return max(1, runtime.GOMAXPROCS(0)) }

// parallel runs fn(w, lo, hi) over [0, n) in chunks of at most chunk items,
// on every core; w identifies the worker (0..workers()-1) so fn can use
// scratch space of its own. Chunks are handed out dynamically; fn must not
// depend on which worker runs which chunk.
func parallel(n, chunk int, fn func(w, lo, hi int)) {
	nw := min(workers(), (n+chunk-1)/chunk)
	if nw <= 1 {
		for lo := 0; lo < n; lo += chunk {
			fn(0, lo, min(n, lo+chunk))
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range nw {
		wg.Go(func() {
			for {
				lo := int(next.Add(int64(chunk))) - chunk
				if lo >= n {
					return
				}
				fn(w, lo, min(n, lo+chunk))
			}
		})
	}
	wg.Wait()
}
