package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/diplograph/diplograph/internal/atomicfile"
	"github.com/diplograph/diplograph/report/notebook"
)

func notebookCmd() *command {
	var out string
	var timeout time.Duration
	return &command{
		name:    "notebook",
		args:    "FILE.md -o DIR [--timeout 10m]",
		summary: "run the ```go blocks of a Markdown notebook as one program; write FILE.html and FILE.md with their outputs",
		example: `  $ diplograph notebook examples/notebooks/ukraine2014.md -o out
  $ diplograph notebook analysis.md -o site --timeout 2m

The blocks run as one Go program, built in the Go module that holds
FILE.md and run from FILE.md's folder. A block that does not compile,
panics or exits fails the command with "FILE.md:LINE: block N: ...".`,
		flags: func(fs *flag.FlagSet) {
			fs.StringVar(&out, "o", "", "output `folder` for FILE.html, FILE.md and FILE-N.svg figures (required; made if missing)")
			fs.DurationVar(&timeout, "timeout", 10*time.Minute, "stop the notebook's program after this `duration` once built (0: no limit)")
		},
		minArgs: 1,
		maxArgs: 1,
		run: func(e *env, fs *flag.FlagSet, args []string) error {
			in := args[0]
			ext := filepath.Ext(in)
			if !strings.EqualFold(ext, ".md") && !strings.EqualFold(ext, ".markdown") {
				return usagef("%s: a notebook is a Markdown file (.md)", in)
			}
			if out == "" {
				return usagef("-o DIR is required")
			}
			if timeout < 0 {
				return usagef("--timeout %v: want a positive duration, or 0 for no limit", timeout)
			}
			name := strings.TrimSuffix(filepath.Base(in), ext)
			if sameFile(in, filepath.Join(out, name+".md")) {
				return usagef("-o %s would write over the notebook %s: choose another folder", out, in)
			}
			res, err := notebook.Run(e.ctx, in, notebook.Options{Timeout: timeout})
			if err != nil {
				var be *notebook.BlockError
				if errors.As(err, &be) && be.Output != "" {
					fmt.Fprintf(e.stderr, "block %d printed, before it failed:\n", be.Block)
					for _, l := range strings.Split(strings.TrimRight(be.Output, "\n"), "\n") {
						fmt.Fprintf(e.stderr, "  | %s\n", l)
					}
				}
				return err
			}
			if err := res.WriteMarkdown(out, name); err != nil {
				return err
			}
			html := filepath.Join(out, name+".html")
			if err := atomicfile.Write(html, 0o644, res.WriteHTML); err != nil {
				return err
			}
			blocks, figures := 0, 0
			for _, c := range res.Cells {
				if c.IsCode() {
					blocks++
				}
				for _, o := range c.Outputs {
					if _, ok := o.(notebook.Figure); ok {
						figures++
					}
				}
			}
			fmt.Fprintf(e.stderr, "%s: %d blocks ran; wrote %s and %s", in, blocks, html, filepath.Join(out, name+".md"))
			if figures > 0 {
				fmt.Fprintf(e.stderr, " with %d figure%s", figures, plural(figures))
			}
			fmt.Fprintln(e.stderr)
			return nil
		},
	}
}

// sameFile reports whether two paths name one existing file.
func sameFile(a, b string) bool {
	sa, err := os.Stat(a)
	if err != nil {
		return false
	}
	sb, err := os.Stat(b)
	return err == nil && os.SameFile(sa, sb)
}
