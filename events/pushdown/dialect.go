package pushdown

import (
	"fmt"
	"strconv"
	"strings"
)

// Dialect is the SQL engine a query is written for.
type Dialect uint8

// The dialects. The zero Dialect is BigQuery.
const (
	// BigQuery is Google BigQuery's GoogleSQL, against the public GDELT
	// tables (gdelt-bq.gdeltv2.events_partitioned for GDELT 2.0,
	// gdelt-bq.full.events_partitioned for 1.0).
	BigQuery Dialect = iota
	// DuckDB is DuckDB's SQL, against local GDELT files read with
	// read_csv.
	DuckDB
	numDialects
)

var dialectNames = []string{"bigquery", "duckdb"}

// Dialects returns every Dialect, BigQuery first.
func Dialects() []Dialect { return []Dialect{BigQuery, DuckDB} }

// String returns "bigquery" or "duckdb", the names [ParseDialect] reads and
// the diplograph command's --sql flag takes.
func (d Dialect) String() string {
	if d < numDialects {
		return dialectNames[d]
	}
	return "Dialect(" + strconv.Itoa(int(d)) + ")"
}

// ParseDialect reads a dialect name as [Dialect.String] writes it, in any
// case; "bq" is accepted for bigquery. Another name fails with an error
// wrapping [ErrConfig] that lists the names.
func ParseDialect(s string) (Dialect, error) {
	if strings.EqualFold(s, "bq") {
		return BigQuery, nil
	}
	for i, n := range dialectNames {
		if strings.EqualFold(s, n) {
			return Dialect(i), nil
		}
	}
	return 0, fmt.Errorf("%w: SQL dialect %q (want %s)", ErrConfig, s, strings.Join(dialectNames, ", "))
}

// MarshalText implements encoding.TextMarshaler with [Dialect.String]. It
// fails with ErrConfig for a value that is none of [Dialects].
func (d Dialect) MarshalText() ([]byte, error) {
	if d >= numDialects {
		return nil, fmt.Errorf("%w: %s", ErrConfig, d)
	}
	return []byte(d.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseDialect].
func (d *Dialect) UnmarshalText(b []byte) error {
	v, err := ParseDialect(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
