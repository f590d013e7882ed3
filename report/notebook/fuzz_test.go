package notebook

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
)

// FuzzParse checks that no Markdown makes Parse panic, that the cells put
// end to end are the input, and that every parse error is a BlockError
// inside a block.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"", "# T\n", "```go\nx := 1\n```\n", "```go\nfunc f() {\n```\n", "~~~go\nimport \"fmt\"\nfmt.Println()\n",
		"```go\nif a := 1; a > 0 {\n}\n```\n```go\nimport r \"x\"\n```\n```go\nimport r \"y\"\n```",
		"  ```go\n  a\n```\n````\n```go\n", "```go\n}}}{{{(((\n```\n", "```go\nfunc (\n```\n", "```go\n\x00\xff\n```\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		var joined strings.Builder
		cells := split(src)
		blocks := 0
		for _, c := range cells {
			joined.WriteString(c.Markdown)
			if c.IsCode() {
				blocks++
				if c.Block != blocks {
					t.Fatalf("block numbered %d, want %d", c.Block, blocks)
				}
			}
		}
		if joined.String() != src {
			t.Fatalf("cells do not put %q back together", src)
		}
		nb, err := Parse("f.md", []byte(src))
		if err != nil {
			var be *BlockError
			if !errors.As(err, &be) || be.Block < 1 || be.Block > blocks || !errors.Is(err, ErrCompile) {
				t.Fatalf("error %v is no BlockError in one of the %d blocks", err, blocks)
			}
			return
		}
		nb.prog.source(func(string) string { return "" }, nil)
	})
}

// FuzzSanitizeSVG checks that sanitising never panics, that what comes out
// is well-formed, holds no script, foreign object or event handler, and
// comes out the same when sanitised again.
func FuzzSanitizeSVG(f *testing.F) {
	for _, s := range []string{
		`<svg><script>x</script><g onclick="y"/></svg>`, `<?xml version="1.0"?><svg/>`,
		`<svg><a xlink:href="javascript:x">l</a></svg>`, `<svg><foreignObject><b/></foreignObject></svg>`, `<svg>&nbsp;</svg>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		out, err := sanitizeSVG(in)
		if err != nil {
			return
		}
		d := xml.NewDecoder(bytes.NewReader(out))
		for {
			tok, err := d.RawToken()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("sanitised %q is not well-formed: %v\n%s", in, err, out)
			}
			if s, ok := tok.(xml.StartElement); ok {
				if svgDropped[strings.ToLower(s.Name.Local)] {
					t.Fatalf("<%s> kept: %s", s.Name.Local, out)
				}
				for _, a := range s.Attr {
					if strings.HasPrefix(strings.ToLower(a.Name.Local), "on") {
						t.Fatalf("handler %s kept: %s", a.Name.Local, out)
					}
				}
			}
		}
		again, err := sanitizeSVG(out)
		if err != nil || !bytes.Equal(again, out) {
			t.Fatalf("sanitising again changes %q to %q (%v)", out, again, err)
		}
	})
}

// FuzzSanitizeTable checks that no HTML makes the table sanitiser panic
// and that what it keeps holds no script, style or handler.
func FuzzSanitizeTable(f *testing.F) {
	for _, s := range []string{`<table><tr><td onclick="x">a<br>b</td></tr></table>`, `<table><script>x</script></table>`, `<td`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out, err := sanitizeTable(in)
		if err != nil {
			return
		}
		lower := strings.ToLower(string(out))
		for _, bad := range []string{"<script", "<style", " on"} {
			if i := strings.Index(lower, bad); i >= 0 && (bad != " on" || inTag(lower, i)) {
				t.Fatalf("%q kept %q: %s", in, bad, out)
			}
		}
	})
}

// inTag reports whether byte i of s is inside a tag.
func inTag(s string, i int) bool {
	return strings.LastIndexByte(s[:i], '<') > strings.LastIndexByte(s[:i], '>')
}

// FuzzWriteFenced checks that printed text, whatever it holds, comes back
// whole from its fence: the fence opens, nothing inside closes it early.
func FuzzWriteFenced(f *testing.F) {
	for _, s := range []string{"", "a", "```", "x\n````\n", "~~~\n", "`````text\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		var b bytes.Buffer
		writeFenced(&b, text)
		lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
		open, ok := openingFence(lines[0])
		if !ok || open.info != "text" {
			t.Fatalf("no opening fence: %q", lines[0])
		}
		for i, l := range lines[1 : len(lines)-1] {
			if open.closes(strings.TrimRight(l, "\r")) {
				t.Fatalf("line %d of %q closes the fence", i+1, text)
			}
		}
		if !open.closes(lines[len(lines)-1]) {
			t.Fatalf("no closing fence")
		}
		inside := strings.Join(lines[1:len(lines)-1], "\n") + "\n"
		want := text
		if !strings.HasSuffix(want, "\n") {
			want += "\n"
		}
		if inside != want {
			t.Fatalf("text %q came back as %q", want, inside)
		}
	})
}

// FuzzParseStream checks that no program output makes the stream parser
// panic, and that text outside records is kept whole.
func FuzzParseStream(f *testing.F) {
	f.Add("a\x1eT block 1\nb\x1eT figure AAAA\n\x1eT end\n")
	f.Add("\x1eT table x y\n\x1eT block -1\n\x1eT")
	f.Fuzz(func(t *testing.T, out string) {
		s := parseStream(out, "T")
		if !strings.Contains(out, "\x1eT") {
			if got := s.printed(0); got != out {
				t.Fatalf("text %q came back as %q", out, got)
			}
		}
	})
}
