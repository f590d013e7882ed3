package notebook

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/diplograph/diplograph/internal/atomicfile"
	"github.com/diplograph/diplograph/internal/browsertest"
)

// TestBrowser runs testdata/browser.md, a notebook with a real table and
// real charts, one of them of names that try to be markup, and opens its
// page in headless Chromium (package internal/browsertest: skipped
// without it, failed on CI, where .ci/run installs it).
func TestBrowser(t *testing.T) {
	t.Parallel()
	res, err := Run(context.Background(), filepath.Join("testdata", "browser.md"), Options{Timeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "browser.html")
	if err := atomicfile.Write(path, 0o644, res.WriteHTML); err != nil {
		t.Fatal(err)
	}
	hostile := `<script>alert(1)</script> " onload="alert(2)" <img src=x onerror=alert(3)>`
	browsertest.CheckReport(t, path, browsertest.ReportChecks{Figures: 2, Tables: 1,
		Texts: []string{"Who mattered, in a browser", "Relations per actor", "Russia", "Source: BBC News, 29 March 2014.",
			hostile, "javascript:alert(4)", "<b>n</b>"}})
	p := browsertest.Open(t, path, browsertest.Options{})
	if n := p.Count("script"); n != 0 {
		t.Errorf("the page has %d scripts", n)
	}
	if d := p.Dialogs(); len(d) != 0 {
		t.Errorf("dialogs opened: %q", d)
	}
	p.Check()
}
