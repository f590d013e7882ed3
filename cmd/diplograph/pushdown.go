package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/diplograph/diplograph/events"
	"github.com/diplograph/diplograph/events/pushdown"
	"github.com/diplograph/diplograph/internal/atomicfile"
	"github.com/diplograph/diplograph/scenario"
)

// aggregateFormat is the --format of an aggregate file, the result of an
// --sql query.
const aggregateFormat = "aggregate"

// pushdownArgs are the ingest flags of the push-down path: --sql writes
// the query instead of ingesting, --format aggregate reads its result.
type pushdownArgs struct {
	sql   string
	table string
	late  int
}

func (p *pushdownArgs) flags(fs *flag.FlagSet) {
	if f := fs.Lookup("format"); f != nil {
		f.Usage += "; or " + aggregateFormat + ": the result of an --sql query (CSV or JSON lines), one FILE"
	}
	fs.StringVar(&p.sql, "sql", "", "print the query that computes the aggregate on an SQL engine instead of ingesting: `dialect` "+
		names(pushdown.Dialects(), " or ")+" (FILE... are DuckDB's inputs; BigQuery reads the public GDELT table and needs --from)")
	fs.StringVar(&p.table, "table", "", "with --sql bigquery, the `table` to read (default "+pushdown.BigQueryGDELT2+", or "+
		pushdown.BigQueryGDELT1+" with --format gdelt1)")
	fs.IntVar(&p.late, "late-days", 0, fmt.Sprintf("with --sql bigquery, count events loaded up to `N` days after --to (default %d; -1: no bound)",
		pushdown.DefaultLateDays))
}

// run runs the push-down path if the flags ask for it, and reports whether
// they did.
func (p *pushdownArgs) run(e *env, format string, args []string, o events.Options, out string) (bool, error) {
	switch {
	case p.sql != "":
		return true, p.query(e, format, args, o, out)
	case format == aggregateFormat:
		return true, readAggregate(e, args, o, out)
	case len(args) == 0:
		return true, usagef("give at least one FILE (or --sql bigquery, which reads no file)")
	}
	return false, nil
}

func (p *pushdownArgs) query(e *env, format string, args []string, o events.Options, out string) error {
	q := pushdown.QueryOptions{Files: args, Table: p.table, LateDays: p.late}
	var err error
	if q.Dialect, err = pushdown.ParseDialect(p.sql); err != nil {
		return usagef("--sql: %v", err)
	}
	if format == aggregateFormat {
		return usagef("--sql writes the query that makes an aggregate file: give --format gdelt1 or gdelt2, the events it reads")
	}
	if format != "" {
		if q.Dataset, err = events.ParseDataset(format); err != nil {
			return usagef("--format: %v", err)
		}
	}
	if q.Dialect == pushdown.BigQuery && len(args) > 0 {
		return usagef("--sql bigquery reads the public table (or --table), not FILE arguments")
	}
	sql, err := pushdown.Query(o, q)
	if errors.Is(err, events.ErrConfig) || errors.Is(err, pushdown.ErrConfig) {
		return usageError{optionFlags.Replace(strings.ReplaceAll(err.Error(), "Options.From", "--from"))}
	}
	if err != nil {
		return err
	}
	write := func(w io.Writer) error { _, err := io.WriteString(w, sql); return err }
	if out == "" || out == "-" {
		return write(e.stdout)
	}
	return atomicfile.Write(out, 0o644, write)
}

// readAggregate reads an aggregate file into a scenario.
func readAggregate(e *env, args []string, o events.Options, out string) error {
	if len(args) != 1 {
		return usagef("--format aggregate reads one FILE (or - for standard input), got %d", len(args))
	}
	selection := map[string]bool{"--countries": len(o.Countries) > 0, "--involving": len(o.Involving) > 0, "--codes": len(o.Codes) > 0,
		"--from": !o.From.IsZero(), "--to": !o.To.IsZero(), "--root-only": o.RootOnly, "--aggregate": o.Aggregate != events.PerEvent,
		"--actors": o.Actors != events.ActorsFull, "--country-map": len(o.ActorCountries) > 0, "--keep-double-coded": o.KeepDoubleCoded}
	for _, f := range []string{"--countries", "--involving", "--codes", "--from", "--to", "--root-only", "--aggregate", "--actors",
		"--country-map", "--keep-double-coded"} {
		if selection[f] {
			return usagef("%s selects events as they are read; an aggregate file was computed with its query's (give it to --sql)", f)
		}
	}
	var f scenario.Syntax = scenario.JSON
	var err error
	if out != "" && out != "-" {
		if f, err = scenario.SyntaxOf(out); err != nil {
			return usagef("-o: %v", err)
		}
	}
	name, r := args[0], e.stdin
	if name != "-" {
		file, err := os.Open(name)
		if err != nil {
			return err
		}
		defer file.Close()
		r = file
	}
	dec := pushdown.NewDecoder(r)
	dec.Name, dec.Title, dec.Weight, dec.Mapping, dec.MaxEvidence, dec.ActorKinds = name, o.Title, o.Weight, o.Mapping, o.MaxEvidence, o.ActorKinds
	if dec.Title == "" {
		dec.Title = "Aggregated events from " + name
	}
	g, err := dec.Decode()
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "%s: %d relations, %d actors, %d sources\n", name, g.NumRelations(), g.NumActors(), g.NumSources())
	encode := func(w io.Writer) error { enc := scenario.NewEncoder(w); enc.Syntax = f; return enc.Encode(g) }
	if out == "" || out == "-" {
		return encode(e.stdout)
	}
	return atomicfile.Write(out, 0o644, encode)
}
