package table

import (
	"errors"
	"fmt"
	"strings"
)

// Type is the type of a column's values. It decides how cells are checked,
// written, aligned and sorted.
type Type uint8

// The column types. The zero Type is Text.
const (
	// Text columns hold strings, written as they are and aligned left.
	Text Type = iota
	// Integer columns hold whole numbers (int64), aligned right.
	Integer
	// Number columns hold finite float64 values, written with a column's
	// chosen digits (see Column) and aligned right; CSV and JSON carry
	// them at full precision.
	Number
	// Rank columns hold ranks, whole numbers from 1, aligned right.
	Rank
	// Date columns hold date.Date values, written for people with their
	// precision ("29 Mar 2014", "Mar 2014") and as "2014-03-29" or
	// "2014-03" in CSV and JSON.
	Date
)

// ErrUnknownType is returned (wrapped) by ParseType for a name that is not
// a column type.
var ErrUnknownType = errors.New("table: unknown column type")

var typeNames = [...]string{Text: "text", Integer: "integer", Number: "number", Rank: "rank", Date: "date"}

// Types returns every column type: Text, Integer, Number, Rank, Date.
func Types() []Type { return []Type{Text, Integer, Number, Rank, Date} }

// String returns "text", "integer", "number", "rank" or "date", or
// "type(N)" for a value out of range.
func (t Type) String() string {
	if int(t) < len(typeNames) {
		return typeNames[t]
	}
	return fmt.Sprintf("type(%d)", t)
}

// ParseType reads a column type by the name String returns,
// case-insensitively. A bad name fails with an error wrapping
// ErrUnknownType that lists the valid names.
func ParseType(s string) (Type, error) {
	for _, t := range Types() {
		if strings.EqualFold(s, t.String()) {
			return t, nil
		}
	}
	return 0, fmt.Errorf("%w %q (want %s)", ErrUnknownType, s, strings.Join(typeNames[:], ", "))
}

// MarshalText implements encoding.TextMarshaler with Type.String. It fails
// for a value out of range.
func (t Type) MarshalText() ([]byte, error) {
	if !t.valid() {
		return nil, fmt.Errorf("%w: %d", ErrUnknownType, t)
	}
	return []byte(t.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseType.
func (t *Type) UnmarshalText(b []byte) error {
	v, err := ParseType(string(b))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

func (t Type) valid() bool { return int(t) < len(typeNames) }

// numeric reports whether values of t are numbers, aligned right.
func (t Type) numeric() bool { return t == Integer || t == Number || t == Rank }
