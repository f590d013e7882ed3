package schema

import (
	"fmt"
	"maps"
	"slices"
	"unicode/utf8"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/encoding"
)

// CheckUTF8 returns an *encoding.Error wrapping encoding.ErrNotUTF8 for
// the first string of g that is not valid UTF-8, which no format can carry
// unchanged (encoding/json, for one, would replace it without a word).
// Every encoder runs it first.
func CheckUTF8(g *graph.Graph) error {
	var err error
	check := func(item, key, s string) {
		if err == nil && !utf8.ValidString(s) {
			err = &encoding.Error{Item: item, Key: key, Err: fmt.Errorf("%w: byte 0x%02x at %d", encoding.ErrNotUTF8, s[badByte(s)], badByte(s))}
		}
	}
	attrs := func(item string, m map[string]string) {
		for _, k := range slices.Sorted(maps.Keys(m)) {
			check(item, "attrs", k)
			check(item, AttrPrefix+k, m[k])
		}
	}
	check("graph", "title", g.Title())
	for s := range g.Sources() {
		item := fmt.Sprintf("source %q", s.ID)
		for _, f := range [][2]string{{"id", s.ID}, {"title", s.Title}, {"publisher", s.Publisher}, {"url", s.URL}, {"note", s.Note}} {
			check(item, f[0], f[1])
		}
	}
	for _, k := range g.CustomKinds() {
		item := fmt.Sprintf("kind %q", k.Name)
		for _, f := range [][2]string{{"name", k.Name}, {"phrase", k.Phrase}, {"description", k.Description}} {
			check(item, f[0], f[1])
		}
		for _, c := range k.CAMEO {
			check(item, "cameo", c)
		}
	}
	for a := range g.Actors() {
		item := fmt.Sprintf("node %q", a.ID)
		for _, f := range [][2]string{{"id", a.ID}, {"name", a.Name}, {"country", a.Country}, {"title", a.Title}, {"note", a.Note}} {
			check(item, f[0], f[1])
		}
		for _, s := range a.Aliases {
			check(item, "aliases", s)
		}
		for _, r := range a.Roles {
			check(item, "roles", r.Role)
			check(item, "roles", r.Of)
		}
		attrs(item, a.Attrs)
	}
	for r := range g.Relations() {
		item := fmt.Sprintf("edge %q", r.ID)
		for _, f := range [][2]string{{"id", r.ID}, {"source", r.From}, {"target", r.To}, {"kind", r.Kind}, {"reported_by", r.ReportedBy}, {"note", r.Note}} {
			check(item, f[0], f[1])
		}
		for _, e := range r.Evidence {
			check(item, "evidence", e.Source)
			check(item, "evidence", e.Quote)
			check(item, "evidence", e.Note)
		}
		attrs(item, r.Attrs)
		if err != nil {
			break
		}
	}
	return err
}

// badByte returns the offset of the first byte of s that does not start a
// valid UTF-8 sequence; s must be invalid.
func badByte(s string) int {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return i
			}
		}
	}
	return 0
}
