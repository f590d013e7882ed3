package show

import (
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/report/notebook/internal/wire"
)

type fakeTable struct{}

func (fakeTable) WriteHTML(w io.Writer) error { _, err := io.WriteString(w, "<table/>"); return err }
func (fakeTable) WriteMarkdown(w io.Writer) error {
	_, err := io.WriteString(w, "| a |\n| - |\n")
	return err
}
func (fakeTable) WriteText(w io.Writer) error { return errors.New("not used: the table comes first") }

type fakeChart struct{ err error }

func (c fakeChart) WriteSVG(w io.Writer) error {
	io.WriteString(w, `<svg xmlns="http://www.w3.org/2000/svg"/>`)
	return c.err
}

type textValue struct{}

func (textValue) WriteText(w io.Writer) error { _, err := io.WriteString(w, "as text\n"); return err }

type stringer struct{}

func (stringer) String() string { return "a stringer" }

// capture runs f with the given token and returns what it wrote to
// standard output.
func capture(t *testing.T, tok string, f func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	saved, savedTok := os.Stdout, token
	os.Stdout, token = w, tok
	defer func() { os.Stdout, token = saved, savedTok }()
	done := make(chan string)
	go func() {
		b, _ := io.ReadAll(r)
		done <- string(b)
	}()
	f()
	w.Close()
	return <-done
}

func TestShowInANotebook(t *testing.T) {
	svg := `<svg xmlns="http://www.w3.org/2000/svg"/>`
	tests := []struct {
		name string
		v    any
		kind string
		args []string
	}{
		{"table", fakeTable{}, wire.KindTable, []string{"<table/>", "| a |\n| - |\n"}},
		{"chart", fakeChart{}, wire.KindFigure, []string{svg}},
		{"svg bytes", []byte("<?xml version=\"1.0\"?>\n<!-- c -->\n<svg width=\"1\"/>"), wire.KindFigure, []string{"<?xml version=\"1.0\"?>\n<!-- c -->\n<svg width=\"1\"/>"}},
		{"svg string", " <svg></svg>", wire.KindFigure, []string{" <svg></svg>"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := capture(t, "TOK", func() { Show(tt.v) })
			body, ok := strings.CutPrefix(out, wire.Mark+"TOK")
			if !ok || !strings.HasSuffix(body, "\n") || strings.Count(body, "\n") != 1 {
				t.Fatalf("not one record: %q", out)
			}
			rec, ok := wire.Decode(strings.TrimSuffix(body, "\n"))
			if !ok || rec.Kind != tt.kind || len(rec.Args) != len(tt.args) {
				t.Fatalf("record %q decodes to %+v", body, rec)
			}
			for i, a := range tt.args {
				if string(rec.Args[i]) != a {
					t.Errorf("argument %d: %q, want %q", i, rec.Args[i], a)
				}
			}
		})
	}
	t.Run("markers", func(t *testing.T) {
		out := capture(t, "TOK", func() { Block(3); End() })
		if out != wire.Mark+"TOK block 3\n"+wire.Mark+"TOK end\n" {
			t.Errorf("markers %q", out)
		}
	})
}

func TestShowText(t *testing.T) {
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"string", "hello", "hello\n"},
		{"string with newline", "hello\n", "hello\n"},
		{"empty", "", "\n"},
		{"bytes", []byte("raw"), "raw\n"},
		{"text writer", textValue{}, "as text\n"},
		{"stringer", stringer{}, "a stringer\n"},
		{"error", errors.New("oops"), "oops\n"},
		{"number", 42, "42\n"},
		{"nil", nil, "<nil>\n"},
		{"not quite svg", []byte("<svgx/>"), "<svgx/>\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, tok := range []string{"", "TOK"} {
				if got := capture(t, tok, func() { Show(tt.v) }); got != tt.want {
					t.Errorf("token %q: %q, want %q", tok, got, tt.want)
				}
			}
		})
	}
}

func TestShowOutsideANotebook(t *testing.T) {
	out := capture(t, "", func() {
		Show(fakeTable{})
		Show(fakeChart{})
		Block(1)
		End()
	})
	if want := "| a |\n| - |\n[figure: 41 bytes of SVG]\n"; out != want {
		t.Errorf("%q, want %q", out, want)
	}
}

func TestShowPanicsOnWriterErrors(t *testing.T) {
	boom := errors.New("boom")
	defer func() {
		err, _ := recover().(error)
		if !errors.Is(err, boom) || !strings.Contains(err.Error(), "WriteSVG") {
			t.Errorf("recovered %v", err)
		}
	}()
	capture(t, "TOK", func() { Show(fakeChart{err: boom}) })
	t.Error("no panic")
}

func TestIsSVG(t *testing.T) {
	for in, want := range map[string]bool{
		"<svg>": true, "<svg/>": true, " \n<svg xmlns='x'>": true, "\ufeff<svg>": true,
		"<?xml version='1.0'?><!DOCTYPE svg><!-- a --><svg>": true,
		"<svgz>": false, "<svg": false, "": false, "<html>": false, "<?xml ": false, "<!-- unclosed": false, "text <svg>": false,
	} {
		if got := isSVG([]byte(in)); got != want {
			t.Errorf("isSVG(%q) = %v, want %v", in, got, want)
		}
	}
}
