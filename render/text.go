package render

import (
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Graphviz sizes a label by estimating its text's width. Built into
// go-graphviz it has no fonts, only width tables: for ASCII in a few known
// fonts (DejaVu Sans and Helvetica among them), and for every other
// character the width of a space, so "Владимир Путин" or "習近平" would get
// a box half as wide as its text. So each label is wrapped in a table cell
// whose minimum width is our own estimate, from Helvetica's widths widened
// to DejaVu Sans's for ASCII and per-script guesses for the rest.

// helvetica holds the advance widths of Helvetica, in thousandths of an em,
// for the ASCII characters ' ' to '~' (Adobe's Helvetica AFM).
var helvetica = [95]uint16{
	278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
	556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
	1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
	667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
	333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
	556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p to ~
}

// runeWidth estimates the width of r in thousandths of an em.
func runeWidth(r rune) float64 {
	switch {
	case r >= ' ' && r <= '~':
		return float64(helvetica[r-' '])
	case r == '\u00A0': // no-break space
		return float64(helvetica[0])
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		return 0
	case wide(r):
		return 1000
	}
	return 640 // Cyrillic, Greek, accented Latin, Arabic, ...: a wide-ish letter
}

// wide reports whether r is drawn a full em wide: East Asian wide and
// full-width characters and emoji.
func wide(r rune) bool {
	return r >= 0x1100 && r <= 0x115F || r >= 0x2E80 && r <= 0xA4CF || r >= 0xAC00 && r <= 0xD7A3 ||
		r >= 0xF900 && r <= 0xFAFF || r >= 0xFE30 && r <= 0xFE4F || r >= 0xFF00 && r <= 0xFF60 ||
		r >= 0xFFE0 && r <= 0xFFE6 || r >= 0x1F300 && r <= 0x1FAFF || r >= 0x20000 && r <= 0x3FFFD
}

// textWidth estimates the width in points of the widest line of s at the
// given size, for DejaVu Sans, the widest common fallback.
func textWidth(s string, size float64, bold bool) float64 {
	const dejaVu, boldFactor = 1.12, 1.08
	widest := 0.0
	for _, l := range strings.Split(s, "\n") {
		w := 0.0
		for _, r := range l {
			w += runeWidth(r)
		}
		widest = max(widest, w)
	}
	widest *= size / 1000 * dejaVu
	if bold {
		widest *= boldFactor
	}
	return widest
}

// maxRunText is the most characters a run of label text shows; longer
// text is cut with an ellipsis (the tooltip keeps all of it). Graphviz
// refuses an HTML-like label longer than 16,384 bytes, and no drawing is
// legible with a longer name.
const maxRunText = 160

// shorten cuts s to at most n characters, the last an ellipsis.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i, k := 0, 0
	for k < n-1 {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		k++
	}
	return s[:i] + "…"
}

// span is a run of label text in one font size and colour.
type span struct {
	text  string  // user text; may hold newlines
	size  float64 // point size; 0 keeps the enclosing size
	color string  // colour; "" keeps the enclosing colour
	bold  bool
}

// block is an HTML-like label holding spans on lines of their own, centred,
// in a cell at least as wide as our estimate of the text.
func block(base float64, spans ...span) string {
	lines := make([][]span, len(spans))
	for i := range spans {
		lines[i] = spans[i : i+1]
	}
	return rows(base, lines...)
}

// rows is an HTML-like label holding lines of spans, centred, in a cell at
// least as wide as our estimate of the text. It and [block] are the only
// templates for text in HTML-like labels; every span's text and colour goes
// through [escape].
func rows(base float64, lines ...[]span) string {
	var b strings.Builder
	width := 0.0
	for i, l := range lines {
		if i > 0 {
			b.WriteString("<BR/>")
		}
		lw := 0.0
		for _, s := range l {
			s.text = shorten(clean(s.text), maxRunText)
			size := s.size
			if size == 0 {
				size = base
			}
			lw += textWidth(clean(s.text), size, s.bold)
			t := htmlText(s.text, false)
			if s.bold {
				t = "<B>" + t + "</B>"
			}
			var attrs []string
			if s.size != 0 {
				attrs = append(attrs, `POINT-SIZE="`+num(s.size)+`"`)
			}
			if s.color != "" {
				attrs = append(attrs, `COLOR="`+escape(s.color, inText)+`"`)
			}
			if len(attrs) > 0 {
				t = "<FONT " + strings.Join(attrs, " ") + ">" + t + "</FONT>"
			}
			b.WriteString(t)
		}
		width = max(width, lw)
	}
	return fmt.Sprintf(`<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0"><TR><TD WIDTH="%d">%s</TD></TR></TABLE>`,
		int(math.Ceil(width)), b.String())
}
