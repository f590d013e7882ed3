package browsertest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/scenario"
)

// golden reads the report of package report's golden file and the view of
// the example scenario its diagram draws.
func golden(t *testing.T) (string, *graph.Graph) {
	t.Helper()
	page, err := os.ReadFile("../../report/testdata/golden/report.html")
	if err != nil {
		t.Fatal(err)
	}
	g, err := scenario.Load("../../examples/ukraine2014/ukraine2014.yaml")
	if err != nil {
		t.Fatal(err)
	}
	hostile, err := g.Filter(graph.Filter{Signs: []graph.Sign{graph.Hostile}, DropIsolated: true})
	if err != nil {
		t.Fatal(err)
	}
	return string(page), hostile
}

// TestCheckReport checks CheckReport on the golden report, which passes,
// and on broken copies of it, each of which must fail as said.
func TestCheckReport(t *testing.T) {
	page, hostile := golden(t)
	checks := ReportChecks{Actor: "RUS", Graph: hostile, Diagrams: 1, Figures: 1, Tables: 1, Policy: true,
		Texts: []string{"Russia annexed Crimea"}}
	script := page[strings.LastIndex(page, "<script>") : strings.LastIndex(page, "</script>")+len("</script>")]
	policy := page[strings.Index(page, `<meta http-equiv="Content-Security-Policy"`):]
	policy = policy[:strings.IndexByte(policy, '>')+1]
	for _, tc := range []struct {
		name   string
		edit   func(string) string
		checks func(ReportChecks) ReportChecks
		want   []string // each must be part of some failure; none: it passes
	}{
		{name: "golden"},
		{name: "no script", edit: func(s string) string { return strings.Replace(s, script, "", 1) },
			want: []string{"RUS after a click on it: highlighted panel items", "after Enter on it: highlighted nodes"}},
		{name: "wrong ends",
			edit: func(s string) string {
				return strings.Replace(s, `"RUS-annexed-crimea-2014-03":["RUS","crimea"]`, `"RUS-annexed-crimea-2014-03":["UKR","crimea"]`, 1)
			},
			want: []string{`relation "RUS-annexed-crimea-2014-03" join ["UKR" "crimea"], the graph ["RUS" "crimea"]`,
				"RUS after a click on it: highlighted edges"}},
		{name: "hidden figure",
			edit: func(s string) string {
				return strings.Replace(s, "</style>", "#fig-hostile { display: none }</style>", 1)
			},
			want: []string{"not visible: <figure id=\"fig-hostile\"", `clicking #fig-hostile [data-actor="RUS"]: it is not visible: display: none on <figure id="fig-hostile"`}},
		{name: "unsafe",
			edit: func(s string) string {
				s = strings.Replace(s, policy, "", 1)
				return strings.Replace(s, "<main>", `<main><p onclick="go()">Click <a href="javascript:go()">here</a>.</p>`+
					`<img src="http://127.0.0.1:9/pixel.png" alt=""><iframe srcdoc="x"></iframe>`, 1)
			},
			checks: func(c ReportChecks) ReportChecks {
				c.Texts = append(c.Texts, "not in the page")
				c.Diagrams, c.Tables = 2, 3
				return c
			},
			want: []string{"request: http://127.0.0.1:9/pixel.png", `an event handler attribute: <p> onclick="go()"`,
				`a link to "javascript:go()"`, "embedded or forbidden content: <img>", "embedded or forbidden content: <iframe>",
				"no Content-Security-Policy", `does not show the text "not in the page"`, "1 interactive diagrams, want at least 2",
				"1 tables, want at least 3"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			src := page
			if tc.edit != nil {
				src = tc.edit(page)
				if src == page {
					t.Fatal("the edit changed nothing")
				}
			}
			c := checks
			c.NoScreenshots = true // package report's browser tests take them, of this page and more
			if tc.checks != nil {
				c = tc.checks(c)
			}
			path := filepath.Join(t.TempDir(), "report.html")
			if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			errs := failures(t, func(tb testing.TB) { CheckReport(tb, path, c) })
			if len(tc.want) == 0 && len(errs) > 0 {
				t.Errorf("failures on a good page:\n%s", strings.Join(errs, "\n"))
			}
			for _, w := range tc.want {
				found := false
				for _, e := range errs {
					found = found || strings.Contains(e, w)
				}
				if !found {
					t.Errorf("no failure says %q; they are:\n%s", w, strings.Join(errs, "\n"))
				}
			}
		})
	}
}

func TestCheckPolicy(t *testing.T) {
	for _, tc := range []struct {
		csp string
		ok  bool
	}{
		{"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-abc='; base-uri 'none'; form-action 'none'", true},
		{"", false},
		{"default-src 'self'", false},
		{"default-src 'none'; script-src 'unsafe-inline'", false},
		{"default-src 'none'; script-src 'sha256-abc=' https://cdn.example", false},
		{"default-src 'none'; img-src https:", false},
		{"default-src 'none'; style-src https://fonts.example", false},
	} {
		if err := checkPolicy(tc.csp); (err == nil) != tc.ok {
			t.Errorf("checkPolicy(%q) = %v", tc.csp, err)
		}
	}
}
