package table

import (
	"errors"
	"fmt"
	"strings"
)

// Type is the type of a column's values. It decides how cells are checked,
// written, aligned and sorted.
type Type uint8

// The column types. The zero Type is TextType.
const (
	// TextType columns hold strings, written as they are and aligned left.
	TextType Type = iota
	// IntegerType columns hold whole numbers (int64), aligned right.
	IntegerType
	// NumberType columns hold finite float64 values, written with a column's
	// chosen digits (see Column) and aligned right; CSV and JSON carry
	// them at full precision.
	NumberType
	// RankType columns hold ranks, whole numbers from 1, aligned right.
	RankType
	// DateType columns hold date.Date values, written for people with their
	// precision ("29 Mar 2014", "Mar 2014") and as "2014-03-29" or
	// "2014-03" in CSV and JSON.
	DateType
)

// ErrUnknownType is returned (wrapped) by ParseType for a name that is not
// a column type.
var ErrUnknownType = errors.New("table: unknown column type")

var typeNames = [...]string{TextType: "text", IntegerType: "integer", NumberType: "number", RankType: "rank", DateType: "date"}

// Types returns every column type: TextType, IntegerType, NumberType,
// RankType, DateType.
func Types() []Type { return []Type{TextType, IntegerType, NumberType, RankType, DateType} }

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
func (t Type) numeric() bool { return t == IntegerType || t == NumberType || t == RankType }
