package chart

import (
	"math"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
)

// maxValue bounds the values a chart draws, so that no axis computation
// overflows.
const maxValue = 1e100

// drawable reports whether v is a value charts draw: finite and within
// ±maxValue.
func drawable(v float64) bool { return math.Abs(v) <= maxValue }

// tickForm is how valueAxis writes tick labels.
type tickForm int

const (
	signed   tickForm = iota // −10, 0, 10
	unsigned                 // 10, 0, 10: counting outward from zero both ways
	percent                  // −50%, 0%, 50%, 100%: shares, 1 = 100%
)

// valueAxis sets p's axis a to run from lo to hi rounded out to a round
// step (1, 2 or 5 times a power of ten) that gives at most the given number
// of intervals (clamped to 2 to 10), with a labelled tick at every step
// (zero among them when lo < 0 < hi), written in the given form. It returns
// the tick values, for grid lines.
func valueAxis(a *plot.Axis, lo, hi float64, intervals int, form tickForm) []float64 {
	if lo == hi {
		lo, hi = math.Min(lo, 0), math.Max(hi, 0)
		if lo == hi {
			hi = 1
		}
	}
	step := roundStep((hi - lo) / float64(min(max(intervals, 2), 10)))
	if step < 1e-200 { // values too close to tell apart: draw them on 0 to 1
		lo, hi, step = math.Min(lo, 0), math.Max(hi, 1), 0.2
	}
	first, last := math.Floor(lo/step+1e-9), math.Ceil(hi/step-1e-9)
	if form == percent {
		step *= 100 // label in percent, place in shares
	}
	decimals := max(0, -int(math.Floor(math.Log10(step)+1e-9)))
	format := func(v float64) string { return strconv.FormatFloat(v, 'f', decimals, 64) }
	if step >= 1e15 || step < 1e-4 {
		format = func(v float64) string { return strconv.FormatFloat(v, 'g', 3, 64) }
	}
	var ticks plot.ConstantTicks
	var at []float64
	for k := first; k <= last; k++ {
		s := format(k * step)
		if k == 0 || form == unsigned {
			s = strings.TrimPrefix(s, "-")
		}
		s = minus(commas(s))
		v := k * step
		if form == percent {
			s += "%"
			v /= 100
		}
		ticks = append(ticks, plot.Tick{Value: v, Label: s})
		at = append(at, v)
	}
	a.Min, a.Max = at[0], at[len(at)-1]
	a.Tick.Marker = ticks
	return at
}

// widthTicks is the number of intervals for a horizontal value axis on a
// chart w wide: one per 100 pt (133 px), six at the default width.
func widthTicks(w vg.Length) int { return int(w / 100) }

// roundStep returns the smallest of 1, 2 and 5 times a power of ten that
// is at least raw.
func roundStep(raw float64) float64 {
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5} {
		if m*mag >= raw*(1-1e-9) {
			return m * mag
		}
	}
	return 10 * mag
}
