// Package pushdown runs the part of event ingestion that outgrows one
// machine on an SQL engine that already holds the data: it writes the
// query that computes, from GDELT events, the aggregated relations that
// package events makes by streaming (BigQuery against the public GDELT
// tables, DuckDB against local files), and reads the query's result back
// into a graph.
//
//	sql, err := pushdown.Query(events.Options{Actors: events.ActorsCountry, Aggregate: events.PerMonth,
//		Countries: []string{"RUS", "UKR", "USA"}, From: date.MustParse("2014-01"), To: date.MustParse("2014-12")},
//		pushdown.QueryOptions{Dialect: pushdown.BigQuery})
//	// bq query --use_legacy_sql=false --format=csv --max_rows=100000000 "$sql" > agg.csv
//	g, err := pushdown.NewDecoder(f).Decode()
//
// # Same rules, once
//
// The query is generated from the library's own tables: the CAMEO-to-kind
// mapping ([events.Mapping]; every code of 2 to 4 digits maps in SQL to
// the kind Mapping.Kind gives it), the country table and the actor rule
// ([events.GDELTActorRules]), inlined as tables. It removes duplicate
// GLOBALEVENTIDs, selects as the ingester does (countries, involving,
// codes, dates, root events), maps codes to kinds and sides to actors at
// country or role granularity, and aggregates per pair, kind and day,
// ISO week or month, with the count, Goldstein sums and mean, mentions,
// sources and articles, mean tone, root events, first and last dates, the
// latest DATEADDED, the codes, and the documents cited (each document
// once, in GLOBALEVENTID order, up to Options.MaxEvidence: the order in
// which GDELT's files list events). The [Decoder] turns each row into the
// relation [events.Ingester] makes ([events.Ingester.AddAggregate]), so
// weights, counts, attributes and evidence agree; the nested module
// internal/sqlcheck runs the DuckDB query on the bundled samples and
// checks it, relation for relation, against the streaming ingest.
//
// Rows the streaming reader rejects as malformed (a bad date, a code that
// is not 2 to 4 digits) are left out by the query or stop DuckDB's reader
// with its error; the query returns relations, not the reader's account
// of every row.
//
// # Options
//
// [Query] takes the [events.Options] of the ingest and a [QueryOptions]
// (dialect, dataset, files or table), by value, last; [Decoder] has its
// settings as fields, like encoding/csv's Reader. [Dialect] has String,
// [ParseDialect], text marshalling and [Dialects]. Errors wrap [ErrConfig]
// or [ErrFormat]; a bad file gives an [*Error] with file, line and column.
// The package prints nothing.
package pushdown
