package table

import (
	"fmt"
	"math"
	"unicode/utf8"

	"github.com/diplograph/diplograph/date"
)

// Cell is one value of a table and its marker.
//
// Value is nil for a missing value, written as an en dash "–" (empty in
// CSV, null in JSON); otherwise it is a string (text columns), an int64
// (integer and rank columns), a float64 (number columns) or a date.Date
// (date columns). Table.AddRow accepts other Go types and converts them.
//
// Marker explains a cell, as a footnote: "no relations in this view". The
// writers put a symbol (*, †, ‡, ...) after the value and the text under
// the table; cells with the same marker text share one symbol. Symbols are
// given in reading order, row by row.
type Cell struct {
	Value  any    // nil, string, int64, float64 or date.Date
	Marker string // footnote text; "" for none
}

// Missing reports whether the cell has no value.
func (c Cell) Missing() bool { return c.Value == nil }

// Float returns the cell's value as a float64 if it is a number (an
// integer, number or rank column) and present.
func (c Cell) Float() (float64, bool) {
	switch v := c.Value.(type) {
	case int64:
		return float64(v), true
	case float64:
		return v, true
	}
	return 0, false
}

// convert makes v a cell of column c: it accepts a Cell, nil, and the Go
// values that fit the column's type, and normalises them.
func convert(col Column, v any) (Cell, error) {
	var c Cell
	if cell, ok := v.(Cell); ok {
		if !utf8.ValidString(cell.Marker) {
			return Cell{}, fmt.Errorf("%w: marker is not valid UTF-8", ErrBadValue)
		}
		c.Marker = cell.Marker
		v = cell.Value
	}
	if v == nil {
		return c, nil
	}
	var err error
	c.Value, err = value(col.Type, v)
	return c, err
}

// value normalises v for a column of type t.
func value(t Type, v any) (any, error) {
	bad := func(why string) error {
		return fmt.Errorf("%w: %T %v in a %s column: %s", ErrBadValue, v, v, t, why)
	}
	switch t {
	case TextType:
		s, ok := v.(string)
		if !ok {
			return nil, bad("want a string")
		}
		if !utf8.ValidString(s) {
			return nil, fmt.Errorf("%w: text %q is not valid UTF-8", ErrBadValue, s)
		}
		return s, nil
	case IntegerType, RankType:
		n, ok := integer(v)
		if !ok {
			return nil, bad("want a whole number")
		}
		if t == RankType && n < 1 {
			return nil, bad("ranks start at 1")
		}
		return n, nil
	case NumberType:
		if n, ok := integer(v); ok {
			return float64(n), nil
		}
		var f float64
		switch x := v.(type) {
		case float64:
			f = x
		case float32:
			f = float64(x)
		default:
			return nil, bad("want a number")
		}
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, bad("not a finite number; use nil for a missing value")
		}
		return f, nil
	case DateType:
		d, ok := v.(date.Date)
		if !ok {
			return nil, bad("want a date.Date")
		}
		if d.IsZero() {
			return nil, nil
		}
		return d, nil
	}
	return nil, bad("unknown column type")
}

// integer converts the Go integer types to int64.
func integer(v any) (int64, bool) {
	switch x := v.(type) {
	case int:
		return int64(x), true
	case int8:
		return int64(x), true
	case int16:
		return int64(x), true
	case int32:
		return int64(x), true
	case int64:
		return x, true
	case uint8:
		return int64(x), true
	case uint16:
		return int64(x), true
	case uint32:
		return int64(x), true
	case uint:
		if uint64(x) > math.MaxInt64 {
			return 0, false
		}
		return int64(x), true
	case uint64:
		if x > math.MaxInt64 {
			return 0, false
		}
		return int64(x), true
	}
	return 0, false
}
