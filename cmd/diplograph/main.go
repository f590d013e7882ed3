// Command diplograph validates, draws, ranks, explains and converts
// diplomatic relation graphs written as scenario files.
//
//	diplograph validate FILE...
//	diplograph render   FILE -o out.svg [--format svg|png|dot] [--layout dot|neato|fdp|sfdp|circo] ...
//	diplograph export   FILE --format nodelink|gexf|graphml|dot|csv [-o OUT]
//
// Run "diplograph help" for every subcommand and "diplograph CMD --help" for
// one with a worked example. FILE may be a scenario (.yaml, .yml, .json), a
// node-link JSON or GraphML export, or "-" for standard input. Exit status:
// 0 done, 1 bad input or failed work, 2 wrong usage. Ctrl-C (SIGINT) or
// SIGTERM stops the work within a second: exit status 1, "interrupted".
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// interruptGrace is how long, after SIGINT or SIGTERM, the command waits for
// its work to stop at the cancelled context before it exits anyway.
const interruptGrace = 500 * time.Millisecond

// main runs the command with a context cancelled by SIGINT (Ctrl-C) or
// SIGTERM. The work stops at the cancelled context and the command exits
// with status 1 and "interrupted"; if the work has not stopped within
// interruptGrace (reading a file, say), the command exits all the same. A
// second signal ends the process at once.
func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	done := make(chan int, 1)
	go func() { done <- run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr) }()
	var code int
	select {
	case code = <-done:
	case <-ctx.Done():
		stop() // from here on, a signal ends the process
		select {
		case code = <-done:
		case <-time.After(interruptGrace):
			fmt.Fprintln(os.Stderr, "diplograph: interrupted")
			code = exitFail
		}
	}
	stop()
	os.Exit(code)
}
