package table

import (
	"fmt"
	"iter"
	"slices"
	"unicode/utf8"
)

// Table is a titled table of typed columns and rows of cells, with notes
// under it. Build one with New and Table.AddRow, or with Actors, OverTime or
// Changes; reorder it with Table.Sort, rank it with Table.Rank, cut it with
// Table.Select, Table.SelectKeys and Table.Top; write it with Table.String,
// Table.WriteText, Table.WriteMarkdown, Table.WriteCSV, Table.WriteJSON or
// Table.WriteHTML.
//
// A Table is not safe for concurrent writes; the methods that return a new
// Table copy what they keep, so the copies are independent.
type Table struct {
	// Title names the table; it is written above it (the <caption> in
	// HTML). It may be empty.
	Title string
	// Notes are paragraphs written under the table, after the footnotes of
	// the markers: the source of the data, how a measure was computed.
	Notes []string

	cols []Column
	rows []row
}

// row is one row: an optional key and one cell per column.
type row struct {
	key   string
	cells []Cell
}

// New returns an empty table with the given title and columns. It fails
// with ErrBadColumn (in an *Error naming the column) if a column has no
// name, a name used before, an unknown type or digits out of range, and if
// there is no column at all.
func New(title string, cols ...Column) (*Table, error) {
	if len(cols) == 0 {
		return nil, &Error{Row: -1, Err: fmt.Errorf("%w: a table needs at least one column", ErrBadColumn)}
	}
	seen := map[string]bool{}
	for i, c := range cols {
		if err := c.check(); err != nil {
			name := c.Name
			if name == "" {
				name = fmt.Sprintf("#%d", i+1)
			}
			return nil, &Error{Row: -1, Column: name, Err: err}
		}
		if seen[c.Name] {
			return nil, &Error{Row: -1, Column: c.Name, Err: fmt.Errorf("%w: the name is used twice", ErrBadColumn)}
		}
		seen[c.Name] = true
	}
	return &Table{Title: title, cols: slices.Clone(cols)}, nil
}

// AddRow appends a row with one value per column, in column order. Each
// value is nil (missing), a Cell (a value with a marker), or a Go value
// that fits the column: a string for TextType; any Go integer for
// IntegerType and RankType (ranks from 1); any Go integer or a finite
// float32 or float64 for NumberType; a date.Date for DateType (the zero
// Date is missing). It fails with ErrBadValue, in an *Error naming the row
// and column, and then adds nothing.
func (t *Table) AddRow(values ...any) error { return t.AddKeyedRow("", values...) }

// AddKeyedRow is like Table.AddRow but gives the row a key: a hidden
// identifier, such as an actor's ID, that Table.SelectKeys finds and the
// JSON output carries. Keys need not be unique, but SelectKeys finds every
// row with the key.
func (t *Table) AddKeyedRow(key string, values ...any) error {
	i := len(t.rows)
	if len(values) != len(t.cols) {
		return &Error{Row: i, Err: fmt.Errorf("%w: %d values for %d columns", ErrBadValue, len(values), len(t.cols))}
	}
	if !utf8.ValidString(key) {
		return &Error{Row: i, Err: fmt.Errorf("%w: key %q is not valid UTF-8", ErrBadValue, key)}
	}
	cells := make([]Cell, len(values))
	for j, v := range values {
		c, err := convert(t.cols[j], v)
		if err != nil {
			return &Error{Row: i, Column: t.cols[j].Name, Err: err}
		}
		cells[j] = c
	}
	t.rows = append(t.rows, row{key: key, cells: cells})
	return nil
}

// Columns returns a copy of the table's columns.
func (t *Table) Columns() []Column { return slices.Clone(t.cols) }

// Len returns the number of rows.
func (t *Table) Len() int { return len(t.rows) }

// Row returns the i-th row, 0 <= i < Len. It panics if i is out of range,
// like a slice index.
func (t *Table) Row(i int) Row { return Row{t: t, i: i, r: t.rows[i]} }

// Rows returns every row, in order.
func (t *Table) Rows() iter.Seq[Row] {
	return func(yield func(Row) bool) {
		for i := range t.rows {
			if !yield(t.Row(i)) {
				return
			}
		}
	}
}

// Mark gives the cell of row i in the named column a marker (see Cell); an
// empty marker removes it. It fails with ErrUnknownColumn, or ErrBadValue
// for a row out of range or a marker that is not valid UTF-8.
func (t *Table) Mark(i int, column, marker string) error {
	j, err := t.index(column)
	if err != nil {
		return err
	}
	if i < 0 || i >= len(t.rows) {
		return &Error{Row: i, Column: column, Err: fmt.Errorf("%w: row out of range 0 to %d", ErrBadValue, len(t.rows)-1)}
	}
	if !utf8.ValidString(marker) {
		return &Error{Row: i, Column: column, Err: fmt.Errorf("%w: marker is not valid UTF-8", ErrBadValue)}
	}
	t.rows[i].cells[j].Marker = marker
	return nil
}

// index returns the position of the named column.
func (t *Table) index(column string) (int, error) {
	if j := slices.IndexFunc(t.cols, func(c Column) bool { return c.Name == column }); j >= 0 {
		return j, nil
	}
	return -1, &Error{Row: -1, Column: column, Err: ErrUnknownColumn}
}

// clone returns a copy of t with the given rows (copied) in place of t's.
func (t *Table) clone(rows []row) *Table {
	out := &Table{Title: t.Title, Notes: slices.Clone(t.Notes), cols: slices.Clone(t.cols), rows: make([]row, len(rows))}
	for i, r := range rows {
		out.rows[i] = row{key: r.key, cells: slices.Clone(r.cells)}
	}
	return out
}

// Row is a read-only view of one row of a table, as Table.Row, Table.Rows
// and the predicate of Table.Select see it.
type Row struct {
	t *Table
	i int
	r row
}

// Index returns the row's position in its table.
func (r Row) Index() int { return r.i }

// Key returns the row's key ("" if it has none).
func (r Row) Key() string { return r.r.key }

// Cell returns the row's cell in the named column, and false if the table
// has no such column.
func (r Row) Cell(column string) (Cell, bool) {
	j, err := r.t.index(column)
	if err != nil {
		return Cell{}, false
	}
	return r.r.cells[j], true
}

// Cells returns a copy of the row's cells, in column order.
func (r Row) Cells() []Cell { return slices.Clone(r.r.cells) }
