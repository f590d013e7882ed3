package chart

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/date"
)

func TestErrors(t *testing.T) {
	inf := math.Inf(1)
	at := func(s string) date.Span { return date.At(date.MustParse(s)) }
	many := make([]string, MaxRows+1)
	for i := range many {
		many[i] = "actor " + itoa(i)
	}
	tests := []struct {
		name  string
		build func() (*Chart, error)
		want  error
		field string // the *Error's Field
		about string // a part of the message that says where, if any
	}{
		{"bars no actors", func() (*Chart, error) { return Bars(Scores{Measures: []Measure{{Name: "x"}}}, Options{}) }, ErrEmpty, "Actors", ""},
		{"bars no measures", func() (*Chart, error) { return Bars(Scores{Actors: []string{"a"}}, Options{}) }, ErrEmpty, "Measures", ""},
		{"bars empty actor", func() (*Chart, error) {
			return Bars(Scores{Actors: []string{"a", " \x00\n"}, Measures: []Measure{{Name: "x", Values: []float64{1, 2}}}}, Options{})
		}, ErrLabel, "Actors[1]", ""},
		{"bars empty measure name", func() (*Chart, error) {
			return Bars(Scores{Actors: []string{"a"}, Measures: []Measure{{Name: "x", Values: []float64{1}}, {Values: []float64{1}}}}, Options{})
		}, ErrLabel, "Measures[1].Name", ""},
		{"bars short values", func() (*Chart, error) {
			return Bars(Scores{Actors: []string{"a", "b"}, Measures: []Measure{{Name: "pagerank", Values: []float64{1}}}}, Options{})
		}, ErrLength, "Measures[0].Values", `measure "pagerank"`},
		{"bars NaN", func() (*Chart, error) {
			return Bars(Scores{Actors: []string{"a", "b", "c", "Kyiv"}, Measures: []Measure{{Name: "pagerank", Values: []float64{1, 2, 3, math.NaN()}}}}, Options{})
		}, ErrValue, "Measures[0].Values[3]", `measure "pagerank", actor "Kyiv"`},
		{"bars Inf", func() (*Chart, error) {
			return Bars(Scores{Actors: []string{"a"}, Measures: []Measure{{Name: "x", Values: []float64{-inf}}}}, Options{})
		}, ErrValue, "Measures[0].Values[0]", "-Inf"},
		{"bars too many rows", func() (*Chart, error) {
			return Bars(Scores{Actors: many, Measures: []Measure{{Name: "x", Values: make([]float64, len(many))}}}, Options{})
		}, ErrTooMany, "Actors", ""},
		{"bars too many measures", func() (*Chart, error) {
			return Bars(Scores{Actors: []string{"a"}, Measures: make([]Measure, MaxMeasures+1)}, Options{})
		}, ErrTooMany, "Measures", ""},
		{"bars too tall", func() (*Chart, error) {
			ms := make([]Measure, MaxMeasures)
			for j := range ms {
				ms[j] = Measure{Name: "m" + itoa(j), Values: make([]float64, len(many)-1)}
			}
			return Bars(Scores{Actors: many[1:], Measures: ms}, Options{})
		}, ErrTooMany, "Actors", "rows need more than"},
		{"bad width", func() (*Chart, error) { return Bars(pagerank, Options{Width: 100}) }, ErrOption, "Options.Width", ""},
		{"bad height", func() (*Chart, error) { return Bars(pagerank, Options{Height: -1}) }, ErrOption, "Options.Height", ""},
		{"height too small", func() (*Chart, error) {
			return Bars(threeMeasures, Options{Height: MinHeight, Title: "A title", Caption: "A caption"})
		}, ErrOption, "Options.Height", ""},
		{"bad max label", func() (*Chart, error) { return Bars(pagerank, Options{MaxLabel: 3}) }, ErrOption, "Options.MaxLabel", ""},

		{"lines no measure", func() (*Chart, error) { s := monthly; s.Measure = ""; return Lines(s, Options{}) }, ErrLabel, "Measure", ""},
		{"lines no windows", func() (*Chart, error) { s := monthly; s.Windows = nil; return Lines(s, Options{}) }, ErrEmpty, "Windows", ""},
		{"lines open window", func() (*Chart, error) {
			s := monthly
			s.Windows = append([]date.Span{date.Between(date.MustParse("2013-12"), date.Date{})}, monthly.Windows[1:]...)
			return Lines(s, Options{})
		}, ErrWindow, "Windows[0]", "2013-12/"},
		{"lines reversed window", func() (*Chart, error) {
			s := monthly
			s.Windows = append([]date.Span{date.Between(date.MustParse("2014-01-31"), date.MustParse("2014-01-01"))}, monthly.Windows[1:]...)
			return Lines(s, Options{})
		}, ErrWindow, "Windows[0]", ""},
		{"lines windows out of order", func() (*Chart, error) {
			s := monthly
			s.Windows = append(append([]date.Span{}, monthly.Windows[:5]...), at("2014-05"))
			return Lines(s, Options{})
		}, ErrWindow, "Windows[5]", "Windows[4]"},
		{"lines no lines", func() (*Chart, error) { s := monthly; s.Lines = nil; return Lines(s, Options{}) }, ErrEmpty, "Lines", ""},
		{"lines too many", func() (*Chart, error) {
			s := monthly
			s.Lines = make([]Line, MaxLines+1)
			return Lines(s, Options{})
		}, ErrTooMany, "Lines", ""},
		{"lines empty actor", func() (*Chart, error) {
			s := monthly
			s.Lines = []Line{{Actor: "", Values: monthly.Lines[0].Values}}
			return Lines(s, Options{})
		}, ErrLabel, "Lines[0].Actor", ""},
		{"lines short values", func() (*Chart, error) {
			s := monthly
			s.Lines = []Line{{Actor: "Russia", Values: []float64{1}}}
			return Lines(s, Options{})
		}, ErrLength, "Lines[0].Values", `actor "Russia"`},
		{"lines Inf", func() (*Chart, error) {
			s := monthly
			s.Lines = []Line{{Actor: "Russia", Values: []float64{1, 2, inf, 4, 5, 6}}}
			return Lines(s, Options{})
		}, ErrValue, "Lines[0].Values[2]", `actor "Russia", window 2014-03`},
		{"lines all missing", func() (*Chart, error) {
			s := monthly
			s.Lines = []Line{{Actor: "Russia", Values: []float64{nan, nan, nan, nan, nan, nan}}}
			return Lines(s, Options{})
		}, ErrEmpty, "Lines", ""},

		{"slope empty", func() (*Chart, error) { return Slope(Ranks{}, Options{}) }, ErrEmpty, "Before", ""},
		{"slope duplicate", func() (*Chart, error) {
			return Slope(Ranks{Before: []string{"a", "b", "a"}, After: []string{"a"}}, Options{})
		}, ErrLabel, "Before[2]", `actor "a"`},
		{"slope empty name", func() (*Chart, error) { return Slope(Ranks{Before: []string{"a"}, After: []string{"\t"}}, Options{}) }, ErrLabel, "After[0]", ""},
		{"slope reversed dates", func() (*Chart, error) {
			return Slope(Ranks{From: date.MustParse("2014-04"), To: date.MustParse("2014-03"), Before: []string{"a"}}, Options{})
		}, ErrWindow, "To", ""},
		{"slope too long", func() (*Chart, error) { return Slope(Ranks{Before: many}, Options{}) }, ErrTooMany, "Before", ""},

		{"ties no rows", func() (*Chart, error) { return Diverging(Ties{}, Options{}) }, ErrEmpty, "Labels", ""},
		{"ties short", func() (*Chart, error) {
			return Diverging(Ties{Labels: []string{"a", "b"}, Cooperative: []int{1, 2}, Hostile: []int{1}}, Options{})
		}, ErrLength, "Hostile", ""},
		{"ties negative", func() (*Chart, error) {
			return Diverging(Ties{Labels: []string{"a", "Russia – Ukraine"}, Cooperative: []int{1, -2}, Hostile: []int{1, 1}}, Options{})
		}, ErrValue, "Cooperative[1]", `row "Russia – Ukraine"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := tc.build()
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, %v; want %v", c, err, tc.want)
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("%v is not an *Error", err)
			}
			if e.Field != tc.field {
				t.Errorf("Field %q, want %q (%v)", e.Field, tc.field, err)
			}
			if !strings.Contains(err.Error(), tc.about) {
				t.Errorf("%q does not say %q", err, tc.about)
			}
		})
	}
}
