package analysis

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/diplograph/diplograph/date"
)

// This file cuts time into the windows a series is measured over.

// TimeUnit is the unit time windows are counted in ([WindowOptions.Every]).
// The zero TimeUnit is [Days].
type TimeUnit uint8

// The time units, in the order [TimeUnits] lists them.
const (
	// Days: windows of a fixed number of days, the first starting on the
	// first day of from. Its name is "days".
	Days TimeUnit = iota
	// Weeks: ISO weeks, Monday to Sunday, the first holding from. Its name
	// is "weeks".
	Weeks
	// Months: calendar months, the first holding from. Its name is
	// "months".
	Months
	// Quarters: calendar quarters (January to March, April to June, ...),
	// the first holding from. Its name is "quarters".
	Quarters
	// Years: calendar years, the first holding from. Its name is "years".
	Years
	numTimeUnits
)

var timeUnitNames = [numTimeUnits]string{"days", "weeks", "months", "quarters", "years"}

// TimeUnits returns every time unit, in declaration order.
func TimeUnits() []TimeUnit {
	out := make([]TimeUnit, numTimeUnits)
	for i := range out {
		out[i] = TimeUnit(i)
	}
	return out
}

// String returns the unit's name: "days", "weeks", "months", "quarters" or
// "years"; TimeUnit(n) for a value outside [TimeUnits].
func (u TimeUnit) String() string {
	if u < numTimeUnits {
		return timeUnitNames[u]
	}
	return "TimeUnit(" + strconv.Itoa(int(u)) + ")"
}

// ParseTimeUnit reads a time unit by the name [TimeUnit.String] gives it,
// or that name without its final s ("month"), in any case. An unknown name
// fails with an error wrapping [ErrBadOption] that lists the valid names.
func ParseTimeUnit(s string) (TimeUnit, error) {
	for u, name := range timeUnitNames {
		if strings.EqualFold(s, name) || strings.EqualFold(s, name[:len(name)-1]) {
			return TimeUnit(u), nil
		}
	}
	return 0, fmt.Errorf("%w: time unit %q (want %s)", ErrBadOption, s, nameList(timeUnitNames[:]))
}

// MarshalText implements encoding.TextMarshaler with the name String gives.
// A value outside [TimeUnits] fails with an error wrapping [ErrBadOption].
func (u TimeUnit) MarshalText() ([]byte, error) {
	if u >= numTimeUnits {
		return nil, fmt.Errorf("%w: %v", ErrBadOption, u)
	}
	return []byte(u.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseTimeUnit].
func (u *TimeUnit) UnmarshalText(text []byte) error {
	v, err := ParseTimeUnit(string(text))
	if err != nil {
		return err
	}
	*u = v
	return nil
}

// WindowOptions control [Windows].
type WindowOptions struct {
	// Every is the unit windows are counted in: Days (the default), Weeks,
	// Months, Quarters or Years.
	Every TimeUnit
	// Length is how many units one window spans, at least 1; 0 means 1.
	// WindowOptions{Length: 7} cuts weeks of seven days from the first day
	// of from, WindowOptions{Every: Weeks} ISO weeks.
	Length int
}

// Windows cuts the time from from to to into consecutive windows of
// Length units, in time order, for [Series].
//
// Windows are whole: every window spans Length units, the first holds the
// first day of from and the last holds the last day of to, so it may end
// after to (and, in calendar units, the first may start before from). Whole
// windows compare: a week is seven days, a month a whole month, whatever
// the dates asked for.
//
// Each window is a [date.Span] at the precision of its unit, so it prints as
// the period it is ([date.Span.Format]): a day "10 Mar 2014"; several days
// or a week "10 Mar 2014 - 16 Mar 2014"; a month "Mar 2014"; a quarter, or
// several months, "Jan 2014 - Mar 2014"; a year "2014"; several years
// "2014 - 2015".
//
// O(w) time and memory for w windows. It fails with ErrBadOption if either
// date is zero, to ends before from begins, Length < 0, Every is not one of
// [TimeUnits], or a window would end after the year 9999.
func Windows(from, to date.Date, o WindowOptions) ([]date.Span, error) {
	n := o.Length
	if n == 0 {
		n = 1
	}
	if from.IsZero() || to.IsZero() || to.Last().Before(from.First()) || n < 0 || o.Every >= numTimeUnits {
		return nil, fmt.Errorf("%w: windows of %d %v from %q to %q", ErrBadOption, o.Length, o.Every, from, to)
	}
	t := from.First()
	switch o.Every {
	case Weeks:
		t = t.AddDate(0, 0, -(int(t.Weekday())+6)%7) // back to Monday
	case Months:
		t = time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	case Quarters:
		t = time.Date(t.Year(), t.Month()-(t.Month()-1)%3, 1, 0, 0, 0, 0, time.UTC)
	case Years:
		t = time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	}
	end := to.Last()
	var out []date.Span
	for !t.After(end) {
		next := advance(t, o.Every, n)
		w, err := window(t, next.AddDate(0, 0, -1), o.Every)
		if err != nil {
			return nil, fmt.Errorf("%w: windows of %d %v from %q to %q: %w", ErrBadOption, n, o.Every, from, to, err)
		}
		out = append(out, w)
		t = next
	}
	return out, nil
}

// advance returns the first day after the window of n units starting on t.
func advance(t time.Time, u TimeUnit, n int) time.Time {
	switch u {
	case Weeks:
		return t.AddDate(0, 0, 7*n)
	case Months:
		return t.AddDate(0, n, 0)
	case Quarters:
		return t.AddDate(0, 3*n, 0)
	case Years:
		return t.AddDate(n, 0, 0)
	}
	return t.AddDate(0, 0, n)
}

// window returns the span from first to last at the precision of the unit
// (months for quarters), a point when it is one day, month or year.
func window(first, last time.Time, u TimeUnit) (date.Span, error) {
	if last.Year() > 9999 {
		return date.Span{}, fmt.Errorf("a window would end in %d", last.Year())
	}
	var a, b date.Date
	switch u {
	case Months, Quarters:
		a, b = date.OfMonth(first.Year(), first.Month()), date.OfMonth(last.Year(), last.Month())
	case Years:
		a, b = date.OfYear(first.Year()), date.OfYear(last.Year())
	default:
		var err error
		if a, err = date.FromTime(first); err != nil {
			return date.Span{}, err
		}
		if b, err = date.FromTime(last); err != nil {
			return date.Span{}, err
		}
	}
	if a == b {
		return date.At(a), nil
	}
	return date.Between(a, b), nil
}
