package main

import (
	"strings"
	"testing"

	"github.com/diplograph/diplograph/examples/notebooks/internal/storytest"

	"github.com/diplograph/diplograph/date"
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

// TestSamples runs the narrative on the embedded samples, as the command
// does by default, and checks that its outputs state what the data say.
func TestSamples(t *testing.T) {
	stdout, dir := narrate(t, options{countries: []string{"RUS", "UKR", "USA"}, from: date.MustParse("2018-01"), to: date.MustParse("2018-06")})
	md := read(t, dir, "report.md")
	html := read(t, dir, "report.html")
	facts := []struct{ Where, In, Want string }{
		{"stdout", stdout, "6319 rows read"},
		{"stdout", stdout, "64 events -> 32 relations, 3 actors"},
		{"stdout", stdout, "== Step 5: the diagram"},
		{"report.md", md, "# Russia, Ukraine and the United States in coded event data"},
		{"report.md", md, "61 events in events.2018.sample.tab.gz (ICEWS, 1–2 Jun 2018), 3 events in 20180101000000.export.CSV.gz (GDELT 2.0, 1 Jan 2018)"},
		{"report.md", md, "spark-gdelt.events.csv (GDELT 2.0) holds no event between two of the countries."},
		{"report.md", md, "Left out as outside the months followed: 1 of spark-gdelt.events1.csv."},
		{"report.md", md, "| events.2018.sample.tab.gz | ICEWS | 3705 | 61 | 1 Jun 2018 | 2 Jun 2018 | 0 |"},
		{"report.md", md, "Russia and Ukraine, 35 events (26 cooperative, 5 hostile, 4 neutral; mean Goldstein score +1.5)"},
		{"report.md", md, "Russia and Ukraine exchange the most events, and their record is more cooperative than hostile."},
		{"report.md", md, "ICEWS codes a symmetric event, such as a meeting or a consultation, once from each side"},
		{"report.md", md, "Of the 61 events from ICEWS here, 24 come in such mirrored pairs (the same symmetric kind, pair and month, once each way): they likely stand for 12 events, not 24."},
		{"report.md", md, "| Jun 2018 | Russia – Ukraine | 26 | 5 | 4 | +21 |"},
		{"report.md", md, "| Jun 2018 | Russia | agreed to meet | Ukraine | 6 | +4.0 | ICEWS |"},
		{"report.md", md, "in Jan 2018, on 3 events, Ukraine (0.47); in Jun 2018, on 61 events, Russia (0.43)"},
		{"report.md", md, "Feb 2018, Mar 2018, Apr 2018 and May 2018 have none"},
		{"report.html", html, `id="fig-pairs"`},
		{"report.html", html, `id="fig-months"`},
		{"report.html", html, `id="fig-pagerank"`},
		{"report.html", html, `id="fig-relations"`},
	}
	storytest.CheckFacts(t, facts)
	for _, fig := range []string{"pairs", "months", "pagerank", "relations"} {
		svg := read(t, dir, "report-"+fig+".svg")
		if !strings.Contains(svg, "<svg") {
			t.Errorf("report-%s.svg is not SVG", fig)
		}
		if fig != "relations" && !strings.Contains(svg, "ICEWS codes symmetric events twice") && !strings.Contains(svg, "A gap: no event that month") {
			t.Errorf("report-%s.svg lacks its caption", fig)
		}
	}
	if !strings.Contains(read(t, dir, "report-pairs.svg"), "Jun 2018 · Russia – Ukraine") {
		t.Error("the diverging chart lacks the row of Russia and Ukraine in June")
	}
}

// TestJune follows two countries over June alone: one pair, no gap, the
// January events left out.
func TestJune(t *testing.T) {
	_, dir := narrate(t, options{countries: []string{"RUS", "USA"}, from: date.MustParse("2018-06"), to: date.MustParse("2018-06")})
	md := read(t, dir, "report.md")
	for _, want := range []string{
		"Russia and the United States, 20 events",
		"in Jun 2018, on 20 events, Russia",
		"every month has data",
		"Left out as outside the months followed: 2 of 20180101000000.export.CSV.gz and 1 of spark-gdelt.events1.csv.",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("report.md lacks %q", want)
		}
	}
	if strings.Contains(md, "Ukraine") {
		t.Error("report.md names Ukraine, which it does not follow")
	}
}
