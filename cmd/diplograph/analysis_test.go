package main

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/graph/analysis"
	"github.com/diplograph/diplograph/scenario"
)

// TestRankWeighted checks that rank --weighted is the library's Weighted
// for every measure, and --weight its Weighting, by comparing the command's
// scores with the library's on the same projection.
func TestRankWeighted(t *testing.T) {
	g, err := scenario.Load(example)
	if err != nil {
		t.Fatal(err)
	}
	library := func(by string, p *analysis.Projection, weighted bool) ([]analysis.Score, error) {
		var s []analysis.Score
		var err error
		switch by {
		case "degree", "indegree", "outdegree":
			d := map[string]analysis.Direction{"degree": analysis.Both, "indegree": analysis.In, "outdegree": analysis.Out}[by]
			s = analysis.Degree(p, analysis.DegreeOptions{Direction: d, Weighted: weighted})
		case "pagerank":
			s, err = analysis.PageRank(p, analysis.PageRankOptions{Weighted: weighted})
		case "betweenness":
			s, err = analysis.Betweenness(context.Background(), p, analysis.BetweennessOptions{Weighted: weighted})
		case "closeness":
			s, err = analysis.Closeness(context.Background(), p, analysis.ClosenessOptions{Weighted: weighted})
		case "harmonic":
			s, err = analysis.Harmonic(context.Background(), p, analysis.HarmonicOptions{Weighted: weighted})
		case "eigenvector":
			s, err = analysis.Eigenvector(p, analysis.EigenvectorOptions{Weighted: weighted})
		case "katz":
			s, err = analysis.Katz(p, analysis.KatzOptions{Weighted: weighted})
		case "hits", "hubs":
			s, _, err = analysis.HITS(p, analysis.HITSOptions{Weighted: weighted})
		case "authorities":
			_, s, err = analysis.HITS(p, analysis.HITSOptions{Weighted: weighted})
		case "core":
			s = analysis.CoreNumbers(p)
		case "reciprocity":
			s = analysis.NodeReciprocity(p)
		default:
			t.Fatalf("no library call for --by %s", by)
		}
		return s, err
	}
	differ := 0
	for _, m := range analysis.Measures() {
		by := m.String()
		for _, weighting := range analysis.Weightings() {
			for _, weighted := range []bool{false, true} {
				args := []string{"rank", example, "--by", by, "--json", "--weight", weighting.String()}
				if weighted {
					args = append(args, "--weighted")
				}
				want, err := library(by, analysis.Project(g, analysis.ProjectOptions{Weighting: weighting}), weighted)
				code, out, errs := runCmd(t, "", args...)
				if err != nil {
					// Katz with weights above 1 may diverge at the default
					// alpha: the command must fail as the library does.
					if code != exitFail || !strings.Contains(errs, err.Error()) {
						t.Fatalf("%v: exit %d (%s), library: %v", args, code, errs, err)
					}
					continue
				}
				if code != exitOK {
					t.Fatalf("%v: exit %d: %s", args, code, errs)
				}
				var got []analysis.Score
				if err := json.Unmarshal([]byte(out), &got); err != nil {
					t.Fatalf("%v: %v", args, err)
				}
				// The command lists the actors without relations last.
				isolates := analysis.Isolates(analysis.Project(g, analysis.ProjectOptions{Weighting: weighting}))
				last := func(s analysis.Score) bool { return slices.Contains(isolates, s.ID) }
				want = append(slices.DeleteFunc(slices.Clone(want), last), slices.DeleteFunc(slices.Clone(want), func(s analysis.Score) bool { return !last(s) })...)
				if len(got) != len(want) {
					t.Fatalf("%v: %d scores, library %d", args, len(got), len(want))
				}
				for i := range want {
					if got[i].ID != want[i].ID || got[i].Score != want[i].Score {
						t.Fatalf("%v: #%d is %s %v, library %s %v", args, i+1, got[i].ID, got[i].Score, want[i].ID, want[i].Score)
					}
				}
				if weighted {
					plain, _ := library(by, analysis.Project(g, analysis.ProjectOptions{Weighting: weighting}), false)
					for i := range plain {
						if plain[i] != want[i] {
							differ++
							break
						}
					}
				}
			}
		}
	}
	if differ == 0 {
		t.Error("--weighted changes no ranking: the test cannot tell it from a flag that does nothing")
	}
}

func TestWeightFlag(t *testing.T) {
	code, _, errs := runCmd(t, "", "rank", example, "--by", "degree", "--weight", "votes")
	if code != exitUsage {
		t.Fatalf("exit %d, want %d", code, exitUsage)
	}
	for _, w := range analysis.Weightings() {
		if !strings.Contains(errs, w.String()) {
			t.Errorf("error does not list %q: %s", w, errs)
		}
	}
	for _, cmd := range [][]string{
		{"path", example, "klitschko", "obama", "--weighted", "--weight", "evidence"},
		{"communities", example, "--weighted", "--weight", "goldstein"},
		{"balance", example, "--weight", "relation"},
	} {
		if code, _, errs := runCmd(t, "", cmd...); code != exitOK {
			t.Errorf("%v: exit %d: %s", cmd, code, errs)
		}
	}
}
