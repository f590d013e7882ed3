package date

import (
	"errors"
	"time"
)

// ErrReversed means a span ends before it starts.
var ErrReversed = errors.New("date: until is before since")

// Span is the time a relation or role holds over: nothing (the zero Span:
// timeless), a single date (Since == Until), or an interval whose ends may be
// open (a zero Since or Until). Both ends are inclusive and keep their
// precision, so "since 2014-03 until 2014-05" runs from 1 March to 31 May.
type Span struct {
	Since Date // first date; zero means open at the start
	Until Date // last date; zero means open at the end
}

// At returns the point span of d.
func At(d Date) Span { return Span{Since: d, Until: d} }

// Between returns the span from since to until; either may be zero (open).
func Between(since, until Date) Span { return Span{Since: since, Until: until} }

// IsZero reports whether s says nothing about time.
func (s Span) IsZero() bool { return s.Since.IsZero() && s.Until.IsZero() }

// IsPoint reports whether s is one date.
func (s Span) IsPoint() bool { return !s.Since.IsZero() && s.Since == s.Until }

// Validate returns ErrReversed if s ends before it starts. Ends that overlap
// (since 2014-03-15 until 2014-03) are accepted.
func (s Span) Validate() error {
	if s.Since.IsZero() || s.Until.IsZero() {
		return nil
	}
	if s.Until.Last().Before(s.Since.First()) {
		return ErrReversed
	}
	return nil
}

// first and last bound the days s covers; open ends give ok=false.
func (s Span) first() (time.Time, bool) {
	if s.Since.IsZero() {
		return time.Time{}, false
	}
	return s.Since.First(), true
}

func (s Span) last() (time.Time, bool) {
	if s.Until.IsZero() {
		return time.Time{}, false
	}
	return s.Until.Last(), true
}

// Overlaps reports whether s and w share at least one day. Open ends reach
// without bound, so the zero Span overlaps everything.
func (s Span) Overlaps(w Span) bool {
	if sf, ok := s.first(); ok {
		if wl, ok := w.last(); ok && wl.Before(sf) {
			return false
		}
	}
	if wf, ok := w.first(); ok {
		if sl, ok := s.last(); ok && sl.Before(wf) {
			return false
		}
	}
	return true
}

// Holds reports whether s overlaps the period of d. For a day d that is
// "s holds on d"; for a coarser d, "s holds at some time in d". The zero
// Date is held by every span.
func (s Span) Holds(d Date) bool {
	if d.IsZero() {
		return true
	}
	return s.Overlaps(At(d))
}

// String writes s as "2014-03-29", "2014-03-01/2014-05", "2012-05-07/" or
// "/2014-02-22" (ISO 8601 interval style, open ends left empty), and "" for
// the zero Span.
func (s Span) String() string {
	switch {
	case s.IsZero():
		return ""
	case s.IsPoint():
		return s.Since.String()
	}
	return s.Since.String() + "/" + s.Until.String()
}

// Format writes s for people: "29 Mar 2014", "since May 2012",
// "until 22 Feb 2014", "Mar 2014 - May 2014", or "".
func (s Span) Format() string {
	switch {
	case s.IsZero():
		return ""
	case s.IsPoint():
		return s.Since.Format()
	case s.Until.IsZero():
		return "since " + s.Since.Format()
	case s.Since.IsZero():
		return "until " + s.Until.Format()
	}
	return s.Since.Format() + " - " + s.Until.Format()
}

// Compare orders spans by start (open starts first), then by end (open ends
// last). It returns -1, 0 or +1.
func (s Span) Compare(t Span) int {
	if c := s.Since.Compare(t.Since); c != 0 {
		return c
	}
	su, tu := s.Until, t.Until
	switch {
	case su.IsZero() && tu.IsZero():
		return 0
	case su.IsZero():
		return 1
	case tu.IsZero():
		return -1
	}
	return su.Compare(tu)
}
