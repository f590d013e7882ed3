package main

import (
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
)

// This file is the balance subcommand: signed triads, ambivalent pairs,
// the two blocs with the ties that explain them, and the frustrated ties
// with their evidence.

func balanceCmd() *command {
	in, v := &input{}, &view{}
	var weighting analysis.Weighting
	var rule analysis.AmbivalenceRule
	var asJSON, noAffiliation bool
	var seed uint64
	return &command{
		name:    "balance",
		args:    "FILE [--ambivalent RULE] [--no-affiliation] [--weight RULE] [--json]",
		summary: "structural balance: signed triads, ambivalent pairs, the two blocs and why, the frustrated ties with their evidence",
		example: `  $ diplograph balance examples/crimea2014-un/crimea2014-un.yaml
  triads: +++ 0, ++- 0, +-- 2, --- 0; balance ratio 1
  ambivalent pairs (--ambivalent net):
    RUS – crimea: cooperative (cooperative 2, hostile 1)
      + Crimea appealed to Russia (17 Mar 2014): “Crimea's parliament has ...” [crimea-appealed-RUS-2014-03-17]
      + Russia recognised Crimea (17 Mar 2014). [RUS-recognized-crimea-2014-03-17]
      - Russia annexed Crimea (18 Mar 2014). [RUS-annexed-crimea-2014-03-18]
  frustration index 1 (exact)
  bloc 1: ARM, BLR, BOL, CSTO, CUB, KAZ, NIC, PRK, RUS, SDN, SYR, VEN, ZWE, churkin, crimea, lavrov
  bloc 2: CAN, CRI, DEU, EU, FRA, GBR, LTU, NATO, POL, UKR, USA, kerry, power
  unaligned: BRA, CHN, IND, ZAF, liu-jieyi
  why:
    ...
    KAZ (bloc 1): + CSTO (member-of)
    lavrov (bloc 1): + RUS (serves); strained by + kerry
    ...
  frustrated ties:
    kerry – lavrov: cooperative across the blocs
      + John Kerry met Sergei Lavrov (14 Mar 2014): “The Russian veto came after ...” [kerry-met-lavrov-2014-03-14]

  $ diplograph balance ukraine.yaml --as-of 2014-03-29 --ambivalent hostile-wins --json

Each pair of actors takes the sign of its relations (a relation's own sign
if it has one, else its kind's), each weighing 1 or as --weight says. A pair
with both cooperative and hostile relations is ambivalent, and --ambivalent
says what it counts as:
` + ruleHelp() + `
Affiliations bind: an official stands with the state he leads or serves, a
member with its organisation (` + strings.Join(analysis.DefaultAffiliationKinds(), ", ") + `), unless
--no-affiliation. The blocs minimise the frustrated ties (hostile within a
bloc, cooperative across); actors with no signed tie are unaligned, and
groups with no signed tie to the main conflict stand apart.`,
		flags: func(fs *flag.FlagSet) {
			in.flags(fs)
			v.flags(fs, false)
			fs.Uint64Var(&seed, "seed", 1, "`seed` for the heuristic used on parts too large to split exactly")
			weightingFlag(fs, &weighting)
			fs.TextVar(&rule, "ambivalent", analysis.NetSign, "`rule` for pairs with both cooperative and hostile relations: "+ruleNames())
			fs.BoolVar(&noAffiliation, "no-affiliation", false, "do not let affiliations ("+strings.Join(analysis.DefaultAffiliationKinds(), ", ")+") bind actors together")
			fs.BoolVar(&asJSON, "json", false, "print the result as JSON")
		},
		minArgs: 1,
		maxArgs: 1,
		run: func(e *env, fs *flag.FlagSet, args []string) error {
			g, err := in.loadView(e, v, args[0])
			if err != nil {
				return err
			}
			p := analysis.Project(g, analysis.ProjectOptions{Weighting: weighting})
			b, err := analysis.SignedTriads(e.ctx, p, analysis.SignedTriadsOptions{Ambivalence: rule})
			if err != nil {
				return err
			}
			al, err := analysis.Blocs(e.ctx, p, analysis.BlocsOptions{Ambivalence: rule, NoAffiliation: noAffiliation, Seed: seed})
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(e.stdout, balanceJSON(g, b, al, rule))
			}
			writeBalance(e.stdout, p, b, al, rule)
			return nil
		},
	}
}

func ruleNames() string {
	var names []string
	for _, r := range analysis.AmbivalenceRules() {
		names = append(names, r.String())
	}
	return strings.Join(names, ", ")
}

// ruleHelp describes each ambivalence rule, one per line, by the
// library's names.
func ruleHelp() string {
	var b strings.Builder
	for _, r := range analysis.AmbivalenceRules() {
		var what string
		switch r {
		case analysis.NetSign:
			what = "the sign of the cooperative weight less the hostile (the default); an\n                evenly split pair has no sign, and is still reported"
		case analysis.HostileWins:
			what = "any hostile relation makes the pair hostile"
		case analysis.DropAmbivalent:
			what = "ambivalent pairs have no sign"
		}
		fmt.Fprintf(&b, "  %-13s %s\n", r, what)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// writeBalance prints the balance in words.
func writeBalance(w io.Writer, p *analysis.Projection, b analysis.Balance, al analysis.Alignment, rule analysis.AmbivalenceRule) {
	c := b.Census
	fmt.Fprintf(w, "triads: +++ %d, ++- %d, +-- %d, --- %d; balance ratio %.4g\n", c.PPP, c.PPN, c.PNN, c.NNN, c.Ratio())
	if len(b.Unbalanced) > 0 {
		fmt.Fprintln(w, "unbalanced:")
		for _, t := range b.Unbalanced {
			fmt.Fprintf(w, "  %s\n", t.Text)
		}
	}
	if len(al.Ambivalent) > 0 {
		fmt.Fprintf(w, "ambivalent pairs (--ambivalent %s):\n", rule)
		for _, t := range al.Ambivalent {
			sign := t.Sign.Name()
			if t.Sign == graph.Neutral {
				sign = "no sign"
				if rule != analysis.DropAmbivalent {
					sign += ", evenly split"
				}
			}
			fmt.Fprintf(w, "  %s – %s: %s (cooperative %g, hostile %g)\n", t.A, t.B, sign, t.Cooperative, t.Hostile)
			writeRelations(w, p, t, "    ")
		}
	}
	exact := "exact"
	if !al.Exact {
		exact = fmt.Sprintf("heuristic; at least %d", al.LowerBound)
	}
	fmt.Fprintf(w, "frustration index %d (%s)\n", al.Frustration, exact)
	for i, bloc := range al.Blocs {
		fmt.Fprintf(w, "bloc %d: %s\n", i+1, memberList(bloc))
	}
	for i, sides := range al.Apart {
		fmt.Fprintf(w, "apart %d: %s | %s\n", i+1, memberList(sides[0]), memberList(sides[1]))
	}
	if len(al.Unaligned) > 0 {
		fmt.Fprintf(w, "unaligned: %s\n", strings.Join(al.Unaligned, ", "))
	}
	fmt.Fprintln(w, "why:")
	for i, bloc := range al.Blocs {
		for _, m := range bloc {
			fmt.Fprintf(w, "  %s (bloc %d): %s\n", m.ID, i+1, why(m))
		}
	}
	for i, sides := range al.Apart {
		for j, side := range sides {
			for _, m := range side {
				fmt.Fprintf(w, "  %s (apart %d, side %d): %s\n", m.ID, i+1, j+1, why(m))
			}
		}
	}
	if len(al.Frustrated) > 0 {
		fmt.Fprintln(w, "frustrated ties:")
		for _, t := range al.Frustrated {
			where := "cooperative across the blocs"
			if t.Sign == graph.Hostile {
				where = "hostile within a bloc"
			}
			fmt.Fprintf(w, "  %s – %s: %s\n", t.A, t.B, where)
			writeRelations(w, p, t, "    ")
		}
	}
}

func memberList(ms []analysis.Member) string {
	if len(ms) == 0 {
		return "(none)"
	}
	ids := make([]string, len(ms))
	for i, m := range ms {
		ids[i] = m.ID
	}
	return strings.Join(ids, ", ")
}

// why tells the ties that hold a member on its side and those that strain
// it: "+ RUS (serves), - UKR; strained by + kerry".
func why(m analysis.Member) string {
	list := func(ts []analysis.Tie) string {
		parts := make([]string, len(ts))
		for i, t := range ts {
			parts[i] = t.Sign.String() + " " + t.Other(m.ID)
			if t.Bound {
				var kinds []string
				for _, r := range t.Relations {
					if binds(r) && !slices.Contains(kinds, r.Kind) {
						kinds = append(kinds, r.Kind)
					}
				}
				parts[i] += " (" + strings.Join(kinds, ", ") + ")"
			}
		}
		return strings.Join(parts, ", ")
	}
	text := list(m.Support())
	if strain := m.Strain(); len(strain) > 0 {
		if text != "" {
			text += "; "
		}
		text += "strained by " + list(strain)
	}
	return text
}

// binds reports whether r is an affiliation that binds (balance does not
// change the library's default kinds): one of those kinds, without a sign
// of its own.
func binds(r graph.Relation) bool {
	_, own := r.OwnSign()
	return !own && slices.Contains(analysis.DefaultAffiliationKinds(), r.Kind)
}

// relationSign is the sign r counts with in a tie: a binding affiliation
// counts as cooperative.
func relationSign(g *graph.Graph, t analysis.Tie, r graph.Relation) graph.Sign {
	if t.Bound && binds(r) {
		return graph.Cooperative
	}
	return g.SignOf(r)
}

// writeRelations writes a tie's relations, one per line, each with its sign,
// in words with its best quote, and its ID.
func writeRelations(w io.Writer, p *analysis.Projection, t analysis.Tie, indent string) {
	for _, r := range t.Relations {
		fmt.Fprintf(w, "%s%s %s [%s]\n", indent, relationSign(p.Graph(), t, r), p.Sentence(r), r.ID)
	}
}

// signedRelationJSON is a relation of a tie with the sign it counts with.
type signedRelationJSON struct {
	relationJSON
	Sign string `json:"sign"`
}

type tieJSON struct {
	A           string               `json:"a"`
	B           string               `json:"b"`
	Sign        string               `json:"sign"`
	Net         float64              `json:"net"`
	Cooperative float64              `json:"cooperative"`
	Hostile     float64              `json:"hostile"`
	Bound       bool                 `json:"bound,omitempty"`
	Relations   []signedRelationJSON `json:"relations"`
}

func toTieJSON(g *graph.Graph, t analysis.Tie) tieJSON {
	out := tieJSON{A: t.A, B: t.B, Sign: t.Sign.Name(), Net: t.Net, Cooperative: t.Cooperative, Hostile: t.Hostile, Bound: t.Bound, Relations: []signedRelationJSON{}}
	for _, r := range t.Relations {
		out.Relations = append(out.Relations, signedRelationJSON{relJSON(r), relationSign(g, t, r).Name()})
	}
	return out
}

// memberTieJSON is one tie of a member: the other actor, the sign, and the
// IDs of the relations behind it (in full under "frustrated" and
// "ambivalent", or by ID in the scenario).
type memberTieJSON struct {
	With      string   `json:"with"`
	Sign      string   `json:"sign"`
	Bound     bool     `json:"bound,omitempty"`
	Relations []string `json:"relations"`
}

type memberJSON struct {
	ID      string          `json:"id"`
	Support []memberTieJSON `json:"support"`
	Strain  []memberTieJSON `json:"strain"`
}

func toMembersJSON(ms []analysis.Member) []memberJSON {
	out := []memberJSON{}
	for _, m := range ms {
		ties := func(ts []analysis.Tie) []memberTieJSON {
			out := []memberTieJSON{}
			for _, t := range ts {
				mt := memberTieJSON{With: t.Other(m.ID), Sign: t.Sign.Name(), Bound: t.Bound, Relations: []string{}}
				for _, r := range t.Relations {
					mt.Relations = append(mt.Relations, r.ID)
				}
				out = append(out, mt)
			}
			return out
		}
		out = append(out, memberJSON{ID: m.ID, Support: ties(m.Support()), Strain: ties(m.Strain())})
	}
	return out
}

// balanceJSON is the --json document of balance.
func balanceJSON(g *graph.Graph, b analysis.Balance, al analysis.Alignment, rule analysis.AmbivalenceRule) any {
	unbalanced := []string{}
	for _, t := range b.Unbalanced {
		unbalanced = append(unbalanced, t.Text)
	}
	ties := func(ts []analysis.Tie) []tieJSON {
		out := []tieJSON{}
		for _, t := range ts {
			out = append(out, toTieJSON(g, t))
		}
		return out
	}
	apart := [][2][]memberJSON{}
	for _, s := range al.Apart {
		apart = append(apart, [2][]memberJSON{toMembersJSON(s[0]), toMembersJSON(s[1])})
	}
	unaligned := al.Unaligned
	if unaligned == nil {
		unaligned = []string{}
	}
	return struct {
		Triads           map[string]int    `json:"triads"`
		BalanceRatio     float64           `json:"balance_ratio"`
		Unbalanced       []string          `json:"unbalanced"`
		Ambivalence      string            `json:"ambivalence"`
		Ambivalent       []tieJSON         `json:"ambivalent"`
		Frustration      int               `json:"frustration"`
		FrustrationLow   int               `json:"frustration_low"`
		FrustrationExact bool              `json:"frustration_exact"`
		Blocs            [2][]memberJSON   `json:"blocs"`
		Apart            [][2][]memberJSON `json:"apart"`
		Unaligned        []string          `json:"unaligned"`
		Frustrated       []tieJSON         `json:"frustrated"`
	}{
		Triads:           map[string]int{"+++": b.Census.PPP, "++-": b.Census.PPN, "+--": b.Census.PNN, "---": b.Census.NNN},
		BalanceRatio:     b.Census.Ratio(),
		Unbalanced:       unbalanced,
		Ambivalence:      rule.String(),
		Ambivalent:       ties(al.Ambivalent),
		Frustration:      al.Frustration,
		FrustrationLow:   al.LowerBound,
		FrustrationExact: al.Exact,
		Blocs:            [2][]memberJSON{toMembersJSON(al.Blocs[0]), toMembersJSON(al.Blocs[1])},
		Apart:            apart,
		Unaligned:        unaligned,
		Frustrated:       ties(al.Frustrated),
	}
}
