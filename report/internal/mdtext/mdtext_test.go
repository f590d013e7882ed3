package mdtext

import (
	"bytes"
	"strings"
	"testing"
	"unicode"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"golang.org/x/net/html"
)

func TestEscape(t *testing.T) {
	tests := []struct {
		fn       func(string) string
		name     string
		in, want string
	}{
		{Inline, "Inline plain", "Vladimir Putin", "Vladimir Putin"},
		{Inline, "Inline markup", "**b** _i_ `c` [l](u) ![i](u) <b> &amp; | ~s~ \\", `\*\*b\*\* \_i\_ \` + "`" + `c\` + "`" + ` \[l\](u) \!\[i\](u) \<b\> \&amp; \| \~s\~ \\`},
		{Inline, "Inline line breaks", "a\nb\r\nc\td\x00", "a b  c d\uFFFD"},
		{Inline, "Inline keeps block starts", "# 1. - x", "# 1. - x"},
		{Line, "Line heading", "# x", `\# x`},
		{Line, "Line list", "- x", `\- x`},
		{Line, "Line plus", "+ x", `\+ x`},
		{Line, "Line setext", "===", `\===`},
		{Line, "Line ordered", "1984. A year", `1984\. A year`},
		{Line, "Line ordered paren", "12) x", `12\) x`},
		{Line, "Line leading spaces", "    code", "code"},
		{Line, "Line quote", "> q", `\> q`},
		{Lines, "Lines", "# a\n\n  - b\nc  \r\n1. d", "\\# a\n\\- b\nc\n1\\. d"},
		{Fence, "Fence plain", "x", "```"},
		{Fence, "Fence longer", "a ``` b ```` c", "`````"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.fn(tc.in); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// FuzzLine checks that escaped text reads back as itself: rendered by a
// trusting Markdown renderer (GitHub's extensions, raw HTML allowed), a
// line of Line(s) is one paragraph whose text is s with line breaks and
// tabs as spaces and other control characters as U+FFFD, trimmed, and with
// no element but the paragraph and the links GitHub makes of bare web
// addresses.
func FuzzLine(f *testing.F) {
	for _, s := range []string{"**x**", "<script>x</script>", "[a](javascript:x)", "# h", "1. x", "&lt;", "a | b", "`", "\\", "www.example.com", "***", "-", "<!-- x -->"} {
		f.Add(s)
	}
	gm := goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(gmhtml.WithUnsafe()))
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.ToValidUTF8(s, "\uFFFD")
		line := Line(s)
		if strings.ContainsAny(line, "\n\r") {
			t.Fatalf("Line gave several lines: %q", line)
		}
		var out bytes.Buffer
		if err := gm.Convert([]byte(line), &out); err != nil {
			t.Fatal(err)
		}
		doc, err := html.Parse(&out)
		if err != nil {
			t.Fatal(err)
		}
		var text strings.Builder
		paragraphs := 0
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			switch n.Type {
			case html.TextNode:
				text.WriteString(n.Data)
			case html.ElementNode:
				switch n.Data {
				case "html", "head", "body":
				case "p":
					paragraphs++
				case "a":
					if h := n.Attr[0].Val; !strings.HasPrefix(h, "http://") && !strings.HasPrefix(h, "https://") && !strings.HasPrefix(h, "mailto:") {
						t.Errorf("link to %q from %q", h, line)
					}
				default:
					t.Errorf("element <%s> from %q", n.Data, line)
				}
			case html.CommentNode:
				t.Errorf("comment from %q", line)
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
		want := strings.Map(func(r rune) rune {
			switch {
			case r == '\n' || r == '\r' || r == '\t':
				return ' '
			case unicode.IsControl(r):
				return '\uFFFD'
			}
			return r
		}, s)
		want = strings.Trim(want, " ")
		if want == "" {
			return
		}
		if paragraphs != 1 {
			t.Fatalf("%d paragraphs from %q", paragraphs, line)
		}
		if got := strings.TrimRight(text.String(), " \n"); got != strings.TrimRight(want, " ") {
			t.Errorf("%q reads %q, want %q", line, got, want)
		}
	})
}
