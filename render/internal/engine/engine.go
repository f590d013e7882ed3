// Package engine is where the embedded Graphviz meets package render.
//
// Package render must not import go-graphviz: go-graphviz compiles and
// instantiates its WebAssembly module in a package init, 75-150 ms at every
// start of every program that links it, whether it draws or not. So the
// in-process engine lives in package render/embedded, which sets Embedded
// when a program imports it; without it, render runs the engine in a child
// process (the diplograph-graphviz command).
package engine

import "context"

// Embedded, if not nil, lays out a DOT document with the named Graphviz
// layout ("dot", "neato", ...) and returns the SVG. Package render/embedded
// sets it at init; nothing else writes it.
var Embedded func(ctx context.Context, dot []byte, layout string) ([]byte, error)

// lock serialises every use of go-graphviz, the package's only state. The
// library runs Graphviz in a single WebAssembly module per process, which is
// not safe for concurrent use (goccy/go-graphviz#117): two renders at once
// corrupt each other. A channel rather than a sync.Mutex lets a caller stop
// waiting when its context ends. It lives here, not in render/embedded, so
// that render's tests can hold it while they use go-graphviz themselves.
var lock = make(chan struct{}, 1)

// Acquire waits for the lock on go-graphviz, or for ctx to end.
func Acquire(ctx context.Context) error {
	select {
	case lock <- struct{}{}:
		if err := ctx.Err(); err != nil { // both ready: do not start late work
			<-lock
			return err
		}
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Release gives the lock back.
func Release() { <-lock }
