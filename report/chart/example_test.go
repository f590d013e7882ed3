package chart_test

import (
	"bytes"
	"fmt"
	"math"
	"strings"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/report/chart"
)

// One measure over actors: horizontal bars in the order given, each value at
// its bar's end. Each bar is a path filled Okabe-Ito blue (#0072B2).
func Example() {
	scores := chart.Scores{
		Actors:   []string{"Russia", "Ukraine", "United States", "European Union"},
		Measures: []chart.Measure{{Name: "pagerank", Values: []float64{0.31, 0.27, 0.24, 0.18}}},
	}
	c, err := chart.Bars(scores, chart.Options{Caption: "Source: scenario ukraine2014"})
	if err != nil {
		fmt.Println(err)
		return
	}
	var svg bytes.Buffer
	if err := c.WriteSVG(&svg); err != nil {
		fmt.Println(err)
		return
	}
	w, h := c.Size()
	fmt.Printf("%d×%d px\n", w, h)
	fmt.Println("bars:", strings.Count(svg.String(), "fill:#0072B2"))
	fmt.Println(strings.Contains(svg.String(), "<title>Pagerank by actor</title>"))
	// Output:
	// 800×219 px
	// bars: 4
	// true
}

// A measure over monthly windows; NaN leaves a gap in a line.
func ExampleLines() {
	months := []date.Span{
		date.At(date.MustParse("2014-02")), date.At(date.MustParse("2014-03")), date.At(date.MustParse("2014-04")),
	}
	c, err := chart.Lines(chart.Series{
		Measure: "degree",
		Windows: months,
		Lines: []chart.Line{
			{Actor: "Russia", Values: []float64{4, 11, 9}},
			{Actor: "Ukraine", Values: []float64{6, math.NaN(), 8}},
		},
	}, chart.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Size())
	// Output:
	// 800 450
}

// Bad input is an *Error that says where; errors.Is tells its kind.
func ExampleBars_error() {
	_, err := chart.Bars(chart.Scores{
		Actors:   []string{"Russia", "Kyiv"},
		Measures: []chart.Measure{{Name: "pagerank", Values: []float64{0.3, math.NaN()}}},
	}, chart.Options{})
	fmt.Println(err)
	// Output:
	// Measures[0].Values[1] (measure "pagerank", actor "Kyiv"): chart: bad value: NaN, want a finite value within ±1e+100
}

// Two rankings a month apart: risers solid blue, fallers dashed vermilion.
func ExampleSlope() {
	c, err := chart.Slope(chart.Ranks{
		Measure: "betweenness",
		From:    date.MustParse("2014-03-01"),
		To:      date.MustParse("2014-03-31"),
		Before:  []string{"Ukraine", "Russia", "United States"},
		After:   []string{"Russia", "Ukraine", "United States"},
	}, chart.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	var svg bytes.Buffer
	_ = c.WriteSVG(&svg)
	fmt.Println(strings.Contains(svg.String(), "<title>Rank by betweenness, 1 Mar 2014 to 31 Mar 2014</title>"))
	// Output:
	// true
}

// Cooperative and hostile counts per pair, around a zero line.
func ExampleDiverging() {
	c, err := chart.Diverging(chart.Ties{
		Labels:      []string{"Russia – Ukraine", "Russia – United States"},
		Cooperative: []int{12, 4},
		Hostile:     []int{31, 15},
	}, chart.Options{YLabel: "Pair"})
	if err != nil {
		fmt.Println(err)
		return
	}
	w, _ := c.Size()
	fmt.Println(w)
	// Output:
	// 800
}
