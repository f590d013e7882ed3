// Package mdtext escapes text for Markdown (CommonMark with GitHub's
// extensions), so that what a user or a data file wrote stays the text it is
// however a Markdown renderer reads it: no emphasis, links, images, raw
// HTML, entities, code spans, table pipes or block starts come out of it.
package mdtext

import (
	"strings"
	"unicode"
)

// Inline escapes s for use inside a line of Markdown, after other text or
// in a table cell. Line breaks and tabs become spaces and other control
// characters U+FFFD, so the result is one line.
func Inline(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			b.WriteByte(' ')
		case unicode.IsControl(r):
			b.WriteRune('\uFFFD')
		case r < 0x80 && strings.ContainsRune(special, r):
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Line escapes s as Inline does, and also what would start a block when s
// begins a line or the content of a heading or list item (see Lines).
func Line(s string) string { return startOfLine(Inline(s)) }

// special holds the ASCII punctuation that has a meaning inside a line of
// Markdown: code spans, emphasis and strikethrough, links and images, raw
// HTML and autolinks, entities, table pipes, escapes.
const special = "\\`*_[]<>!&|~"

// Lines escapes s as the lines of a paragraph: each line as with Inline,
// and the lines joined by newlines, which Markdown reads as spaces.
// Leading spaces are dropped, so no line starts a code block.
func Lines(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	lines := strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' })
	out := lines[:0]
	for _, l := range lines {
		if l = strings.TrimSpace(Line(l)); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// startOfLine escapes what would start a block at the beginning of a line:
// a heading (#), a list item (-, +, "1." or "1)"), a setext underline (=),
// after dropping leading spaces.
func startOfLine(s string) string {
	t := strings.TrimLeft(s, " ")
	if t == "" {
		return t
	}
	switch t[0] {
	case '#', '-', '+', '=':
		return `\` + t
	}
	i := 0
	for i < len(t) && i < 10 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i > 0 && i < len(t) && (t[i] == '.' || t[i] == ')') {
		return t[:i] + `\` + t[i:]
	}
	return t
}

// Fence returns a code fence for src: three backticks, or more than the
// longest run of backticks in src.
func Fence(src string) string {
	longest, run := 0, 0
	for _, r := range src {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return strings.Repeat("`", max(3, longest+1))
}
