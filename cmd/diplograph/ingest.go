package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/events"
	"github.com/diplograph/diplograph/internal/atomicfile"
	"github.com/diplograph/diplograph/scenario"
)

// names joins the names of an enum's values: "full|country|role".
func names[T fmt.Stringer](values []T, sep string) string {
	s := make([]string, len(values))
	for i, v := range values {
		s[i] = v.String()
	}
	return strings.Join(s, sep)
}

// optionFlags names the flags behind the events.Options fields that
// events.IngestFiles may find wrong.
var optionFlags = strings.NewReplacer("Options.Countries", "--countries", "Options.Involving", "--involving",
	"Options.Codes", "--codes", "Options.From", "--from", "Options.To", "--to")

func ingestCmd() *command {
	var format, out, countries, involving, codes, from, to, granularity, aggregate, weight, title string
	var strict, rootOnly bool
	var pd pushdownArgs
	datasets := events.Datasets()[1:] // Auto is the default, not a choice to offer
	return &command{
		name: "ingest",
		args: fmt.Sprintf("[--format %s] FILE... -o scenario.json [--countries RUS,UKR,USA] [--from/--to DATE] [--actors %s] [--aggregate %s] [--weight %s]",
			names(datasets, "|"), names(events.Granularities(), "|"), names(events.Periods(), "|"), names(events.Weightings(), "|")),
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
rows by reason with their line numbers, rows left out by the filters. On a
terminal, a progress line shows rows, MB/s and rejects while reading.`,
		flags: func(fs *flag.FlagSet) {
			fs.StringVar(&format, "format", "", "input `dataset`: "+names(datasets, ", ")+" (default: detected per file)")
			fs.StringVar(&out, "o", "", "output scenario `file` (.yaml, .yml or .json; standard output as JSON if absent)")
			fs.StringVar(&countries, "countries", "", "keep events between actors of these `countries` (comma-separated CAMEO/ISO3 codes)")
			fs.StringVar(&involving, "involving", "", "keep events with at least one actor of these `countries`")
			fs.StringVar(&codes, "codes", "", "keep events whose CAMEO code starts with one of these `codes` (e.g. 19,163)")
			fs.StringVar(&from, "from", "", "keep events on or after this `date`")
			fs.StringVar(&to, "to", "", "keep events on or before this `date`")
			fs.StringVar(&granularity, "actors", events.ActorsFull.String(), "actor `granularity`: "+names(events.Granularities(), ", ")+
				" (country: RUS; role: RUSGOV; full: the data's own actors)")
			fs.StringVar(&aggregate, "aggregate", events.PerEvent.String(), "one relation per event ("+events.PerEvent.String()+") or per `period`: "+
				names(events.Periods()[1:], ", "))
			fs.StringVar(&weight, "weight", events.WeightGoldstein.String(), "relation `weight`: "+names(events.Weightings(), ", ")+
				" (|Goldstein| or the number of events)")
			fs.StringVar(&title, "title", "", "the scenario's `title`")
			fs.BoolVar(&strict, "strict", false, "stop at the first bad row instead of counting it")
			fs.BoolVar(&rootOnly, "root-only", false, "keep only GDELT root events (from lead paragraphs)")
			pd.flags(fs)
		},
		minArgs: 0,
		maxArgs: -1,
		run: func(e *env, fs *flag.FlagSet, args []string) error {
			o := events.Options{Strict: strict, RootOnly: rootOnly, Title: title,
				Countries: splitList(countries), Involving: splitList(involving), Codes: splitList(codes)}
			var err error
			if format != "" && format != aggregateFormat && pd.sql == "" {
				if o.Dataset, err = events.ParseDataset(format); err != nil {
					return usagef("--format: %v", err)
				}
			}
			if o.Actors, err = events.ParseGranularity(granularity); err != nil {
				return usagef("--actors: %v", err)
			}
			if o.Aggregate, err = events.ParsePeriod(aggregate); err != nil {
				return usagef("--aggregate: %v", err)
			}
			if o.Weight, err = events.ParseWeighting(weight); err != nil {
				return usagef("--weight: %v", err)
			}
			for _, d := range []struct {
				flag, text string
				into       *date.Date
			}{{"from", from, &o.From}, {"to", to, &o.To}} {
				if d.text != "" {
					if *d.into, err = date.Parse(d.text); err != nil {
						return usagef("--%s: %v", d.flag, err)
					}
				}
			}
			if done, err := pd.run(e, format, args, o, out); done {
				return err
			}
			if o.Title == "" {
				o.Title = "Events from " + args[0]
				if len(args) > 1 {
					o.Title += fmt.Sprintf(" and %d more file%s", len(args)-1, plural(len(args)-1))
				}
			}
			var f scenario.Syntax = scenario.JSON
			if out != "" && out != "-" {
				if f, err = scenario.SyntaxOf(out); err != nil {
					return usagef("-o: %v", err)
				}
			}
			line := newProgressLine(e.stderr)
			if line != nil {
				o.Progress = line.draw
			}
			g, rep, err := events.IngestFiles(e.ctx, args, o)
			line.end()
			if errors.Is(err, events.ErrConfig) { // the options come from the flags: name them
				return usageError{optionFlags.Replace(err.Error())}
			}
			if _, werr := rep.WriteTo(e.stderr); werr != nil && err == nil {
				err = werr
			}
			if err != nil {
				return err
			}
			encode := func(w io.Writer) error { enc := scenario.NewEncoder(w); enc.Syntax = f; return enc.Encode(g) }
			if out == "" || out == "-" {
				return encode(e.stdout)
			}
			return atomicfile.Write(out, 0o644, encode)
		},
	}
}
