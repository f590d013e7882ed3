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
