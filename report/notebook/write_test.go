package notebook

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/internal/golden"
)

// TestWriteGolden writes testdata/ok.md's result as Markdown and HTML and
// compares with the golden files, then checks the facts they must show.
func TestWriteGolden(t *testing.T) {
	t.Parallel()
	res, err := okResult()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := res.WriteMarkdown(dir, "ok"); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if got := strings.Join(names, " "); got != "ok-1.svg ok-2.svg ok.md" {
		t.Errorf("files written: %s", got)
	}
	md := read(t, filepath.Join(dir, "ok.md"))
	golden.Check(t, "golden/ok.md", md)
	golden.Check(t, "golden/ok-1.svg", read(t, filepath.Join(dir, "ok-1.svg")))
	var h bytes.Buffer
	if err := res.WriteHTML(&h); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "golden/ok.html", h.Bytes())

	t.Run("markdown facts", func(t *testing.T) {
		s := string(md)
		for _, want := range []string{
			"fmt.Println(greeting, \"world\")\n```\n\n```text\nhello world\n```\n\nProse between blocks.",
			"```text\nhello hello hello hello  4\nto stderr, in order\nno newline at the end\n```\n",
			"```text\nbefore the table\n```\n\n| name | value |\n| --- | --- |\n| n | 4 |\n| greeting | hello |\n\n![Figure 1](ok-1.svg)\n\n![Figure 2](ok-2.svg)\n",
			"````text\n```\nlooks like a fence\n```\n````\n\nThe end.\n",
			"```go norun\npanic(\"never runs\")\n```\n\n```go\n", // an opted-out block gets no output
		} {
			if !strings.Contains(s, want) {
				t.Errorf("Markdown lacks %q", want)
			}
		}
		// The written notebook is a notebook again, with the same blocks,
		// and the outputs as prose.
		again := split(s)
		var code []string
		for _, c := range again {
			if c.IsCode() {
				code = append(code, c.Code)
			}
		}
		var orig []string
		for _, c := range res.Cells {
			if c.IsCode() {
				orig = append(orig, c.Code)
			}
		}
		if strings.Join(code, "\x00") != strings.Join(orig, "\x00") {
			t.Errorf("the written notebook's code blocks differ from the original's")
		}
	})
	t.Run("html facts", func(t *testing.T) {
		s := h.String()
		for _, want := range []string{
			"<title>A small notebook</title>",
			"<h1>A small notebook</h1>",
			`<pre class="code"><code class="language-go">import &#34;fmt&#34;`,
			`<pre class="output">hello world` + "\n</pre>",
			"to stderr, in order",
			"<table><tr><td>n</td><td>4</td></tr>",
			`<rect x="10" y="0" width="8" height="7"/>`,
			`<circle r="4"/>`,
			`<pre><code class="language-sh">echo not run`,
		} {
			if !strings.Contains(s, want) {
				t.Errorf("HTML lacks %q", want)
			}
		}
		if n := strings.Count(s, "<svg"); n != 2 {
			t.Errorf("%d inline figures, want 2", n)
		}
		// Outside the code, which shows them escaped, no script or
		// handler is left.
		outside := s
		for {
			i := strings.Index(outside, `<pre class="code">`)
			if i < 0 {
				break
			}
			j := strings.Index(outside[i:], "</pre>")
			outside = outside[:i] + outside[i+j+len("</pre>"):]
		}
		for _, bad := range []string{"<script", "onload", "alert"} {
			if strings.Contains(outside, bad) {
				t.Errorf("HTML holds %q outside the code", bad)
			}
		}
	})
}

func read(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestWriteMarkdownEdges(t *testing.T) {
	tests := []struct {
		name  string
		cells []Cell
		want  string
	}{
		{
			"unclosed block gets its fence before the outputs",
			[]Cell{{Markdown: "```go\nx", Code: "x", Block: 1, Line: 2, Outputs: []Output{Text("1")}}},
			"```go\nx\n```\n\n```text\n1\n```\n",
		},
		{
			"prose right after a block is kept apart",
			[]Cell{
				{Markdown: "~~~~go\nx\n~~~~\n", Code: "x\n", Block: 1, Line: 2, Outputs: []Output{Table{Markdown: "| a |\n| - |"}}},
				{Markdown: "next\n", Line: 5},
			},
			"~~~~go\nx\n~~~~\n\n| a |\n| - |\n\nnext\n",
		},
		{
			"no outputs, no change",
			[]Cell{{Markdown: "```go\nx", Code: "x", Block: 1, Line: 2}},
			"```go\nx",
		},
		{
			"backticks in text",
			[]Cell{{Markdown: "```go\nx\n```\n", Code: "x\n", Block: 1, Line: 2, Outputs: []Output{Text("a ````` b\n")}}},
			"```go\nx\n```\n\n``````text\na ````` b\n``````\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			r := &Result{Name: "n.md", Cells: tt.cells}
			if err := r.WriteMarkdown(dir, "n"); err != nil {
				t.Fatal(err)
			}
			if got := string(read(t, filepath.Join(dir, "n.md"))); got != tt.want {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
	t.Run("a failed write keeps the old file", func(t *testing.T) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "n.md"), []byte("old"), 0o644); err != nil {
			t.Fatal(err)
		}
		// A folder where the figure should go makes its write fail.
		if err := os.Mkdir(filepath.Join(dir, "n-1.svg"), 0o755); err != nil {
			t.Fatal(err)
		}
		r := &Result{Cells: []Cell{{Markdown: "```go\nx\n```\n", Block: 1, Line: 2, Outputs: []Output{Figure{SVG: []byte("<svg/>")}}}}}
		if err := r.WriteMarkdown(dir, "n"); err == nil {
			t.Fatal("no error")
		}
		if got := string(read(t, filepath.Join(dir, "n.md"))); got != "old" {
			t.Errorf("n.md = %q", got)
		}
	})
}

func TestSanitizeSVG(t *testing.T) {
	tests := []struct {
		name, in, want string
		fails          bool
	}{
		{"plain", `<svg xmlns="http://www.w3.org/2000/svg"><g><circle r="1"/></g></svg>`, `<svg xmlns="http://www.w3.org/2000/svg"><g><circle r="1"/></g></svg>`, false},
		{"graphviz prologue", "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x.dtd\">\n<!-- Generated -->\n<svg width=\"1\"><text>a &amp; b&#160;c</text></svg>\n", "<svg width=\"1\"><text>a &amp; b\u00a0c</text></svg>", false},
		{"script and handlers", `<svg onload="x()"><script>alert(1)</script><a xlink:href="javascript:alert(1)" href=" JaVa script:x"><rect onclick="y()" width="2"/></a></svg>`, `<svg><a><rect width="2"/></a></svg>`, false},
		{"foreign object and animation", `<svg><foreignObject><div>x</div></foreignObject><set attributeName="href" to="javascript:x"/><text>t</text></svg>`, `<svg><text>t</text></svg>`, false},
		{"namespaces kept", `<svg xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="#a"/><image href="data:image/png;base64,AA"/><image href="data:text/html,x"/></svg>`, `<svg xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="#a"/><image href="data:image/png;base64,AA"/><image/></svg>`, false},
		{"escaping", `<svg><text title="a&quot;b">&lt;script&gt;</text></svg>`, `<svg><text title="a&quot;b">&lt;script&gt;</text></svg>`, false},
		{"not svg", `<html></html>`, "", true},
		{"unclosed", `<svg><g></svg>`, "", true},
		{"text outside", `<svg></svg>junk`, "", true},
		{"two roots", `<svg></svg><svg></svg>`, "", true},
		{"empty", ``, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := sanitizeSVG([]byte(tt.in))
			if (err != nil) != tt.fails {
				t.Fatalf("err = %v, want failure %v", err, tt.fails)
			}
			if string(got) != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestSanitizeTable(t *testing.T) {
	tests := []struct {
		name, in, want string
		fails          bool
	}{
		{"plain", `<table class="t"><thead><tr><th scope="col">a</th></tr></thead><tbody><tr><td colspan="2">1 &amp; 2</td></tr></tbody></table>`,
			`<table class="t"><thead><tr><th scope="col">a</th></tr></thead><tbody><tr><td colspan="2">1 &amp; 2</td></tr></tbody></table>`, false},
		{"scripts, styles and handlers go", `<table onclick="x()" style="color:red"><tr><td><script>alert(1)</script><style>td{}</style><img src=x onerror=y><a href="javascript:z">l</a></td></tr></table>`,
			`<table><tr><td><a>l</a></td></tr></table>`, false},
		{"empty cells stay open-and-closed", `<table><tr><td></td><td>x<br>y</td></tr></table>`, `<table><tr><td></td><td>x<br/>y</td></tr></table>`, false},
		{"unknown elements keep their text", `<table><tr><td><font color="red">red</font></td></tr></table>`, `<table><tr><td>red</td></tr></table>`, false},
		{"unclosed", `<table><tr>`, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := sanitizeTable(tt.in)
			if (err != nil) != tt.fails {
				t.Fatalf("err = %v, want failure %v", err, tt.fails)
			}
			if string(got) != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestWriteHTMLEdges(t *testing.T) {
	r := &Result{Name: "dir/n.md", Cells: []Cell{
		{Markdown: "Some *prose* with <b>raw html</b> and [a link][ref] and [bad](javascript:alert(1)).\n\n", Line: 1},
		{Markdown: "```go\nx\n```\n", Code: "x <y>\n", Block: 1, Line: 4, Outputs: []Output{
			Text("<not a tag> & more"),
			Table{HTML: "<table><tr>", Markdown: "| a | b |\n| - | - |\n| 1 | <i>2</i> |\n"},
			Figure{SVG: []byte("<svg><g></svg>")},
		}},
		{Markdown: "\n[ref]: https://example.org/ref\n", Line: 6},
	}}
	var b bytes.Buffer
	if err := r.WriteHTML(&b); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	for _, want := range []string{
		"<title>dir/n.md</title>",
		"<em>prose</em>",
		"<!-- raw HTML omitted -->",
		`<a href="https://example.org/ref">a link</a>`,
		"<code class=\"language-go\">x &lt;y&gt;\n</code>",
		"<pre class=\"output\">&lt;not a tag&gt; &amp; more</pre>",
		"<th>a</th>", // the table from its Markdown, as its HTML does not parse
		"Figure 1 is left out: not well-formed SVG", // the bad figure
	} {
		if !strings.Contains(s, want) {
			t.Errorf("HTML lacks %q:\n%s", want, s)
		}
	}
	for _, bad := range []string{"<b>raw", "javascript:", "<i>2</i>"} {
		if strings.Contains(s, bad) {
			t.Errorf("HTML holds %q", bad)
		}
	}
	if err := xml.NewDecoder(strings.NewReader(strings.TrimPrefix(s, "<!DOCTYPE html>\n"))).Decode(new(struct{})); err != nil && err != io.EOF {
		t.Logf("(not XML, as HTML need not be: %v)", err)
	}
}

func TestParseStream(t *testing.T) {
	tok := "T0"
	rec := func(s string) string { return "\x1e" + tok + " " + s + "\n" }
	out := "init\n" + rec("block 1") + "a" + rec("figure PHN2Zy8+") + "b\n" + rec("block 2") +
		"\x1eother token\n" + rec("table PHRhYmxlLz4= fA==") + rec("bogus") + rec("block x") + "c" + rec("end") + "late\n" + "\x1e" + tok + " figure AAAA"
	s := parseStream(out, tok)
	if !s.ended || s.last != 2 {
		t.Errorf("ended %v, last %d", s.ended, s.last)
	}
	want := map[int][]Output{
		0: {Text("init\n")},
		1: {Text("a"), Figure{SVG: []byte("<svg/>")}, Text("b\n")},
		2: {Text("\x1eother token\n"), Table{HTML: "<table/>", Markdown: "|"}, Text("clate\n")},
	}
	for n, w := range want {
		if got := s.outputs[n]; !equalOutputs(got, w) {
			t.Errorf("block %d: %#v, want %#v", n, got, w)
		}
	}
}

func equalOutputs(a, b []Output) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if fa, ok := a[i].(Figure); ok {
			fb, ok := b[i].(Figure)
			if !ok || !bytes.Equal(fa.SVG, fb.SVG) {
				return false
			}
			continue
		}
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestPanicked(t *testing.T) {
	nb := &Notebook{Name: "n.md", prog: &program{file: "n.md"}}
	tests := []struct {
		name, text, msg, before string
		line                    int
	}{
		{"panic", "out\npanic: boom\n\ngoroutine 1 [running]:\nmain.f(...)\n\tn.md:7\nmain.main()\n\tn.md:12 +0x1d\nexit status 2\n", "panic: boom", "out\n", 7},
		{"signal line dropped", "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x1]\n\ngoroutine 1 [running]:\nmain.main()\n\tn.md:3 +0x1\n", "panic: runtime error: invalid memory address or nil pointer dereference", "", 3},
		{"fatal error", "x\nfatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\nmain.main()\n\tn.md:9 +0x1\n", "fatal error: all goroutines are asleep - deadlock!", "x\n", 9},
		{"no frame in the notebook", "panic: x\n\ngoroutine 1 [running]:\nfoo.Bar()\n\t/go/foo.go:3\n", "panic: x", "", 0},
		{"printed panic: first, real one last", "panic: not really\nmore\npanic: real\n\ngoroutine 1 [running]:\n", "panic: real", "panic: not really\nmore\n", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg, line, before, ok := nb.panicked(tt.text)
			if !ok || msg != tt.msg || line != tt.line || before != tt.before {
				t.Errorf("got %q, %d, %q, %v", msg, line, before, ok)
			}
		})
	}
	if _, _, _, ok := nb.panicked("just text\n"); ok {
		t.Error("text without a panic taken for one")
	}
}
