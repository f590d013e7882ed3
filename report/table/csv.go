package table

import (
	"bufio"
	"encoding/csv"
	"io"

	"github.com/diplograph/diplograph/internal/csvsafe"
)

// WriteCSV writes the table as CSV (RFC 4180, by encoding/csv): a header of
// the column names, then one record per row. Values are at full precision:
// numbers in the shortest form that reads back to the same float64
// ("0.21340000000000001" never, "0.2134" always), dates as written
// ("2014-03"), missing values as empty fields. Title, notes, keys and
// markers are not written; use JSON to keep them. A CSV reader gives back
// the same strings, except that it reads a "\r\n" inside a field as "\n",
// and that a text value a spreadsheet would run as a formula (starting
// with '=', '+', '-', '@', a tab, a carriage return or a line feed, and
// not a number) is written behind an apostrophe, which spreadsheets read as
// "text" and do not show. It returns the first write error.
func (t *Table) WriteCSV(w io.Writer) error {
	bw := bufio.NewWriter(w)
	cw := csv.NewWriter(bw)
	write := func(rec []string) error {
		// A record of one empty field would be an empty line, which
		// readers skip: quote it.
		if len(rec) == 1 && rec[0] == "" {
			cw.Flush()
			_, err := bw.WriteString("\"\"\n")
			return err
		}
		return cw.Write(rec)
	}
	rec := make([]string, len(t.cols))
	for j, c := range t.cols {
		rec[j] = csvsafe.Cell(c.Name)
	}
	if err := write(rec); err != nil {
		return err
	}
	for _, r := range t.rows {
		for j, c := range r.cells {
			rec[j] = csvsafe.Cell(raw(c))
		}
		if err := write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}
