package analysis

import (
	"fmt"
	"math"
	"time"
)

// Default iteration limits of the power methods ([PageRank], [Eigenvector],
// [Katz], [HITS]). They are tighter than NetworkX's defaults (tol 1e-6, or
// 1e-8 for HITS), so that scores are converged to about 1e-10 and do not
// depend on where the iteration stopped.
const (
	DefaultTol     = 1e-12 // convergence tolerance
	DefaultMaxIter = 10000 // iteration limit
)

// limits applies the defaults to a tolerance and an iteration limit.
func limits(tol float64, maxIter int) (float64, int, error) {
	if tol == 0 {
		tol = DefaultTol
	}
	if maxIter == 0 {
		maxIter = DefaultMaxIter
	}
	if !(tol > 0) || math.IsInf(tol, 0) || maxIter < 0 {
		return 0, 0, fmt.Errorf("%w: tolerance %v, max iterations %d", ErrBadOption, tol, maxIter)
	}
	return tol, maxIter, nil
}

// pull sets y[v] = sum over edges u->v of x[u]*w(u->v) (c is the in-adjacency)
// or, with c the out-adjacency, y[u] = sum over u->v of x[v]*w(u->v), on
// every core if par. Rows are cut into chunks of pullChunk, handed out
// dynamically; each row is computed by one goroutine in a fixed order, so
// the result is the same to the bit on any number of cores, serial or not.
func pull(c *csr, weighted bool, x, y []float64, par bool) {
	n := len(y)
	chunk := pullChunk
	if !par {
		chunk = n + 1 // one goroutine: the caller
	}
	parallel(n, chunk, func(_, lo, hi int) {
		for v := lo; v < hi; v++ {
			a, b := c.off[v], c.off[v+1]
			s := 0.0
			if weighted {
				for e := a; e < b; e++ {
					s += x[c.to[e]] * c.w[e]
				}
			} else {
				for e := a; e < b; e++ {
					s += x[c.to[e]]
				}
			}
			y[v] = s
		}
	})
}

// pullChunk is the number of rows a core takes at a time in pull, and
// pullSerialEdges the number of edges below which pull always runs on one
// core: under it an iteration takes well under a millisecond and starting
// goroutines costs more than it saves.
const (
	pullChunk       = 4096
	pullSerialEdges = 1 << 16
)

// pacer decides, iteration by iteration, whether a power method's product
// (pull) runs on every core or on one. An iteration spread over the cores
// ends only when its slowest part does, so on a loaded machine, where
// another process can take a core for a scheduler time slice (several
// milliseconds, as long as a whole iteration at 5M edges), the parallel
// iteration can take longer than the serial one: measured at 50k actors and
// 5M relations on two shared cores, 6.55 ms per iteration on two cores
// against 3.88 ms on one. So the pacer times both: the first iteration
// runs serially, the second in parallel, and from then on each runs the
// way that was faster when last timed, the other way being timed again
// every pacerProbe iterations to follow the machine's load. Either way
// gives the same bits.
type pacer struct {
	edges int
	it    int
	last  [2]time.Duration // last time of a serial [0] and a parallel [1] pull
}

// pacerProbe is how often (in pulls) the pacer times the way it is not
// using.
const pacerProbe = 8

func newPacer(c *csr) *pacer { return &pacer{edges: len(c.to)} }

// pull runs pull, serially or in parallel as the timings say, and times
// it.
func (pc *pacer) pull(c *csr, weighted bool, x, y []float64) {
	par := pc.choose()
	start := time.Now()
	pull(c, weighted, x, y, par)
	pc.record(par, time.Since(start))
}

// choose says whether the next pull runs in parallel.
func (pc *pacer) choose() bool {
	if pc.edges < pullSerialEdges || workers() == 1 {
		return false
	}
	switch pc.it {
	case 0:
		return false
	case 1:
		return true
	}
	par := pc.last[1] < pc.last[0]
	if pc.it%pacerProbe == 0 {
		par = !par
	}
	return par
}

// record notes how long a pull took.
func (pc *pacer) record(par bool, d time.Duration) {
	k := 0
	if par {
		k = 1
	}
	pc.last[k] = d
	pc.it++
}

func l1(x, y []float64) float64 {
	s := 0.0
	for i := range x {
		s += math.Abs(x[i] - y[i])
	}
	return s
}

func norm2(x []float64) float64 {
	// Scaled sum of squares, as math.Hypot, to avoid overflow.
	scale := 0.0
	for _, v := range x {
		scale = max(scale, math.Abs(v))
	}
	if scale == 0 || math.IsInf(scale, 0) {
		return scale
	}
	s := 0.0
	for _, v := range x {
		r := v / scale
		s += r * r
	}
	return scale * math.Sqrt(s)
}

// PageRankOptions control [PageRank].
type PageRankOptions struct {
	// Weighted makes a walker leave an actor along an out-edge chosen in
	// proportion to the edge's weight; otherwise every out-edge is equally
	// likely. Default false.
	Weighted bool
	// Alpha is the damping factor, 0 < Alpha < 1; 0 means 0.85.
	Alpha float64
	// Personalization, if not nil, is the teleport distribution, by actor
	// ID (normalised to sum 1; actors missing from it get 0). It also
	// receives the rank of dangling actors, as in NetworkX. Default nil:
	// uniform.
	Personalization map[string]float64
	// Tol is the convergence tolerance: the iteration stops when the L1
	// change of the scores is below n*Tol. 0 means DefaultTol.
	Tol float64
	// MaxIter bounds the iterations; 0 means DefaultMaxIter.
	MaxIter int
}

// PageRank ranks actors by PageRank, as networkx.pagerank(G, weight=None),
// or networkx.pagerank(G, weight="weight") when Weighted: with probability
// Alpha a walker follows an out-edge, otherwise it jumps to an actor chosen
// uniformly (or by Personalization); an actor without out-edges (dangling)
// sends its whole rank to the jump distribution. The iteration starts
// uniform and stops when the L1 change is below n*Tol; scores sum to 1.
//
// O(n + m) time per iteration, O(n) memory. Sorted by score, highest first,
// then by ID; an empty projection gives an empty ranking. It fails with
// ErrNotConverged, ErrUnknownActor (a personalization key) or ErrBadOption
// (Alpha, Tol, MaxIter or a personalization value out of range).
func PageRank(p *Projection, o PageRankOptions) ([]Score, error) {
	x, err := pageRank(p, o)
	if err != nil {
		return nil, err
	}
	return p.scores(x), nil
}

func pageRank(p *Projection, o PageRankOptions) ([]float64, error) {
	tol, maxIter, err := limits(o.Tol, o.MaxIter)
	if err != nil {
		return nil, err
	}
	alpha := o.Alpha
	if alpha == 0 {
		alpha = 0.85
	}
	if !(alpha > 0 && alpha < 1) {
		return nil, fmt.Errorf("%w: pagerank alpha %v (want 0 < alpha < 1)", ErrBadOption, alpha)
	}
	n := p.Len()
	if n == 0 {
		return []float64{}, nil
	}
	pers := make([]float64, n)
	if o.Personalization == nil {
		for i := range pers {
			pers[i] = 1 / float64(n)
		}
	} else {
		sum := 0.0
		for id, v := range o.Personalization {
			i, ok := p.index(id)
			if !ok {
				return nil, fmt.Errorf("%w %q in pagerank personalization", ErrUnknownActor, id)
			}
			if !(v >= 0) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("%w: pagerank personalization %q: %v", ErrBadOption, id, v)
			}
			pers[i] = v
		}
		for _, v := range pers {
			sum += v
		}
		if sum == 0 {
			return nil, fmt.Errorf("%w: pagerank personalization sums to 0", ErrBadOption)
		}
		for i := range pers {
			pers[i] /= sum
		}
	}
	// Row-normalise: the walker leaves u along u->v with probability
	// w(u->v)/S(u), written as w * (1/S) as NetworkX does.
	inv := make([]float64, n)
	var dangling []int32
	for u := range int32(n) {
		s := 0.0
		if o.Weighted {
			_, w := p.out.adj(u)
			for _, v := range w {
				s += v
			}
		} else {
			s = float64(p.out.degree(u))
		}
		if s == 0 {
			dangling = append(dangling, u)
		} else {
			inv[u] = 1 / s
		}
	}
	x := make([]float64, n)
	for i := range x {
		x[i] = 1 / float64(n)
	}
	y := make([]float64, n)
	xs := make([]float64, n)
	pc := newPacer(&p.in)
	for range maxIter {
		for i := range x {
			xs[i] = x[i] * inv[i]
		}
		pc.pull(&p.in, o.Weighted, xs, y)
		dsum := 0.0
		for _, u := range dangling {
			dsum += x[u]
		}
		for i := range y {
			y[i] = alpha*(y[i]+dsum*pers[i]) + (1-alpha)*pers[i]
		}
		err := l1(x, y)
		x, y = y, x
		if err < float64(n)*tol {
			return x, nil
		}
	}
	return nil, fmt.Errorf("%w: pagerank after %d iterations", ErrNotConverged, maxIter)
}

// EigenvectorOptions control [Eigenvector].
type EigenvectorOptions struct {
	// Weighted multiplies each edge's contribution by its weight;
	// otherwise every edge counts 1. Default false.
	Weighted bool
	// Tol is the convergence tolerance: the iteration stops when the L1
	// change of the scores is below n*Tol. 0 means DefaultTol.
	Tol float64
	// MaxIter bounds the iterations; 0 means DefaultMaxIter.
	MaxIter int
}

// Eigenvector ranks actors by eigenvector centrality over in-edges, as
// networkx.eigenvector_centrality(G, weight=None), or weight="weight" when
// Weighted: an actor is central if central actors have edges to it. The
// iteration is NetworkX's, x <- (A^T + I) x normalised to unit Euclidean
// norm from a uniform start, stopping when the L1 change is below n*Tol.
//
// O(n + m) time per iteration, O(n) memory. Sorted by score, highest first,
// then by ID. It fails with ErrNotConverged, ErrEmpty (no actors) or
// ErrBadOption (Tol or MaxIter out of range).
func Eigenvector(p *Projection, o EigenvectorOptions) ([]Score, error) {
	tol, maxIter, err := limits(o.Tol, o.MaxIter)
	if err != nil {
		return nil, err
	}
	n := p.Len()
	if n == 0 {
		return nil, fmt.Errorf("%w: eigenvector centrality of no actors", ErrEmpty)
	}
	x := make([]float64, n)
	for i := range x {
		x[i] = 1 / float64(n)
	}
	y := make([]float64, n)
	pc := newPacer(&p.in)
	for range maxIter {
		pc.pull(&p.in, o.Weighted, x, y)
		for i := range y {
			y[i] += x[i]
		}
		nrm := norm2(y)
		if nrm == 0 {
			nrm = 1
		}
		for i := range y {
			y[i] /= nrm
		}
		err := l1(x, y)
		x, y = y, x
		if err < float64(n)*tol {
			return p.scores(x), nil
		}
	}
	return nil, fmt.Errorf("%w: eigenvector centrality after %d iterations", ErrNotConverged, maxIter)
}

// KatzOptions control [Katz].
type KatzOptions struct {
	// Weighted multiplies each edge's contribution by its weight;
	// otherwise every edge counts 1. Default false.
	Weighted bool
	// Alpha is the attenuation factor; 0 means 0.1. It must be below
	// 1/lambda_max of the (weighted, if Weighted) adjacency matrix for the
	// iteration to converge.
	Alpha float64
	// Beta is the score every actor gets for itself; 0 means 1.
	Beta float64
	// Tol is the convergence tolerance: the iteration stops when the L1
	// change of the scores is below n*Tol. 0 means DefaultTol.
	Tol float64
	// MaxIter bounds the iterations; 0 means DefaultMaxIter.
	MaxIter int
}

// Katz ranks actors by Katz centrality over in-edges, as
// networkx.katz_centrality(G, alpha, beta, normalized=True, weight=None),
// or weight="weight" when Weighted: x = Alpha A^T x + Beta, iterated from
// zero until the L1 change is below n*Tol, then scaled to unit Euclidean
// norm.
//
// O(n + m) time per iteration, O(n) memory. Sorted by score, highest first,
// then by ID; an empty projection gives an empty ranking. It fails with
// ErrNotConverged (Alpha too large: as soon as the scores overflow, since
// they then diverge, or after MaxIter iterations) or ErrBadOption (Alpha,
// Beta, Tol or MaxIter out of range).
func Katz(p *Projection, o KatzOptions) ([]Score, error) {
	tol, maxIter, err := limits(o.Tol, o.MaxIter)
	if err != nil {
		return nil, err
	}
	alpha, beta := o.Alpha, o.Beta
	if alpha == 0 {
		alpha = 0.1
	}
	if beta == 0 {
		beta = 1
	}
	if !(alpha > 0) || math.IsInf(alpha, 0) || math.IsNaN(beta) || math.IsInf(beta, 0) {
		return nil, fmt.Errorf("%w: katz alpha %v, beta %v", ErrBadOption, alpha, beta)
	}
	n := p.Len()
	if n == 0 {
		return []Score{}, nil
	}
	x := make([]float64, n)
	y := make([]float64, n)
	pc := newPacer(&p.in)
	for range maxIter {
		pc.pull(&p.in, o.Weighted, x, y)
		for i := range y {
			y[i] = alpha*y[i] + beta
		}
		err := l1(x, y)
		x, y = y, x
		if math.IsInf(err, 0) || math.IsNaN(err) {
			// Past 1/lambda_max the scores grow without bound: waiting for
			// MaxIter would only take longer.
			return nil, fmt.Errorf("%w: katz centrality diverges (alpha %v too large)", ErrNotConverged, alpha)
		}
		if err < float64(n)*tol {
			s := norm2(x)
			if s == 0 {
				s = 1
			}
			for i := range x {
				x[i] /= s
			}
			return p.scores(x), nil
		}
	}
	return nil, fmt.Errorf("%w: katz centrality after %d iterations (alpha %v too large?)", ErrNotConverged, maxIter, alpha)
}

// HITSOptions control [HITS].
type HITSOptions struct {
	// Weighted multiplies each edge's contribution by its weight;
	// otherwise every edge counts 1. Default false.
	Weighted bool
	// Tol is the convergence tolerance: the iteration stops when the L1
	// change of the hub scores is below Tol. 0 means DefaultTol.
	Tol float64
	// MaxIter bounds the iterations; 0 means DefaultMaxIter.
	MaxIter int
}

// HITS ranks actors as hubs (they point to good authorities) and
// authorities (good hubs point to them). Weighted, it is networkx.hits(G)
// (which always reads the "weight" attribute); unweighted, networkx.hits on
// a copy of G without weights. It iterates as NetworkX's pure-Python
// version does: from uniform hub scores, a = A^T h, h = A a, each scaled by
// its maximum, until the L1 change of h is below Tol; both rankings are
// then normalised to sum 1.
//
// O(n + m) time per iteration, O(n) memory. Both rankings are sorted by
// score, highest first, then by ID. It fails with ErrEmpty on a graph
// without edges, ErrNotConverged or ErrBadOption (Tol or MaxIter out of
// range).
func HITS(p *Projection, o HITSOptions) (hubs, authorities []Score, err error) {
	tol, maxIter, err := limits(o.Tol, o.MaxIter)
	if err != nil {
		return nil, nil, err
	}
	n := p.Len()
	if p.NumEdges() == 0 {
		return nil, nil, fmt.Errorf("%w: hits needs at least one edge", ErrEmpty)
	}
	h := make([]float64, n)
	for i := range h {
		h[i] = 1 / float64(n)
	}
	a := make([]float64, n)
	hn := make([]float64, n)
	scaleMax := func(x []float64) {
		m := x[0]
		for _, v := range x {
			m = max(m, v)
		}
		for i := range x {
			x[i] /= m
		}
	}
	pcIn, pcOut := newPacer(&p.in), newPacer(&p.out)
	for it := 0; ; it++ {
		if it == maxIter {
			return nil, nil, fmt.Errorf("%w: hits after %d iterations", ErrNotConverged, maxIter)
		}
		pcIn.pull(&p.in, o.Weighted, h, a)
		pcOut.pull(&p.out, o.Weighted, a, hn)
		scaleMax(hn)
		scaleMax(a)
		err := l1(hn, h)
		h, hn = hn, h
		if err < tol {
			break
		}
	}
	for _, x := range [][]float64{a, h} {
		s := sum(x)
		for i := range x {
			x[i] /= s
		}
	}
	return p.scores(h), p.scores(a), nil
}
