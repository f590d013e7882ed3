package table

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Column describes one column of a table: its heading, the type of its
// values and, for numbers, how many digits people see.
//
// A number column shows Digits significant digits (3 when Digits is 0):
// 0.2134 as "0.213", 12.5 as "12.5", 1234.5 as "1235" (the digits before
// the decimal point are never rounded away), and values below 1e-6 in
// exponent form, "2.13e-07". With Fixed it shows Digits digits after the
// decimal point instead (0 by default): Digits 2 writes 0.2134 as "0.21".
// Negative zero is written as zero. Only the text, Markdown and HTML
// writers round; CSV and JSON carry every number at full precision.
type Column struct {
	// Name is the heading. It is required and unique within a table; JSON
	// rows use it as the key.
	Name string
	// Type is the type of the column's values; the default is TextType.
	Type Type
	// Digits is how many significant digits a number column shows; 0 means
	// 3. With Fixed, it is the number of digits after the decimal point
	// (0 by default). At most 17. Other types ignore it.
	Digits int
	// Fixed makes Digits count the places after the decimal point of a
	// number column. The default counts significant digits.
	Fixed bool
	// Signed writes a plus sign before positive integer and number values,
	// for differences such as "moved +2". The default writes none.
	Signed bool
}

// maxDigits is the most digits a float64 carries.
const maxDigits = 17

// defaultDigits is the number of significant digits of a number column
// whose Digits is 0.
const defaultDigits = 3

// check reports what is wrong with c, if anything.
func (c Column) check() error {
	switch {
	case strings.TrimSpace(c.Name) == "":
		return fmt.Errorf("%w: no name", ErrBadColumn)
	case !utf8.ValidString(c.Name):
		return fmt.Errorf("%w: name is not valid UTF-8", ErrBadColumn)
	case !c.Type.valid():
		return fmt.Errorf("%w: %w", ErrBadColumn, fmt.Errorf("%w: %d", ErrUnknownType, c.Type))
	case c.Digits < 0 || c.Digits > maxDigits:
		return fmt.Errorf("%w: digits %d out of range 0 to %d", ErrBadColumn, c.Digits, maxDigits)
	}
	return nil
}

// formatNumber writes v as column c shows it to people.
func (c Column) formatNumber(v float64) string {
	var s string
	switch {
	case c.Fixed:
		s = strconv.FormatFloat(v, 'f', c.Digits, 64)
	default:
		s = significant(v, orDefault(c.Digits, defaultDigits))
	}
	if strings.HasPrefix(s, "-") && isZeroText(s[1:]) {
		s = s[1:]
	}
	if c.Signed && v > 0 && !isZeroText(s) {
		s = "+" + s
	}
	return s
}

// formatInt writes n as column c shows it to people.
func (c Column) formatInt(n int64) string {
	s := strconv.FormatInt(n, 10)
	if c.Signed && n > 0 {
		s = "+" + s
	}
	return s
}

// orDefault returns a, or b if a is 0.
func orDefault(a, b int) int {
	if a == 0 {
		return b
	}
	return a
}

// significant writes v with n significant digits in decimal form, keeping
// every digit before the decimal point, or in exponent form for magnitudes
// below 1e-6.
func significant(v float64, n int) string {
	if v == 0 {
		return "0"
	}
	if math.Abs(v) < 1e-6 {
		return strconv.FormatFloat(v, 'e', n-1, 64)
	}
	// The exponent after rounding to n digits: 0.9996 to 3 digits is 1.00.
	e := strconv.FormatFloat(v, 'e', n-1, 64)
	exp, err := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	if err != nil {
		return strconv.FormatFloat(v, 'g', n, 64)
	}
	return strconv.FormatFloat(v, 'f', max(0, n-1-exp), 64)
}

// isZeroText reports whether s, a formatted number without sign, is zero.
func isZeroText(s string) bool {
	for _, r := range s {
		if r != '0' && r != '.' {
			return false
		}
	}
	return true
}
