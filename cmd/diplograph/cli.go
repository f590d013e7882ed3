package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Exit statuses.
const (
	exitOK    = 0
	exitFail  = 1 // bad input or failed work
	exitUsage = 2 // wrong usage
)

// env is what a subcommand runs with.
type env struct {
	ctx    context.Context
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

// command is one subcommand.
type command struct {
	name    string
	args    string // synopsis of the positional arguments and flags
	summary string
	example string
	flags   func(fs *flag.FlagSet) // declares the flags
	minArgs int
	maxArgs int // -1: any number
	run     func(e *env, fs *flag.FlagSet, args []string) error
}

// usageError is wrong usage: exit status 2.
type usageError struct{ msg string }

func (u usageError) Error() string { return u.msg }

func usagef(format string, a ...any) error { return usageError{fmt.Sprintf(format, a...)} }

func commands() []*command {
	cs := []*command{validateCmd(), renderCmd(), exportCmd(), ingestCmd(), reportCmd(), notebookCmd()}
	cs = append(cs, analysisCmds()...)
	sort.Slice(cs, func(i, j int) bool { return order(cs[i].name) < order(cs[j].name) })
	return cs
}

// order keeps DESIGN.md's order of subcommands in help.
func order(name string) int {
	for i, n := range []string{"validate", "render", "rank", "path", "communities", "balance", "export", "ingest", "report", "notebook"} {
		if n == name {
			return i
		}
	}
	return 100
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{ctx: ctx, stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		mainUsage(stderr)
		return exitUsage
	}
	name := args[0]
	if name == "help" || name == "-h" || name == "--help" || name == "-help" {
		if len(args) > 1 {
			for _, c := range commands() {
				if c.name == args[1] {
					commandUsage(stdout, c, newFlagSet(c))
					return exitOK
				}
			}
		}
		mainUsage(stdout)
		return exitOK
	}
	for _, c := range commands() {
		if c.name != name {
			continue
		}
		fs := newFlagSet(c)
		pos, err := parse(fs, args[1:])
		if errors.Is(err, flag.ErrHelp) {
			commandUsage(stdout, c, fs)
			return exitOK
		}
		if err == nil && len(pos) < c.minArgs {
			err = usagef("%s needs %s", c.name, c.args)
		}
		if err == nil && c.maxArgs >= 0 && len(pos) > c.maxArgs {
			err = usagef("%s takes %s; unexpected %q", c.name, c.args, pos[c.maxArgs])
		}
		if err == nil {
			err = c.run(e, fs, pos)
		}
		if err == nil {
			return exitOK
		}
		if ctx.Err() != nil {
			// Stopped by SIGINT or SIGTERM (see main): the error is the
			// cancelled context, or a failure it caused.
			fmt.Fprintf(stderr, "diplograph %s: interrupted\n", c.name)
			return exitFail
		}
		var ue usageError
		if errors.As(err, &ue) || strings.HasPrefix(err.Error(), "flag ") {
			fmt.Fprintf(stderr, "diplograph %s: %v\nRun 'diplograph %s --help' for usage.\n", c.name, err, c.name)
			return exitUsage
		}
		fmt.Fprintf(stderr, "diplograph %s: %v\n", c.name, err)
		return exitFail
	}
	fmt.Fprintf(stderr, "diplograph: unknown command %q\n", name)
	mainUsage(stderr)
	return exitUsage
}

func newFlagSet(c *command) *flag.FlagSet {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	if c.flags != nil {
		c.flags(fs)
	}
	return fs
}

// parse parses flags that may stand before, between or after the
// positional arguments, as in "diplograph render FILE -o out.svg". A lone
// "-" is a positional argument (standard input); "--" ends the flags.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usageError{err.Error()}
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

func mainUsage(w io.Writer) {
	fmt.Fprint(w, `diplograph: diplomatic actor relationship graphs

Usage:
  diplograph COMMAND [arguments]

Commands:
`)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-12s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
FILE is a scenario file (.yaml, .yml, .json), a node-link JSON or GraphML
export, or - for standard input. Run 'diplograph COMMAND --help' for a
command's flags and a worked example.

Exit status: 0 done, 1 bad input or failed work, 2 wrong usage.
`)
}

func commandUsage(w io.Writer, c *command, fs *flag.FlagSet) {
	fmt.Fprintf(w, "Usage: diplograph %s %s\n\n%s\n", c.name, c.args, c.summary)
	hasFlags := false
	fs.VisitAll(func(*flag.Flag) { hasFlags = true })
	if hasFlags {
		fmt.Fprintln(w, "\nFlags:")
		fs.SetOutput(w)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	if c.example != "" {
		fmt.Fprintf(w, "\nExample:\n%s\n", c.example)
	}
}
