package pushdown

import (
	"fmt"
	"strings"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/events"
)

// dialect is what differs between the engines: the rest of a query is
// written once. The golden test of the BigQuery query checks that it
// differs from the DuckDB one only in the lines these methods write.
type dialect interface {
	// table writes the rows of an inline table with the given columns.
	table(w *writer, cols []string, rows [][]string)
	// from writes the FROM clause of the input.
	from(w *writer)
	// partitions returns the conditions that bound the scan, if any.
	partitions(w *writer) []string
	// day turns an SQLDATE integer expression into a DATE.
	day(expr string) string
	// periodStart returns the first day of the period of the DATE expr.
	periodStart(p events.Period, expr string) string
	// validID returns the condition that the string expr is an actor ID
	// (actors.ValidateID; the rest of graph.ValidateID, normal form NFKC,
	// is checked when the results are read, by actorOf).
	validID(expr string) string
	// evidence returns the JSON array of the cited documents of a group,
	// of the rows where cond holds, in GLOBALEVENTID order.
	evidence(cond string) string
}

var dialects = [numDialects]dialect{BigQuery: bigQuery{}, DuckDB: duckDB{}}

// idPattern is the RE2 expression of actors.ValidateID (letters and digits,
// and '-', '_', '.' after the first); the tests check that they agree.
const idPattern = `^[\p{L}\p{Nd}][\p{L}\p{Nd}_.-]*$`

type bigQuery struct{}

func (bigQuery) table(w *writer, cols []string, rows [][]string) {
	types := make([]string, len(cols))
	for i, c := range cols {
		types[i] = c + " STRING"
	}
	end := "  ])"
	if len(cols) == 1 { // an array of strings: ('AFG') is a string in parentheses, not a struct
		w.line("  SELECT %s FROM UNNEST([", cols[0])
		end = "  ]) AS " + cols[0]
	} else {
		w.line("  SELECT * FROM UNNEST(ARRAY<STRUCT<%s>>[", strings.Join(types, ", "))
	}
	for i, r := range rows {
		sep := ","
		if i == len(rows)-1 {
			sep = ""
		}
		w.line("    (%s)%s", quoteList(r), sep)
	}
	w.line("%s", end)
}

func (bigQuery) from(w *writer) {
	table := w.q.Table
	if table == "" {
		table = BigQueryGDELT2
		if w.q.Dataset == events.GDELT1 {
			table = BigQueryGDELT1
		}
	}
	w.line("  FROM `%s`", table)
}

func (bigQuery) partitions(w *writer) []string {
	// Partitions are days of loading: nothing is loaded before it happens,
	// most of it the same day.
	c := []string{fmt.Sprintf("_PARTITIONTIME >= TIMESTAMP('%s')", w.o.From.First().Format("2006-01-02"))}
	late := w.q.LateDays
	if late == 0 {
		late = DefaultLateDays
	}
	if !w.o.To.IsZero() && late > 0 {
		c = append(c, fmt.Sprintf("_PARTITIONTIME < TIMESTAMP('%s')", w.o.To.Last().AddDate(0, 0, late+1).Format("2006-01-02")))
	}
	return c
}

func (bigQuery) day(expr string) string {
	return fmt.Sprintf("PARSE_DATE('%%Y%%m%%d', CAST(%s AS STRING))", expr)
}

func (bigQuery) periodStart(p events.Period, expr string) string {
	switch p {
	case events.PerWeek:
		return "DATE_TRUNC(" + expr + ", ISOWEEK)"
	case events.PerMonth:
		return "DATE_TRUNC(" + expr + ", MONTH)"
	}
	return expr
}

func (bigQuery) validID(expr string) string {
	return fmt.Sprintf("REGEXP_CONTAINS(%s, r'%s') AND BYTE_LENGTH(%s) <= %d", expr, idPattern, expr, actors.MaxIDLen)
}

func (bigQuery) evidence(cond string) string {
	return fmt.Sprintf("TO_JSON_STRING(ARRAY_AGG(IF(%s, STRUCT(url AS url, added AS added, id AS event, role AS `as`), NULL) IGNORE NULLS ORDER BY id))", cond)
}

type duckDB struct{}

func (duckDB) table(w *writer, cols []string, rows [][]string) {
	w.line("  SELECT * FROM (VALUES")
	for i, r := range rows {
		sep := ","
		if i == len(rows)-1 {
			sep = ""
		}
		w.line("    (%s)%s", quoteList(r), sep)
	}
	w.line("  ) AS t(%s)", strings.Join(cols, ", "))
}

func (duckDB) from(w *writer) {
	files := make([]string, len(w.q.Files))
	for i, f := range w.q.Files {
		files[i] = "'" + strings.ReplaceAll(f, "'", "''") + "'"
	}
	pad := ""
	if w.q.Dataset == events.GDELT1 {
		pad = ", null_padding = true" // backfile rows have 57 columns, daily ones 58 (with SOURCEURL)
	}
	w.line("  FROM read_csv([%s],", strings.Join(files, ", "))
	w.line("    delim = '\\t', header = false, quote = '', escape = '', auto_detect = false%s,", pad)
	w.line("    columns = {%s})", columnTypes(w.q.Dataset))
}

func (duckDB) partitions(*writer) []string { return nil }

func (duckDB) day(expr string) string {
	return fmt.Sprintf("MAKE_DATE(CAST(%s // 10000 AS INTEGER), CAST(%s // 100 %% 100 AS INTEGER), CAST(%s %% 100 AS INTEGER))", expr, expr, expr)
}

func (duckDB) periodStart(p events.Period, expr string) string {
	switch p {
	case events.PerWeek:
		return "CAST(DATE_TRUNC('week', " + expr + ") AS DATE)"
	case events.PerMonth:
		return "CAST(DATE_TRUNC('month', " + expr + ") AS DATE)"
	}
	return expr
}

func (duckDB) validID(expr string) string {
	return fmt.Sprintf("REGEXP_FULL_MATCH(%s, '%s') AND STRLEN(%s) <= %d", expr, idPattern, expr, actors.MaxIDLen)
}

func (duckDB) evidence(cond string) string {
	return fmt.Sprintf("TO_JSON(LIST({'url': url, 'added': added, 'event': id, 'as': role} ORDER BY id) FILTER (WHERE %s))", cond)
}
