package scenario

import (
	"bytes"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/graph"
	"github.com/goccy/go-yaml/ast"
)

// writeYAML writes doc and then g's relations, one at a time, in block
// style, two spaces per level, with a blank line between top-level
// sections.
func writeYAML(out *output, doc *fileDoc, g *graph.Graph) {
	w := &yamlWriter{buf: &out.Buffer}
	v := reflect.ValueOf(doc).Elem()
	first := true
	for i := 0; i < v.NumField(); i++ {
		f, fv := v.Type().Field(i), v.Field(i)
		if jsonName(f) == "relations" {
			out.WriteByte('\n') // after actors, always written
			w.relations(out, g)
			continue
		}
		if omitEmpty(f) && fv.IsZero() || omitEmpty(f) && fv.Kind() == reflect.Slice && fv.Len() == 0 {
			continue
		}
		if !first && fv.Kind() != reflect.String {
			out.WriteByte('\n')
		}
		first = false
		w.field(jsonName(f), fv, 0, "", f.Tag.Get("yaml") == "flow")
	}
}

// relations writes g's relations as the block list "relations", as field
// would write the whole list, flushing out between items.
func (w *yamlWriter) relations(out *output, g *graph.Graph) {
	n := 0
	for r := range g.Relations() {
		if n == 0 {
			w.buf.WriteString("relations:\n")
		}
		n++
		rd := relationDocOf(r)
		w.structure(reflect.ValueOf(&rd).Elem(), 4, "  - ")
		if out.flush(false); out.err != nil {
			return // Encode returns the error
		}
	}
	if n == 0 {
		w.buf.WriteString("relations: []\n")
	}
}

type yamlWriter struct {
	buf *bytes.Buffer
}

// field writes "key: value" at the given indent; prefix replaces the
// indent of the line (it is "- " for the first field of a list item).
func (w *yamlWriter) field(key string, v reflect.Value, indent int, prefix string, flow bool) {
	if prefix == "" {
		prefix = strings.Repeat(" ", indent)
	}
	w.buf.WriteString(prefix)
	w.buf.WriteString(yamlKey(key))
	w.buf.WriteByte(':')
	switch {
	case v.Kind() == reflect.Slice && v.Len() == 0:
		w.buf.WriteString(" []\n")
	case v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.String && flow:
		w.buf.WriteString(" [")
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				w.buf.WriteString(", ")
			}
			w.buf.WriteString(yamlString(v.Index(i).String(), true))
		}
		w.buf.WriteString("]\n")
	case v.Kind() == reflect.Slice:
		w.buf.WriteByte('\n')
		for i := 0; i < v.Len(); i++ {
			item := v.Index(i)
			if flow {
				w.buf.WriteString(strings.Repeat(" ", indent+2) + "- ")
				w.flowMapping(item)
				w.buf.WriteByte('\n')
				continue
			}
			w.structure(item, indent+4, strings.Repeat(" ", indent+2)+"- ")
		}
	case v.Kind() == reflect.Map:
		w.buf.WriteByte('\n')
		keys := v.MapKeys()
		slices.SortFunc(keys, func(a, b reflect.Value) int { return strings.Compare(a.String(), b.String()) })
		for _, k := range keys {
			w.buf.WriteString(strings.Repeat(" ", indent+2) + yamlKey(k.String()) + ": " + yamlBlockString(v.MapIndex(k).String(), indent+2) + "\n")
		}
	case v.Kind() == reflect.String && v.Type() == reflect.TypeFor[string]():
		w.buf.WriteByte(' ')
		w.buf.WriteString(yamlBlockString(v.String(), indent))
		w.buf.WriteByte('\n')
	default:
		w.buf.WriteByte(' ')
		w.buf.WriteString(yamlScalar(v, false))
		w.buf.WriteByte('\n')
	}
}

// structure writes the fields of a struct as a block mapping.
func (w *yamlWriter) structure(v reflect.Value, indent int, prefix string) {
	t := v.Type()
	for i := 0; i < v.NumField(); i++ {
		f, fv := t.Field(i), v.Field(i)
		if omitEmpty(f) && (fv.IsZero() || fv.Kind() == reflect.Slice && fv.Len() == 0 || fv.Kind() == reflect.Map && fv.Len() == 0) {
			continue
		}
		w.field(jsonName(f), fv, indent, prefix, f.Tag.Get("yaml") == "flow")
		prefix = ""
	}
}

// flowMapping writes a struct of scalars as {key: value, ...}.
func (w *yamlWriter) flowMapping(v reflect.Value) {
	t := v.Type()
	w.buf.WriteByte('{')
	n := 0
	for i := 0; i < v.NumField(); i++ {
		f, fv := t.Field(i), v.Field(i)
		if omitEmpty(f) && fv.IsZero() {
			continue
		}
		if n > 0 {
			w.buf.WriteString(", ")
		}
		n++
		w.buf.WriteString(jsonName(f) + ": " + yamlScalar(fv, true))
	}
	w.buf.WriteByte('}')
}

// yamlScalar writes a scalar field.
func yamlScalar(v reflect.Value, flow bool) string {
	switch v.Kind() {
	case reflect.String:
		switch v.Interface().(type) {
		case dateText:
			return v.String() // YYYY, YYYY-MM or YYYY-MM-DD: plain, as people write dates
		case signText:
			return v.String() // -1, 0 or 1: a number, as a kind's sign
		}
		return yamlString(v.String(), flow)
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.Int:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Float64:
		return yamlFloat(v.Float())
	}
	panic(fmt.Sprintf("scenario: no YAML for %s", v.Type())) // a bug in this package
}

// yamlFloat writes f so that YAML 1.1 and 1.2 readers both take it for a
// float (or an integer) and read back the same value: 2.5, 3, 1.0e+21.
func yamlFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		return ".nan"
	case math.IsInf(f, 1):
		return ".inf"
	case math.IsInf(f, -1):
		return "-.inf"
	}
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if mant, exp, ok := strings.Cut(s, "e"); ok && !strings.Contains(mant, ".") {
		s = mant + ".0e" + exp
	}
	return s
}

// yamlBlockString writes a string value of a block mapping whose key is
// at the given indent: as a literal block (|) if it has several lines and
// [literalSafe] allows, else as [yamlString] does.
func yamlBlockString(s string, indent int) string {
	if strings.Contains(s, "\n") {
		if block, ok := literalBlock(s, indent+2); ok {
			return block
		}
	}
	return yamlString(s, false)
}

// literalBlock writes s as a literal block scalar with its lines at the
// given indent: "|" if s ends with one line break, "|-" if it ends with
// none. It refuses (ok false) what a literal block cannot carry plainly:
// tabs, carriage returns and other control or invisible characters,
// spaces at the start of s or at the end of a line (editors strip them),
// a leading or doubled final line break. To be sure, it checks that the
// YAML parser reads the block back as s.
func literalBlock(s string, indent int) (string, bool) {
	if s == "" || s[0] == ' ' || s[0] == '\n' || strings.HasSuffix(s, "\n\n") || strings.Contains(s, " \n") || strings.HasSuffix(s, " ") {
		return "", false
	}
	for _, r := range s {
		printable := r == '\n' || r == ' ' || r > ' ' && r < utf8.RuneSelf && r != 0x7f ||
			r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || unicode.IsPunct(r) || unicode.IsSymbol(r))
		if !printable {
			return "", false
		}
	}
	header := "|-"
	body := s
	if strings.HasSuffix(s, "\n") {
		header, body = "|", s[:len(s)-1]
	}
	pad := strings.Repeat(" ", indent)
	var b strings.Builder
	b.WriteString(header)
	for _, line := range strings.Split(body, "\n") {
		b.WriteByte('\n')
		if line != "" {
			b.WriteString(pad + line)
		}
	}
	block := b.String()
	if !readsBack(block, s) {
		return "", false
	}
	return block, true
}

// readsBack reports whether the YAML parser reads "k: "+block as the
// string s.
func readsBack(block, s string) bool {
	f, err := parseBytes([]byte("k: " + block + "\n"))
	if err != nil || len(f.Docs) != 1 {
		return false
	}
	m, ok := f.Docs[0].Body.(*ast.MappingValueNode)
	if !ok {
		if mn, ok2 := f.Docs[0].Body.(*ast.MappingNode); ok2 && len(mn.Values) == 1 {
			m, ok = mn.Values[0], true
		}
	}
	if !ok {
		return false
	}
	lit, ok := m.Value.(*ast.LiteralNode)
	return ok && lit.Value != nil && lit.Value.Value == s
}

// yamlKey writes a mapping key: plain if it is a simple name, else
// double-quoted. Keys get a narrower rule than values, as parsers handle
// indicators in keys less well (goccy/go-yaml refuses the valid plain key
// "A<<").
func yamlKey(s string) string {
	if !plainSafe(s, true) {
		return yamlQuote(s)
	}
	for _, r := range s {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == ' ' || r == '-' || r == '_' || r == '.') {
			return yamlQuote(s)
		}
	}
	return s
}

// yamlString writes a string value: plain if safe, else double-quoted.
// flow says the value sits inside [...] or {...}.
func yamlString(s string, flow bool) string {
	if plainSafe(s, flow) {
		return s
	}
	return yamlQuote(s)
}

// reserved are the plain words that YAML 1.1 or 1.2 readers (or some
// reader's extensions) take for booleans, null or special floats.
var reserved = []string{"true", "false", "yes", "no", "on", "off", "y", "n", "null", "nan", "inf", "infinity"}

// plainSafe reports whether s can be written as a plain scalar and read
// back as the same string by any YAML reader. The rule is deliberately
// narrow: s starts with a letter (so it is no number, date, indicator or
// special float), ends with no space, is not a reserved word, and holds
// only letters, digits, marks, single spaces and punctuation that means
// nothing inside a plain scalar. Inside flow collections ',' and ':' are
// refused too.
func plainSafe(s string, flow bool) bool {
	if s == "" || !utf8.ValidString(s) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if !unicode.IsLetter(first) || last == ' ' {
		return false
	}
	if slices.Contains(reserved, strings.ToLower(s)) {
		return false
	}
	for i, r := range s {
		switch {
		case r < utf8.RuneSelf:
			switch {
			case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == ' ':
			case strings.ContainsRune("-_.'()/&+;!?%$=~@*^<>|", r):
			case r == ',' && !flow:
			case r == ':' && !flow:
				// "a:b" and URLs are fine in block context; ": " and a
				// final ':' would start a mapping.
				if i+1 >= len(s) || s[i+1] == ' ' {
					return false
				}
			default: // '#', quotes, backslash, brackets, braces, '`', controls
				return false
			}
		case unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsMark(r), unicode.IsPunct(r), unicode.IsSymbol(r):
		default: // other spaces, controls, format characters, unassigned
			return false
		}
	}
	return true
}

// yamlQuote writes s double-quoted. Printable characters stay as they are
// (curly quotes, dashes, ellipses, letters of every script); quotes,
// backslashes, control, format and separator characters other than the
// space are escaped, so the output has no invisible characters and no
// line breaks.
func yamlQuote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		case '\r':
			b.WriteString(`\r`)
		case 0:
			b.WriteString(`\0`)
		default:
			switch {
			case r == ' ' || r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || unicode.IsPunct(r) || unicode.IsSymbol(r)):
				b.WriteRune(r)
			case r < utf8.RuneSelf && r >= 0x20 && r != 0x7f:
				b.WriteRune(r)
			case r <= 0xff:
				fmt.Fprintf(&b, `\x%02x`, r)
			case r <= 0xffff:
				fmt.Fprintf(&b, `\u%04x`, r)
			default:
				fmt.Fprintf(&b, `\U%08x`, r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}
