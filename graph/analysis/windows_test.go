package analysis_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
)

func TestWindows(t *testing.T) {
	tests := []struct {
		name     string
		from, to string
		o        analysis.WindowOptions
		want     []string // date.Span.String of each window
		format   string   // date.Span.Format of the first window
	}{
		{"days", "2014-03-30", "2014-04-01", analysis.WindowOptions{}, []string{"2014-03-30", "2014-03-31", "2014-04-01"}, "30 Mar 2014"},
		{"seven days, the last whole", "2014-03-01", "2014-03-10", analysis.WindowOptions{Length: 7},
			[]string{"2014-03-01/2014-03-07", "2014-03-08/2014-03-14"}, "1 Mar 2014 - 7 Mar 2014"},
		{"days from a month", "2014-02", "2014-02", analysis.WindowOptions{Every: analysis.Days, Length: 14},
			[]string{"2014-02-01/2014-02-14", "2014-02-15/2014-02-28"}, "1 Feb 2014 - 14 Feb 2014"},
		{"ISO weeks from a Sunday", "2014-03-30", "2014-04-07", analysis.WindowOptions{Every: analysis.Weeks},
			[]string{"2014-03-24/2014-03-30", "2014-03-31/2014-04-06", "2014-04-07/2014-04-13"}, "24 Mar 2014 - 30 Mar 2014"},
		{"ISO week across a year", "2014-12-31", "2015-01-04", analysis.WindowOptions{Every: analysis.Weeks},
			[]string{"2014-12-29/2015-01-04"}, "29 Dec 2014 - 4 Jan 2015"},
		{"fortnights", "2014-03-05", "2014-03-20", analysis.WindowOptions{Every: analysis.Weeks, Length: 2},
			[]string{"2014-03-03/2014-03-16", "2014-03-17/2014-03-30"}, "3 Mar 2014 - 16 Mar 2014"},
		{"months", "2014-01-31", "2014-03-01", analysis.WindowOptions{Every: analysis.Months},
			[]string{"2014-01", "2014-02", "2014-03"}, "Jan 2014"},
		{"months across a year", "2013-12", "2014-01", analysis.WindowOptions{Every: analysis.Months},
			[]string{"2013-12", "2014-01"}, "Dec 2013"},
		{"two months", "2014-02-10", "2014-05", analysis.WindowOptions{Every: analysis.Months, Length: 2},
			[]string{"2014-02/2014-03", "2014-04/2014-05"}, "Feb 2014 - Mar 2014"},
		{"quarters", "2014-02-10", "2014-04-01", analysis.WindowOptions{Every: analysis.Quarters},
			[]string{"2014-01/2014-03", "2014-04/2014-06"}, "Jan 2014 - Mar 2014"},
		{"quarter from its last day", "2014-12-31", "2014-12-31", analysis.WindowOptions{Every: analysis.Quarters},
			[]string{"2014-10/2014-12"}, "Oct 2014 - Dec 2014"},
		{"half years", "2014-05", "2015-02", analysis.WindowOptions{Every: analysis.Quarters, Length: 2},
			[]string{"2014-04/2014-09", "2014-10/2015-03"}, "Apr 2014 - Sep 2014"},
		{"years", "2013-06-01", "2014", analysis.WindowOptions{Every: analysis.Years}, []string{"2013", "2014"}, "2013"},
		{"decades", "2011", "2019-02-01", analysis.WindowOptions{Every: analysis.Years, Length: 5},
			[]string{"2011/2015", "2016/2020"}, "2011 - 2015"},
		{"one day", "2014-03-29", "2014-03-29", analysis.WindowOptions{}, []string{"2014-03-29"}, "29 Mar 2014"},
		{"the last day there is", "9999-12-31", "9999-12-31", analysis.WindowOptions{}, []string{"9999-12-31"}, "31 Dec 9999"},
		{"the first week there is", "0001-01-03", "0001-01-03", analysis.WindowOptions{Every: analysis.Weeks},
			[]string{"0001-01-01/0001-01-07"}, "1 Jan 1 - 7 Jan 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws, err := analysis.Windows(date.MustParse(tt.from), date.MustParse(tt.to), tt.o)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, w := range ws {
				got = append(got, w.String())
			}
			if !slices.Equal(got, tt.want) {
				t.Fatalf("windows %v, want %v", got, tt.want)
			}
			if f := ws[0].Format(); f != tt.format {
				t.Errorf("first window formats as %q, want %q", f, tt.format)
			}
		})
	}
}

func TestWindowsErrors(t *testing.T) {
	d := date.MustParse
	tests := []struct {
		name     string
		from, to date.Date
		o        analysis.WindowOptions
	}{
		{"no from", date.Date{}, d("2014"), analysis.WindowOptions{}},
		{"no to", d("2014"), date.Date{}, analysis.WindowOptions{}},
		{"reversed", d("2014-03-10"), d("2014-03-01"), analysis.WindowOptions{Length: 7}},
		{"reversed months", d("2014-03"), d("2014-02-28"), analysis.WindowOptions{Every: analysis.Months}},
		{"negative length", d("2014"), d("2014"), analysis.WindowOptions{Length: -1}},
		{"unknown unit", d("2014"), d("2014"), analysis.WindowOptions{Every: analysis.TimeUnit(9)}},
		{"a week past 9999", d("9999-12-31"), d("9999-12-31"), analysis.WindowOptions{Every: analysis.Weeks}},
		{"years past 9999", d("9998"), d("9999"), analysis.WindowOptions{Every: analysis.Years, Length: 3}},
		{"days past 9999", d("9999-12-30"), d("9999-12-30"), analysis.WindowOptions{Length: 1 << 40}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if ws, err := analysis.Windows(tt.from, tt.to, tt.o); !errors.Is(err, analysis.ErrBadOption) {
				t.Errorf("%v, %v; want ErrBadOption", ws, err)
			}
		})
	}
}

// FuzzWindows checks that windows of every unit and length are whole,
// consecutive and cover the dates asked for, and that nothing panics.
func FuzzWindows(f *testing.F) {
	f.Add(int64(735000), uint16(40), uint8(2), uint8(1))
	f.Add(int64(0), uint16(0), uint8(0), uint8(0))
	f.Add(int64(3652058), uint16(400), uint8(1), uint8(3))
	f.Fuzz(func(t *testing.T, day int64, span uint16, unit, length uint8) {
		start := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
		first := start.AddDate(0, 0, int(day%3652059))
		if day < 0 {
			first = start
		}
		from, err := date.FromTime(first)
		if err != nil {
			return
		}
		to, err := date.FromTime(first.AddDate(0, 0, int(span)))
		if err != nil {
			return
		}
		o := analysis.WindowOptions{Every: analysis.TimeUnit(unit % 6), Length: int(length % 13)}
		ws, err := analysis.Windows(from, to, o)
		if err != nil {
			if !errors.Is(err, analysis.ErrBadOption) {
				t.Fatalf("%v: %v does not wrap ErrBadOption", o, err)
			}
			return
		}
		if len(ws) == 0 || ws[0].Since.First().After(from.First()) || ws[len(ws)-1].Until.Last().Before(to.Last()) {
			t.Fatalf("%v from %s to %s: %v do not cover them", o, from, to, ws)
		}
		for i, w := range ws {
			if err := w.Validate(); err != nil {
				t.Fatalf("window %v: %v", w, err)
			}
			if i > 0 && !ws[i-1].Until.Last().AddDate(0, 0, 1).Equal(w.Since.First()) {
				t.Fatalf("%v: %v does not follow %v", o, w, ws[i-1])
			}
		}
	})
}

// TestSeriesByMonth checks that a series over calendar months measures
// each month's view, and that a month window and the span of its days
// select the same relations.
func TestSeriesByMonth(t *testing.T) {
	g := ukraine()
	months, err := analysis.Windows(date.MustParse("2014-02"), date.MustParse("2014-04"), analysis.WindowOptions{Every: analysis.Months})
	if err != nil {
		t.Fatal(err)
	}
	o := analysis.SeriesOptions{Measure: analysis.MeasureDegree, Filter: graph.Filter{DropUndated: true}}
	byMonth, err := analysis.Series(context.Background(), g, months, o)
	if err != nil {
		t.Fatal(err)
	}
	var days []date.Span
	for _, m := range months {
		a, _ := date.FromTime(m.Since.First())
		b, _ := date.FromTime(m.Until.Last())
		days = append(days, date.Between(a, b))
	}
	byDays, err := analysis.Series(context.Background(), g, days, o)
	if err != nil {
		t.Fatal(err)
	}
	for i := range months {
		if !slices.Equal(byMonth[i].Scores, byDays[i].Scores) || !slices.Equal(byMonth[i].Isolates, byDays[i].Isolates) {
			t.Errorf("%s and %s differ", months[i].Format(), days[i].Format())
		}
	}
	// March holds most of the scenario: Russia's degree peaks there.
	ru := analysis.Track(byMonth, "RUS")
	if !(ru[1] > ru[0] && ru[1] > ru[2]) {
		t.Errorf("Russia's degree by month %v, want a peak in March", ru)
	}
	// A MeasureFunc replaces the named measure.
	constant := func(ctx context.Context, p *analysis.Projection) ([]analysis.Score, error) {
		return []analysis.Score{{ID: "x", Score: 42}}, nil
	}
	o.MeasureFunc = constant
	custom, err := analysis.Series(context.Background(), g, months, o)
	if err != nil || custom[2].Scores[0].Score != 42 {
		t.Errorf("MeasureFunc not used: %v, %v", custom, err)
	}
}
