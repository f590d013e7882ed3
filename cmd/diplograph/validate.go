package main

import (
	"errors"
	"flag"
	"fmt"

	"github.com/diplograph/diplograph/internal/errlist"
)

func validateCmd() *command {
	in := &input{}
	return &command{
		name:    "validate",
		args:    "FILE...",
		summary: "check scenario files and report every problem with its place",
		example: `  $ diplograph validate examples/ukraine2014/ukraine2014.yaml
  examples/ukraine2014/ukraine2014.yaml: ok: 33 actors, 50 relations, 1 source

  $ diplograph validate broken.yaml
  broken.yaml:12:9: relations[3].to: graph: unknown actor "kery" (did you mean "kerry"?)
  broken.yaml: 1 problem`,
		flags:   in.flags,
		minArgs: 1,
		maxArgs: -1,
		run: func(e *env, fs *flag.FlagSet, args []string) error {
			failed := 0
			for _, path := range args {
				g, err := in.load(e, path)
				if err != nil {
					var ue usageError
					if errors.As(err, &ue) {
						return err
					}
					failed++
					n := 0
					for _, p := range errlist.Flatten(err) {
						fmt.Fprintln(e.stdout, p)
						n++
					}
					fmt.Fprintf(e.stdout, "%s: %d problem%s\n", path, n, plural(n))
					continue
				}
				fmt.Fprintf(e.stdout, "%s: ok: %d actors, %d relations, %d source%s\n", path, g.NumActors(), g.NumRelations(), g.NumSources(), plural(g.NumSources()))
			}
			if failed > 0 {
				return fmt.Errorf("%d of %d files have problems", failed, len(args))
			}
			return nil
		},
	}
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
