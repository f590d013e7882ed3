package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/examples/notebooks/internal/storytest"

	"github.com/diplograph/diplograph/date"
)

// The scenarios, from this folder.
var (
	article = filepath.Join("..", "..", "ukraine2014", "ukraine2014.yaml")
	un      = filepath.Join("..", "..", "crimea2014-un", "crimea2014-un.yaml")
)

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
	stdout, dir := narrate(t, options{scenario: article, un: un, pivot: date.MustParse("2014-03-18")})
	md := read(t, dir, "report.md")
	html := read(t, dir, "report.html")
	facts := []struct{ Where, In, Want string }{
		{"stdout", stdout, "33 actors, 50 relations, 1 source(s)"},
		{"stdout", stdout, "== Step 6: relations by month"},
		{"report.md", md, "# Phone diplomacy against sanctions: Ukraine, March 2014"},
		{"report.md", md, "The article reports 2 phone calls, on 28 Mar 2014 and 29 Mar 2014, and 16 hostile relations."},
		{"report.md", md, "| John Kerry | Sergei Lavrov | 29 Mar 2014 | Russian officials |"},
		{"report.md", md, "| imposed sanctions on | 2 | United States → Members of Putin's inner circle; Allies of the United States → Members of Putin's inner circle |"},
		{"report.md", md, "Folded to their states, the 2 calls join Russia and the United States. Between these two the article reports 11 relations: 8 cooperative and 3 hostile."},
		{"report.md", md, "| As the article names them | 3 | 0 | 0 | 3 | 0 | 0 |"},
		{"report.md", md, "| Folded to states | 3 | 1 | 1 | 1 | 0 | 1 |"},
		{"report.md", md, "With the actors as the article names them, all 3 signed triangles are balanced."},
		{"report.md", md, "(8 cooperative against 3 hostile, 2 phone calls among the cooperative ones): the pair counts as cooperative. That cooperative tie is a side of the unbalanced triangle United States consulted Russia"},
		{"report.md", md, "As of 29 Mar 2014 (with the offices held then and the events so far), split in two"},
		{"report.md", md, "the bloc around Russia (13 actors) and the bloc around Ukraine and the United States (11 actors). 3 ties strain the split"},
		{"report.md", md, "2 of them carry a phone call (John Kerry – Sergei Lavrov and Barack Obama – Vladimir Putin)"},
		{"report.md", md, "Nothing places the BBC, the North Atlantic Treaty Organization"},
		{"report.md", md, "## What changed around 18 Mar 2014"},
		{"report.md", md, "Between 17 Mar 2014 and 19 Mar 2014 nothing the article dates changes"},
		{"report.md", md, "of the 34 relations in the view as of that day, 20 straddle it."},
		{"report.md", md, "Among them, the most intense hostile ones: Russia annexed Crimea (Mar 2014)"},
		{"report.md", md, "leaving them out keeps the 14 relations that certainly hold on 18 Mar 2014."},
		{"report.md", md, "the view gains 35 relations. 20 are dated only to the month; the other 15 to the day, all on 28 Mar 2014 and 29 Mar 2014, the 2 phone calls among them."},
		{"report.md", md, "Russia (3rd to 1st) and Ukraine (5th to 3rd) rise; the United States (1st to 4th)"},
		{"report.md", md, "Between 17 Mar 2014 and 19 Mar 2014 it gains 1 relation: Russia annexed Crimea (18 Mar 2014)."},
		{"report.md", md, "Feb 2014: 0 cooperative, 1 hostile; Mar 2014: 16 cooperative, 15 hostile."},
		{"report.html", html, `id="fig-calls"`},
		{"report.html", html, `id="fig-hostile"`},
		{"report.html", html, `id="fig-ranks"`},
		{"report.html", html, `id="fig-months"`},
	}
	storytest.CheckFacts(t, facts)
	for _, fig := range []string{"calls", "hostile", "ranks", "months"} {
		if svg := read(t, dir, "report-"+fig+".svg"); !strings.Contains(svg, "<svg") {
			t.Errorf("report-%s.svg is not SVG", fig)
		}
	}
	for _, want := range []string{"Russia 3", "1 Russia", "Crimea"} {
		if !strings.Contains(read(t, dir, "report-ranks.svg"), want) {
			t.Errorf("the slope chart lacks %q", want)
		}
	}
}

// TestQuiet runs the narrative on two states that only phone and back
// each other: it must find nothing hostile, nothing straddling, and say
// what did change on the day after the pivot.
func TestQuiet(t *testing.T) {
	_, dir := narrate(t, options{scenario: filepath.Join("testdata", "quiet.yaml"), un: un, pivot: date.MustParse("2014-03-18")})
	md := read(t, dir, "report.md")
	for _, want := range []string{
		"The article reports 1 phone call, on 10 Mar 2014, and 0 hostile relations.",
		"no three are all tied to each other with a sign",
		"Between 17 Mar 2014 and 19 Mar 2014, 2 actors gain or lose relations",
		"As of 29 Mar 2014 (with the offices held then and the events so far), no hostile tie divides the actors: they make one bloc.",
		"the view gains 2 relations, all dated to the day, on 10 Mar 2014 and 19 Mar 2014, the phone call among them.",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("report.md lacks %q", want)
		}
	}
	for _, not := range []string{"straddle it", "triangles is unbalanced", "triangles are unbalanced", "carry a phone call", "strain the split (", "strains the split ("} {
		if strings.Contains(md, not) {
			t.Errorf("report.md says %q of a quiet month", not)
		}
	}
}

// TestMissingScenario checks that a wrong path says what to do.
func TestMissingScenario(t *testing.T) {
	for _, o := range []options{{scenario: "nowhere.yaml", un: un}, {scenario: article, un: "nowhere.yaml"}} {
		o.out, o.pivot = t.TempDir(), date.MustParse("2014-03-18")
		err := run(context.Background(), &bytes.Buffer{}, o)
		if err == nil || !strings.Contains(err.Error(), "-scenario") && !strings.Contains(err.Error(), "-un") {
			t.Errorf("%+v: err = %v, want one that names the flag", o, err)
		}
	}
}
