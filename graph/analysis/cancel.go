package analysis

import "context"

// This file holds how long computations notice that their context is done.

// stopper tells a kernel, cheaply, whether its context is done: a
// non-blocking receive on ctx.Done(), a few nanoseconds, so kernels can ask
// once per source, per clique expansion or per thousand steps without a
// measurable cost. The zero stopper never stops.
type stopper struct{ done <-chan struct{} }

// stopperOf returns the stopper of ctx.
func stopperOf(ctx context.Context) stopper { return stopper{ctx.Done()} }

// stopped reports whether the context is done.
func (s stopper) stopped() bool {
	select {
	case <-s.done:
		return true
	default:
		return false
	}
}

// checkEvery is how many cheap steps (a step of a path walk) a kernel takes
// between two looks at its context.
const checkEvery = 1 << 12

// budget meters the work of a kernel whose steps vary in cost (a node
// move that visits the node's edges, a merge of two neighbour lists): it
// looks at the context once checkEvery units (an edge visited, a list
// entry merged) have been spent since its last look.
type budget struct {
	stop stopper
	left int
}

// budgetOf returns a budget that looks at ctx.
func budgetOf(ctx context.Context) *budget {
	return &budget{stop: stopperOf(ctx), left: checkEvery}
}

// neverStops returns a budget for work that takes no context.
func neverStops() *budget { return &budget{left: checkEvery} }

// spend counts n units of work and reports whether the context is done,
// looking at it only once checkEvery units have been spent since the last
// look; once it has reported true, it reports true at every call.
func (b *budget) spend(n int) bool {
	if b.left -= n; b.left > 0 {
		return false
	}
	if b.stop.stopped() {
		return true // and every later call, the context staying done
	}
	b.left = checkEvery
	return false
}

// stopped looks at the context now, whatever has been spent since the
// last look, and reports whether it is done.
func (b *budget) stopped() bool {
	b.left = 0
	return b.spend(0)
}

// halted reports whether spend has reported the context done, without
// looking at it.
func (b *budget) halted() bool { return b.left <= 0 }
