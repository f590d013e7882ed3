// Package browsertest opens the pages diplograph writes - HTML reports,
// notebook pages, SVG figures, rendered Markdown - in headless Chromium,
// driven through the DevTools protocol by github.com/chromedp/chromedp,
// so that tests see what a reader sees.
//
//	func TestMain(m *testing.M) { browsertest.Main(m) } // one browser for the package
//
//	func TestReport(t *testing.T) {
//		path := filepath.Join(t.TempDir(), "report.html")
//		// ... write the report there ...
//		browsertest.CheckReport(t, path, browsertest.ReportChecks{Actor: "RUS", Graph: g, Diagrams: 1, Policy: true})
//
//		p := browsertest.Open(t, path, browsertest.Options{})
//		p.Click("#fig-hostile [data-actor=RUS]")
//		if got := p.Text("#fig-hostile-status"); ...
//		p.Screenshot("selected")
//		p.Check() // no console message, exception, policy violation, request or dialog
//	}
//
// # The browser
//
// Find looks for chromium, chromium-browser, google-chrome or
// google-chrome-stable on PATH. Without one the tests that need it skip,
// naming chromium, unless the environment variable CI is "true": then
// they fail, because .ci/run installs Debian's chromium. The browser runs
// with Flags (--headless --no-sandbox --disable-gpu
// --disable-background-networking), a temporary profile, and host names
// resolving to nothing, so that no page under test reaches the network
// even when a check is about to fail. Under Main one browser serves all the
// tests of a package and is stopped when they end; otherwise each Open
// starts one, stopped at the end of its test. Each page is a tab of its own.
//
// # What a page records
//
// From before its file loads, a Page records what a self-contained, inert
// page must not do: console messages, uncaught exceptions, browser log
// entries (a Content-Security-Policy violation is one), security issues,
// requests for anything but the file itself (Options.Local allows the files
// beside it), and dialogs, which it dismisses so that the page goes on.
// Page.Check fails the test for each; Page.Problems lists them.
//
// # Conventions
//
// Selectors are CSS selectors. Methods fail the test that opened the page
// (t.Fatal) when the browser does not answer within ActionTimeout, or an
// element they need is missing, so a hung browser fails a test rather than
// hangs it. Clicks are real mouse events at the centre of an element, so
// the browser's hit-testing decides what is clicked. Screenshots are PNG
// files in the test's temporary folder, copied to the folder named by
// $DIPLOGRAPH_SCREENSHOTS when it is set, so that a person can look at
// them; a blank one (see Blank) fails the test. The package prints nothing.
package browsertest
