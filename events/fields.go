package events

import (
	"math"
	"strconv"
	"time"

	"github.com/diplograph/diplograph/date"
)

// parser holds the scratch space of one row.
type parser struct {
	f    [gdelt2Width]string
	name string
	line int64
	cols []string // column names of the dataset
	idx  []int    // idx[i] = the column-name index of field i (GDELT 1.0 skips ADM2)
	err  *RowError
}

func (p *parser) fail(i int, err error) {
	if p.err == nil {
		col := ""
		if i >= 0 && i < len(p.idx) {
			col = p.cols[p.idx[i]]
		}
		p.err = rowErr(p.name, p.line, col, p.f[i], err)
	}
}

func (p *parser) uint(i int) int64 {
	s := p.f[i]
	if len(s) == 0 || len(s) > 18 {
		p.fail(i, ErrNumber)
		return 0
	}
	var n int64
	for j := 0; j < len(s); j++ {
		c := s[j]
		if c < '0' || c > '9' {
			p.fail(i, ErrNumber)
			return 0
		}
		n = n*10 + int64(c-'0')
	}
	return n
}

// int reads an optionally signed integer that fits in 32 bits.
func (p *parser) int(i int) int {
	s := p.f[i]
	neg := len(s) > 1 && s[0] == '-'
	if neg {
		s = s[1:]
	}
	n, ok := digits(s)
	if !ok || s == "" || len(s) > 10 || n > math.MaxInt32 {
		p.fail(i, ErrNumber)
		return 0
	}
	if neg {
		return -n
	}
	return n
}

// intOr reads an integer, or gives def for an empty field.
func (p *parser) intOr(i, def int) int {
	if p.f[i] == "" {
		return def
	}
	return p.int(i)
}

func (p *parser) float(i int) float64 {
	v, err := strconv.ParseFloat(p.f[i], 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) || !isDecimal(p.f[i]) {
		p.fail(i, ErrNumber)
		return 0
	}
	return v
}

// goldstein reads a value of the Goldstein scale, -10 to 10.
func (p *parser) goldstein(i int) float64 {
	v := p.float(i)
	if v < -10 || v > 10 {
		p.fail(i, ErrNumber)
		return 0
	}
	return v
}

// isDecimal reports whether s is [-+]digits[.digits] (with at least one
// digit), or a number in E notation: what data files write, unlike "NaN",
// "Inf", "0x1p3" or "1_0" which strconv also reads.
func isDecimal(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == '-' || s[0] == '+' {
		s = s[1:]
	}
	digits := 0
	for j := 0; j < len(s); j++ {
		c := s[j]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+':
		default:
			return false
		}
	}
	return digits > 0
}

// coord checks a latitude or longitude: empty, "NA" or a decimal number.
func (p *parser) coord(i int) string {
	s := p.f[i]
	if s == "NA" {
		return ""
	}
	if s != "" && !isDecimal(s) {
		p.fail(i, ErrNumber)
	}
	return s
}

func digits(s string) (int, bool) {
	n := 0
	for j := 0; j < len(s); j++ {
		c := s[j]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

var monthDays = [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

func validDay(y, m, d int) bool {
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > monthDays[m] {
		return false
	}
	return m != 2 || d < 29 || y%4 == 0 && (y%100 != 0 || y%400 == 0)
}

// ymd reads YYYYMMDD.
func (p *parser) ymd(i int) date.Date {
	s := p.f[i]
	y, ok1 := digits(s[:min(4, len(s))])
	m, ok2 := digits(s[min(4, len(s)):min(6, len(s))])
	d, ok3 := digits(s[min(6, len(s)):])
	if len(s) != 8 || !ok1 || !ok2 || !ok3 || !validDay(y, m, d) {
		p.fail(i, ErrDate)
		return date.Date{}
	}
	return date.Of(y, time.Month(m), d)
}

// isoDay reads YYYY-MM-DD.
func (p *parser) isoDay(i int) date.Date {
	s := p.f[i]
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		p.fail(i, ErrDate)
		return date.Date{}
	}
	y, ok1 := digits(s[:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:])
	if !ok1 || !ok2 || !ok3 || !validDay(y, m, d) {
		p.fail(i, ErrDate)
		return date.Date{}
	}
	return date.Of(y, time.Month(m), d)
}

// stamp reads YYYYMMDD or YYYYMMDDHHMMSS as a UTC time.
func (p *parser) stamp(i int) time.Time {
	s := p.f[i]
	if len(s) != 8 && len(s) != 14 {
		p.fail(i, ErrDate)
		return time.Time{}
	}
	y, ok1 := digits(s[:4])
	m, ok2 := digits(s[4:6])
	d, ok3 := digits(s[6:8])
	hh, mm, ss, ok4 := 0, 0, 0, true
	if len(s) == 14 {
		var a, b, c bool
		hh, a = digits(s[8:10])
		mm, b = digits(s[10:12])
		ss, c = digits(s[12:14])
		ok4 = a && b && c && hh < 24 && mm < 60 && ss < 61
	}
	if !ok1 || !ok2 || !ok3 || !ok4 || !validDay(y, m, d) {
		p.fail(i, ErrDate)
		return time.Time{}
	}
	return time.Date(y, time.Month(m), d, hh, mm, ss, 0, time.UTC)
}

func (p *parser) code(i int) string {
	s := p.f[i]
	if !isCode(s) {
		p.fail(i, ErrCode)
	}
	return s
}

// prefixOf reads a GDELT base (n = 3) or root (n = 2) code: it must be the
// event code's prefix, or the event code itself when that is shorter.
func (p *parser) prefixOf(i int, code string, n int) string {
	s := p.f[i]
	if !isCode(s) || isCode(code) && s != code[:min(n, len(code))] {
		p.fail(i, ErrCode)
	}
	return s
}

// setup prepares the parser for a line of a dataset with the given columns.
func (p *parser) setup(name string, line int64, cols []string, idx []int) {
	p.name, p.line, p.cols, p.idx, p.err = name, line, cols, idx, nil
}

// parser returns the reader's row parser, made on first use.
func (r *Reader) parser() *parser {
	if r.p == nil {
		r.p = new(parser)
	}
	return r.p
}
