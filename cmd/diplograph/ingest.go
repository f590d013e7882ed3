package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/events"
	"github.com/diplograph/diplograph/scenario"
)

func ingestCmd() *command {
	var format, out, countries, involving, codes, from, to, granularity, aggregate, title string
	var strict, rootOnly bool
	return &command{
		name:    "ingest",
		args:    "--format gdelt1|gdelt2|gdelt2-mentions|icews FILE... -o scenario.json [--countries RUS,UKR,USA] [--from/--to DATE] [--actors country|role|full] [--aggregate none|day|week|month]",
		summary: "turn CAMEO-coded event files (GDELT 1.0/2.0, ICEWS; plain, .gz or .zip) into a sourced scenario",
		example: `  $ diplograph ingest 20180101000000.export.CSV -o gdelt.json --actors country --aggregate month
  2414 rows read (1.0 MB in 7ms, 140 MB/s)
  488 events -> 239 relations, 59 actors, 75 sources
  0 rejected
  1926 skipped
    missing-actor1   244  first at 20180101000000.export.CSV:1, ...
  $ diplograph ingest --format icews events.2018.sample.tab -o ru-ua-us.yaml --countries RUS,UKR,USA
  $ diplograph rank ru-ua-us.yaml --by pagerank --top 10

Every row is accounted for on standard error: events that made relations, bad
rows by reason with their line numbers, rows left out by the filters.`,
		flags: func(fs *flag.FlagSet) {
			fs.StringVar(&format, "format", "", "input `format`: gdelt1, gdelt2, gdelt2-mentions or icews (default: detected per file)")
			fs.StringVar(&out, "o", "", "output scenario `file` (.yaml, .yml or .json; standard output as JSON if absent)")
			fs.StringVar(&countries, "countries", "", "keep events between actors of these `countries` (comma-separated CAMEO/ISO3 codes)")
			fs.StringVar(&involving, "involving", "", "keep events with at least one actor of these `countries`")
			fs.StringVar(&codes, "codes", "", "keep events whose CAMEO code starts with one of these `codes` (e.g. 19,163)")
			fs.StringVar(&from, "from", "", "keep events on or after this `date`")
			fs.StringVar(&to, "to", "", "keep events on or before this `date`")
			fs.StringVar(&granularity, "actors", "full", "actor `granularity`: country (RUS), role (RUSGOV) or full (code and name)")
			fs.StringVar(&aggregate, "aggregate", "none", "one relation per event (none) or per `period`: day, week, month")
			fs.StringVar(&title, "title", "", "the scenario's `title`")
			fs.BoolVar(&strict, "strict", false, "stop at the first bad row instead of counting it")
			fs.BoolVar(&rootOnly, "root-only", false, "keep only GDELT root events (from lead paragraphs)")
		},
		minArgs: 1,
		maxArgs: -1,
		run: func(e *env, fs *flag.FlagSet, args []string) error {
			var opts events.Options
			var cfg events.Config
			var err error
			if format != "" {
				if opts.Format, err = events.ParseFormat(format); err != nil {
					return usagef("--format: %v", err)
				}
			}
			opts.Strict = strict
			if cfg.Actors, err = events.ParseGranularity(granularity); err != nil {
				return usagef("--actors: %v", err)
			}
			if cfg.Aggregate, err = events.ParsePeriod(aggregate); err != nil {
				return usagef("--aggregate: %v", err)
			}
			cfg.Filter = events.Filter{Countries: splitList(countries), Involving: splitList(involving), Codes: splitList(codes), RootOnly: rootOnly}
			for _, d := range []struct {
				flag, text string
				into       *date.Date
			}{{"from", from, &cfg.Filter.From}, {"to", to, &cfg.Filter.To}} {
				if d.text != "" {
					if *d.into, err = date.Parse(d.text); err != nil {
						return usagef("--%s: %v", d.flag, err)
					}
				}
			}
			cfg.Title = title
			if cfg.Title == "" {
				cfg.Title = "Events from " + args[0]
				if len(args) > 1 {
					cfg.Title += fmt.Sprintf(" and %d more file%s", len(args)-1, plural(len(args)-1))
				}
			}
			if e.stderr == os.Stderr {
				cfg.Progress = os.Stderr // shown only on a terminal
			}
			var f scenario.Format = scenario.JSON
			if out != "" && out != "-" {
				if f, err = scenario.FormatOf(out); err != nil {
					return usagef("-o: %v", err)
				}
			}
			g, rep, err := events.IngestFiles(e.ctx, cfg, opts, args...)
			if _, werr := rep.WriteTo(e.stderr); werr != nil && err == nil {
				err = werr
			}
			if err != nil {
				return err
			}
			return writeTo(e, out, func(w io.Writer) error { return scenario.Encode(w, g, f) })
		},
	}
}
