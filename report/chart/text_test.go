package chart

import (
	"math"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/diplograph/diplograph/date"
)

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Russia", "Russia"},
		{"  two\n lines\t", "two lines"},
		{"nul\x00 bell\a esc\x1b del\x7f c1\u0080\u009f", "nul bell esc del c1"},
		{"bad\xffbyte", "bad\uFFFDbyte"},
		{"nonchar\uFFFE\uFFFF", "nonchar"},
		{"<&>\"'", "<&>\"'"}, // vgsvg escapes these
		{"Kyiv\u00a0city", "Kyiv city"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := clean(tc.in); got != tc.want {
			t.Errorf("clean(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"Russia", 30, "Russia"},
		{"Organization for Security and Co-operation in Europe", 30, "Organization for Security and…"},
		{"Organization for Security and Co-operation in Europe", 18, "Organization for…"}, // no space before the ellipsis
		{"Организация по безопасности и сотрудничеству", 12, "Организация…"},
		{"abcde", 5, "abcde"},
		{"abcdef", 5, "abcd…"},
	}
	for _, tc := range tests {
		got := truncate(tc.in, tc.n)
		if got != tc.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
		if utf8.RuneCountInString(got) > tc.n {
			t.Errorf("truncate(%q, %d) = %q: longer than %d", tc.in, tc.n, got, tc.n)
		}
	}
}

func TestFit(t *testing.T) {
	sty := sans(titleSize, true, ink)
	long := "A very long title about the Ukraine crisis of 2014 and the diplomatic calls that came with it, far too long"
	for _, w := range []float64{100, 300, 600} {
		got := fit(long, sty, vgLen(w))
		if sty.Width(got) > vgLen(w) {
			t.Errorf("fit to %v: %q is %v wide", w, got, sty.Width(got))
		}
		if got == long || !utf8.ValidString(got) || got[len(got)-len(ellipsis):] != ellipsis {
			t.Errorf("fit to %v: %q", w, got)
		}
	}
	if got := fit("Short", sty, 600); got != "Short" {
		t.Errorf("fit cut a short title: %q", got)
	}
}

func TestNumbers(t *testing.T) {
	tests := []struct {
		values []float64
		in     float64
		want   string
	}{
		{[]float64{0.182, 0.031}, 0.031, "0.031"},
		{[]float64{0.41, 0.09}, 0.41, "0.410"},
		{[]float64{0.41, 0}, 0, "0"},
		{[]float64{24, 3}, 24, "24"},
		{[]float64{-14, 0.5}, -14, "−14.0"},
		{[]float64{12345, 7}, 12345, "12,345"},
		{[]float64{1234, 7}, 1234, "1,234"},
		{[]float64{1234567.5}, 1234567.5, "1,234,568"},
		{[]float64{0.00001234}, 0.00001234, "1.23e-05"},
		{[]float64{2e15}, 2e15, "2e+15"},
		{[]float64{0.25, -0.0001}, -0.0001, "0.000"},
		{[]float64{math.NaN(), 3}, 3, "3"},
	}
	for _, tc := range tests {
		if got := numbers(tc.values...)(tc.in); got != tc.want {
			t.Errorf("numbers(%v)(%v) = %q, want %q", tc.values, tc.in, got, tc.want)
		}
	}
}

func TestValueAxis(t *testing.T) {
	tests := []struct {
		lo, hi    float64
		intervals int
		form      tickForm
		labels    []string
	}{
		{0, 0.182, 5, signed, []string{"0.00", "0.05", "0.10", "0.15", "0.20"}},
		{0, 0.182, 2, signed, []string{"0.0", "0.1", "0.2"}},
		{-14, 9, 5, signed, []string{"−15", "−10", "−5", "0", "5", "10"}},
		{-31, 31, 5, unsigned, []string{"40", "20", "0", "20", "40"}},
		{0, 13, 5, signed, []string{"0", "5", "10", "15"}},
		{0, 0, 5, signed, []string{"0.0", "0.2", "0.4", "0.6", "0.8", "1.0"}},
		{0, 123456, 5, signed, []string{"0", "50,000", "100,000", "150,000"}},
		{0, 1, 6, percent, []string{"0%", "20%", "40%", "60%", "80%", "100%"}},
		{-0.8, 1, 6, percent, []string{"−100%", "−50%", "0%", "50%", "100%"}},
		{-0.8, 1, 2, percent, []string{"−100%", "0%", "100%"}},
		{0, 1e-300, 5, signed, []string{"0.0", "0.2", "0.4", "0.6", "0.8", "1.0"}},
	}
	for _, tc := range tests {
		p := newPlot()
		valueAxis(&p.X, tc.lo, tc.hi, tc.intervals, tc.form)
		var got []string
		for _, tk := range p.X.Tick.Marker.Ticks(p.X.Min, p.X.Max) {
			got = append(got, tk.Label)
		}
		if !slices.Equal(got, tc.labels) {
			t.Errorf("valueAxis(%v, %v) labels %q, want %q", tc.lo, tc.hi, got, tc.labels)
		}
		if p.X.Min > tc.lo || p.X.Max < tc.hi {
			t.Errorf("valueAxis(%v, %v) runs %v to %v: data outside", tc.lo, tc.hi, p.X.Min, p.X.Max)
		}
	}
}

func TestCalendarAxis(t *testing.T) {
	day := func(s string) float64 { return epochDay(date.MustParse(s).First()) }
	sty := newPlot().X.Tick.Label
	tests := []struct {
		name     string
		from, to string  // first and last day
		width    float64 // points
		labels   []string
		days     bool
	}{
		{"a week", "2014-03-14", "2014-03-20", 500, []string{"14 Mar", "15 Mar", "16 Mar", "17 Mar", "18 Mar", "19 Mar", "20 Mar"}, true},
		{"a month, narrow", "2014-03-01", "2014-03-31", 300, []string{"1 Mar", "8 Mar", "15 Mar", "22 Mar", "29 Mar"}, true},
		{"half a year", "2014-01-01", "2014-06-30", 500, []string{"Jan 2014", "Feb 2014", "Mar 2014", "Apr 2014", "May 2014", "Jun 2014"}, false},
		{"two years", "2013-01-01", "2014-12-31", 500, []string{"Jan 2013", "Apr 2013", "Jul 2013", "Oct 2013", "Jan 2014", "Apr 2014", "Jul 2014", "Oct 2014"}, false},
		{"decades", "1990-01-01", "2014-12-31", 500, []string{"1990", "1992", "1994", "1996", "1998", "2000", "2002", "2004", "2006", "2008", "2010", "2012", "2014"}, false},
		{"decades, narrow", "1990-01-01", "2014-12-31", 200, []string{"1990", "1995", "2000", "2005", "2010"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := calendarAxis(day(tc.from), day(tc.to)+1, vgLen(tc.width), sty)
			var got []string
			for _, tk := range c.ticks {
				got = append(got, tk.Label)
			}
			if !slices.Equal(got, tc.labels) || c.days != tc.days {
				t.Errorf("labels %q (days %v), want %q (days %v)", got, c.days, tc.labels, tc.days)
			}
		})
	}
	// A month's label is centred on the month: March 2014 runs 31 days from day 16130.
	c := calendarAxis(day("2014-03-01"), day("2014-03-31")+1, 80, sty)
	if len(c.ticks) != 1 || c.ticks[0].Value != day("2014-03-01")+15.5 || c.lines[0] != day("2014-03-01") {
		t.Errorf("March: ticks %v, lines %v", c.ticks, c.lines)
	}
}

func TestWindowKind(t *testing.T) {
	at := func(s ...string) []date.Span {
		var ws []date.Span
		for _, x := range s {
			ws = append(ws, date.At(date.MustParse(x)))
		}
		return ws
	}
	between := func(a, b string) date.Span { return date.Between(date.MustParse(a), date.MustParse(b)) }
	tests := []struct {
		windows []date.Span
		want    string
	}{
		{at("2014-03-01", "2014-03-02"), "Day"},
		{at("2014-03", "2014-04"), "Month"},
		{[]date.Span{between("2014-03-01", "2014-03-31")}, "Month"},
		{at("2013", "2014"), "Year"},
		{[]date.Span{between("2014-03-10", "2014-03-16"), between("2014-03-17", "2014-03-23")}, "7-day window, drawn at its middle"},
		{[]date.Span{between("2014-03-10", "2014-03-16"), between("2014-03-17", "2014-03-20")}, "Window, drawn at its middle"},
		{[]date.Span{between("2014-03-15", "2014-04-14")}, "31-day window, drawn at its middle"},
	}
	for _, tc := range tests {
		if got := windowKind(tc.windows); got != tc.want {
			t.Errorf("windowKind(%v) = %q, want %q", tc.windows, got, tc.want)
		}
	}
}
