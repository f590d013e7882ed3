package chart

import (
	"math"

	"github.com/diplograph/diplograph/date"
)

// Test data: the Ukraine crisis of 2014, with plausible but made-up scores.

var pagerank = Scores{
	Actors: []string{"Russia", "Ukraine", "United States", "Vladimir Putin", "European Union", "Barack Obama",
		"Sergei Lavrov", "John Kerry", "Organization for Security and Co-operation in Europe", "Crimea"},
	Measures: []Measure{{Name: "pagerank", Values: []float64{0.182, 0.153, 0.121, 0.094, 0.088, 0.071, 0.066, 0.058, 0.043, 0.031}}},
}

var threeMeasures = Scores{
	Actors: []string{"Russia", "Ukraine", "United States", "European Union", "Germany", "Crimea"},
	Measures: []Measure{
		{Name: "pagerank", Values: []float64{0.182, 0.153, 0.121, 0.088, 0.052, 0.031}},
		{Name: "betweenness", Values: []float64{0.41, 0.22, 0.18, 0.09, 0.12, 0}},
		{Name: "degree", Values: []float64{24, 19, 15, 11, 8, 3}},
	},
}

// balance has negative values: a signed score.
var balance = Scores{
	Actors:   []string{"Russia", "Ukraine", "United States", "Belarus", "China"},
	Measures: []Measure{{Name: "net sign", Values: []float64{-14, 6, 9, -2, 0.5}}},
}

var nan = math.NaN()

var monthly = Series{
	Measure: "pagerank",
	Windows: []date.Span{
		date.At(date.MustParse("2014-01")), date.At(date.MustParse("2014-02")), date.At(date.MustParse("2014-03")),
		date.At(date.MustParse("2014-04")), date.At(date.MustParse("2014-05")), date.At(date.MustParse("2014-06")),
	},
	Lines: []Line{
		{Actor: "Russia", Values: []float64{0.12, 0.15, 0.21, 0.19, 0.17, 0.16}},
		{Actor: "Ukraine", Values: []float64{0.09, 0.16, 0.18, 0.15, 0.14, 0.15}},
		{Actor: "United States", Values: []float64{0.08, 0.09, 0.12, 0.11, nan, 0.1}},
		{Actor: "European Union", Values: []float64{0.05, nan, 0.08, nan, 0.07, 0.06}},
	},
}

// daily windows, one a day from 14 to 27 March 2014.
var daily = func() Series {
	s := Series{Measure: "relations", Lines: []Line{{Actor: "Russia"}, {Actor: "Ukraine"}, {Actor: "United States"}}}
	for d := 14; d <= 27; d++ {
		s.Windows = append(s.Windows, date.At(date.Of(2014, 3, d)))
		s.Lines[0].Values = append(s.Lines[0].Values, float64(3+(d*7)%11))
		s.Lines[1].Values = append(s.Lines[1].Values, float64(2+(d*5)%9))
		s.Lines[2].Values = append(s.Lines[2].Values, float64(1+(d*3)%6))
	}
	return s
}()

var march = Ranks{
	Measure: "pagerank",
	From:    date.MustParse("2014-03-01"),
	To:      date.MustParse("2014-03-31"),
	Before:  []string{"Ukraine", "Russia", "United States", "European Union", "Viktor Yanukovych", "Germany", "Poland", "Crimea"},
	After:   []string{"Russia", "Ukraine", "United States", "European Union", "Crimea", "Germany", "NATO", "Poland"},
}

var pairs = Ties{
	Labels:      []string{"Russia – Ukraine", "Russia – United States", "Russia – European Union", "Ukraine – European Union", "Ukraine – United States", "Russia – Crimea"},
	Cooperative: []int{12, 4, 3, 17, 14, 9},
	Hostile:     []int{31, 15, 11, 0, 1, 0},
}
