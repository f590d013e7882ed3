package chart

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
)

// ellipsis ends a cut label.
const ellipsis = "…"

// clean makes a user string safe and plain for the SVG: invalid UTF-8
// becomes U+FFFD, control characters and the XML non-characters U+FFFE and
// U+FFFF are dropped, and every run of white space (newlines and tabs
// included) becomes one space, trimmed at both ends. vgsvg escapes the
// XML specials (< > & ' ") of what remains.
func clean(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s { // an invalid byte comes as utf8.RuneError, U+FFFD
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsControl(r), r == 0xFFFE, r == 0xFFFF:
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// truncate cuts s to at most n runes, the last being "…".
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i, k := 0, 0
	for i = range s {
		if k == n-1 {
			break
		}
		k++
	}
	return strings.TrimRightFunc(s[:i], unicode.IsSpace) + ellipsis
}

// label cleans s and cuts it to max runes.
func label(s string, max int) string { return truncate(clean(s), max) }

// fit cuts s, ending it in "…", until it is at most w wide in sty.
func fit(s string, sty text.Style, w vg.Length) string {
	if sty.Width(s) <= w {
		return s
	}
	runes := []rune(s)
	lo, hi := 0, len(runes) // the longest prefix that fits is in [lo, hi)
	for lo+1 < hi {
		mid := (lo + hi) / 2
		if sty.Width(string(runes[:mid])+ellipsis) <= w {
			lo = mid
		} else {
			hi = mid
		}
	}
	return strings.TrimRightFunc(string(runes[:lo]), unicode.IsSpace) + ellipsis
}

// upperFirst upper-cases the first letter of s, for default titles made
// from measure names.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// numbers returns a formatter that writes every value of vs with the same
// number of decimals: enough for three significant digits of the largest
// magnitude (0.213, 0.045, 0.008), none for whole numbers (12, 3), with
// thousands separated by commas (12,345). Magnitudes of 1e15 and more and
// below 1e-4 are written in exponent form.
func numbers(vs ...float64) func(float64) string {
	top, whole := 0.0, true
	for _, v := range vs {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			continue
		}
		top = math.Max(top, math.Abs(v))
		whole = whole && v == math.Trunc(v)
	}
	if top >= 1e15 || (top > 0 && top < 1e-4) {
		return func(v float64) string { return minus(strconv.FormatFloat(v, 'g', 3, 64)) }
	}
	decimals := 0
	if !whole && top > 0 {
		decimals = max(0, min(6, 2-int(math.Floor(math.Log10(top)))))
	}
	return func(v float64) string {
		if v == 0 {
			return "0"
		}
		s := strconv.FormatFloat(v, 'f', decimals, 64)
		if strings.Trim(s, "-0.") == "" {
			s = strings.TrimPrefix(s, "-") // no "-0.00" for -0.0001
		}
		return minus(commas(s))
	}
}

// minus writes a leading hyphen-minus as the minus sign, U+2212, which is
// as wide as a digit.
func minus(s string) string {
	if strings.HasPrefix(s, "-") {
		return "−" + s[1:]
	}
	return s
}

// commas separates the thousands of the integer part of a formatted
// number.
func commas(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, frac, dot := strings.Cut(s, ".")
	if len(whole) <= 3 {
		return sign + s
	}
	var b strings.Builder
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if dot {
		b.WriteString("." + frac)
	}
	return sign + b.String()
}
