package render

import (
	"net/url"
	"strings"
	"unicode/utf8"
)

// place says where in the DOT output a user string goes. Graphviz reads
// strings differently in each place, so the one escaping function, [escape],
// takes it as an argument.
type place uint8

const (
	// inID is a quoted DOT ID (node, cluster and graph names). Only the DOT
	// lexer reads it: '"' and '\' are escaped.
	inID place = iota

	// inText is the text of a label: a quoted label ("..."), an edge label,
	// a cluster label, and the text between the tags of our own HTML-like
	// label templates. Graphviz reads it in two steps:
	//
	//  1. escString: "\\" is a backslash, "\n" a line break; "\N", "\G",
	//     "\E", "\T", "\H", "\L" would be replaced by object names, so every
	//     user backslash is written "\\";
	//  2. entities: "&amp;", "&lt;", "&#60;" ... are decoded, so '&', '<',
	//     '>' and '"' are written as entities. Writing '"' as "&quot;"
	//     rather than "\"" also keeps the DOT lexer's quote escape out of
	//     the output entirely.
	//
	// Newlines become "\n" (a centred line break); HTML templates split lines
	// themselves (see htmlText) and never pass a newline here.
	inText

	// inTooltip is a tooltip. Graphviz 12.1.2 runs the escString
	// substitution over tooltips twice (measured: "\\N" in a node tooltip
	// came out as the node's name), so a user backslash is written as four.
	// Entities and newlines as for inText.
	inTooltip

	// inURL is a URL or href. Only http and https URLs reach it (see
	// safeURL), already percent-encoded; '&' is written "&amp;", which the
	// SVG renderer keeps as the entity, so the href reads '&'.
	inURL
)

// escape is the only function that writes user data (IDs, names, titles,
// quotes, notes, URLs, theme colours and fonts) into DOT. Its result goes
// between double quotes, or between the tags of our own HTML-like label
// templates, and no input can end the string, start an HTML-like label, add
// an attribute or change another object: the output never holds '"' (except
// escaped as \" in IDs), '<', '>', a newline or a control character.
//
// It first cleans s (see clean), then escapes it for context c.
func escape(s string, c place) string {
	s = clean(s)
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for _, r := range s {
		switch {
		case r == '\\':
			switch c {
			case inTooltip:
				b.WriteString(`\\\\`)
			default:
				b.WriteString(`\\`)
			}
		case r == '"':
			if c == inID {
				b.WriteString(`\"`)
			} else {
				b.WriteString("&quot;")
			}
		case r == '\n':
			if c == inID {
				b.WriteString(" ")
			} else {
				b.WriteString(`\n`)
			}
		case c == inID:
			b.WriteRune(r)
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// maxQuoted is the longest run between double quotes that DOT output
// holds: Graphviz's lexer refuses a quoted string longer than 16,384 bytes
// ("longer than 16384?"), so [quote] writes a longer one as "..." + "...",
// which DOT joins back into one string.
const maxQuoted = 16000

// quote puts an escaped string between double quotes, as several quoted
// pieces joined by DOT's '+' when it is longer than [maxQuoted] bytes. A
// piece never ends inside a UTF-8 sequence, a backslash escape or an
// entity, so each reads as escape wrote it.
func quote(esc string) string {
	if len(esc) <= maxQuoted {
		return `"` + esc + `"`
	}
	var b strings.Builder
	b.Grow(len(esc) + len(esc)/maxQuoted*5 + 2)
	for first := true; esc != ""; first = false {
		cut := min(len(esc), maxQuoted)
		if cut < len(esc) {
			cut = safeCut(esc, cut)
		}
		if !first {
			b.WriteString(" + ")
		}
		b.WriteString(`"` + esc[:cut] + `"`)
		esc = esc[cut:]
	}
	return b.String()
}

// safeCut moves a cut at byte i of an escaped string back to the start of
// the rune, backslash escape or entity that i falls in.
func safeCut(s string, i int) int {
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	// An entity is at most 10 bytes ("&#1114111;"); a backslash run is cut
	// between pairs.
	if j := strings.LastIndexByte(s[max(0, i-10):i], '&'); j >= 0 && !strings.Contains(s[max(0, i-10)+j:i], ";") {
		i = max(0, i-10) + j
	}
	n := 0
	for k := i - 1; k >= 0 && s[k] == '\\'; k-- {
		n++
	}
	if n%2 == 1 {
		i--
	}
	return i
}

// clean makes s safe to hand to Graphviz and to write into SVG (XML 1.0):
// invalid UTF-8 becomes U+FFFD, "\r\n" and '\r' become '\n', a tab becomes a
// space, and every other control character (C0, DEL, C1) and the
// non-characters U+FFFE and U+FFFF, which XML forbids, become U+FFFD.
// Everything else is kept, so names in any script survive unchanged.
func clean(s string) string {
	ok := true
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n == 1) || (r != '\n' && bad(r)) {
			ok = false
			break
		}
		i += n
	}
	if ok {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteRune(utf8.RuneError)
		case r == '\r':
			b.WriteByte('\n')
			if i < len(s) && s[i] == '\n' {
				i++
			}
		case r == '\t':
			b.WriteByte(' ')
		case r != '\n' && bad(r):
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// bad reports whether clean must replace r ('\n' is handled by the caller).
func bad(r rune) bool {
	return r < 0x20 || (r >= 0x7f && r < 0xa0) || r == 0xfffe || r == 0xffff
}

// htmlText writes s for the text of an HTML-like label: escaped with
// [escape] line by line, the lines joined with <BR/> (ALIGN left when left
// is true).
func htmlText(s string, left bool) string {
	lines := strings.Split(clean(s), "\n")
	br := "<BR/>"
	if left {
		br = `<BR ALIGN="LEFT"/>`
	}
	for i, l := range lines {
		lines[i] = escape(l, inText)
	}
	out := strings.Join(lines, br)
	if left && len(lines) > 0 {
		out += br
	}
	return out
}

// safeURL returns u, normalised and percent-encoded, if it is an absolute
// http or https URL, and "" otherwise: a "javascript:" or "data:" URL in a
// source would otherwise become a live link in the SVG.
func safeURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	s := p.String()
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("-._~:/?#[]@!$&'()*+,;=%", c) >= 0 {
			b.WriteByte(c)
		} else {
			b.WriteString("%" + strings.ToUpper(hex2(c)))
		}
	}
	return b.String()
}

func hex2(c byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[c>>4], digits[c&15]})
}
