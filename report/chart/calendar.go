package chart

import (
	"math"
	"strconv"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
)

// Time on the horizontal axis of [Lines] is in days since 1970-01-01 UTC,
// fractional: noon of 18 March 2014 is 16147.5.
const secondsPerDay = 24 * 60 * 60

// epochDay returns the day number of t's date.
func epochDay(t time.Time) float64 { return float64(t.Unix() / secondsPerDay) }

// dayTime returns the date of day number d.
func dayTime(d float64) time.Time { return time.Unix(int64(math.Floor(d))*secondsPerDay, 0).UTC() }

// calendar is a time axis: labelled ticks and grid lines.
type calendar struct {
	ticks plot.ConstantTicks
	lines []float64 // grid lines, at period boundaries (months, years) or labelled days
	days  bool      // labels are days, "18 Mar", without the year
}

// calendarAxis chooses ticks for days lo to hi so that their labels, in
// sty, fit in width w: days ("18 Mar", at noon, every 1, 2, 7 or 14 days),
// else months ("Mar 2014", centred on the month, every 1, 2, 3 or 6
// months), else years ("2014", centred on the year, every 1, 2, 5, 10, ...
// years). Grid lines mark labelled days, or the starts of labelled months
// and years.
func calendarAxis(lo, hi float64, w vg.Length, sty text.Style) calendar {
	first, last := dayTime(lo), dayTime(math.Ceil(hi)-1)
	fits := func(n int, sample string) bool {
		return vg.Length(n)*(sty.Width(sample)+12) <= w
	}
	days := int(math.Ceil(hi) - math.Floor(lo))
	for _, step := range []int{1, 2, 7, 14} {
		if !fits((days+step-1)/step, "28 Mar") {
			continue
		}
		var c calendar
		c.days = true
		for d := math.Floor(lo); d < hi; d += float64(step) {
			c.ticks = append(c.ticks, plot.Tick{Value: d + 0.5, Label: dayTime(d).Format("2 Jan")})
			c.lines = append(c.lines, d+0.5)
		}
		return c
	}
	months := (last.Year()-first.Year())*12 + int(last.Month()-first.Month()) + 1
	for _, step := range []int{1, 2, 3, 6} {
		if !fits((months+step-1)/step, "May 2014") {
			continue
		}
		var c calendar
		for m := time.Date(first.Year(), first.Month(), 1, 0, 0, 0, 0, time.UTC); !m.After(last); m = m.AddDate(0, 1, 0) {
			if (int(m.Month())-1)%step != 0 {
				continue
			}
			start, end := epochDay(m), epochDay(m.AddDate(0, 1, 0))
			c.ticks = append(c.ticks, plot.Tick{Value: (start + end) / 2, Label: m.Format("Jan 2006")})
			c.lines = append(c.lines, start)
		}
		return c
	}
	years := last.Year() - first.Year() + 1
	step := 1
	for _, s := range []int{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000} {
		step = s
		if fits((years+s-1)/s, "2014") {
			break
		}
	}
	var c calendar
	for y := first.Year() - first.Year()%step; y <= last.Year(); y += step {
		start := epochDay(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC))
		end := epochDay(time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC))
		c.ticks = append(c.ticks, plot.Tick{Value: (start + end) / 2, Label: strconv.Itoa(y)})
		c.lines = append(c.lines, start)
	}
	return c
}

// yearsOf writes the years from lo to hi: "2014" or "2014–2015".
func yearsOf(lo, hi float64) string {
	a, b := dayTime(lo).Year(), dayTime(math.Ceil(hi)-1).Year()
	if a == b {
		return strconv.Itoa(a)
	}
	return strconv.Itoa(a) + "–" + strconv.Itoa(b)
}
