// Package events turns CAMEO-coded event data (GDELT 1.0, GDELT 2.0 and
// ICEWS) into dated, sourced relation graphs, streaming, in memory that does
// not grow with the input.
//
//	g, rep, err := events.IngestFiles(ctx, []string{"20180101000000.export.CSV.zip"},
//		events.Options{Actors: events.ActorsCountry, Aggregate: events.PerMonth})
//	rep.WriteTo(os.Stderr) // rows read, relations made, every reject and skip with its first lines
//
// # Options
//
// Every entry point takes one [Options] value, last: [IngestFiles],
// [NewIngester], [NewReader], [Open] and [OpenFS]. Its zero value means the
// documented defaults (detect the dataset, count bad rows and go on, full
// actors, one relation per event, |Goldstein| weights, the default mapping,
// no selection, no progress reports), and each field states its own. A
// reader uses the reading fields (Dataset, Strict, Name, MaxLineBytes), an
// ingester the others; IngestFiles uses all of them.
//
// The enums [Dataset], [Period], [Granularity], [Weighting] and [Reason]
// each have String, a Parse function that reads those names in any case
// (an unknown name is an error wrapping [ErrFormat] or [ErrConfig] that
// lists the valid ones), MarshalText and UnmarshalText, and a function
// listing every value ([Datasets], [Periods], ...), so that commands and
// configuration files use the package's names.
//
// The package prints nothing: progress goes to the Options.Progress
// callback ([Progress]), the accounting to the [Report].
//
// # Reading
//
// A [Reader] reads one row at a time: [Reader.Events] and
// [Reader.Mentions] are iterators (for ev, err := range r.Events()). It
// reads GDELT 1.0 events (57 columns in backfiles, 58 in daily files), GDELT
// 2.0 exports (61) and mentions (16), and ICEWS (20 columns with a header),
// plain, gzip or zip ([Open], [OpenFS], [NewReader]), the dataset detected
// from the header or the number of columns, or forced (Options.Dataset).
// CAMEO codes stay strings: "010" is not "10".
//
// # Bad rows
//
// A row of the wrong width, with a bad date, a non-numeric number, invalid
// UTF-8 or a malformed CAMEO code is a [*RowError] (file:line, column,
// value, wrapping [ErrWidth], [ErrDate], [ErrNumber], [ErrUTF8] or
// [ErrCode]). By default bad rows are counted by reason, with their first
// lines, and skipped; with Options.Strict the first one ends the read.
// Nothing panics on any input (the fuzz tests check it).
//
// # The codebook
//
// The CAMEO codebook is embedded ([EventCode], [EventCodes]): every event
// code with its description, base and root codes and Goldstein value from
// GDELT's table, joined with the ICEWS table, which adds 1213 and gives
// other values for 016, 022, 164 and 165 ([Code].ICEWSGoldstein). Where
// which is used: a relation's goldstein attribute and weight come from its
// own row (GDELT rows carry GDELT's value in GoldsteinScale, ICEWS rows
// ICEWS's in Intensity); generated kinds take GDELT's value as their
// default. Actor type, known-group, ethnic and religion codes are embedded
// too ([ActorType], [KnownGroup], [Ethnic], [Religion],
// [DescribeActorCode]); country codes are package actors'.
//
// # Mapping codes to kinds
//
// A [Mapping] maps every CAMEO code to a relation kind: a built-in kind of
// package graph where one fits (041 phoned, 051/053 backs, 111 condemned,
// 112 accused, 13x threatened, 154 mobilized, 163 sanctions, 192 annexed,
// ...), otherwise a kind generated per base code and named after its
// description (010 make-statement, 024 appeal-for-political-reform), with
// the sign of its Goldstein value. The mapping is data: list it, change it,
// write it and load overrides ([DefaultMapping], [Mapping.Set],
// [Mapping.Load]).
//
// # Actors
//
// A [Granularity] says what an event's sides become: the full GDELT actor
// code or ICEWS named actor ([ActorsFull]: RUSGOV "Russia - government",
// sergey-viktorovich-lavrov "Sergey Viktorovich Lavrov", official of RUS),
// the country ([ActorsCountry]: RUS) or country and role ([ActorsRole]:
// RUSGOV). GDELT's geographic country columns are FIPS codes and are never
// used as actor countries. Events with a missing side are counted
// (missing-actor1, missing-actor2), never silently dropped.
//
// # Ingesting
//
// An [Ingester] folds the stream: it removes duplicate events (by
// GLOBALEVENTID, across files; ICEWS by Event ID, with the date before
// 2014), selects (Options.Countries, Involving, Codes, From, To,
// RootOnly), keeps every event as a relation or aggregates per (from, to,
// kind, day, week or month: [Period]) with counts and mean Goldstein, and
// builds the [graph.Graph] at the end ([Ingester.Graph]). Each relation cites its documents: one
// [graph.Source] per GDELT SOURCEURL (publisher names such as "BBC
// Monitoring" are not stored as URLs), per ICEWS story, per mention.
// Metadata goes in Relation.Attrs under documented keys ([AttrCAMEO],
// [AttrGoldstein], [AttrGDELTEventID], ...). Weights are positive:
// |Goldstein| or the event count ([Weighting]); hostility is the kind's
// sign.
//
// # Accounting
//
// A [Report] accounts for every row: rows read = events kept + mentions
// attached + rejected + skipped, each reject and skip by [Reason] with its
// first places ([Report.Check]). While reading, Options.Progress, if set,
// receives the counts so far ([Progress]) a few times a second and at the
// end of each input.
//
// # Performance
//
// The reader parses GDELT 2.0 at 300 to 450 MB/s (about a million rows a
// second) per core with one allocation a row, and streams: 5 million rows
// aggregated per month peak at 12 MiB of heap. README.md has the numbers.
package events
