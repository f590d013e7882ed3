package analysis

import (
	"cmp"
	"errors"
	"math"
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

// TieTolerance is the relative difference within which two scores tie in
// [Rank] and [Ranks]: a and b tie when |a-b| <= TieTolerance * max(|a|, |b|).
// Scores computed in different orders differ in their last bits (0.1+0.2 is
// not 0.3), so exact equality would rank actors with the same score apart;
// 1e-9 is far above that rounding and far below any difference a measure
// means. Zero ties only with zero, and NaN with nothing.
const TieTolerance = 1e-9

// tied reports whether two scores tie within TieTolerance.
func tied(a, b float64) bool {
	return a == b || math.Abs(a-b) <= TieTolerance*max(math.Abs(a), math.Abs(b))
}

// Ranks returns the competition rank ("1224") of every score of a ranking
// sorted as this package returns them ([SortScores]): the first gets 1,
// actors whose scores tie share a rank, and the rank after a tie skips as
// many places as were shared. Scores tie within [TieTolerance], measured
// from the first (highest) score of the tie, so ties never chain further
// than that. The result is parallel to s. O(n).
func Ranks(s []Score) []int {
	out := make([]int, len(s))
	for i, x := range s {
		if i > 0 && tied(s[out[i-1]-1].Score, x.Score) {
			out[i] = out[i-1]
		} else {
			out[i] = i + 1
		}
	}
	return out
}

// Rank returns the competition rank of the actor id in a ranking sorted as
// this package returns them, as [Ranks] gives it, and true; or 0 and false
// if the actor is not in the ranking. O(n).
func Rank(s []Score, id string) (int, bool) {
	for i, x := range s {
		if x.ID == id {
			return Ranks(s[:i+1])[i], true
		}
	}
	return 0, false
}

// Isolates returns the actors of the projection without any edge, sorted
// by ID: those with no selected relation to or from another actor in the
// view (a relation weighing 0 under the projection's weighting adds no
// edge).
// Every measure scores them, at 0 or at the level every actor starts from
// (PageRank's teleport share), but the score says nothing about their ties:
// tables and reports should mark them rather than rank them as if they had
// data. O(n).
func Isolates(p *Projection) []string {
	var out []string
	for u := range int32(p.Len()) {
		if p.out.degree(u) == 0 && p.in.degree(u) == 0 {
			out = append(out, p.ids[u])
		}
	}
	return out
}

// workers is the number of goroutines parallel kernels use: every core.
func workers() int { return max(1, runtime.GOMAXPROCS(0)) }

// parallel runs fn(w, lo, hi) over [0, n) in chunks of at most chunk items,
// on every core; w identifies the worker (0..workers()-1) so fn can use
// scratch space of its own. Chunks are handed out one at a time, to
// whichever worker asks first, so a core that another process keeps busy
// takes fewer of them instead of holding the others up: the wait at the end
// is at most one chunk. The calling goroutine is worker 0 and starts at
// once; the others join as the scheduler runs them. fn must not depend on
// which worker runs which chunk, so the result is the same on any number of
// cores.
func parallel(n, chunk int, fn func(w, lo, hi int)) {
	nw := min(workers(), (n+chunk-1)/chunk)
	if nw <= 1 {
		for lo := 0; lo < n; lo += chunk {
			fn(0, lo, min(n, lo+chunk))
		}
		return
	}
	var next atomic.Int64
	work := func(w int) {
		for {
			lo := int(next.Add(int64(chunk))) - chunk
			if lo >= n {
				return
			}
			fn(w, lo, min(n, lo+chunk))
		}
	}
	var wg sync.WaitGroup
	for w := 1; w < nw; w++ {
		wg.Go(func() { work(w) })
	}
	work(0)
	wg.Wait()
}

// parallelWorkers runs fn on nw goroutines, the calling one among them,
// and returns when every one has returned.
func parallelWorkers(nw int, fn func()) {
	var wg sync.WaitGroup
	for range nw - 1 {
		wg.Go(fn)
	}
	fn()
	wg.Wait()
}
