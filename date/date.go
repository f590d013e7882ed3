package date

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision says how much of a [Date] is known.
type Precision uint8

// The precisions of a date, from none to the full day.
const (
	None  Precision = iota // no date at all: the zero Date
	Year                   // 2014
	Month                  // 2014-03
	Day                    // 2014-03-29
)

// String returns "none", "year", "month" or "day".
func (p Precision) String() string {
	switch p {
	case None:
		return "none"
	case Year:
		return "year"
	case Month:
		return "month"
	case Day:
		return "day"
	}
	return "Precision(" + strconv.Itoa(int(p)) + ")"
}

// ErrPrecision means a name is not one of the [Precisions].
var ErrPrecision = errors.New("date: unknown precision")

// Precisions returns every precision, from None to Day.
func Precisions() []Precision { return []Precision{None, Year, Month, Day} }

// ParsePrecision reads a precision by its name, as [Precision.String] writes
// it, case-insensitively.
func ParsePrecision(s string) (Precision, error) {
	for _, p := range Precisions() {
		if strings.EqualFold(s, p.String()) {
			return p, nil
		}
	}
	return None, fmt.Errorf("%w %q (want none, year, month or day)", ErrPrecision, s)
}

// MarshalText implements encoding.TextMarshaler with [Precision.String].
func (p Precision) MarshalText() ([]byte, error) {
	if p > Day {
		return nil, fmt.Errorf("%w: %d", ErrPrecision, p)
	}
	return []byte(p.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParsePrecision].
func (p *Precision) UnmarshalText(b []byte) error {
	v, err := ParsePrecision(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// Errors returned (wrapped in a *ParseError) by [Parse].
var (
	// ErrSyntax means the text is not of the form YYYY, YYYY-MM or YYYY-MM-DD.
	ErrSyntax = errors.New("date: want YYYY, YYYY-MM or YYYY-MM-DD")
	// ErrImpossible means the form is right but no such day exists, such as
	// 2014-02-30 or month 13.
	ErrImpossible = errors.New("date: no such date")
)

// ParseError records a failed [Parse].
type ParseError struct {
	Text string // the text that did not parse
	Err  error  // ErrSyntax or ErrImpossible
}

// Error implements error.
func (e *ParseError) Error() string {
	if errors.Is(e.Err, ErrImpossible) {
		return fmt.Sprintf("no such date %q", e.Text)
	}
	return fmt.Sprintf("bad date %q: want YYYY, YYYY-MM or YYYY-MM-DD", e.Text)
}

// Unwrap returns the sentinel error.
func (e *ParseError) Unwrap() error { return e.Err }

// Date is a calendar date known to a [Precision]. The zero Date is "no date".
// Dates are comparable with == (same precision and same fields) and ordered
// by [Date.Compare].
type Date struct {
	year  int32
	month uint8
	day   uint8
	prec  Precision
}

// Of returns the day y-m-d. It panics if no such day exists; use [Parse] for
// user input.
func Of(y int, m time.Month, d int) Date {
	dt, err := make3(y, int(m), d, Day)
	if err != nil {
		panic(fmt.Sprintf("date.Of(%d, %d, %d): %v", y, m, d, err))
	}
	return dt
}

// OfMonth returns the month y-m. It panics if m is not 1 to 12.
func OfMonth(y int, m time.Month) Date {
	dt, err := make3(y, int(m), 1, Month)
	if err != nil {
		panic(fmt.Sprintf("date.OfMonth(%d, %d): %v", y, m, err))
	}
	return dt
}

// OfYear returns the year y. It panics if y is not 1 to 9999.
func OfYear(y int) Date {
	dt, err := make3(y, 1, 1, Year)
	if err != nil {
		panic(fmt.Sprintf("date.OfYear(%d): %v", y, err))
	}
	return dt
}

// FromTime returns the day of t in t's location. It fails with
// ErrImpossible for a time outside the years 0001 to 9999 that [Parse]
// accepts, so every Date it returns can be written and read back.
func FromTime(t time.Time) (Date, error) {
	y, m, d := t.Date()
	if y < 1 || y > 9999 {
		return Date{}, fmt.Errorf("%w: year %d is outside 0001-9999", ErrImpossible, y)
	}
	return Date{year: int32(y), month: uint8(m), day: uint8(d), prec: Day}, nil
}

func make3(y, m, d int, p Precision) (Date, error) {
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysIn(y, time.Month(m)) {
		return Date{}, ErrImpossible
	}
	dt := Date{year: int32(y), prec: p}
	if p >= Month {
		dt.month = uint8(m)
	}
	if p == Day {
		dt.day = uint8(d)
	}
	return dt, nil
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// Parse reads a date written as YYYY, YYYY-MM or YYYY-MM-DD (ISO 8601
// calendar dates, years 0001 to 9999). The precision follows the form.
// Surrounding space is not accepted. The empty string is an error; callers
// that allow "no date" check for it first.
func Parse(s string) (Date, error) {
	fail := func(err error) (Date, error) { return Date{}, &ParseError{Text: s, Err: err} }
	digits := func(part string) (int, bool) {
		n := 0
		for i := 0; i < len(part); i++ {
			c := part[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	var y, m, d int
	var ok bool
	p := None
	switch len(s) {
	case 4:
		y, ok = digits(s)
		m, d, p = 1, 1, Year
	case 7:
		if s[4] != '-' {
			return fail(ErrSyntax)
		}
		var ok2 bool
		y, ok = digits(s[:4])
		m, ok2 = digits(s[5:])
		ok = ok && ok2
		d, p = 1, Month
	case 10:
		if s[4] != '-' || s[7] != '-' {
			return fail(ErrSyntax)
		}
		var ok2, ok3 bool
		y, ok = digits(s[:4])
		m, ok2 = digits(s[5:7])
		d, ok3 = digits(s[8:])
		ok = ok && ok2 && ok3
		p = Day
	}
	if !ok || p == None {
		return fail(ErrSyntax)
	}
	dt, err := make3(y, m, d, p)
	if err != nil {
		return fail(err)
	}
	return dt, nil
}

// MustParse is like [Parse] but panics on error. It is meant for literals in
// programs and tests.
func MustParse(s string) Date {
	d, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

// IsZero reports whether d is the zero Date, "no date".
func (d Date) IsZero() bool { return d.prec == None }

// Precision returns how much of d is known.
func (d Date) Precision() Precision { return d.prec }

// Year returns the year, 0 for the zero Date.
func (d Date) Year() int { return int(d.year) }

// Month returns the month, 0 if d has year precision or less.
func (d Date) Month() time.Month { return time.Month(d.month) }

// Day returns the day of the month, 0 if d has month precision or less.
func (d Date) Day() int { return int(d.day) }

// String returns d in the form it was written: YYYY, YYYY-MM or YYYY-MM-DD,
// and "" for the zero Date.
func (d Date) String() string {
	switch d.prec {
	case Year:
		return fmt.Sprintf("%04d", d.year)
	case Month:
		return fmt.Sprintf("%04d-%02d", d.year, d.month)
	case Day:
		return fmt.Sprintf("%04d-%02d-%02d", d.year, d.month, d.day)
	}
	return ""
}

// Format writes d for people: "29 Mar 2014", "Mar 2014", "2014", or "" for
// the zero Date.
func (d Date) Format() string {
	switch d.prec {
	case Year:
		return fmt.Sprintf("%d", d.year)
	case Month:
		return fmt.Sprintf("%s %d", time.Month(d.month).String()[:3], d.year)
	case Day:
		return fmt.Sprintf("%d %s %d", d.day, time.Month(d.month).String()[:3], d.year)
	}
	return ""
}

// First returns the first day d covers, at midnight UTC. The zero Date gives
// the zero time.Time.
func (d Date) First() time.Time {
	if d.prec == None {
		return time.Time{}
	}
	m, day := time.Month(1), 1
	if d.prec >= Month {
		m = time.Month(d.month)
	}
	if d.prec == Day {
		day = int(d.day)
	}
	return time.Date(int(d.year), m, day, 0, 0, 0, 0, time.UTC)
}

// Last returns the last day d covers, at midnight UTC: 2014-03 gives
// 2014-03-31, 2014 gives 2014-12-31. The zero Date gives the zero time.Time.
func (d Date) Last() time.Time {
	switch d.prec {
	case Year:
		return time.Date(int(d.year), 12, 31, 0, 0, 0, 0, time.UTC)
	case Month:
		m := time.Month(d.month)
		return time.Date(int(d.year), m, daysIn(int(d.year), m), 0, 0, 0, 0, time.UTC)
	}
	return d.First()
}

// Compare orders dates by their first day, then coarser before finer
// precision (2014 < 2014-01 < 2014-01-01), with the zero Date first. It
// returns -1, 0 or +1.
func (d Date) Compare(e Date) int {
	if c := cmp3(int(d.year), int(e.year)); c != 0 {
		return c
	}
	if c := cmp3(int(d.month), int(e.month)); c != 0 {
		return c
	}
	if c := cmp3(int(d.day), int(e.day)); c != 0 {
		return c
	}
	return cmp3(int(d.prec), int(e.prec))
}

func cmp3(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Covers reports whether the whole period of e lies inside the period of d:
// 2014-03 covers 2014-03-29, and every date covers itself. Nothing covers or
// is covered by the zero Date.
func (d Date) Covers(e Date) bool {
	if d.IsZero() || e.IsZero() {
		return false
	}
	return !e.First().Before(d.First()) && !e.Last().After(d.Last())
}

// MarshalText implements encoding.TextMarshaler with [Date.String].
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with [Parse]; empty text
// gives the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := Parse(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
