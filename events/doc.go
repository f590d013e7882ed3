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
// UTF-8, a control character in a field (which no output could carry) or a
// malformed CAMEO code is a [*RowError] (file:line, column,
// value, wrapping [ErrWidth], [ErrDate], [ErrNumber], [ErrUTF8], [ErrText] or
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
// # Mirrored and repeated events
//
// Coders record one happening more than once. ICEWS codes a reciprocal
// event (a consultation, a negotiation, a signed agreement) once in each
// direction from the same sentence, and codes it again from every sentence
// of the story that reports it; GDELT codes one article's event once per
// place it names. In the bundled ICEWS sample 80 of 3,705 rows repeat an
// event already read and 470 are the second half of a mirror pair of a
// reciprocal code (24 more pairs, of directed codes such as 111 criticize,
// stay two events); in the 2018 GDELT export 390 of the 1,397 rows with two
// different actors repeat an event and 41 are mirror halves (testdata/double-coded.tsv,
// counted by testdata/count_double_coded.py from the raw columns). By
// default an [Ingester] folds both, so that a relation stands for a
// happening, not for a coding of it; Options.KeepDoubleCoded (the command's
// --keep-double-coded) keeps every row as an event of its own. The rules,
// exactly (a SQL query computing the same aggregates follows them):
//
//   - Only events that pass the selection (dates, codes, countries, root
//     events) and resolve to two different actors take part, in input
//     order; folding comes last, after duplicate event IDs are removed.
//     Streaming, the Ingester looks back [FoldWindow] (two days) of input
//     time, GDELT's DATEADDED or ICEWS's Event Date: one document's rows
//     share it, and the files are in its order, so on them this equals a
//     query over the whole data set.
//   - The document of an event is its ICEWS Story ID, or its GDELT
//     SOURCEURL when that is an http(s) URL (GDELT 1.0 daily files and
//     GDELT 2.0). GDELT 1.0 backfile rows (no SOURCEURL) and rows whose
//     SOURCEURL names a publisher ("BBC Monitoring") have none and are
//     never folded.
//   - A side of an event is the actor as the row codes it, before any
//     mapping to country or role and before Options.ActorCountries: ICEWS
//     Name, Sectors and Country; GDELT ActorCode, CountryCode,
//     KnownGroupCode and Type1Code (the last three derive from the first).
//   - The key of an event is (document, day, CAMEO code, side 1, side 2):
//     the day as the row dates it (ICEWS Event Date, GDELT SQLDATE) and
//     the code as written ("040", not "40"; a subcode is its own code).
//   - A repeat is an event whose key was read before (as a first
//     occurrence or as a mirror half): it differs only in sentence, event
//     ID, place, tone or actor name wording. It joins that event: the
//     event's relation cites it as evidence and counts it in its
//     [AttrRepeats]; it is not an event of its own.
//   - A mirror half is an event that is not a repeat, whose code has a
//     mirror rule ([Mapping.Mirror]), and whose key with the two sides
//     swapped was read before as a first occurrence. The two make one
//     event, of the rule's kind, which is symmetric. The reciprocal codes
//     and their kinds, by default, are those the CAMEO codebook calls
//     reciprocal and ICEWS codes both ways: 019 express accord (in-accord),
//     030 express intent to cooperate (agreed-to-cooperate), 036 express
//     intent to meet or negotiate (agreed-to-meet), 040 consult
//     (consulted), 041 discuss by telephone (spoke-by-phone: the data does
//     not say who called, so not the directed phoned), 044 meet at a third
//     location (met), 046 engage in negotiation (negotiated), 050 engage in
//     diplomatic cooperation and 060 to 064 material cooperation
//     (cooperated), 057 sign formal agreement (agreed). Directed codes are
//     never folded: A criticising B and B criticising A in one story are
//     two events; 042 make a visit and 043 host a visit have two codes.
//   - A folded mirror pair runs from the smaller actor ID to the larger
//     (byte order of the resolved IDs), is dated the day, and counts as one
//     event (Relation.Count 1); its [AttrMirrored] says it was coded both
//     ways. Its Goldstein value, like a repeat's, is its first row's: both
//     datasets give every row of one code the same value.
//   - A folded row (repeat or mirror half) adds nothing to its relation's
//     numbers: Count, Goldstein, weight, GDELT mentions, sources, articles,
//     tone and root events are those of the events' first rows.
//   - Evidence: a folded row cites its document like any event; as the
//     document is the same, the relation keeps one citation, whose note
//     names the event IDs folded into it (up to a few hundred characters).
//   - When aggregating (Options.Aggregate), a relation of a symmetric kind
//     is keyed by its unordered pair and runs from the smaller ID to the
//     larger, folded or not, so that "A consulted B" and "B consulted A"
//     in one period are one aggregate. Its Count is its number of events,
//     each folded pair and its repeats one.
//   - The [Report] counts repeats (Repeated) and mirror halves (Mirrored)
//     apart from Events.
//
// # Coding choices
//
// Every dataset makes choices its users may not share, and the Ingester
// makes them visible and changeable. ICEWS places Crimea in the Russian
// Federation (since 2014); an analysis of the 2014 crisis as the BBC
// reported it wants Crimea Ukrainian. Options.ActorCountries
// (--country-map crimea=UKR, or a file: [ReadActorTable]) sets the country
// of an actor before it is resolved, keyed by its full-granularity ID (an
// ICEWS name's [Slug], "crimea"; a GDELT actor code, "RUSGOV"), so it holds
// at every granularity: at country level Crimea's events become Ukraine's.
// Actor kinds are guessed: a GDELT actor's from its type code, an ICEWS
// actor's from its sectors ("Executive Office" a leader, "Government" an
// official, none a group: "Crimea" becomes a group, "Department of State"
// an official). [Report.Guesses] lists each guess with the actors it made;
// Options.ActorKinds (--actor-kind crimea=territory) overrides any of
// them, keyed by the resolved actor ID. [Report.Overrides] lists each
// override with the number of event sides it changed, so a misspelt ID
// shows as unused.
//
// # Volume and intensity
//
// A relation stands for Relation.Count events: 1 for a single event, its
// number of events for an aggregate (the former "count" attribute). The
// projection's default weighting counts it, so `rank` on an aggregated
// graph ranks actors exactly as on the graph of its single events. The
// weight is intensity, one option away: |Goldstein| by default (an
// aggregate's mean over its events; analysis.WeightByRelation uses it),
// the summed |Goldstein| with [WeightGoldsteinSum], the count with
// [WeightCount].
//
// # Accounting
//
// A [Report] accounts for every row: rows read = events kept + repeats and
// mirror halves folded + mentions attached + rejected + skipped, each
// reject and skip by [Reason] with its first places ([Report.Check]). While reading, Options.Progress, if set,
// receives the counts so far ([Progress]) a few times a second and at the
// end of each input.
//
// # Performance
//
// The reader parses GDELT 2.0 at 300 to 450 MB/s (about a million rows a
// second) per core with one allocation a row, and streams: 5 million rows
// aggregated per month peak at 12 MiB of heap. README.md has the numbers.
package events
