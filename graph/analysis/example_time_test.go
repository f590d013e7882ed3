package analysis_test

import (
	"context"
	"fmt"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
)

// Calendar windows print as the period they are; whole windows may reach
// past the dates asked for.
func ExampleWindows() {
	from, to := date.MustParse("2014-03-20"), date.MustParse("2014-04-02")
	for _, o := range []analysis.WindowOptions{
		{Every: analysis.Months},
		{Every: analysis.Quarters},
		{Every: analysis.Years},
		{Every: analysis.Weeks},
		{Length: 10}, // days
	} {
		windows, _ := analysis.Windows(from, to, o)
		fmt.Printf("%-8v", o.Every)
		for _, w := range windows {
			fmt.Printf(" | %s", w.Format())
		}
		fmt.Println()
	}
	// Output:
	// months   | Mar 2014 | Apr 2014
	// quarters | Jan 2014 - Mar 2014 | Apr 2014 - Jun 2014
	// years    | 2014
	// weeks    | 17 Mar 2014 - 23 Mar 2014 | 24 Mar 2014 - 30 Mar 2014 | 31 Mar 2014 - 6 Apr 2014
	// days     | 20 Mar 2014 - 29 Mar 2014 | 30 Mar 2014 - 8 Apr 2014
}

// Degree month by month, and how Obama's rank moved over March 2014.
func ExampleSeries() {
	g := ukraine()
	months, _ := analysis.Windows(date.MustParse("2014-01"), date.MustParse("2014-05"), analysis.WindowOptions{Every: analysis.Months})
	series, err := analysis.Series(context.Background(), g, months, analysis.SeriesOptions{
		Measure: analysis.MeasureDegree,
		Filter:  graph.Filter{DropUndated: true},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, v := range analysis.Track(series, "obama") {
		fmt.Printf("%-8s obama %.3f, %d actors without relations\n", series[i].Window.Format(), v, len(series[i].Isolates))
	}
	c, _ := analysis.CompareRanks(context.Background(), g, "obama", months[2], analysis.CompareRanksOptions{Measure: analysis.MeasureDegree})
	fmt.Printf("%s: obama's rank %d -> %d\n", months[2].Format(), c.Before, c.After)
	for _, r := range c.Gained {
		fmt.Println(" ", r.From, r.Kind, r.To)
	}
	// Output:
	// Jan 2014 obama 0.031, 24 actors without relations
	// Feb 2014 obama 0.031, 23 actors without relations
	// Mar 2014 obama 0.125, 10 actors without relations
	// Apr 2014 obama 0.031, 20 actors without relations
	// May 2014 obama 0.031, 20 actors without relations
	// Mar 2014: obama's rank 12 -> 5
	//   obama consulted putin
	//   putin phoned obama
	//   obama pledged putin
	//   obama demanded RUS
	//   obama agreed putin
	//   putin proposed obama
}
