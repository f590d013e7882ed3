// Package table holds the tables of results that analysts publish: ranked
// actors by measures, a measure over time windows, rank changes between two
// periods, or any table built by hand.
//
// # Tables
//
// A Table has a title, typed columns (TextType, IntegerType, NumberType, RankType,
// DateType),
// rows of cells and notes. A cell may be missing (written as an en dash,
// "–") and may carry a marker, a footnote explaining it: "no relations in
// this view". Rows may have a hidden key, an actor's ID, by which
// Table.SelectKeys finds them.
//
//	t, err := table.New("Who mattered",
//		table.Column{Name: "Actor"},
//		table.Column{Name: "Relations", Type: table.IntegerType},
//		table.Column{Name: "PageRank", Type: table.NumberType, Digits: 3})
//	err = t.AddKeyedRow("putin", "Vladimir Putin", 12, 0.2134)
//
// Actors, OverTime and Changes build the usual tables from the scores that
// package graph/analysis returns ([]analysis.Score); LinksOf names the
// relations of a view for Changes.
//
// # Sorting, selecting, ranking
//
// Table.Sort orders rows by a column, stably, missing values last, ties by
// the first text column. Table.Select and Table.SelectKeys keep some rows,
// Table.Top the first n. Table.Rank computes competition ranks ("1224":
// ties share a rank, the next rank skips) from a numeric column; numbers
// tie within a relative Tolerance of 1e-9, because scores computed in
// floating point differ in their last bits where the graph has no
// difference. Rows whose rank cell carries a marker are not ranked: their
// rank is missing and the marker says why.
//
// # Writers
//
// One table, five forms, all deterministic:
//
//   - Table.String and Table.WriteText: aligned plain text.
//   - Table.WriteMarkdown: a GitHub pipe table, every string escaped.
//   - Table.WriteCSV: encoding/csv, numbers at full precision.
//   - Table.WriteJSON (and json.Marshal, json.Unmarshal): the stable schema
//     documented at Table.MarshalJSON, numbers at full precision, missing
//     values as null, never NaN.
//   - Table.WriteHTML: a <table> fragment, every string escaped, numbers in
//     cells of class "num".
//
// The text, Markdown and HTML writers round numbers as their column says
// (Column.Digits, Column.Fixed); CSV and JSON never round.
//
// # Conventions
//
// Options are structs passed by value as the last parameter, their zero
// value the documented default (SortOptions, RankOptions, ActorsOptions,
// OverTimeOptions, ChangesOptions). Errors wrap the package's Err values and,
// where they concern a row or a column, come in an *Error that names it.
// Nothing here panics on data; Table.Row panics on an index out of range,
// as a slice does. The package prints nothing.
package table
