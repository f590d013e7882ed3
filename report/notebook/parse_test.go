package notebook

import (
	"errors"
	"strconv"
	"strings"
	"testing"
)

func TestSplit(t *testing.T) {
	type cell struct {
		block int
		line  int
		code  string
	}
	tests := []struct {
		name string
		src  string
		want []cell // block 0: prose (code is then the start of its Markdown)
	}{
		{"prose only", "# Title\n\ntext\n", []cell{{0, 1, "# Title"}}},
		{"empty", "", nil},
		{"one block", "# T\n\n```go\nx := 1\n```\n\nafter\n", []cell{{0, 1, "# T"}, {1, 4, "x := 1\n"}, {0, 6, "\nafter"}}},
		{"block first and last", "```go\na()\n```\n```go\nb()\n```", []cell{{1, 2, "a()\n"}, {2, 5, "b()\n"}}},
		{"other languages are prose", "```sh\nls\n```\n```go norun\nx\n```\n```Go\ny\n```\n", []cell{{0, 1, "```sh"}}},
		{"go inside another fence is prose", "````md\n```go\nx\n```\n````\n", []cell{{0, 1, "````md"}}},
		{"tilde fence", "~~~go\nx := \"```\"\n~~~\n", []cell{{1, 2, "x := \"```\"\n"}}},
		{"longer closing fence", "```go\na\n`````\nb\n", []cell{{1, 2, "a\n"}, {0, 4, "b"}}},
		{"shorter fence does not close", "````go\na\n```\nb\n````\n", []cell{{1, 2, "a\n```\nb\n"}}},
		{"indented fence", "  ```go\n  a\n b\nc\n  ```\n", []cell{{1, 2, "a\nb\nc\n"}}},
		{"four spaces is no fence", "    ```go\n    a\n    ```\n", []cell{{0, 1, "    ```go"}}},
		{"unclosed runs to the end", "text\n```go\na\nb", []cell{{0, 1, "text"}, {1, 3, "a\nb"}}},
		{"info with spaces around", "```  go  \na\n```\n", []cell{{1, 2, "a\n"}}},
		{"backtick in info is no fence", "```go`\na\n```\n", []cell{{0, 1, "```go`"}}},
		{"crlf", "# T\r\n```go\r\na := 1\r\n```\r\n", []cell{{0, 1, "# T"}, {1, 3, "a := 1\n"}}},
		{"empty block", "```go\n```\n", []cell{{1, 2, ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cells := split(tt.src)
			var joined strings.Builder
			for _, c := range cells {
				joined.WriteString(c.Markdown)
			}
			if joined.String() != tt.src {
				t.Errorf("cells do not put the notebook back together:\n%q\n%q", joined.String(), tt.src)
			}
			if len(cells) != len(tt.want) {
				t.Fatalf("got %d cells, want %d: %+v", len(cells), len(tt.want), cells)
			}
			for i, w := range tt.want {
				c := cells[i]
				if c.Block != w.block || c.Line != w.line || c.IsCode() != (w.block > 0) {
					t.Errorf("cell %d: block %d line %d, want block %d line %d", i, c.Block, c.Line, w.block, w.line)
				}
				if w.block > 0 && c.Code != w.code {
					t.Errorf("cell %d: code %q, want %q", i, c.Code, w.code)
				}
				if w.block == 0 && (c.Code != "" || !strings.HasPrefix(c.Markdown, w.code)) {
					t.Errorf("prose cell %d: %q (code %q), want it to start with %q", i, c.Markdown, c.Code, w.code)
				}
			}
		})
	}
}

func TestParseProgram(t *testing.T) {
	src := "# T\n" + // 1
		"```go\n" + // 2
		"import \"fmt\"\n" + // 3
		"x, err := 1, error(nil)\n" + // 4
		"var (\n\ty = 2\n\t_ = 3\n)\n" + // 5-8
		"func f() int { return 1 }\n" + // 9
		"func (p pt) M() {}\n" + // 10
		"type pt struct{}\n" + // 11
		"const c = 1\n" + // 12
		"func() { fmt.Println(x, y, err) }()\n" + // 13
		"if x > 0 {\n\tx++\n} else {\n\tx--\n}\n" + // 14-18
		"```\n" + // 19
		"```go\n" + // 20
		"import (\n\t\"fmt\"\n\t\"os\"\n\ts \"strings\"\n\t_ \"embed\"\n)\n" + // 21-26
		"z := s.ToUpper(\"a\") // a comment\n" + // 27
		"```\n"
	nb, err := Parse("t.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	p := nb.prog
	var imports []string
	for _, imp := range p.imports {
		imports = append(imports, imp.name+" "+imp.path)
	}
	if got, want := strings.Join(imports, ","), ` fmt, os,s strings,_ embed`; got != want {
		t.Errorf("imports %q, want %q (deduplicated, in order)", got, want)
	}
	var decls []string
	for _, d := range p.decls {
		decls = append(decls, strings.Fields(d.text)[0]+"@"+strconv.Itoa(d.line))
	}
	if got, want := strings.Join(decls, " "), "func@9 func@10 type@11 const@12"; got != want {
		t.Errorf("hoisted %q, want %q", got, want)
	}
	if len(p.stmts) != 2 || len(p.stmts[0]) != 4 || len(p.stmts[1]) != 1 {
		t.Fatalf("statements %+v", p.stmts)
	}
	if got := strings.Join(p.stmts[0][0].defines, ","); got != "x,err" {
		t.Errorf("defines of block 1's first statement: %q", got)
	}
	if got := strings.Join(p.stmts[0][1].defines, ","); got != "y" {
		t.Errorf("defines of the var block: %q", got)
	}
	if s := p.stmts[1][0]; s.text != `z := s.ToUpper("a")` || s.line != 27 {
		t.Errorf("last statement %q at %d", s.text, s.line)
	}
	gen := string(p.source(func(string) string { return "" }, nil))
	for _, want := range []string{
		"/*line t.md:4:1*/x, err := 1, error(nil); _ = x; _ = err\n",
		"/*line t.md:27:1*/z := s.ToUpper(\"a\"); _ = z\n",
		"/*line t.md:3:8*/import \"fmt\"\n",
		"import _ \"embed\"",
		"func show(v any)",
		runtimeName + ".Block(2)",
		runtimeName + ".End()",
	} {
		if !strings.Contains(gen, want) {
			t.Errorf("generated program lacks %q:\n%s", want, gen)
		}
	}
	if strings.Contains(gen, `"os"`) {
		t.Errorf("unused import os kept:\n%s", gen)
	}
}

func TestParseShowHelper(t *testing.T) {
	for _, tt := range []struct {
		name, code string
		helper     bool
	}{
		{"plain", "x := 1", true},
		{"own show func", "func show(v any) {}", false},
		{"show package imported", "import \"github.com/diplograph/diplograph/report/notebook/show\"\nshow.Show(1)", false},
		{"aliased import named show", "import show \"fmt\"\nshow.Println()", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			nb, err := Parse("t.md", []byte("```go\n"+tt.code+"\n```\n"))
			if err != nil {
				t.Fatal(err)
			}
			gen := string(nb.prog.source(func(string) string { return "" }, nil))
			if got := strings.Contains(gen, runtimeName+".Show(v)"); got != tt.helper {
				t.Errorf("helper defined: %v, want %v\n%s", got, tt.helper, gen)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		block int
		line  int
		msg   string
	}{
		{"syntax error", "```go\nx := 1\n```\n\n```go\ny := (2\n```\n", 2, 6, "expected"},
		{"syntax error in a declaration", "```go\nfunc f( {\n}\n```\n", 1, 2, "expected"},
		{"conflicting aliases", "```go\nimport r \"math/rand\"\n```\n```go\nimport r \"crypto/rand\"\n```\n", 2, 5, `import "crypto/rand" as r conflicts with import "math/rand" as r in block 1 (t.md:2)`},
		{"conflicting std names", "```go\nimport \"math/rand\"\n```\ntext\n```go\nimport (\n\t\"fmt\"\n\t\"crypto/rand\"\n)\n```\n", 2, 8, "in block 1 (t.md:2)"},
		{"bad import path", "```go\nimport \"fmt\n```\n", 1, 2, "string literal not terminated"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("t.md", []byte(tt.src))
			var be *BlockError
			if !errors.As(err, &be) {
				t.Fatalf("err = %v, want a *BlockError", err)
			}
			if be.Block != tt.block || be.Line != tt.line || !strings.Contains(be.Msg, tt.msg) || !errors.Is(err, ErrCompile) || be.Path != "t.md" {
				t.Errorf("got %+v, want block %d line %d with %q", be, tt.block, tt.line, tt.msg)
			}
			if !strings.HasPrefix(err.Error(), "t.md:"+strconv.Itoa(tt.line)+": block "+strconv.Itoa(tt.block)+": ") {
				t.Errorf("message %q", err)
			}
		})
	}
}

func TestSegmentClassify(t *testing.T) {
	for _, tt := range []struct {
		code string
		want []segKind
	}{
		{"func f() {}", []segKind{segDecl}},
		{"func (r T) M() {}", []segKind{segDecl}},
		{"func (r *T[K]) M() {}", []segKind{segDecl}},
		{"func() {}()", []segKind{segStmt}},
		{"func(x int) { _ = x }(1)", []segKind{segStmt}},
		{"func F[T any](x T) T { return x }", []segKind{segDecl}},
		{"var x = 1; y := 2", []segKind{segStmt, segStmt}},
		{"type (\n\tA int\n\tB string\n)", []segKind{segDecl}},
		{"import \"fmt\"; const c = 1", []segKind{segImport, segDecl}},
		{"for {\n\tbreak\n}\nL:\n\tfor {\n\t\tbreak L\n\t}", []segKind{segStmt, segStmt}},
		{"", nil},
		{"// only a comment\n", nil},
	} {
		segs := segmentBlock(tt.code)
		var got []segKind
		for _, s := range segs {
			got = append(got, s.kind)
		}
		if len(got) != len(tt.want) {
			t.Errorf("%q: %v, want %v", tt.code, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%q: %v, want %v", tt.code, got, tt.want)
			}
		}
	}
}

func TestDirectiveFile(t *testing.T) {
	for in, want := range map[string]string{
		"examples/notebooks/ukraine2014.md": "ukraine2014.md",
		"/a/b/my-notes_2.md":                "my-notes_2.md",
		"with space.md":                     "notebook.md",
		"x:1.md":                            "notebook.md",
		".hidden.md":                        "notebook.md",
	} {
		if got := directiveFile(in); got != want {
			t.Errorf("directiveFile(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestImportNames(t *testing.T) {
	for path, want := range map[string]string{
		"fmt": "fmt", "math/rand/v2": "rand", "net/http": "http",
		"github.com/x/y": "", "gopkg.in/yaml.v3": "", "C": "",
	} {
		if got := stdName(path); got != want {
			t.Errorf("stdName(%q) = %q, want %q", path, got, want)
		}
	}
	if got := lastElem("github.com/x/y/v3"); got != "y" {
		t.Errorf("lastElem = %q", got)
	}
	for msg, want := range map[string]string{
		`"os" imported and not used`:             "os",
		`"math/rand" imported as r and not used`: "math/rand",
		`declared and not used: x`:               "",
	} {
		if got, ok := unusedImport(msg); got != want || ok != (want != "") {
			t.Errorf("unusedImport(%q) = %q, %v", msg, got, ok)
		}
	}
}

func TestSegmentText(t *testing.T) {
	for _, tt := range []struct {
		code string
		want []string
	}{
		{"x := 1 // c\ny := 2 /* d */\nz := f(a, // e\n\tb)\n", []string{"x := 1", "y := 2", "z := f(a, // e\n\tb)"}},
		{"a := 1; b := 2 // end", []string{"a := 1", "b := 2"}},
		{"/* lead */ c := 3 /* mid */ + 4", []string{"c := 3 /* mid */ + 4"}},
		{"d := 4 /* multi\nline */\ne := 5", []string{"d := 4", "e := 5"}},
		{"if err := f(); err != nil {\n\tpanic(err)\n}\nx := 1", []string{"if err := f(); err != nil {\n\tpanic(err)\n}", "x := 1"}},
		{"for i := 0; i < 3; i++ { s += i }; y := 2", []string{"for i := 0; i < 3; i++ { s += i }", "y := 2"}},
		{"if a {\n} else if b := g(); b {\n}; z := 3", []string{"if a {\n} else if b := g(); b {\n}", "z := 3"}},
		{"switch v := x.(type) { case int: _ = v }; w := 4", []string{"switch v := x.(type) { case int: _ = v }", "w := 4"}},
		{"L: for j := 0; j < 2; j++ {}; q := 5", []string{"L: for j := 0; j < 2; j++ {}", "q := 5"}},
		{"f := func() { if true { return } }; r := 6", []string{"f := func() { if true { return } }", "r := 6"}},
	} {
		var got []string
		for _, s := range segmentBlock(tt.code) {
			got = append(got, strings.TrimSpace(tt.code[s.start:s.end]))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q: %q, want %q", tt.code, got, tt.want)
		}
	}
}
