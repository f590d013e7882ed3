package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/diplograph/diplograph/actors"
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
	"Options.Codes", "--codes", "Options.From", "--from", "Options.To", "--to",
	"Options.ActorCountries", "--country-map", "Options.ActorKinds", "--actor-kind")

// actorTable reads the value of an ID=VALUE flag: a comma-separated list,
// or @FILE naming a file with one pair a line (events.ReadActorTable).
func actorTable(flagName, value string) (map[string]string, error) {
	if value == "" {
		return nil, nil
	}
	if path, ok := strings.CutPrefix(value, "@"); ok {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("--%s: %w", flagName, err)
		}
		defer f.Close()
		m, err := events.ReadActorTable(f, path)
		if err != nil {
			return nil, fmt.Errorf("--%s: %w", flagName, err)
		}
		return m, nil
	}
	m, err := events.ReadActorTable(strings.NewReader(strings.ReplaceAll(value, ",", "\n")), "--"+flagName)
	if err != nil {
		return nil, usagef("%v", err)
	}
	return m, nil
}

func ingestCmd() *command {
	var format, out, countries, involving, codes, from, to, granularity, aggregate, weight, title, countryMap, actorKind string
	var strict, rootOnly, keepDouble bool
	var pd pushdownArgs
	datasets := events.Datasets()[1:] // Auto is the default, not a choice to offer
	return &command{
		name: "ingest",
		args: fmt.Sprintf("[--format %s] FILE... -o scenario.json [--countries RUS,UKR,USA] [--from/--to DATE] [--actors %s] [--aggregate %s] [--weight %s] [--keep-double-coded] [--country-map ID=ISO3,...|@FILE] [--actor-kind ID=KIND,...|@FILE]",
			names(datasets, "|"), names(events.Granularities(), "|"), names(events.Periods(), "|"), names(events.Weightings(), "|")),
		summary: "turn CAMEO-coded event files (GDELT 1.0/2.0, ICEWS; plain, .gz or .zip) into a sourced scenario",
		example: `  $ diplograph ingest 20180101000000.export.CSV -o gdelt.json --actors country --aggregate month
  2414 rows read (1.0 MB in 7ms, 140 MB/s)
  261 events -> 227 relations, 59 actors, 75 sources
  210 repeats and 17 mirror halves folded into the events they code again
  0 rejected
  1926 skipped
    missing-actor1   244  first at 20180101000000.export.CSV:1, ...
  $ diplograph ingest --format icews events.2018.sample.tab -o ru-ua-us.yaml --countries RUS,UKR,USA \
      --country-map crimea=UKR --actor-kind crimea=territory
  $ diplograph rank ru-ua-us.yaml --by pagerank --top 10

Every row is accounted for on standard error: events that made relations,
repeats and mirror halves folded into them, bad rows by reason with their
line numbers, rows left out by the filters, the actor kinds guessed and the
overrides applied. On a terminal, a progress line shows rows, MB/s and
rejects while reading.

An event coded twice is one event: a repeat (same story or article, day,
code and actors) and the second half of a mirror pair (a reciprocal code
such as 040 consult or 046 negotiate, coded once each way from the same
story) join the event they code again (go doc events, "Mirrored and
repeated events"); --keep-double-coded keeps every row apart. With
--aggregate, a relation's count is its number of events, which the
analyses count by default.`,
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
			fs.BoolVar(&keepDouble, "keep-double-coded", false, "keep repeats and mirror halves as events of their own instead of folding them")
			fs.StringVar(&countryMap, "country-map", "", "set actors' countries: `ID=ISO3`,... (crimea=UKR; the ID at full granularity), or @FILE with one ID=ISO3 a line")
			fs.StringVar(&actorKind, "actor-kind", "", "set actors' kinds: `ID=KIND`,... (crimea=territory; kinds "+names(actors.Kinds(), ", ")+"), or @FILE")
			pd.flags(fs)
		},
		minArgs: 0,
		maxArgs: -1,
		run: func(e *env, fs *flag.FlagSet, args []string) error {
			o := events.Options{Strict: strict, RootOnly: rootOnly, Title: title, KeepDoubleCoded: keepDouble,
				Countries: splitList(countries), Involving: splitList(involving), Codes: splitList(codes)}
			var err error
			if o.ActorCountries, err = actorTable("country-map", countryMap); err != nil {
				return err
			}
			kinds, err := actorTable("actor-kind", actorKind)
			if err != nil {
				return err
			}
			for id, name := range kinds {
				k, err := actors.ParseKind(name)
				if err != nil {
					return usagef("--actor-kind %s: %v", id, err)
				}
				if o.ActorKinds == nil {
					o.ActorKinds = map[string]actors.Kind{}
				}
				o.ActorKinds[id] = k
			}
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
