package browsertest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Names are the program names searched on PATH for the browser, in order.
var Names = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}

// Flags are the browser's command-line switches, besides those chromedp
// always adds (a temporary profile, the DevTools pipe, about:blank).
var Flags = []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"}

// Timeouts. StartTimeout bounds starting the browser; ActionTimeout bounds
// each step on a page (loading it, a query, a click, a screenshot), so a
// hung browser fails the test instead of hanging it.
const (
	StartTimeout  = 30 * time.Second
	ActionTimeout = 20 * time.Second
)

// ErrNoBrowser means none of Names is on PATH.
var ErrNoBrowser = errors.New("browsertest: no chromium on PATH")

// Find returns the path of the browser: the first of Names on PATH, or
// ErrNoBrowser.
func Find() (string, error) {
	for _, n := range Names {
		if p, err := exec.LookPath(n); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("%w (looked for %v; on Debian: apt-get install chromium)", ErrNoBrowser, Names)
}

// browser is one running headless browser; its tabs are pages.
type browser struct {
	ctx    context.Context // the browser's chromedp context; NewContext of it opens a tab
	cancel func()          // stops the browser and removes its profile
}

// start starts a browser and waits, at most StartTimeout, until it answers.
func start() (*browser, error) {
	path, err := Find()
	if err != nil {
		return nil, err
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("mute-audio", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-breakpad", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("force-color-profile", "srgb"),
		chromedp.Flag("password-store", "basic"),
	}
	for _, f := range Flags {
		opts = append(opts, chromedp.Flag(f[2:], true))
	}
	// No host name resolves: a page that tries to load from the network
	// fails on the spot, recorded, and nothing leaves the machine.
	opts = append(opts, chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND"))
	actx, acancel := chromedp.NewExecAllocator(context.Background(), opts...)
	bctx, bcancel := chromedp.NewContext(actx)
	b := &browser{ctx: bctx, cancel: func() { bcancel(); acancel() }}
	done := make(chan error, 1)
	go func() { done <- chromedp.Do(bctx) }() // the first Run starts the browser; no deadline on it
	select {
	case err = <-done:
	case <-time.After(StartTimeout):
		err = fmt.Errorf("no answer in %v", StartTimeout)
	}
	if err != nil {
		b.cancel()
		return nil, fmt.Errorf("browsertest: starting %s: %w", path, err)
	}
	return b, nil
}

// shared is the browser of a test binary whose TestMain calls Main.
var shared struct {
	sync.Mutex
	on  bool     // Main is running the tests
	b   *browser // started by the first Open
	err error    // why it did not start
}

// Main runs the tests of a package with one browser for all of them,
// started by the first Open and stopped when the tests end, then exits
// with the tests' status. Call it from TestMain:
//
//	func TestMain(m *testing.M) { browsertest.Main(m) }
//
// Without it each Open starts a browser of its own, stopped when its test
// ends: correct, only slower.
func Main(m *testing.M) {
	shared.Lock()
	shared.on = true
	shared.Unlock()
	code := m.Run()
	shared.Lock()
	if shared.b != nil {
		shared.b.cancel()
		shared.b = nil
	}
	shared.on = false
	shared.Unlock()
	os.Exit(code)
}

// acquire returns a browser for t: the shared one under Main, else one of
// t's own, stopped at t's end. Without a browser it skips t, or fails it
// when the environment variable CI is "true".
func acquire(t testing.TB) *browser {
	t.Helper()
	shared.Lock()
	defer shared.Unlock()
	if shared.on {
		if shared.b == nil && shared.err == nil {
			shared.b, shared.err = start()
		}
		if shared.err != nil {
			unavailable(t, shared.err)
		}
		return shared.b
	}
	b, err := start()
	if err != nil {
		unavailable(t, err)
	}
	t.Cleanup(b.cancel)
	return b
}

// unavailable skips t for want of a browser, or fails it on CI, where
// .ci/run installs one.
func unavailable(t testing.TB, err error) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("%v (CI=true: .ci/run installs chromium)", err)
	}
	t.Skipf("%v: install chromium to run the browser tests", err)
}
