package date

import (
	"errors"
	"fmt"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		prec    Precision
		first   string
		last    string
		wantErr error
	}{
		{in: "2014-03-29", want: "2014-03-29", prec: Day, first: "2014-03-29", last: "2014-03-29"},
		{in: "2014-03", want: "2014-03", prec: Month, first: "2014-03-01", last: "2014-03-31"},
		{in: "2014", want: "2014", prec: Year, first: "2014-01-01", last: "2014-12-31"},
		{in: "2012-02", want: "2012-02", prec: Month, first: "2012-02-01", last: "2012-02-29"},
		{in: "2014-02-28", want: "2014-02-28", prec: Day, first: "2014-02-28", last: "2014-02-28"},
		{in: "2012-02-29", want: "2012-02-29", prec: Day, first: "2012-02-29", last: "2012-02-29"},
		{in: "2014-02-30", wantErr: ErrImpossible},
		{in: "2013-02-29", wantErr: ErrImpossible},
		{in: "2014-13", wantErr: ErrImpossible},
		{in: "2014-00-10", wantErr: ErrImpossible},
		{in: "2014-01-00", wantErr: ErrImpossible},
		{in: "0000", wantErr: ErrImpossible},
		{in: "", wantErr: ErrSyntax},
		{in: "14-03-29", wantErr: ErrSyntax},
		{in: "2014/03/29", wantErr: ErrSyntax},
		{in: "2014-3-29", wantErr: ErrSyntax},
		{in: " 2014", wantErr: ErrSyntax},
		{in: "2014-03-29T00:00", wantErr: ErrSyntax},
		{in: "March 2014", wantErr: ErrSyntax},
		{in: "२०१४", wantErr: ErrSyntax},
		{in: "+201", wantErr: ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := Parse(tt.in)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Parse(%q) error = %v, want %v", tt.in, err, tt.wantErr)
				}
				var pe *ParseError
				if !errors.As(err, &pe) || pe.Text != tt.in {
					t.Fatalf("Parse(%q) error %v is not a *ParseError for the input", tt.in, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.in, err)
			}
			if got := d.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
			if d.Precision() != tt.prec {
				t.Errorf("Precision() = %v, want %v", d.Precision(), tt.prec)
			}
			if got := d.First().Format(time.DateOnly); got != tt.first {
				t.Errorf("First() = %s, want %s", got, tt.first)
			}
			if got := d.Last().Format(time.DateOnly); got != tt.last {
				t.Errorf("Last() = %s, want %s", got, tt.last)
			}
		})
	}
}

func TestCompareAndCovers(t *testing.T) {
	y, m, d := MustParse("2014"), MustParse("2014-03"), MustParse("2014-03-29")
	ordered := []Date{{}, y, MustParse("2014-01"), MustParse("2014-01-01"), m, MustParse("2014-03-01"), d, MustParse("2015")}
	for i := range ordered {
		for j := range ordered {
			want := 0
			if i < j {
				want = -1
			} else if i > j {
				want = 1
			}
			if got := ordered[i].Compare(ordered[j]); got != want {
				t.Errorf("%q.Compare(%q) = %d, want %d", ordered[i], ordered[j], got, want)
			}
		}
	}
	covers := []struct {
		a, b Date
		want bool
	}{
		{y, m, true}, {m, d, true}, {y, d, true}, {d, d, true},
		{d, m, false}, {m, y, false}, {MustParse("2014-04"), d, false}, {Date{}, d, false}, {d, Date{}, false},
	}
	for _, c := range covers {
		if got := c.a.Covers(c.b); got != c.want {
			t.Errorf("%q.Covers(%q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestSpan(t *testing.T) {
	p := MustParse
	tests := []struct {
		name     string
		s, w     Span
		overlaps bool
	}{
		{"point inside month", At(p("2014-03-29")), At(p("2014-03")), true},
		{"point outside", At(p("2014-03-29")), At(p("2014-04")), false},
		{"open end reaches", Between(p("2012-05-07"), Date{}), At(p("2020")), true},
		{"open end before start", Between(p("2012-05-07"), Date{}), At(p("2012-05-06")), false},
		{"open start", Between(Date{}, p("2014-02-22")), At(p("2010")), true},
		{"open start after", Between(Date{}, p("2014-02-22")), At(p("2014-02-23")), false},
		{"until month is inclusive", Between(p("2014-01"), p("2014-03")), At(p("2014-03-31")), true},
		{"zero overlaps all", Span{}, At(p("1999")), true},
		{"window vs window", Between(p("2014-01"), p("2014-02")), Between(p("2014-02-28"), p("2014-05")), true},
		{"disjoint windows", Between(p("2014-01"), p("2014-02")), Between(p("2014-03"), p("2014-05")), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.s.Overlaps(tt.w); got != tt.overlaps {
				t.Errorf("%v.Overlaps(%v) = %v, want %v", tt.s, tt.w, got, tt.overlaps)
			}
			if got := tt.w.Overlaps(tt.s); got != tt.overlaps {
				t.Errorf("Overlaps is not symmetric for %v and %v", tt.s, tt.w)
			}
		})
	}
}

func TestSpanValidate(t *testing.T) {
	p := MustParse
	if err := Between(p("2014-03-15"), p("2014-03")).Validate(); err != nil {
		t.Errorf("overlapping ends: %v", err)
	}
	if err := Between(p("2014-03"), p("2014-02-28")).Validate(); !errors.Is(err, ErrReversed) {
		t.Errorf("reversed span: err = %v, want ErrReversed", err)
	}
	if err := Between(Date{}, p("2014")).Validate(); err != nil {
		t.Errorf("open start: %v", err)
	}
}

func TestSpanFormat(t *testing.T) {
	p := MustParse
	tests := []struct {
		s          Span
		str, human string
	}{
		{Span{}, "", ""},
		{At(p("2014-03-29")), "2014-03-29", "29 Mar 2014"},
		{Between(p("2012-05-07"), Date{}), "2012-05-07/", "since 7 May 2012"},
		{Between(Date{}, p("2014-02")), "/2014-02", "until Feb 2014"},
		{Between(p("2014"), p("2015-06")), "2014/2015-06", "2014 - Jun 2015"},
	}
	for _, tt := range tests {
		if got := tt.s.String(); got != tt.str {
			t.Errorf("String() = %q, want %q", got, tt.str)
		}
		if got := tt.s.Format(); got != tt.human {
			t.Errorf("Format() = %q, want %q", got, tt.human)
		}
	}
}

func TestTextRoundTrip(t *testing.T) {
	for _, s := range []string{"2014", "2014-03", "2014-03-29", ""} {
		var d Date
		if err := d.UnmarshalText([]byte(s)); err != nil {
			t.Fatalf("UnmarshalText(%q): %v", s, err)
		}
		b, _ := d.MarshalText()
		if string(b) != s {
			t.Errorf("round trip %q -> %q", s, b)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"2014", "2014-03", "2014-03-29", "2014-02-30", "x", "9999-12-31", "0001-01-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Parse(s)
		if err != nil {
			return
		}
		if d.String() != s {
			t.Fatalf("Parse(%q).String() = %q", s, d.String())
		}
		if d.Last().Before(d.First()) {
			t.Fatalf("%q: Last before First", s)
		}
	})
}

func ExampleParse() {
	d, _ := Parse("2014-03")
	fmt.Println(d, d.Precision(), d.Format())
	fmt.Println(d.First().Format(time.DateOnly), d.Last().Format(time.DateOnly))
	_, err := Parse("2014-02-30")
	fmt.Println(err)
	// Output:
	// 2014-03 month Mar 2014
	// 2014-03-01 2014-03-31
	// no such date "2014-02-30"
}

func ExampleSpan_Holds() {
	presidency := Between(MustParse("2010-02-25"), MustParse("2014-02-22"))
	fmt.Println(presidency.Holds(MustParse("2014-02-01")), presidency.Holds(MustParse("2014-03")))
	// Output: true false
}

func TestPrecisionText(t *testing.T) {
	for _, p := range Precisions() {
		b, err := p.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Precision
		if err := back.UnmarshalText(b); err != nil || back != p {
			t.Errorf("%v -> %q -> %v, %v", p, b, back, err)
		}
	}
	if p, err := ParsePrecision("MONTH"); err != nil || p != Month {
		t.Errorf("MONTH: %v, %v", p, err)
	}
	if _, err := ParsePrecision("week"); !errors.Is(err, ErrPrecision) {
		t.Errorf("week: %v", err)
	}
	if _, err := Precision(7).MarshalText(); !errors.Is(err, ErrPrecision) {
		t.Errorf("Precision(7): %v", err)
	}
}

func TestFromTimeRange(t *testing.T) {
	for _, tc := range []struct {
		t  time.Time
		ok bool
	}{
		{time.Date(2014, 3, 29, 23, 0, 0, 0, time.UTC), true},
		{time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), true},
		{time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC), true},
		{time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), false},
		{time.Date(0, 12, 31, 0, 0, 0, 0, time.UTC), false},
	} {
		d, err := FromTime(tc.t)
		if tc.ok != (err == nil) {
			t.Errorf("FromTime(%v) = %v, %v", tc.t, d, err)
			continue
		}
		if err != nil {
			if !errors.Is(err, ErrImpossible) {
				t.Errorf("FromTime(%v): %v, want ErrImpossible", tc.t, err)
			}
			continue
		}
		// Every date FromTime makes reads back with Parse.
		if back, err := Parse(d.String()); err != nil || back != d {
			t.Errorf("FromTime(%v) = %v, which Parse reads as %v, %v", tc.t, d, back, err)
		}
	}
}
