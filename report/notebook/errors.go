package notebook

import (
	"errors"
	"fmt"
)

// Errors that a *BlockError wraps, telling how a block failed; compare
// with errors.Is.
var (
	// ErrCompile: the block is not valid Go, or does not compile (syntax,
	// types, conflicting imports).
	ErrCompile = errors.New("notebook: block does not compile")
	// ErrPanic: the block panicked, or the Go runtime stopped the program
	// in it with a fatal error (a deadlock, say).
	ErrPanic = errors.New("notebook: block panicked")
	// ErrExit: the program exited in the block, with a non-zero status, or
	// with status 0 before the last block finished.
	ErrExit = errors.New("notebook: block exited")
)

// Errors that Run returns outside any block.
var (
	// ErrNoModule: no go.mod in the notebook's folder or any folder above.
	ErrNoModule = errors.New("notebook: not in a Go module")
	// ErrNoGo: the go command is not on PATH.
	ErrNoGo = errors.New("notebook: the go command is not on PATH")
	// ErrBuild: the program does not build for a reason that is no
	// block's (a missing module requirement, say).
	ErrBuild = errors.New("notebook: the program does not build")
)

// BlockError is the failure of a code block: where it is and what went
// wrong. Its message reads
//
//	FILE.md:LINE: block N: MESSAGE
//
// Run returns one per compiler error (joined with errors.Join), or one for
// the block that panicked, exited or was running when the run was canceled
// or timed out. errors.Is tells the cause: ErrCompile, ErrPanic, ErrExit,
// context.Canceled or context.DeadlineExceeded.
type BlockError struct {
	Path  string // the notebook file, as named to Parse or Run
	Block int    // the code block's number, from 1
	Line  int    // the line of the notebook the error is at (from 1)
	// Msg is what went wrong: the compiler's message, the panic with its
	// value ("panic: ..."), the exit status, or that the run timed out.
	Msg string
	// Err is the cause that errors.Is and errors.As see: ErrCompile,
	// ErrPanic, ErrExit, or the context's error.
	Err error
	// Output is what the block printed before it failed ("" when it did not
	// run).
	Output string
}

// Error returns "PATH:LINE: block N: MSG".
func (e *BlockError) Error() string {
	return fmt.Sprintf("%s:%d: block %d: %s", e.Path, e.Line, e.Block, e.Msg)
}

// Unwrap returns Err.
func (e *BlockError) Unwrap() error { return e.Err }
