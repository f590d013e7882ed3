package scenario

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/graphtest"
)

// tricky are strings that a careless YAML writer gets wrong.
var tricky = []string{
	"", "2014", "041", "41", "1e3", "0x1F", "0o17", "1_000", "+1", "-1", ".5", "2014-03-29", "12:30",
	"yes", "no", "Yes", "NO", "on", "off", "y", "n", "true", "False", "null", "Null", "~", "nan", "NaN", ".inf", "-.inf",
	"a: b", "a:b", "key:", ": x", "a #b", "a#b", "#x", "- x", "-", "--", "---", "...", "? x", "?", "[x]", "{x}", "a, b", "a,b",
	"&a", "*a", "!a", "!!str x", "%x", "@x", "`x", "|x", ">x", "<<", "=", "'single'", `"double"`, `a "b" c`, "it's", `back\slash`,
	" lead", "trail ", "  ", "tab\there", "\ttab", "cr\rlf", "crlf\r\n", "line\nbreak", "two\nlines\n", "ends\n\n", "\nstarts", "space \nend",
	"\x7f", "\u0085nel", "\u00a0nbsp", "a\u00a0", "\u2028ls", "\u2029ps", "\ufeffbom", "zero\u200bwidth", "\U0010ffff",
	"“curly”", "‘single’", "it’s", "…", "a – b — c", "the\u0100 White House", "Ā", "😀", "𝕏", "日本語", "Ελληνικά", "é", "e\u0301",
	"Putin - Obama", "Smith & Co", "https://example.org/a?b=1&c=2#frag", "a > b", "x | y", strings.Repeat("long ", 100),
	"multi\nline with: colon\n  and indent # hash\n", "<script>alert(1)</script>", "&amp;",
}

// trickyGraph puts s in every kind of string field.
func trickyGraph(t *testing.T, s string) *graph.Graph {
	t.Helper()
	b := graph.NewBuilder()
	b.SetTitle(s)
	b.AddSource(graph.Source{ID: "src", Title: s, Publisher: s, URL: s, Note: s})
	b.AddKind(graph.Kind{Name: "custom", Phrase: s, Description: s})
	b.Add(
		actors.Actor{ID: "a", Name: "A" + s, Title: s, Aliases: []string{"x" + s, "y"}, Note: s, Attrs: map[string]string{s: s, "k": s},
			Roles: []actors.Role{{Role: "r" + s, When: date.At(date.MustParse("2014"))}}},
		actors.Actor{ID: "b", Name: "B"},
	)
	b.AddRelation(graph.Relation{From: "a", To: "b", Kind: "custom", Note: s, Attrs: map[string]string{s: s},
		Evidence: []graph.Evidence{{Source: "src", Quote: s}}})
	b.AddRelation(graph.Relation{From: "b", To: "a", Kind: "custom",
		Evidence: []graph.Evidence{{Source: "src", Quote: s, Note: s}, {Source: "src", Quote: s}}}.WithSign(graph.Hostile))
	g, err := b.Build()
	if err != nil {
		t.Fatalf("%q: %v", s, err)
	}
	return g
}

// TestControlCharactersRefused checks that text no output can carry (XML
// 1.0 forbids these characters) is refused where it is read, with its
// place, rather than at export.
func TestControlCharactersRefused(t *testing.T) {
	for _, s := range []string{"\x00nul", "\x01", "esc\x1b[31mred", "\ufffe"} {
		// Go's quoting escapes (\x1b, \ufffe) are YAML's too.
		doc := "actors:\n  - {id: a, name: " + strconv.QuoteToASCII(s) + "}\n"
		_, err := decodeAs([]byte(doc), "in.yaml", YAML)
		var e *Error
		if !errors.Is(err, actors.ErrBadText) || !errors.As(err, &e) || e.Line != 2 || e.Path != "actors[0].name" {
			t.Errorf("%q: %v; want actors.ErrBadText at line 2, actors[0].name", s, err)
		}
	}
}

func TestTrickyStrings(t *testing.T) {
	for _, s := range tricky {
		t.Run(strings.ToValidUTF8(s, "?"), func(t *testing.T) {
			g := trickyGraph(t, s)
			for _, f := range []Syntax{YAML, JSON} {
				out := encode(t, g, f)
				if d := graphtest.Diff(g, decodeOK(t, out, f)); d != "" {
					t.Errorf("%s: %s\n%s", f, d, out)
				}
			}
		})
	}
}

// TestYAMLQuoting checks how strings are written: plain when that is
// unambiguous, double-quoted otherwise, printable text never escaped.
func TestYAMLQuoting(t *testing.T) {
	tests := []struct{ in, want string }{
		{"BBC News", "BBC News"},
		{"the\u0100 White House", "the\u0100 White House"},
		{"it's", "it's"},
		{"Putin - Obama", "Putin - Obama"},
		{"https://example.org/a?b=1", "https://example.org/a?b=1"},
		{"2014", `"2014"`},
		{"041", `"041"`},
		{"yes", `"yes"`},
		{"No", `"No"`},
		{"null", `"null"`},
		{"", `""`},
		{"a: b", `"a: b"`},
		{"key:", `"key:"`},
		{"a #b", `"a #b"`},
		{" lead", `" lead"`},
		{"trail ", `"trail "`},
		{"- x", `"- x"`},
		{"“curly” …", `"“curly” …"`},
		{`say "hi"`, `"say \"hi\""`},
		{`back\slash`, `"back\\slash"`},
		{"line\nbreak", `"line\nbreak"`},
		{"tab\there", `"tab\there"`},
		{"\x00\x01\x7f", `"\0\x01\x7f"`},
		{"\u0085\u00a0", `"\x85\xa0"`},
		{"\u2028\ufeff\u200b", `"\u2028\ufeff\u200b"`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := yamlString(tt.in, false); got != tt.want {
				t.Errorf("yamlString(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
	t.Run("flow", func(t *testing.T) {
		for in, want := range map[string]string{"a, b": `"a, b"`, "a:b": `"a:b"`, "Moscow": "Moscow", "x]": `"x]"`} {
			if got := yamlString(in, true); got != want {
				t.Errorf("yamlString(%q, flow) = %s, want %s", in, got, want)
			}
		}
	})
	t.Run("literal block", func(t *testing.T) {
		g := trickyGraph(t, "first line\nsecond line\n")
		out := string(encode(t, g, YAML))
		if want := "    note: |\n      first line\n      second line\n"; !strings.Contains(out, want) {
			t.Errorf("no literal block %q in\n%s", want, out)
		}
	})
}

func TestYAMLFloat(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{{2.5, "2.5"}, {3, "3"}, {1e21, "1.0e+21"}, {1e-7, "1.0e-07"}, {0.25, "0.25"}, {1.5e300, "1.5e+300"}}
	for _, tt := range tests {
		if got := yamlFloat(tt.in); got != tt.want {
			t.Errorf("yamlFloat(%v) = %s, want %s", tt.in, got, tt.want)
		}
	}
	for _, w := range []float64{1e21, 1e-7, 5e-324, 1.7976931348623157e308, 0.1, 1.0 / 3} {
		b := graph.NewBuilder()
		b.Add(actors.Actor{ID: "a", Name: "A"}, actors.Actor{ID: "b", Name: "B"})
		b.AddRelation(graph.Relation{From: "a", To: "b", Kind: graph.Met, Weight: w})
		g, err := b.Build()
		if err != nil {
			t.Fatal(err)
		}
		checkRoundTrip(t, g)
	}
}
