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
// 0 done, 1 bad input or failed work, 2 wrong usage.
package main

import (
	"context"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
