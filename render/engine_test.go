package render

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/diplograph/diplograph/internal/drawtest"
)

// needDot skips the test when Graphviz's dot command is not installed, or
// fails it when CI=true: CI installs Graphviz, so a missing dot there is a
// broken setup, not a reason to test less.
func needDot(t testing.TB) {
	t.Helper()
	if _, err := exec.LookPath("dot"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("Graphviz's dot command is not in PATH, and CI=true: %v", err)
		}
		t.Skipf("Graphviz's dot command is not in PATH (install Graphviz to run this test): %v", err)
	}
}

// noDot hides the dot command from the test by emptying PATH.
func noDot(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	if _, err := exec.LookPath("dot"); err == nil {
		t.Fatal("dot is still found")
	}
}

func TestEngineFor(t *testing.T) {
	cases := []struct {
		name   string
		engine Engine
		format Format
		dot    string // "need" to skip without dot, "hide" to run without it
		want   Engine
	}{
		{"default SVG", EngineDefault, FormatSVG, "", EngineEmbedded},
		{"default PNG", EngineDefault, FormatPNG, "", EngineNative},
		{"default PDF without dot", EngineDefault, FormatPDF, "hide", EngineNative},
		{"embedded SVG", EngineEmbedded, FormatSVG, "", EngineEmbedded},
		{"native SVG without dot", EngineNative, FormatSVG, "hide", EngineNative},
		{"auto SVG with dot", EngineAuto, FormatSVG, "need", EngineNative},
		{"auto SVG without dot", EngineAuto, FormatSVG, "hide", EngineEmbedded},
		{"auto PNG without dot", EngineAuto, FormatPNG, "hide", EngineNative},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			switch c.dot {
			case "need":
				needDot(t)
			case "hide":
				noDot(t)
			}
			got, err := engineFor(c.engine, c.format)
			if err != nil || got != c.want {
				t.Errorf("got %v, %v; want %v", got, err, c.want)
			}
		})
	}
}

func TestEngineErrors(t *testing.T) {
	g := fixture(t)
	bg := context.Background()
	cases := []struct {
		name string
		dot  string // "need" to skip without dot, "hide" to run without it
		run  func(w io.Writer) error
		want error
		says []string // what the message must say
	}{
		{"embedded PNG", "", func(w io.Writer) error { return PNG(bg, w, g, Options{Engine: EngineEmbedded}) },
			ErrUnsupportedFormat, []string{"broken", "Engine: render.EngineNative"}},
		{"embedded PDF", "", func(w io.Writer) error { return PDF(bg, w, g, Options{Engine: EngineEmbedded}) },
			ErrUnsupportedFormat, []string{"no PDF", "Engine: render.EngineNative"}},
		{"embedded PNG from DOT", "", func(w io.Writer) error {
			return Draw(bg, w, []byte("digraph { a -> b }"), DrawOptions{Format: FormatPNG, Engine: EngineEmbedded})
		}, ErrUnsupportedFormat, []string{"broken"}},
		{"native SVG without dot", "hide", func(w io.Writer) error { return SVG(bg, w, g, Options{Engine: EngineNative}) },
			ErrNoNative, []string{"dot command"}},
		{"PNG without dot", "hide", func(w io.Writer) error { return PNG(bg, w, g, Options{}) }, ErrNoNative, nil},
		{"auto PNG without dot", "hide", func(w io.Writer) error { return PNG(bg, w, g, Options{Engine: EngineAuto}) }, ErrNoNative, nil},
		{"PNG from DOT without dot", "hide", func(w io.Writer) error {
			return Draw(bg, w, []byte("digraph { a -> b }"), DrawOptions{Format: FormatPNG})
		}, ErrNoNative, nil},
		{"native too large", "hide", func(w io.Writer) error { return SVG(bg, w, g, Options{Engine: EngineNative, MaxActors: 3}) },
			ErrTooLarge, []string{"14 actors, limit 3", "Options.MaxActors"}},
		{"native too many relations", "hide", func(w io.Writer) error {
			return PDF(bg, w, g, Options{Engine: EngineNative, MaxRelations: 3})
		}, ErrTooLarge, []string{"relations, limit 3", "Options.MaxRelations"}},
		{"bad engine", "", func(w io.Writer) error { return SVG(bg, w, g, Options{Engine: Engine(9)}) }, ErrBadOption, []string{"engine 9"}},
		{"bad parallel", "", func(w io.Writer) error { return DOT(w, g, Options{Parallel: Parallel(9)}) }, ErrBadOption, []string{"parallel 9"}},
		{"native syntax error", "need", func(w io.Writer) error {
			return Draw(bg, w, []byte("digraph { a -> }"), DrawOptions{Engine: EngineNative})
		}, nil, []string{"dot -Kdot -Tsvg", "syntax error"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			switch c.dot {
			case "need":
				needDot(t)
			case "hide":
				noDot(t)
			}
			var buf bytes.Buffer
			err := c.run(&buf)
			if err == nil {
				t.Fatal("no error")
			}
			if c.want != nil && !errors.Is(err, c.want) {
				t.Fatalf("got error %v, want %v", err, c.want)
			}
			for _, s := range c.says {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("error %q does not say %q", err, s)
				}
			}
			if buf.Len() != 0 {
				t.Errorf("wrote %d bytes on failure", buf.Len())
			}
		})
	}
}

// TestAutoEngineWithoutDot checks that AutoEngine falls back to the
// embedded engine, byte for byte, when dot is missing.
func TestAutoEngineWithoutDot(t *testing.T) {
	g := fixture(t)
	var want, got bytes.Buffer
	if err := SVG(context.Background(), &want, g, Options{}); err != nil {
		t.Fatal(err)
	}
	noDot(t)
	if err := SVG(context.Background(), &got, g, Options{Engine: EngineAuto}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Error("AutoEngine without dot draws differently from the embedded engine")
	}
}

func TestNativeSVG(t *testing.T) {
	needDot(t)
	g := fixture(t)
	for _, l := range []Layout{LayoutDot, LayoutNeato, LayoutSFDP} {
		t.Run(l.String(), func(t *testing.T) {
			opts := Options{Engine: EngineNative, Layout: l, ClusterByCountry: l == LayoutDot, Parallel: ParallelCollapse}
			var a, b bytes.Buffer
			if err := SVG(context.Background(), &a, g, opts); err != nil {
				t.Fatal(err)
			}
			drawtest.Check(t, drawtest.ReadSVG(t, a.Bytes()), g, drawtest.Want{Title: g.Title(), Legend: true})
			svg := a.String()
			for _, want := range []string{
				`class="edge relation sanctions hostile"`,
				`class="edge relation bundle backs withdrew&#45;for cooperative"`,
				`id="a&#45;putin"`,
				`font-family="DejaVu Sans,Helvetica,Arial,sans-serif"`,
				`xlink:href="https://www.bbc.com/news/world-europe-26799324"`,
			} {
				if !strings.Contains(svg, want) {
					t.Errorf("native SVG lacks %s", want)
				}
			}
			// Each render is a new process with the same seed, so even
			// sfdp draws the same twice.
			if err := SVG(context.Background(), &b, g, opts); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Error("two native renders differ")
			}
			save(t, "fixture-native-"+l.String()+".svg", a.Bytes())
		})
	}
}

// TestNativeNoLock checks that the native engine does not take the
// embedded engine's lock: it draws while another goroutine holds it, and
// many native renders run at once.
func TestNativeNoLock(t *testing.T) {
	needDot(t)
	g := fixture(t)
	if err := acquire(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer release()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for range 4 {
		wg.Go(func() {
			if err := SVG(ctx, io.Discard, g, Options{Engine: EngineNative}); err != nil {
				errs <- err
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestNativeCancel checks that ending the context stops a native render
// that would otherwise take half a minute.
func TestNativeCancel(t *testing.T) {
	needDot(t)
	g := generated(t, 1000) // dot: about 40 s
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(300*time.Millisecond, cancel)
	start := time.Now()
	var buf bytes.Buffer
	err := SVG(ctx, &buf, g, Options{Engine: EngineNative, Layout: LayoutDot, MaxActors: -1, MaxRelations: -1, MaxTime: -1})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want context.Canceled", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v to stop", d)
	}
	if buf.Len() != 0 {
		t.Errorf("wrote %d bytes", buf.Len())
	}
}

func TestPNG(t *testing.T) {
	needDot(t)
	g := fixture(t)
	for _, e := range []Engine{EngineDefault, EngineNative, EngineAuto} {
		t.Run(e.String(), func(t *testing.T) {
			var buf bytes.Buffer
			if err := PNG(context.Background(), &buf, g, Options{Engine: e}); err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(buf.Bytes(), []byte("\x89PNG\r\n\x1a\n")) {
				t.Errorf("not a PNG: % x", buf.Bytes()[:min(8, buf.Len())])
			}
			save(t, "fixture-native.png", buf.Bytes())
		})
	}
}

func TestPDF(t *testing.T) {
	needDot(t)
	var buf bytes.Buffer
	if err := PDF(context.Background(), &buf, fixture(t), Options{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
		t.Errorf("not a PDF: %q", buf.Bytes()[:min(8, buf.Len())])
	}
}

func TestAutoLayout(t *testing.T) {
	cases := []struct {
		name   string
		actors int
		opts   Options
		want   []string // in the graph's attributes
	}{
		{"small: dot", DotMaxActors, Options{}, []string{"layout=dot "}},
		{"large: neato", DotMaxActors + 1, Options{}, []string{"layout=neato ", "splines=curved"}},
		{"Layout wins", DotMaxActors + 1, Options{Layout: LayoutDot}, []string{"layout=dot "}},
		{"Layout wins when small", 10, Options{Layout: LayoutCirco}, []string{"layout=circo "}},
		{"many lines: straight", 100, Options{Parallel: ParallelSeparate}, []string{"layout=neato ", "splines=false"}},
		// 150 collapsed lines, but so many cycles that Graphviz's search
		// for them takes over a minute with curves (0.6 s straight).
		{"dense collapsed lines: straight", 100, Options{Parallel: ParallelCollapse}, []string{"layout=neato ", "splines=false"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := DOT(&buf, generated(t, c.actors), c.opts); err != nil {
				t.Fatal(err)
			}
			attrs := line(buf.String(), "graph")
			for _, w := range c.want {
				if !strings.Contains(attrs, w) {
					t.Errorf("graph attributes lack %q: %.200s…", w, attrs)
				}
			}
		})
	}
}
