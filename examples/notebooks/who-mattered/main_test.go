package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/examples/notebooks/internal/storytest"
)

// scenarioFile is the article's scenario, from this folder.
var scenarioFile = filepath.Join("..", "..", "ukraine2014", "ukraine2014.yaml")

// narrate runs the narrative into a temporary folder and returns what it
// printed and the folder.
func narrate(t *testing.T, o options) (string, string) {
	t.Helper()
	return storytest.Narrate(t, run, o, func(o *options, dir string) { o.out = dir })
}

// read returns a file of the report folder.
func read(t *testing.T, dir, name string) string {
	t.Helper()
	return storytest.Read(t, dir, name)
}

// TestArticle runs the narrative on the article and checks that its
// outputs state what the data say.
func TestArticle(t *testing.T) {
	stdout, dir := narrate(t, options{scenario: scenarioFile, from: "klitschko", to: "obama"})
	md := read(t, dir, "report.md")
	html := read(t, dir, "report.html")
	facts := []struct{ Where, In, Want string }{
		{"stdout", stdout, "33 actors, 50 relations, 1 source(s)"},
		{"stdout", stdout, "== Step 6: the whole story"},
		{"stdout", stdout, "  1   United States                                     0.406     0.118             4        0.0912                1"},
		{"report.md", md, "# Who mattered in the Ukraine crisis, March 2014"},
		{"report.md", md, "## The measures side by side"},
		{"report.md", md, "The 17 actors ranked in the top ten by at least one measure, of 33."},
		{"report.md", md, "The United States, Russia and Ukraine rank in the top five by every measure"},
		{"report.md", md, "### Viktor Yanukovych: a broker"},
		{"report.md", md, "Viktor Yanukovych ranks 4th by betweenness but only 10th by degree"},
		{"report.md", md, "Without Viktor Yanukovych, Ukraine and Street protesters (Ukraine) would not be connected at all"},
		{"report.md", md, "### Members of Putin's inner circle: drawing attention"},
		{"report.md", md, "Both are hostile: PageRank measures attention, not approval."},
		{"report.md", md, "### Sergei Lavrov: active, little acted upon"},
		{"report.md", md, "Of the 5 relations of Sergei Lavrov, offices aside, 4 start from Sergei Lavrov and 1 ends there"},
		{"report.md", md, "## How Vitaly Klitschko connects to Barack Obama"},
		{"report.md", md, "The shortest chain of relations from Vitaly Klitschko to Barack Obama has 3 steps. Here are the 3 shortest chains; every one of them passes through Ukraine."},
		{"report.md", md, "### Chain 1: Vitaly Klitschko → Ukraine → Russia → Barack Obama"},
		{"report.md", md, "Barack Obama made demands of Russia (28 Mar 2014), according to The White House: “President Obama made clear"},
		{"report.md", md, "splits the 31 actors with relations into 7 groups"},
		{"report.md", md, "modularity 0.49"},
		{"report.md", md, "Barack Obama sits in group 2, around Russia, rather than in group 1, around the United States"},
		{"report.md", md, "](report-measures.svg)"},
		{"report.html", html, `id="fig-measures"`},
		{"report.html", html, `id="fig-paths"`},
		{"report.html", html, `id="fig-network"`},
		{"report.html", html, `data-actor="klitschko"`},
	}
	storytest.CheckFacts(t, facts)
	for _, fig := range []string{"measures", "paths", "network"} {
		svg := read(t, dir, "report-"+fig+".svg")
		if !strings.Contains(svg, "<svg") {
			t.Errorf("report-%s.svg is not SVG", fig)
		}
	}
	chart := read(t, dir, "report-measures.svg")
	for _, name := range []string{"Extremists (as the Kremlin calls them)", "Members of Putin's inner circle", "Viktor Yanukovych"} {
		if !strings.Contains(chart, strings.ReplaceAll(name, "'", "&#39;")) && !strings.Contains(chart, name) {
			t.Errorf("the chart lacks the full label %q", name)
		}
	}

	// The same run writes the same bytes.
	_, again := narrate(t, options{scenario: scenarioFile, from: "klitschko", to: "obama"})
	for _, f := range []string{"report.md", "report.html", "report-network.svg"} {
		if read(t, dir, f) != read(t, again, f) {
			t.Errorf("%s differs from run to run", f)
		}
	}
}

// TestAgreement runs the narrative on a chain of four actors, where no
// measure disagrees: the report must say so rather than name a broker.
func TestAgreement(t *testing.T) {
	_, dir := narrate(t, options{scenario: filepath.Join("testdata", "chain.yaml"), from: "A", to: "D"})
	md := read(t, dir, "report.md")
	for _, want := range []string{"The three measures broadly agree", "The shortest chain of relations from Aland to Dorland has 3 steps."} {
		if !strings.Contains(md, want) {
			t.Errorf("report.md lacks %q", want)
		}
	}
	for _, not := range []string{"a broker", "drawing attention", "rank in the top five by every measure"} {
		if strings.Contains(md, not) {
			t.Errorf("report.md says %q of a chain", not)
		}
	}
}

// TestMissingScenario checks that a wrong path says what to do.
func TestMissingScenario(t *testing.T) {
	err := run(context.Background(), &bytes.Buffer{}, options{scenario: "nowhere.yaml", out: t.TempDir()})
	if err == nil || !strings.Contains(err.Error(), "-scenario") {
		t.Fatalf("err = %v, want one that names -scenario", err)
	}
}
