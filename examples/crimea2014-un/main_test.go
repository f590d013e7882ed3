package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/drawtest"
	"github.com/diplograph/diplograph/scenario"
)

// TestScenario checks the scenario against the record it encodes: the
// recorded vote of 27 March as encoded (eleven against, the sponsors and
// the Western permanent members in favour, five abstaining), the Security
// Council vote of 15 March, and every relation outside the background
// sourced and dated in March or April 2014.
func TestScenario(t *testing.T) {
	g, err := scenario.Load("crimea2014-un.yaml")
	if err != nil {
		t.Fatal(err)
	}
	votes := map[string][]string{}
	for r := range g.Relations() {
		if r.Kind == "voted-for" || r.Kind == "voted-against" || r.Kind == "abstained" {
			if r.To != "UKR" {
				t.Errorf("%s: a vote on %s", r.ID, r.To)
			}
			key := r.Kind + " " + r.When.String()
			votes[key] = append(votes[key], r.From)
		}
		switch r.Kind {
		case graph.Serves, graph.MemberOf:
			continue
		}
		if len(r.Evidence) == 0 || r.Evidence[0].Source == "" {
			t.Errorf("%s has no source", r.ID)
		}
		if d := r.When.Since; d.Year() != 2014 || d.Month() < 3 || d.Month() > 4 {
			t.Errorf("%s is dated %s", r.ID, r.When)
		}
	}
	for key, want := range map[string]string{
		"voted-against 2014-03-27": "ARM BLR BOL CUB NIC PRK RUS SDN SYR VEN ZWE",
		"voted-for 2014-03-27":     "CAN CRI DEU FRA GBR LTU POL USA",
		"abstained 2014-03-27":     "BRA CHN IND KAZ ZAF",
		"voted-against 2014-03-15": "RUS",
		"voted-for 2014-03-15":     "FRA GBR LTU USA",
		"abstained 2014-03-15":     "CHN",
	} {
		got := votes[key]
		slices.Sort(got)
		if strings.Join(got, " ") != want {
			t.Errorf("%s: %v, want %s", key, got, want)
		}
	}
	if march27, _ := g.Filter(graph.Filter{AsOf: date.MustParse("2014-03-27"), DropUncertain: true}); march27.NumUncertain() != 1 {
		t.Errorf("%d relations straddle 27 March; want the US sanctions, dated to the month", march27.NumUncertain())
	}
}

// TestRun runs the example and checks what it prints and draws.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	var out bytes.Buffer
	if err := run(context.Background(), &out, dir); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"  KAZ      + CSTO (member-of)",
		"  lavrov   + RUS (serves); strained by + kerry (met)",
		"  crimea   + RUS (appealed, recognized, annexed), - UKR (declared-independence-from, rejected)",
		"  power    - RUS (condemned), + USA (serves)",
		"unaligned: BRA, CHN, IND, ZAF, liu-jieyi",
		"ambivalent: RUS and crimea, cooperative (cooperative 2, hostile 1)",
		"frustration index 1: the ties that strain the blocs",
	} {
		if !slices.Contains(strings.Split(out.String(), "\n"), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	svg, err := os.ReadFile(filepath.Join(dir, "crimea2014-un.svg"))
	if err != nil {
		t.Fatal(err)
	}
	g, err := scenario.Load("crimea2014-un.yaml")
	if err != nil {
		t.Fatal(err)
	}
	drawtest.Check(t, drawtest.ReadSVG(t, svg), g, drawtest.Want{Title: g.Title(), Legend: true})
}
