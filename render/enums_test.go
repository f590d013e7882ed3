package render

import (
	"encoding"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// enumCase is one enum type, seen through functions that work on any.
type enumCase struct {
	name     string
	values   []fmt.Stringer
	parse    func(string) (fmt.Stringer, error)
	zeroText func() encoding.TextUnmarshaler // a new zero value to unmarshal into
	outside  encoding.TextMarshaler          // a value out of range
	sentinel error
	want     []string // the names, in order
}

func enumCases() []enumCase {
	return []enumCase{
		{"Layout", stringers(Layouts()), func(s string) (fmt.Stringer, error) { return ParseLayout(s) },
			func() encoding.TextUnmarshaler { return new(Layout) }, Layout(99), ErrBadLayout,
			[]string{"auto", "dot", "neato", "fdp", "sfdp", "circo", "twopi"}},
		{"Format", stringers(Formats()), func(s string) (fmt.Stringer, error) { return ParseFormat(s) },
			func() encoding.TextUnmarshaler { return new(Format) }, Format(99), ErrUnsupportedFormat,
			[]string{"svg", "png", "pdf", "dot"}},
		{"Engine", stringers(Engines()), func(s string) (fmt.Stringer, error) { return ParseEngine(s) },
			func() encoding.TextUnmarshaler { return new(Engine) }, Engine(99), ErrBadOption,
			[]string{"default", "embedded", "native", "auto"}},
		{"Parallel", stringers(Parallels()), func(s string) (fmt.Stringer, error) { return ParseParallel(s) },
			func() encoding.TextUnmarshaler { return new(Parallel) }, Parallel(99), ErrBadOption,
			[]string{"auto", "separate", "collapse"}},
	}
}

func stringers[T fmt.Stringer](vs []T) []fmt.Stringer {
	out := make([]fmt.Stringer, len(vs))
	for i, v := range vs {
		out[i] = v
	}
	return out
}

func TestEnums(t *testing.T) {
	for _, c := range enumCases() {
		t.Run(c.name, func(t *testing.T) {
			var names []string
			for _, v := range c.values {
				names = append(names, v.String())
			}
			if strings.Join(names, ",") != strings.Join(c.want, ",") {
				t.Fatalf("listed %q, want %q", names, c.want)
			}
			for i, v := range c.values {
				for _, s := range []string{v.String(), strings.ToUpper(v.String())} {
					got, err := c.parse(s)
					if err != nil || got != v {
						t.Errorf("Parse(%q) = %v, %v; want %v", s, got, err, v)
					}
				}
				text, err := v.(encoding.TextMarshaler).MarshalText()
				if err != nil || string(text) != c.want[i] {
					t.Errorf("%v.MarshalText() = %q, %v", v, text, err)
				}
				u := c.zeroText()
				if err := u.UnmarshalText(text); err != nil || u.(fmt.Stringer).String() != v.String() {
					t.Errorf("UnmarshalText(%q) = %v, %v", text, u, err)
				}
			}
			for _, bad := range []string{"", "spring", " " + c.want[0], c.want[0] + "x"} {
				_, err := c.parse(bad)
				if !errors.Is(err, c.sentinel) {
					t.Errorf("Parse(%q): got %v, want %v", bad, err, c.sentinel)
					continue
				}
				for _, n := range c.want {
					if !strings.Contains(err.Error(), n) {
						t.Errorf("Parse(%q): %q does not list %s", bad, err, n)
					}
				}
				if err := c.zeroText().UnmarshalText([]byte(bad)); !errors.Is(err, c.sentinel) {
					t.Errorf("UnmarshalText(%q): got %v, want %v", bad, err, c.sentinel)
				}
			}
			if _, err := c.outside.MarshalText(); !errors.Is(err, c.sentinel) {
				t.Errorf("MarshalText of %v: got %v, want %v", c.outside, err, c.sentinel)
			}
			if s := c.outside.(fmt.Stringer).String(); s != c.name+"(99)" {
				t.Errorf("String of a value out of range = %q", s)
			}
		})
	}
}

// FuzzParse checks that every Parse function accepts exactly the names
// String returns, in any case.
func FuzzParse(f *testing.F) {
	for _, c := range enumCases() {
		for _, n := range c.want {
			f.Add(n)
		}
	}
	f.Add("DOT")
	f.Add("spring")
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range enumCases() {
			v, err := c.parse(s)
			if err != nil {
				if !errors.Is(err, c.sentinel) {
					t.Errorf("%s: Parse(%q) failed with %v, not wrapping %v", c.name, s, err, c.sentinel)
				}
				continue
			}
			if !strings.EqualFold(v.String(), s) {
				t.Errorf("%s: Parse(%q) = %v", c.name, s, v)
			}
		}
	})
}
