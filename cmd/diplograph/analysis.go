package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
)

// analysisCmds returns the subcommands built on graph/analysis.
func analysisCmds() []*command {
	return []*command{rankCmd(), pathCmd(), communitiesCmd(), balanceCmd()}
}

// writeJSON writes v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// weightingFlag registers --weight, which takes the names of
// analysis.Weightings.
func weightingFlag(fs *flag.FlagSet, w *analysis.Weighting) {
	var names []string
	for _, x := range analysis.Weightings() {
		names = append(names, x.String())
	}
	fs.TextVar(w, "weight", analysis.WeightByCount, "`rule` for what each relation adds to its edge's weight: "+strings.Join(names, ", "))
}

// measureHelp lists the library's measures with their descriptions, for
// rank --help.
func measureHelp() string {
	var b strings.Builder
	for _, m := range analysis.Measures() {
		fmt.Fprintf(&b, "  %-12s %s\n", m, m.Description())
	}
	return b.String()
}

// measureNames lists the names rank --by takes.
func measureNames() string {
	var names []string
	for _, m := range analysis.Measures() {
		names = append(names, m.String())
	}
	return strings.Join(names, ", ")
}

func rankCmd() *command {
	in, v := &input{}, &view{}
	var by analysis.Measure
	var weighting analysis.Weighting
	var weighted, asJSON bool
	var top int
	var seed uint64
	var sample int
	return &command{
		name:    "rank",
		args:    "FILE [--by MEASURE] [--kinds ...] [--sign +|-] [--from/--to DATE] [--weighted] [--weight RULE] [--top N] [--json]",
		summary: "rank actors by a centrality measure (values agree with NetworkX)",
		example: `  $ diplograph rank examples/ukraine2014/ukraine2014.yaml --by pagerank --top 3
  rank  id      name     pagerank
  1     RUS     Russia   0.209563
  2     crimea  Crimea   0.160858
  3     UKR     Ukraine  0.141185

  $ diplograph rank ukraine.yaml --by betweenness --sign + --json    # cooperative ties only, as JSON

Measures (--by; hits is hubs):
` + measureHelp() + `
Ranks: actors whose scores tie (within a relative 1e-9) share a rank and
the next rank skips (1, 2, 2, 4). Actors without any relation in the view
are listed last with rank "-": their score says nothing of their ties.

Weights: each projected edge u->v weighs the selected relations from u to v
(a symmetric kind counts both ways), 1 each or as --weight says. Without
--weighted every measure ignores the weights (NetworkX's weight=None).
--weighted is the library's Weighted, for every measure: degree becomes the
summed weight of the edges (not normalised), pagerank, eigenvector, katz and
hits weigh each edge by its weight (NetworkX's weight="weight"), and
betweenness, closeness and harmonic measure distance in cost 1/weight; core
and reciprocity are unweighted.`,
		flags: func(fs *flag.FlagSet) {
			in.flags(fs)
			v.flags(fs, true)
			fs.TextVar(&by, "by", analysis.MeasurePageRank, "`measure` to rank by: "+measureNames())
			fs.BoolVar(&weighted, "weighted", false, "let every measure use the edge weights (distances as cost 1/weight)")
			weightingFlag(fs, &weighting)
			fs.IntVar(&top, "top", 0, "print only the first `N` actors (0: all)")
			fs.BoolVar(&asJSON, "json", false, `print a JSON list of {"rank","id","name","score"} in rank order ("isolated": true and no rank for actors without relations)`)
			fs.IntVar(&sample, "sample", 0, "estimate betweenness from `K` random source actors (0: exact)")
			fs.Uint64Var(&seed, "seed", 1, "`seed` for --sample")
		},
		minArgs: 1,
		maxArgs: 1,
		run: func(e *env, fs *flag.FlagSet, args []string) error {
			if top < 0 || sample < 0 {
				return usagef("--top and --sample take a number of 0 or more")
			}
			g, err := in.loadView(e, v, args[0])
			if err != nil {
				return err
			}
			p := analysis.Project(g, analysis.ProjectOptions{Weighting: weighting})
			scores, err := analysis.Compute(e.ctx, p, by, analysis.MeasureOptions{Weighted: weighted, Samples: sample, Seed: seed})
			if err != nil {
				return err
			}
			rows := rankRows(scores, analysis.Isolates(p))
			if top > 0 && top < len(rows) {
				rows = rows[:top]
			}
			if asJSON {
				return writeJSON(e.stdout, rows)
			}
			tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintf(tw, "rank\tid\tname\t%s\n", by)
			for _, r := range rows {
				rank := "-"
				if !r.Isolated {
					rank = strconv.Itoa(r.Rank)
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%.6g\n", rank, r.ID, r.Name, r.Score)
			}
			return tw.Flush()
		},
	}
}

// rankRow is one line of rank's output.
type rankRow struct {
	Rank     int     `json:"rank,omitempty"`
	ID       string  `json:"id"`
	Name     string  `json:"name"`
	Score    float64 `json:"score"`
	Isolated bool    `json:"isolated,omitempty"`
}

// rankRows ranks the actors with relations by competition ranking, in the
// order of scores, and lists the isolates after them, unranked.
func rankRows(scores []analysis.Score, isolates []string) []rankRow {
	var ranked, rest []analysis.Score
	for _, s := range scores {
		if _, iso := slices.BinarySearch(isolates, s.ID); iso {
			rest = append(rest, s)
		} else {
			ranked = append(ranked, s)
		}
	}
	rows := make([]rankRow, 0, len(scores))
	for i, rank := range analysis.Ranks(ranked) {
		s := ranked[i]
		rows = append(rows, rankRow{Rank: rank, ID: s.ID, Name: s.Name, Score: s.Score})
	}
	for _, s := range rest {
		rows = append(rows, rankRow{ID: s.ID, Name: s.Name, Score: s.Score, Isolated: true})
	}
	return rows
}

func pathCmd() *command {
	in, v := &input{}, &view{}
	var k int
	var weighting analysis.Weighting
	var weighted, directed, asJSON bool
	return &command{
		name:    "path",
		args:    "FILE FROM TO [--k N] [--kinds ...] [--weighted] [--weight RULE] [--directed] [--json]",
		summary: "find how two actors are connected, each step with its relations and quoted evidence",
		example: `  $ diplograph path examples/ukraine2014/ukraine2014.yaml klitschko obama
  klitschko -> UKR -> RUS -> obama (3 steps)
    Vitaly Klitschko is a candidate for Ukraine (until 29 Mar 2014): “Meanwhile Ukrainian boxer and ...”
    Russia mobilised forces against Ukraine (Mar 2014), according to North Atlantic Treaty Organization: “...”
    Barack Obama made demands of Russia (28 Mar 2014), according to The White House: “President Obama made ...”

  $ diplograph path ukraine.yaml kerry putin --k 3 --directed   # the three shortest directed paths`,
		flags: func(fs *flag.FlagSet) {
			in.flags(fs)
			v.flags(fs, true)
			fs.IntVar(&k, "k", 1, "find the `N` shortest paths (Yen's algorithm)")
			fs.BoolVar(&weighted, "weighted", false, "measure paths by cost 1/weight (heavier edges are shorter) instead of hops")
			weightingFlag(fs, &weighting)
			fs.BoolVar(&directed, "directed", false, "follow relations only from source to target (default: either way)")
			fs.BoolVar(&asJSON, "json", false, "print the paths as JSON")
		},
		minArgs: 3,
		maxArgs: 3,
		run: func(e *env, fs *flag.FlagSet, args []string) error {
			if k < 1 {
				return usagef("--k must be at least 1")
			}
			g, err := in.loadView(e, v, args[0])
			if err != nil {
				return err
			}
			p := analysis.Project(g, analysis.ProjectOptions{Weighting: weighting})
			paths, err := analysis.KShortestPaths(e.ctx, p, idArg(args[1]), idArg(args[2]), analysis.KShortestPathsOptions{K: k, Weighted: weighted, Undirected: !directed})
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(e.stdout, pathsJSON(paths))
			}
			for i, pa := range paths {
				if i > 0 {
					fmt.Fprintln(e.stdout)
				}
				fmt.Fprintf(e.stdout, "%s (%d step%s)\n", pa, len(pa.Steps), plural(len(pa.Steps)))
				for _, s := range pa.Sentences() {
					fmt.Fprintf(e.stdout, "  %s\n", s)
				}
			}
			return nil
		},
	}
}

type citationJSON struct {
	Source string `json:"source"`
	Quote  string `json:"quote,omitempty"`
}

type relationJSON struct {
	ID         string         `json:"id"`
	From       string         `json:"from"`
	To         string         `json:"to"`
	Kind       string         `json:"kind"`
	When       string         `json:"when,omitempty"`
	ReportedBy string         `json:"reported_by,omitempty"`
	Evidence   []citationJSON `json:"evidence,omitempty"`
}

func relJSON(r graph.Relation) relationJSON {
	out := relationJSON{ID: r.ID, From: r.From, To: r.To, Kind: r.Kind, When: r.When.String(), ReportedBy: r.ReportedBy}
	for _, ev := range r.Evidence {
		out.Evidence = append(out.Evidence, citationJSON{Source: ev.Source, Quote: ev.Quote})
	}
	return out
}

func pathsJSON(paths []analysis.Path) any {
	type step struct {
		From      string         `json:"from"`
		To        string         `json:"to"`
		Relations []relationJSON `json:"relations"`
	}
	type pathJSON struct {
		Actors    []string `json:"actors"`
		Cost      float64  `json:"cost"`
		Steps     []step   `json:"steps"`
		Sentences []string `json:"sentences"`
	}
	out := []pathJSON{}
	for _, pa := range paths {
		pj := pathJSON{Actors: pa.Actors, Cost: pa.Cost, Sentences: pa.Sentences()}
		for _, s := range pa.Steps {
			st := step{From: s.From, To: s.To}
			for _, r := range s.Relations {
				st.Relations = append(st.Relations, relJSON(r))
			}
			pj.Steps = append(pj.Steps, st)
		}
		out = append(out, pj)
	}
	return out
}

func communitiesCmd() *command {
	in, v := &input{}, &view{}
	var seed uint64
	var weighting analysis.Weighting
	var signed, weighted, asJSON bool
	var resolution float64
	return &command{
		name:    "communities",
		args:    "FILE [--seed N] [--signed] [--weighted] [--weight RULE] [--resolution R] [--json]",
		summary: "find blocs of actors (Louvain, seeded and deterministic) and their modularity",
		example: `  $ diplograph communities examples/ukraine2014/ukraine2014.yaml --seed 7
  modularity 0.488995, 9 communities
  1  USA, european-countries, international-monitors, putin-inner-circle, us-allies, us-officials, white-house
  2  RUS, crimea, obama, putin, russian-officials, west
  ...

  $ diplograph communities ukraine.yaml --signed    # hostile relations push actors apart
  $ diplograph communities ukraine.yaml --weighted  # pairs tied by more relations pull harder

--weighted is the library's Weighted: each pair of actors weighs the sum of
its relations' weights (1 each, or as --weight says) instead of 1.`,
		flags: func(fs *flag.FlagSet) {
			in.flags(fs)
			v.flags(fs, false)
			fs.Uint64Var(&seed, "seed", 1, "random `seed`; the same seed gives the same communities")
			fs.BoolVar(&signed, "signed", false, "let hostile relations push actors apart (signed modularity)")
			fs.BoolVar(&weighted, "weighted", false, "weigh each pair of actors by its relations (default: every tied pair weighs 1)")
			weightingFlag(fs, &weighting)
			fs.Float64Var(&resolution, "resolution", 1, "modularity `resolution`; above 1 favours smaller communities")
			fs.BoolVar(&asJSON, "json", false, "print the communities as JSON")
		},
		minArgs: 1,
		maxArgs: 1,
		run: func(e *env, fs *flag.FlagSet, args []string) error {
			if !(resolution > 0) || math.IsInf(resolution, 1) {
				return usagef("--resolution %v: want a positive finite number", resolution)
			}
			g, err := in.loadView(e, v, args[0])
			if err != nil {
				return err
			}
			p := analysis.Project(g, analysis.ProjectOptions{Weighting: weighting})
			c, err := analysis.Louvain(e.ctx, p, analysis.LouvainOptions{Weighted: weighted, Seed: seed, Resolution: resolution, Signed: signed})
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(e.stdout, struct {
					Modularity  float64    `json:"modularity"`
					Communities [][]string `json:"communities"`
				}{c.Modularity, c.Groups})
			}
			fmt.Fprintf(e.stdout, "modularity %.6g, %d communities\n", c.Modularity, len(c.Groups))
			for i, grp := range c.Groups {
				fmt.Fprintf(e.stdout, "%d  %s\n", i+1, strings.Join(grp, ", "))
			}
			return nil
		},
	}
}
