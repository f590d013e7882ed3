package date_test

import (
	"fmt"

	"github.com/diplograph/diplograph/date"
)

// A date keeps the precision it was given: a month is a month, not its first
// day. Spans have open ends, and "holds on" respects precision.
func Example() {
	annexation := date.MustParse("2014-03-18")
	sanctions := date.Between(date.MustParse("2014-03"), date.Date{}) // since March 2014, no end
	fmt.Println(annexation.Format(), annexation.Precision())
	fmt.Println(sanctions, sanctions.Format())
	fmt.Println(sanctions.Holds(annexation), sanctions.Holds(date.MustParse("2014-02-28")))
	fmt.Println(date.MustParse("2014-03").Covers(annexation))
	// Output:
	// 18 Mar 2014 day
	// 2014-03/ since Mar 2014
	// true false
	// true
}
