package table

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/diplograph/diplograph/date"
)

// SortOptions says how Table.Sort orders rows. The zero value sorts from
// the smallest value up.
type SortOptions struct {
	// Descending puts the largest value first. The default is ascending:
	// A to Z, smallest number first, rank 1 first, earliest date first.
	Descending bool
}

// Sort orders the rows by the named column. Missing values go last in
// either direction. Rows with equal values are ordered by the table's first
// text column (A to Z, by code point, ignoring case first), and rows still
// equal keep their order: the sort is stable, so the result depends only
// on the table. Numbers compare exactly here; Table.Rank is where near
// equal numbers tie. It fails with ErrUnknownColumn. It costs
// O(n log n) comparisons for n rows.
func (t *Table) Sort(column string, o SortOptions) error {
	j, err := t.index(column)
	if err != nil {
		return err
	}
	tie := slices.IndexFunc(t.cols, func(c Column) bool { return c.Type == TextType })
	slices.SortStableFunc(t.rows, func(a, b row) int {
		if c := compareCells(a.cells[j], b.cells[j], o.Descending); c != 0 {
			return c
		}
		if tie >= 0 && tie != j {
			return compareCells(a.cells[tie], b.cells[tie], false)
		}
		return 0
	})
	return nil
}

// compareCells orders two cells of one column, missing values last.
func compareCells(a, b Cell, descending bool) int {
	switch {
	case a.Missing() && b.Missing():
		return 0
	case a.Missing():
		return 1
	case b.Missing():
		return -1
	}
	c := compareValues(a.Value, b.Value)
	if descending {
		return -c
	}
	return c
}

// compareValues orders two present values of the same column type.
func compareValues(a, b any) int {
	switch x := a.(type) {
	case string:
		y := b.(string)
		if c := strings.Compare(strings.ToLower(x), strings.ToLower(y)); c != 0 {
			return c
		}
		return strings.Compare(x, y)
	case int64:
		return cmp.Compare(x, b.(int64))
	case float64:
		return cmp.Compare(x, b.(float64))
	case date.Date:
		return x.Compare(b.(date.Date))
	}
	return 0
}

// Select returns a new table holding the rows for which keep returns true,
// in order, with the same title, notes and columns.
func (t *Table) Select(keep func(Row) bool) *Table {
	var rows []row
	for r := range t.Rows() {
		if keep(r) {
			rows = append(rows, r.r)
		}
	}
	return t.clone(rows)
}

// SelectKeys returns a new table holding the rows whose key is one of
// keys, in the table's order. It fails with ErrUnknownKey, naming the
// first key no row has, so a typo never silently selects nothing.
func (t *Table) SelectKeys(keys ...string) (*Table, error) {
	want := map[string]bool{}
	for _, k := range keys {
		want[k] = true
	}
	found := map[string]bool{}
	var rows []row
	for _, r := range t.rows {
		if want[r.key] {
			found[r.key] = true
			rows = append(rows, r)
		}
	}
	for _, k := range keys {
		if !found[k] {
			return nil, &Error{Row: -1, Err: fmt.Errorf("%w %q", ErrUnknownKey, k)}
		}
	}
	return t.clone(rows), nil
}

// Top returns a new table holding the first n rows (all of them if there
// are fewer; none if n <= 0). Sort or rank first to make them the top ones.
func (t *Table) Top(n int) *Table {
	n = min(max(n, 0), len(t.rows))
	return t.clone(t.rows[:n])
}
