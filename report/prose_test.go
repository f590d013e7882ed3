package report

import (
	"strings"
	"testing"
)

func TestProse(t *testing.T) {
	tests := []struct {
		name, src string
		html      string // the rendered HTML, without the trailing newline
		md        string // what the Markdown writer keeps
	}{
		{"emphasis and links", "**bold** and [a link](https://example.com \"T\")",
			`<p><strong>bold</strong> and <a href="https://example.com" title="T" rel="noopener noreferrer">a link</a></p>`,
			"**bold** and [a link](https://example.com \"T\")"},
		{"raw inline HTML", `a <script>alert(1)</script> b`,
			`<p>a &lt;script&gt;alert(1)&lt;/script&gt; b</p>`, `a \<script>alert(1)\</script> b`},
		{"event handler", `<img src=x onerror=alert(1)>`,
			`<p class="raw-html">&lt;img src=x onerror=alert(1)&gt;</p>`, `\<img src=x onerror=alert(1)>`},
		{"HTML block", "<div onclick=\"x()\">\nhi\n</div>",
			`<p class="raw-html">&lt;div onclick=&#34;x()&#34;&gt;` + "\nhi\n" + `&lt;/div&gt;</p>`, "\\<div onclick=\"x()\">\nhi\n\\</div>"},
		{"javascript link", "[x](javascript:alert(1))", `<p>x</p>`, `\[x](javascript:alert(1))`},
		{"javascript link, upper case", "[x](JavaScript:alert(1))", `<p>x</p>`, `\[x](JavaScript:alert(1))`},
		{"javascript link by reference", "[x](javascript&#58;alert(1))", `<p>x</p>`, `\[x](javascript&#58;alert(1))`},
		{"data link", "[x](data:text/html,hi)", `<p>x</p>`, `\[x](data:text/html,hi)`},
		{"reference definition", "[x]\n\n[x]: javascript:alert(1)", `<p>x</p>`, "\\[x]\n\n[x]: javascript:alert(1)"},
		{"autolink", "<javascript:alert(1)>", `<p>javascript:alert(1)</p>`, `\<javascript:alert(1)>`},
		{"web autolink", "<https://example.com/a>",
			`<p><a href="https://example.com/a" rel="noopener noreferrer">https://example.com/a</a></p>`, "<https://example.com/a>"},
		{"bare address", "see www.example.com",
			`<p>see <a href="http://www.example.com" rel="noopener noreferrer">www.example.com</a></p>`, "see www.example.com"},
		{"mail", "<a@example.com>", `<p><a href="mailto:a@example.com" rel="noopener noreferrer">a@example.com</a></p>`, "<a@example.com>"},
		{"fragment and relative", "[s](#s-method) [f](figures/x.svg)",
			`<p><a href="#s-method" rel="noopener noreferrer">s</a> <a href="figures/x.svg" rel="noopener noreferrer">f</a></p>`,
			"[s](#s-method) [f](figures/x.svg)"},
		{"remote image", "![chart](https://example.com/c.png)",
			`<p><a href="https://example.com/c.png" rel="noopener noreferrer">[image: chart]</a></p>`, `!\[chart](https://example.com/c.png)`},
		{"relative image", "![chart](c.png)", `<p><a href="c.png" rel="noopener noreferrer">[image: chart]</a></p>`, "![chart](c.png)"},
		{"fragment image", "![x](#frag)", `<p><a href="#frag" rel="noopener noreferrer">[image: x]</a></p>`, `!\[x](#frag)`},
		{"javascript image", "![x](javascript:alert(1))", `<p>[image: x]</p>`, `!\[x](javascript:alert(1))`},
		{"code keeps its text", "`<b>` and\n\n    <script>", "<p><code>&lt;b&gt;</code> and</p>\n<pre><code>&lt;script&gt;\n</code></pre>",
			"`<b>` and\n\n    <script>"},
		{"table", "| a | b |\n|---|--:|\n| <i>x</i> | 1 |",
			"<table>\n<thead>\n<tr>\n<th>a</th>\n<th style=\"text-align:right\">b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>&lt;i&gt;x&lt;/i&gt;</td>\n<td style=\"text-align:right\">1</td>\n</tr>\n</tbody>\n</table>",
			"| a | b |\n|---|--:|\n| \\<i>x\\</i> | 1 |"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := renderProse(tc.src)
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.TrimSuffix(string(b), "\n"); got != tc.html {
				t.Errorf("HTML:\n got %s\nwant %s", got, tc.html)
			}
			if got := proseMarkdown(tc.src); got != tc.md {
				t.Errorf("Markdown:\n got %s\nwant %s", got, tc.md)
			}
			// What the Markdown writer keeps is inert even for a viewer
			// that passes raw HTML.
			checkMarkdownPage(t, renderTrusting(t, []byte(proseMarkdown(tc.src))))
		})
	}
}

// FuzzProse renders arbitrary Markdown and checks that the HTML, and the
// Markdown the writer keeps as a trusting viewer renders it, hold no
// script, handler, foreign resource or unsafe link.
func FuzzProse(f *testing.F) {
	for _, s := range []string{"[x](javascript:alert(1))", "<script>x</script>", "![i](https://e/i.png)", "<javascript:x>",
		"[x]: data:x\n\n[x]", "<A0:0<A>", "\\\\<b onclick=x>", "<a href=\"javascript:x\">y</a>", "www.example.com", "`<b>`", "<!-- c -->", "| a |\n|---|\n| <b> |"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		b, err := renderProse(src)
		if err != nil {
			t.Fatal(err)
		}
		checkHTML(t, b, true)
		checkMarkdownPage(t, renderTrusting(t, []byte(proseMarkdown(src))))
	})
}
