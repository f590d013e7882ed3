// Package xmlout writes XML text for the GraphML and GEXF encoders:
// markup as it is, text escaped, and characters XML cannot carry reported
// rather than dropped. It is nobody's API.
package xmlout

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/diplograph/diplograph/graph/encoding"
)

// Escape escapes s for use as XML character data or a quoted attribute
// value. It fails with encoding.ErrNotXML on a character XML 1.0 cannot
// carry, and with encoding.ErrNotUTF8 on invalid UTF-8.
func Escape(s string) (string, error) {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return "", fmt.Errorf("%w: byte 0x%02x at %d", encoding.ErrNotUTF8, s[i], i)
			}
		}
		if !isXMLChar(r) {
			return "", fmt.Errorf("%w: %U at byte %d", encoding.ErrNotXML, r, i)
		}
	}
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s)) // writes to a strings.Builder cannot fail
	return b.String(), nil
}

// isXMLChar reports whether XML 1.0 can carry r (its production Char).
func isXMLChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// Writer builds an XML document in memory, remembering the first error so
// the encoder checks once, and writes nothing if there was one.
type Writer struct {
	b   strings.Builder
	err error
}

// Raw appends markup as it is.
func (w *Writer) Raw(s string) { w.b.WriteString(s) }

// Text appends s escaped. A string XML cannot carry is reported as an
// *encoding.Error at item and key.
func (w *Writer) Text(s, item, key string) {
	t, err := Escape(s)
	if err != nil && w.err == nil {
		w.err = &encoding.Error{Item: item, Key: key, Err: err}
	}
	w.b.WriteString(t)
}

// Finish writes the document to out, or returns the first error and
// writes nothing.
func (w *Writer) Finish(out io.Writer) error {
	if w.err != nil {
		return w.err
	}
	_, err := io.WriteString(out, w.b.String())
	return err
}
