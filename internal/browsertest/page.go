package browsertest

import (
	"context"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/audits"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Options set how a page is opened. The zero value opens it with script
// on, in a window of DefaultWidth by DefaultHeight CSS pixels.
type Options struct {
	// NoScript opens the page with JavaScript disabled, as a reader who
	// turned it off sees it. Default: script runs.
	NoScript bool
	// Local allows requests for files in the page's folder, as a
	// rendered Markdown report makes for the figures beside it. Default:
	// every request but the page's own is a problem.
	Local bool
	// Width and Height are the window's size in CSS pixels; 0 means
	// DefaultWidth and DefaultHeight.
	Width, Height int
}

// The default window size, in CSS pixels.
const (
	DefaultWidth  = 1280
	DefaultHeight = 900
)

// Page is one HTML (or SVG) file open in a tab of headless Chromium. It
// records, from before the file loads until the page is closed, what a
// self-contained, inert page must not do: console messages, uncaught
// exceptions, browser log entries (such as Content-Security-Policy
// violations), security issues, requests for anything but the file itself,
// and dialogs (alert, confirm, prompt), which it dismisses. Check reports
// them; Problems lists them.
//
// A Page belongs to one test; its methods fail that test (t.Fatal) when
// the browser does not answer within ActionTimeout. The tab is closed when
// the test ends.
type Page struct {
	t    testing.TB
	ctx  context.Context // the tab's chromedp context
	url  string          // the file's URL
	near string          // the URL of the file's folder, ending in '/', if Local
	name string          // the file's base name, for screenshots
	shot int             // screenshots taken, for their names
	dir  string          // where screenshots go, made by the first

	*events // what the tab has done, shared by copies of the Page
}

// events is what a tab has done, recorded as it happens.
type events struct {
	mu       sync.Mutex
	problems []string // what the page did that it must not
	dialogs  []string // the messages of the dialogs that opened
}

// Open opens the file at path in a new tab and waits for it to load.
// It skips the test when no browser is installed (fails it when CI=true).
func Open(t testing.TB, path string, o Options) *Page {
	t.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	b := acquire(t)
	p := &Page{t: t, events: &events{}, url: (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String(),
		name: strings.TrimSuffix(filepath.Base(abs), filepath.Ext(abs))}
	if o.Local {
		p.near = p.url[:strings.LastIndexByte(p.url, '/')+1]
	}
	ctx, cancel := chromedp.NewContext(b.ctx, chromedp.WithListener(p.record))
	t.Cleanup(cancel)
	p.ctx = ctx
	// The first action on a tab opens it, and the tab lives as long as
	// the context of that action: so that one runs on the tab's own
	// context, bounded by a timer rather than a deadline.
	done := make(chan error, 1)
	go func() { done <- chromedp.Do(ctx) }()
	select {
	case err = <-done:
	case <-time.After(ActionTimeout):
		cancel()
		err = fmt.Errorf("no answer in %v", ActionTimeout)
	}
	if err != nil {
		t.Fatalf("browsertest: opening a tab for %s: %v", path, err)
	}
	w, h := o.Width, o.Height
	if w <= 0 {
		w = DefaultWidth
	}
	if h <= 0 {
		h = DefaultHeight
	}
	steps := []chromedp.Action[chromedp.Void]{
		call(audits.Enable, cdp.Empty{}),
		chromedp.EmulateViewport(int64(w), int64(h)),
	}
	if o.NoScript {
		steps = append(steps, call(emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}))
	}
	steps = append(steps, chromedp.Navigate(p.url))
	run(p, "loading "+path, chromedp.Steps(steps...))
	return p
}

// call makes an action of a protocol command whose result is not needed.
func call[P, R any](cmd cdp.Command[P, R], params P) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, cmd, params)
		return err
	})
}

// run runs a on the tab within ActionTimeout, failing the test on error.
func run[T any](p *Page, what string, a chromedp.Action[T]) T {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, ActionTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		p.t.Fatalf("browsertest: %s: %v", what, err)
	}
	return v
}

// record is the tab's event listener. It runs on the tab's reading
// goroutine, so it only appends under the lock; a dialog is dismissed from
// a goroutine of its own.
func (p *Page) record(ev any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		var args []string
		for _, a := range ev.Args {
			args = append(args, remoteText(a))
		}
		p.problems = append(p.problems, fmt.Sprintf("console.%s: %s", ev.Type, strings.Join(args, " ")))
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		text := d.Text
		if d.Exception != nil {
			text += " " + remoteText(d.Exception)
		}
		p.problems = append(p.problems, fmt.Sprintf("exception at %d:%d: %s", d.LineNumber+1, d.ColumnNumber+1, text))
	case *log.EventEntryAdded:
		p.problems = append(p.problems, fmt.Sprintf("browser log (%s, %s): %s", ev.Entry.Source, ev.Entry.Level, ev.Entry.Text))
	case *audits.EventIssueAdded:
		p.problems = append(p.problems, "issue: "+issueText(ev.Issue))
	case *network.EventRequestWillBeSent:
		if u := ev.Request.URL; stripFragment(u) != stripFragment(p.url) && !p.beside(u) {
			p.problems = append(p.problems, "request: "+u)
		}
	case *page.EventJavascriptDialogOpening:
		p.dialogs = append(p.dialogs, ev.Message)
		p.problems = append(p.problems, fmt.Sprintf("dialog (%s): %q", ev.Type, ev.Message))
		go func() {
			ctx, cancel := context.WithTimeout(p.ctx, ActionTimeout)
			defer cancel()
			_, _ = chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}()
	}
}

// remoteText is how the console would show a value.
func remoteText(o *runtime.RemoteObject) string {
	if o == nil {
		return ""
	}
	if o.Description != "" {
		return o.Description
	}
	if len(o.Value) > 0 {
		return string(o.Value)
	}
	return string(o.Type)
}

// issueText names an issue and, for a Content-Security-Policy one, what
// it blocked.
func issueText(i *audits.InspectorIssue) string {
	if i == nil {
		return "?"
	}
	s := string(i.Code)
	if d := i.Details; d != nil && d.ContentSecurityPolicyIssueDetails != nil {
		c := d.ContentSecurityPolicyIssueDetails
		s += fmt.Sprintf(" (%s, directive %s", c.ContentSecurityPolicyViolationType, c.ViolatedDirective)
		if c.BlockedURL != "" {
			s += ", blocked " + c.BlockedURL
		}
		s += ")"
	}
	return s
}

// beside reports whether u is a file in the page's folder and Local
// allows it.
func (p *Page) beside(u string) bool {
	rest, ok := strings.CutPrefix(u, p.near)
	return p.near != "" && ok && rest != "" && !strings.ContainsAny(rest, "/?#")
}

func stripFragment(u string) string {
	if i := strings.IndexByte(u, '#'); i >= 0 {
		return u[:i]
	}
	return u
}

// URL returns the page's file:// address.
func (p *Page) URL() string { return p.url }

// Problems returns, in the order they happened, what the page did that a
// self-contained, inert page must not: console messages, exceptions,
// browser log entries, security issues, requests for anything but the
// file, dialogs.
func (p *Page) Problems() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.problems...)
}

// Dialogs returns the messages of the dialogs the page opened.
func (p *Page) Dialogs() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.dialogs...)
}

// Check fails the test (t.Error) for each of Problems.
func (p *Page) Check() {
	p.t.Helper()
	// A round trip to the tab, so that events sent before it are recorded.
	run(p, "reading the page", chromedp.Evaluate[int]("1"))
	for _, s := range p.Problems() {
		p.t.Errorf("%s: %s", p.name, s)
	}
}

// as returns the page for another test (a copy sharing the tab).
func (p *Page) as(t testing.TB) *Page {
	q := *p
	q.t = t
	return &q
}
