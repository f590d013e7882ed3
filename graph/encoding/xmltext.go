package encoding

import (
	"encoding/xml"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// ErrNotXML means a string holds a character XML 1.0 cannot carry (most
// control characters, invalid UTF-8). XML writers report it rather than
// replace the character and lose data.
var ErrNotXML = errors.New("encoding: character not allowed in XML")

// XMLText escapes s for use as XML character data or a quoted attribute
// value. It fails with ErrNotXML on characters XML cannot carry; where
// names the string in the error ("node \"putin\" name").
func XMLText(s, where string) (string, error) {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return "", fmt.Errorf("%w: %s: invalid UTF-8 at byte %d", ErrNotXML, where, i)
			}
		}
		if !isXMLChar(r) {
			return "", fmt.Errorf("%w: %s: %U at byte %d", ErrNotXML, where, r, i)
		}
	}
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s)) // writes to a strings.Builder cannot fail
	return b.String(), nil
}

func isXMLChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// XMLWriter writes XML text, remembering the first error so callers check
// once at the end.
type XMLWriter struct {
	b   strings.Builder
	err error
}

// Raw appends markup as it is.
func (w *XMLWriter) Raw(s string) { w.b.WriteString(s) }

// Text appends s escaped; where names it in errors.
func (w *XMLWriter) Text(s, where string) {
	t, err := XMLText(s, where)
	if err != nil && w.err == nil {
		w.err = err
	}
	w.b.WriteString(t)
}

// String returns the text written so far and the first error.
func (w *XMLWriter) String() (string, error) { return w.b.String(), w.err }
