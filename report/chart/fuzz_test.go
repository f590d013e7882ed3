package chart

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/date"
)

// sentinels are the errors every failure must wrap.
var sentinels = []error{ErrEmpty, ErrLength, ErrValue, ErrLabel, ErrWindow, ErrTooMany, ErrOption}

// checkChart is what every fuzz target asserts: a failure is an *Error
// wrapping a sentinel; a chart is well-formed XML holding only the elements
// and attributes this package writes, and shows every label cleaned and cut
// as documented: to maxLabel characters, and on narrow charts to a shorter
// prefix ending in "…".
func checkChart(t *testing.T, c *Chart, err error, maxLabel int, labels ...string) {
	t.Helper()
	if err != nil {
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("%v is not an *Error", err)
		}
		for _, s := range sentinels {
			if errors.Is(err, s) {
				return
			}
		}
		t.Fatalf("%v wraps no sentinel", err)
	}
	if w, h := c.Size(); w < MinWidth || h < MinHeight {
		t.Fatalf("size %d×%d", w, h)
	}
	d := parse(t, svgOf(t, c))
	if maxLabel == 0 {
		maxLabel = DefaultMaxLabel
	}
	for _, l := range labels {
		want := truncate(clean(l), maxLabel)
		found := false
		for _, txt := range d.texts {
			found = found || strings.Contains(txt, want) || cutFrom(txt, clean(l))
		}
		if !found {
			t.Fatalf("label %q (shown as %q) not in %q", l, want, d.texts)
		}
	}
}

// cutFrom reports whether txt shows a prefix of label ending in "…",
// possibly after a rank ("3 Russ…").
func cutFrom(txt, label string) bool {
	head, _, ok := strings.Cut(txt, ellipsis)
	if !ok {
		return false
	}
	if n, rest, ok := strings.Cut(head, " "); ok && strings.Trim(n, "0123456789") == "" && n != "" && !strings.HasPrefix(label, n) {
		head = rest
	}
	return head != "" && strings.HasPrefix(label, head)
}

// hostileSeeds are strings that would break naive SVG writers.
var hostileSeeds = []string{"", " ", "Russia", `<script>alert(1)</script>`, `a&b"c'd`, "]]>", "\xff\xfe", "\x00\x1b[2J", "line\nbreak", "\uFFFE", "&amp;", strings.Repeat("Ж", 200)}

func FuzzBars(f *testing.F) {
	for i, s := range hostileSeeds {
		f.Add(s, hostileSeeds[(i+1)%len(hostileSeeds)], 0.5, -3.0, math.NaN(), i%2 == 0, 0, 0)
	}
	f.Add("a", "b", math.Inf(1), 1e100, 5e-324, false, 400, 4)
	f.Add("a", "b", 1e-300, -1e-300, 0.0, true, 8000, 200)
	f.Add("a", "b", 1e100, -1e100, 1e99, true, 240, 5)
	f.Fuzz(func(t *testing.T, a, b string, v1, v2, v3 float64, two bool, width, maxLabel int) {
		s := Scores{Actors: []string{a, b}, Measures: []Measure{{Name: a + b, Values: []float64{v1, v2}}}}
		if two {
			s.Measures = append(s.Measures, Measure{Name: b, Values: []float64{v3, v1}})
		}
		o := Options{Title: a, Caption: b, XLabel: b, YLabel: a, Width: width, MaxLabel: maxLabel, SameScale: v3 > 0}
		c, err := Bars(s, o)
		checkChart(t, c, err, maxLabel, a, b)
	})
}

func FuzzLines(f *testing.F) {
	f.Add("Russia", "2014-03", "2014-03", 0, 31, 0.1, math.NaN(), 0.3)
	f.Add(`<x y="1">`, "2014-03-18", "2014", 2, 0, math.Inf(-1), 1.0, 2.0)
	f.Add("\xff", "0001", "9999", -5, 9000, 1e100, -1e100, 0.0)
	f.Add("a", "2014-03-31", "2014-03-01", 1, 1, 1.0, 1.0, 1.0)
	f.Fuzz(func(t *testing.T, actor, since, until string, shift, every int, v1, v2, v3 float64) {
		s, err1 := date.Parse(since)
		u, err2 := date.Parse(until)
		if err1 != nil || err2 != nil {
			t.Skip()
		}
		// Three windows: the one given, then two more moved by every days
		// (shift picks which of them may be open or out of order).
		w := date.Between(s, u)
		windows := []date.Span{w}
		for k := 1; k < 3; k++ {
			move := func(d date.Date) date.Date {
				if d.IsZero() {
					return d
				}
				m, err := date.FromTime(d.First().AddDate(0, 0, k*(every%4000)))
				if err != nil {
					return date.Date{}
				}
				return m
			}
			next := date.Between(move(w.Since), move(w.Until))
			if shift%3 == k {
				next.Until = date.Date{}
			}
			windows = append(windows, next)
		}
		series := Series{Measure: actor, Windows: windows, Lines: []Line{{Actor: actor, Values: []float64{v1, v2, v3}}, {Actor: "other", Values: []float64{v3, v2, v1}}}}
		c, err := Lines(series, Options{Title: actor})
		checkChart(t, c, err, 0, actor)
	})
}

func FuzzSlope(f *testing.F) {
	f.Add("a|b|c", "c|b|a", 0, 0)
	f.Add("Russia|<b>|]]>", "\xff|Russia|x\ny", 2014, 1)
	f.Add("a|a", "a", 1, -1)
	f.Add("", "", 0, 0)
	f.Fuzz(func(t *testing.T, before, after string, year, days int) {
		r := Ranks{Measure: after, Before: split(before), After: split(after)}
		if year >= 1 && year <= 9999 {
			r.From = date.OfYear(year)
			if to, err := date.FromTime(r.From.First().AddDate(0, 0, days)); err == nil {
				r.To = to
			}
		}
		c, err := Slope(r, Options{})
		checkChart(t, c, err, 0, append(r.Before, r.After...)...)
	})
}

func FuzzDiverging(f *testing.F) {
	f.Add("Russia – Ukraine|b", 12, 31, 0, 0)
	f.Add("<x>|&|\x00", -1, 2, 3, 4)
	f.Add("a|b", math.MaxInt, math.MaxInt, math.MaxInt, 0)
	f.Fuzz(func(t *testing.T, labels string, c1, h1, c2, h2 int) {
		ls := split(labels)
		ties := Ties{Labels: ls, Cooperative: []int{c1, c2, c1}[:min(3, len(ls))], Hostile: []int{h1, h2, h2}[:min(3, len(ls))]}
		c, err := Diverging(ties, Options{Caption: labels})
		checkChart(t, c, err, 0, ls...)
	})
}

// split cuts s at "|" into at most 40 parts, nil for "".
func split(s string) []string {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, "|")
	return parts[:min(len(parts), 40)]
}
