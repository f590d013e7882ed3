// Package engine is where the embedded Graphviz meets package render.
//
// Package render must not import go-graphviz: go-graphviz compiles and
// instantiates its WebAssembly module in a package init, 75-150 ms at every
// start of every program that links it, whether it draws or not. So the
// in-process engine lives in package render/embedded, which sets Embedded
// when a program imports it; without it, render runs the engine in a child
// process (the diplograph-graphviz command).
package engine

import (
	"context"
	"errors"
)

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

// go-graphviz frees none of the memory it takes inside its WebAssembly
// module for a render: the copy of the DOT document, the SVG it returns,
// the strings it passes in, some of the layout's. Measured with v0.2.10
// (resident memory over hundreds of renders), a render keeps 24 KB for a
// two-node dyad diagram (DOT 3.9 KB, SVG 6.9 KB), 190 KB for a 15-actor
// graph (DOT 15 KB, SVG 35 KB) and 2 MB for a 1 MB DOT document, and the
// module grows until it reaches WebAssembly's 4 GiB address space. So the
// in-process engine keeps an account, under the lock, and stops once its
// estimate passes Limit; package render then draws in a child process
// instead.
var (
	// spent is the estimate of the bytes the module has kept so far.
	spent int64
	// Limit is the estimate past which the in-process engine stops: 1
	// GiB. Tests lower it; nothing else writes it.
	Limit int64 = 1 << 30
)

// ErrSpent means the in-process engine has stopped because go-graphviz has
// kept as much memory in this process as [Limit] allows.
var ErrSpent = errors.New("render: the Graphviz in this process has kept 1 GiB from earlier renders " +
	"(go-graphviz frees nothing) and draws no more")

// Cost is the estimate of what a render keeps: three bytes for each byte
// of DOT, six for each byte of SVG and 4 KiB, above every measurement.
func Cost(dot, svg int) int64 { return 3*int64(dot) + 6*int64(svg) + 4096 }

// Spend adds n to the account. The caller holds the lock.
func Spend(n int64) { spent += n }

// Account returns the estimate so far. The caller holds the lock.
func Account() int64 { return spent }

// Spent reports whether the account has passed Limit. The caller holds the
// lock.
func Spent() bool { return spent >= Limit }
