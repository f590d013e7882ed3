// Command duckagg runs a query that `diplograph ingest --sql duckdb` wrote
// on the embedded DuckDB and exports its result as an aggregate file (CSV
// with a header, or JSON lines when the output ends in .json), for
// `diplograph ingest --format aggregate`. It prints the time the query
// took to standard error.
//
//	diplograph ingest --sql duckdb --actors country --aggregate month events.tsv -o q.sql
//	go run ./cmd/duckagg -sql q.sql -o agg.csv
package main

import (
	"database/sql"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	_ "github.com/duckdb/duckdb-go/v2"
)

func main() {
	query := flag.String("sql", "", "the `file` of the query")
	out := flag.String("o", "agg.csv", "the aggregate `file` to write (.csv or .json)")
	threads := flag.Int("threads", 0, "DuckDB's `threads` (default: DuckDB's, one per core)")
	flag.Parse()
	if err := run(*query, *out, *threads); err != nil {
		fmt.Fprintln(os.Stderr, "duckagg:", err)
		os.Exit(1)
	}
}

func run(queryFile, out string, threads int) error {
	if queryFile == "" {
		return fmt.Errorf("give -sql FILE")
	}
	q, err := os.ReadFile(queryFile)
	if err != nil {
		return err
	}
	db, err := sql.Open("duckdb", "")
	if err != nil {
		return err
	}
	defer db.Close()
	if threads > 0 {
		if _, err := db.Exec(fmt.Sprintf("SET threads = %d", threads)); err != nil {
			return err
		}
	}
	format := "HEADER, DELIMITER ','"
	if strings.HasSuffix(out, ".json") {
		format = "FORMAT json"
	}
	start := time.Now()
	if _, err := db.Exec(fmt.Sprintf("COPY (%s) TO '%s' (%s)", q, strings.ReplaceAll(out, "'", "''"), format)); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "duckagg: %s in %.2fs\n", out, time.Since(start).Seconds())
	return nil
}
