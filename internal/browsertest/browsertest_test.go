package browsertest

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
)

func TestMain(m *testing.M) { Main(m) }

// recorder is a testing.TB that keeps the failures of the code under test
// instead of failing the test, so that the tests can check that a fault is
// found. Fatal ends the goroutine, as testing's does.
type recorder struct {
	testing.TB
	mu   sync.Mutex
	errs []string
}

func (r *recorder) Helper() {}

func (r *recorder) add(s string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.errs = append(r.errs, s)
}

func (r *recorder) Error(args ...any)                 { r.add(fmt.Sprint(args...)) }
func (r *recorder) Errorf(format string, args ...any) { r.add(fmt.Sprintf(format, args...)) }
func (r *recorder) Fatal(args ...any)                 { r.add(fmt.Sprint(args...)); runtime.Goexit() }
func (r *recorder) Fatalf(format string, args ...any) {
	r.add(fmt.Sprintf(format, args...))
	runtime.Goexit()
}

// failures runs f with a recorder in t's place and returns what it
// reported.
func failures(t *testing.T, f func(tb testing.TB)) []string {
	t.Helper()
	// Without a browser, skip t here, in its own goroutine: a skip in f's
	// goroutine would end only that goroutine, and t would go on to fail.
	acquire(t)
	r := &recorder{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		f(r)
	}()
	<-done
	return r.errs
}

// writePage writes src to a file of t's temporary folder.
func writePage(t testing.TB, name, src string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

const para = `<p style="font-size: 40px">Some text to see.</p>`

func TestProblems(t *testing.T) {
	for _, tc := range []struct {
		name, file, src string
		want            []string // each must start some problem
	}{
		{"clean", "clean.html", `<!DOCTYPE html><title>clean</title>` + para, nil},
		{"console", "console.html", `<!DOCTYPE html><title>x</title>` + para + `<script>console.log("hi")</script>`,
			[]string{`console.log: "hi"`}},
		{"exception", "throw.html", `<!DOCTYPE html><title>x</title>` + para + `<script>throw new Error("thrown")</script>`,
			[]string{"exception at 1:"}},
		{"policy", "policy.html", `<!DOCTYPE html><meta http-equiv="Content-Security-Policy" content="default-src 'none'">` +
			`<title>x</title>` + para + `<script>document.title = "ran"</script>`,
			[]string{"browser log (security, error): Executing inline script violates", "issue: ContentSecurityPolicyIssue"}},
		{"request", "request.html", `<!DOCTYPE html><title>x</title>` + para + `<img src="http://127.0.0.1:9/x.png" alt="">`,
			[]string{"request: http://127.0.0.1:9/x.png"}},
		{"file", "file.html", `<!DOCTYPE html><title>x</title>` + para + `<img src="other.svg" alt="">`,
			[]string{"request: file://"}},
		{"dialog", "dialog.html", `<!DOCTYPE html><title>x</title>` + para + `<script>alert("hi"); document.title = "after"</script>`,
			[]string{`dialog (alert): "hi"`}},
		{"svg", "figure.svg", `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" onload="alert('svg')">` +
			`<rect width="50" height="50"/></svg>`, []string{`dialog (alert): "svg"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := Open(t, writePage(t, tc.file, tc.src), Options{})
			got := p.Problems()
			if len(tc.want) == 0 && len(got) > 0 {
				t.Errorf("problems %q, want none", got)
			}
			for _, w := range tc.want {
				found := false
				for _, g := range got {
					found = found || strings.HasPrefix(g, w)
				}
				if !found {
					t.Errorf("problems %q lack %q", got, w)
				}
			}
			errs := failures(t, func(tb testing.TB) {
				p.as(tb).Check()
			})
			if len(errs) != len(got) {
				t.Errorf("Check reported %q for the problems %q", errs, got)
			}
		})
	}
}

func TestLocal(t *testing.T) {
	dir := t.TempDir()
	fig := filepath.Join(dir, "fig.svg")
	if err := os.WriteFile(fig, []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="9" height="9"/></svg>`), 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "md.html")
	if err := os.WriteFile(path, []byte(`<!DOCTYPE html><title>x</title>`+para+`<img src="fig.svg" alt=""><img src="../up.svg" alt="">`), 0o644); err != nil {
		t.Fatal(err)
	}
	p := Open(t, path, Options{Local: true})
	var requests []string
	for _, s := range p.Problems() {
		if strings.HasPrefix(s, "request: ") {
			requests = append(requests, s)
		}
	}
	if len(requests) != 1 || !strings.HasPrefix(requests[0], "request: file://") || !strings.HasSuffix(requests[0], "/up.svg") {
		t.Errorf("requests %q, want only the one for ../up.svg", requests)
	}
}

func TestNoScript(t *testing.T) {
	path := writePage(t, "s.html", `<!DOCTYPE html><title>x</title>`+para+
		`<p id="out">no script</p><script>document.getElementById("out").textContent = "script ran"</script>`)
	for _, tc := range []struct {
		o    Options
		want string
	}{{Options{}, "script ran"}, {Options{NoScript: true}, "no script"}} {
		if got := Open(t, path, tc.o).Text("#out"); got != tc.want {
			t.Errorf("%+v: %q, want %q", tc.o, got, tc.want)
		}
	}
}

func TestVisible(t *testing.T) {
	p := Open(t, writePage(t, "v.html", `<!DOCTYPE html><title>x</title>`+para+`
<div id="shown">shown</div>
<div style="display: none"><span id="none">in a box not displayed</span></div>
<div id="hidden" style="visibility: hidden">hidden</div>
<div style="opacity: 0"><span id="clear">transparent</span></div>
<div id="empty" style="width: 0; height: 0; overflow: hidden">empty</div>
<div id="away" style="position: absolute; left: -5000px">away</div>
<svg width="100" height="50"><text id="svgtext" x="5" y="20">drawn</text><rect id="norect" width="0" height="0"/></svg>`), Options{})
	for _, tc := range []struct {
		sel, why string // why: "" if visible, else part of the reason
	}{
		{"#shown", ""}, {"#svgtext", ""}, {"#none", "display: none"}, {"#hidden", "visibility: hidden"},
		{"#clear", "opacity: 0"}, {"#empty", "0 by 0"}, {"#away", "outside the page"}, {"#norect", "0 by 0"},
		{"#missing", "no element matches"},
	} {
		err := p.Visible(tc.sel)
		if tc.why == "" && err != nil || tc.why != "" && (err == nil || !strings.Contains(err.Error(), tc.why)) {
			t.Errorf("Visible(%s) = %v, want %q", tc.sel, err, tc.why)
		}
	}
	if got := p.Hidden("div"); len(got) != 5 {
		t.Errorf("Hidden(div) = %q, want the 5 unseen boxes", got)
	}
	for _, tc := range []struct {
		text string
		seen bool
	}{{"Some text to see.", true}, {"drawn", true}, {"in a box not displayed", false}, {"nowhere", false}} {
		if err := p.HasText(tc.text); (err == nil) != tc.seen {
			t.Errorf("HasText(%q) = %v", tc.text, err)
		}
	}
}

func TestClickAndKeys(t *testing.T) {
	p := Open(t, writePage(t, "c.html", `<!DOCTYPE html><title>x</title>`+para+`
<p id="out">-</p>
<svg width="300" height="100"><g id="node" tabindex="0"><circle cx="50" cy="50" r="40" fill="#ccc"/></g>
<circle id="under" cx="200" cy="50" r="40"/><rect id="over" x="150" y="0" width="100" height="100" fill="#eee"/></svg>
<script>
var out = document.getElementById("out"), node = document.getElementById("node");
node.addEventListener("click", function (ev) { out.textContent = "click " + ev.isTrusted; });
node.addEventListener("keydown", function (ev) { out.textContent = "key " + ev.key; });
document.getElementById("under").addEventListener("click", function () { out.textContent = "under"; });
</script>`), Options{})
	p.Click("#node")
	if got := p.Text("#out"); got != "click true" {
		t.Errorf("after a click: %q", got)
	}
	for _, key := range []string{"Enter", "Escape", "Space"} {
		p.Focus("#node")
		p.Press(key)
		want := "key " + key
		if key == "Space" {
			want = "key"
		}
		if got := p.Text("#out"); got != want {
			t.Errorf("after %s: %q, want %q", key, got, want)
		}
	}
	errs := failures(t, func(tb testing.TB) {
		p.as(tb).Click("#under")
	})
	if len(errs) != 1 || !strings.Contains(errs[0], `<rect id="over">`) {
		t.Errorf("clicking a covered element: %q", errs)
	}
	errs = failures(t, func(tb testing.TB) {
		p.as(tb).Press("F13")
	})
	if len(errs) != 1 || !strings.Contains(errs[0], ErrKey.Error()) {
		t.Errorf("an unknown key: %q", errs)
	}
	if p.Text("#out") == "under" {
		t.Errorf("the covered element was clicked")
	}
}

// picture encodes a w×h PNG, white but for ink pixels of a dark colour.
func picture(w, h, ink int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for i := range w * h {
		c := color.RGBA{255, 255, 255, 255}
		if i < ink {
			c = color.RGBA{20, 40, 60, 255}
		}
		img.Set(i%w, i/w, c)
	}
	var b bytes.Buffer
	_ = png.Encode(&b, img) // an in-memory write does not fail
	return b.Bytes()
}

func TestBlank(t *testing.T) {
	for _, tc := range []struct {
		name  string
		data  []byte
		blank bool
	}{
		{"white", picture(200, 100, 0), true},
		{"a speck", picture(200, 100, 10), true},
		{"a line", picture(200, 100, 200), false},
		{"large, with ink", picture(1500, 1000, 15000), false},
	} {
		err := Blank(tc.data)
		if got := errors.Is(err, ErrBlank); got != tc.blank {
			t.Errorf("%s: Blank = %v", tc.name, err)
		}
	}
	if err := Blank([]byte("not a PNG")); err == nil || errors.Is(err, ErrBlank) {
		t.Errorf("not a PNG: %v", err)
	}
	// A page with nothing on it gives a blank screenshot; a page with
	// text does not.
	white := Open(t, writePage(t, "white.html", `<!DOCTYPE html><title>x</title><body style="background: #fff"></body>`), Options{})
	errs := failures(t, func(tb testing.TB) {
		white.as(tb).Screenshot("white")
	})
	if len(errs) != 1 || !strings.Contains(errs[0], ErrBlank.Error()) {
		t.Errorf("a white page: %q", errs)
	}
	text := Open(t, writePage(t, "text.html", `<!DOCTYPE html><title>x</title>`+para), Options{})
	shot := text.Screenshot("text")
	if _, err := os.Stat(shot); err != nil {
		t.Error(err)
	}
}

func TestScreenshotsEnv(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(ScreenshotsEnv, dir)
	p := Open(t, writePage(t, "text.html", `<!DOCTYPE html><title>x</title>`+para), Options{})
	shot := p.ScreenshotOf("p", "para")
	data, err := os.ReadFile(filepath.Join(dir, filepath.Base(shot)))
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	// The element's picture, not the page's.
	if b := img.Bounds(); b.Dy() > 200 || b.Dx() > DefaultWidth {
		t.Errorf("the picture of one paragraph is %v", b)
	}
}
