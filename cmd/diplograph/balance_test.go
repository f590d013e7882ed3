package main

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/graph/analysis"
)

const crimea = "../../examples/crimea2014-un/crimea2014-un.yaml"

// lines returns the lines of out.
func lines(out string) []string { return strings.Split(strings.TrimSuffix(out, "\n"), "\n") }

// missing returns the lines of want that out lacks.
func missing(out string, want ...string) []string {
	got := map[string]bool{}
	for _, l := range lines(out) {
		got[l] = true
	}
	var miss []string
	for _, w := range want {
		if !got[w] {
			miss = append(miss, w)
		}
	}
	return miss
}

func TestBalance(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		stdout []string // lines that must appear, whole
		stderr string   // the whole of standard error
	}{
		{"crimea at the UN", []string{"balance", crimea}, []string{
			"triads: +++ 0, ++- 0, +-- 2, --- 0; balance ratio 1",
			"ambivalent pairs (--ambivalent net):",
			"  RUS – crimea: cooperative (cooperative 2, hostile 1)",
			"    + Crimea appealed to Russia (17 Mar 2014): “Crimea's parliament has formally declared independence from Ukraine and asked to join the Russian Federation.” [crimea-appealed-RUS-2014-03-17]",
			"    + Russia recognised Crimea (17 Mar 2014). [RUS-recognized-crimea-2014-03-17]",
			"    - Russia annexed Crimea (18 Mar 2014). [RUS-annexed-crimea-2014-03-18]",
			"frustration index 1 (exact)",
			"bloc 1: ARM, BLR, BOL, CSTO, CUB, KAZ, NIC, PRK, RUS, SDN, SYR, VEN, ZWE, churkin, crimea, lavrov",
			"bloc 2: CAN, CRI, DEU, EU, FRA, GBR, LTU, NATO, POL, UKR, USA, kerry, power",
			"unaligned: BRA, CHN, IND, ZAF, liu-jieyi",
			"  KAZ (bloc 1): + CSTO (member-of)",
			"  churkin (bloc 1): + RUS (serves)",
			"  lavrov (bloc 1): + RUS (serves); strained by + kerry",
			"  power (bloc 2): - RUS, + USA (serves)",
			"frustrated ties:",
			"  kerry – lavrov: cooperative across the blocs",
			"    + John Kerry met Sergei Lavrov (14 Mar 2014): “The Russian veto came after a Friday meeting in London between US Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov on the Ukrainian crisis made no progress.” [kerry-met-lavrov-2014-03-14]",
		}, ""},
		{"hostile wins", []string{"balance", crimea, "--ambivalent", "hostile-wins"}, []string{
			"ambivalent pairs (--ambivalent hostile-wins):",
			"  RUS – crimea: hostile (cooperative 2, hostile 1)",
			"frustration index 2 (exact)",
			"  RUS – crimea: hostile within a bloc",
		}, ""},
		{"drop", []string{"balance", crimea, "--ambivalent", "DROP"}, []string{
			"  RUS – crimea: no sign (cooperative 2, hostile 1)",
			"frustration index 1 (exact)",
		}, ""},
		{"ukraine as of the article", []string{"balance", example, "--as-of", "2014-03-29"}, []string{
			"  RUS – crimea: no sign, evenly split (cooperative 1, hostile 1)",
			"frustration index 3 (exact)",
			"bloc 1: RUS, crimea, government-authorities, kremlin, lavrov, law-enforcement, peaceful-residents, putin, putin-inner-circle, rossiya-1, russian-officials, russian-speakers, yanukovych",
			"bloc 2: UKR, USA, european-countries, extremists, kerry, obama, protesters, us-allies, us-officials, west, white-house",
			"apart 1: democratic-forces, klitschko, poroshenko | (none)",
			"unaligned: BBC, NATO, global-community, international-monitors, mardell, tymoshenko",
			"  lavrov (bloc 1): + RUS (serves), + russian-speakers; strained by + UKR, + kerry",
			"  yanukovych (bloc 1): + kremlin, - protesters",
			"  obama – putin: cooperative across the blocs",
		}, "diplograph: 20 relations straddle the date at their precision (use --drop-uncertain to leave them out)\n"},
		// Without affiliations, Putin and Lavrov land with those they
		// talked to.
		{"without affiliations", []string{"balance", example, "--as-of", "2014-03-29", "--no-affiliation"}, []string{
			"bloc 1: RUS, crimea, extremists, putin-inner-circle",
			"bloc 2: UKR, USA, european-countries, government-authorities, kerry, lavrov, law-enforcement, obama, peaceful-residents, putin, russian-speakers, us-allies, west",
			"unaligned: BBC, NATO, global-community, international-monitors, mardell, rossiya-1, russian-officials, tymoshenko, us-officials, white-house",
		}, "diplograph: 20 relations straddle the date at their precision (use --drop-uncertain to leave them out)\n"},
		// Left out, the month-dated relations take Russia's mobilisation,
		// the annexation, the threats and the sanctions with them: what is
		// left is diplomacy, and Russia and the United States share a bloc.
		{"uncertain dropped", []string{"balance", example, "--as-of", "2014-03-29", "--drop-uncertain"}, []string{
			"triads: +++ 0, ++- 0, +-- 0, --- 0; balance ratio 1",
			"frustration index 1 (exact)",
			"bloc 1: RUS, UKR, USA, kerry, kremlin, lavrov, obama, putin, rossiya-1, russian-officials, russian-speakers, us-allies, us-officials, white-house, yanukovych",
			"bloc 2: extremists, protesters",
			"  RUS – obama: hostile within a bloc",
		}, "diplograph: 20 relations straddle the date at their precision and were left out (--drop-uncertain)\n"},
		{"window", []string{"balance", example, "--from", "2014-03-28", "--to", "2014-03-29"}, []string{
			"frustration index 3 (exact)",
		}, "diplograph: 20 relations straddle the window at their precision (use --drop-uncertain to leave them out)\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd(t, "", tt.args...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			if m := missing(out, tt.stdout...); len(m) > 0 {
				t.Errorf("output lacks\n%s\ngot:\n%s", strings.Join(m, "\n"), out)
			}
			if errs != tt.stderr {
				t.Errorf("stderr %q, want %q", errs, tt.stderr)
			}
		})
	}
}

func TestBalanceJSON(t *testing.T) {
	code, out, errs := runCmd(t, "", "balance", crimea, "--json")
	if code != exitOK {
		t.Fatal(errs)
	}
	type rel struct {
		ID       string `json:"id"`
		Kind     string `json:"kind"`
		Sign     string `json:"sign"`
		Evidence []struct {
			Source string `json:"source"`
			Quote  string `json:"quote"`
		} `json:"evidence"`
	}
	type tie struct {
		A, B        string
		Sign        string  `json:"sign"`
		Cooperative float64 `json:"cooperative"`
		Hostile     float64 `json:"hostile"`
		Bound       bool    `json:"bound"`
		Relations   []rel   `json:"relations"`
	}
	type memberTie struct {
		With      string   `json:"with"`
		Sign      string   `json:"sign"`
		Bound     bool     `json:"bound"`
		Relations []string `json:"relations"`
	}
	type member struct {
		ID      string      `json:"id"`
		Support []memberTie `json:"support"`
		Strain  []memberTie `json:"strain"`
	}
	var doc struct {
		Ambivalence      string        `json:"ambivalence"`
		Ambivalent       []tie         `json:"ambivalent"`
		Frustration      int           `json:"frustration"`
		FrustrationExact bool          `json:"frustration_exact"`
		Blocs            [2][]member   `json:"blocs"`
		Apart            [][2][]member `json:"apart"`
		Unaligned        []string      `json:"unaligned"`
		Frustrated       []tie         `json:"frustrated"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if doc.Ambivalence != "net" || doc.Frustration != 1 || !doc.FrustrationExact || len(doc.Apart) != 0 ||
		strings.Join(doc.Unaligned, " ") != "BRA CHN IND ZAF liu-jieyi" || len(doc.Blocs[0]) != 16 || len(doc.Blocs[1]) != 13 {
		t.Errorf("document %+v", doc)
	}
	if len(doc.Ambivalent) != 1 {
		t.Fatalf("ambivalent %+v", doc.Ambivalent)
	}
	a := doc.Ambivalent[0]
	if a.A != "RUS" || a.B != "crimea" || a.Sign != "cooperative" || a.Cooperative != 2 || a.Hostile != 1 || len(a.Relations) != 3 ||
		a.Relations[2].Kind != "annexed" || a.Relations[2].Sign != "hostile" || a.Relations[2].Evidence[0].Source != "accession-treaty-2014-03-18" {
		t.Errorf("ambivalent %+v", a)
	}
	if len(doc.Frustrated) != 1 || doc.Frustrated[0].Relations[0].ID != "kerry-met-lavrov-2014-03-14" || doc.Frustrated[0].Relations[0].Evidence[0].Quote == "" {
		t.Errorf("frustrated %+v", doc.Frustrated)
	}
	for _, m := range doc.Blocs[0] {
		if m.ID != "lavrov" {
			continue
		}
		if len(m.Support) != 1 || m.Support[0].With != "RUS" || !m.Support[0].Bound || m.Support[0].Relations[0] != "lavrov-serves-RUS-2004-03-09" ||
			len(m.Strain) != 1 || m.Strain[0].With != "kerry" || m.Strain[0].Sign != "cooperative" {
			t.Errorf("lavrov %+v", m)
		}
	}
}

func TestBalanceFlags(t *testing.T) {
	code, _, errs := runCmd(t, "", "balance", crimea, "--ambivalent", "majority")
	if code != exitUsage {
		t.Errorf("--ambivalent majority: exit %d, want %d", code, exitUsage)
	}
	for _, r := range analysis.AmbivalenceRules() {
		if !strings.Contains(errs, r.String()) {
			t.Errorf("error does not list %q: %s", r, errs)
		}
	}
	_, help, _ := runCmd(t, "", "help", "balance")
	for _, r := range analysis.AmbivalenceRules() {
		if !strings.Contains(help, r.String()) {
			t.Errorf("help does not name %q", r)
		}
	}
}

// TestViewFlags checks the view flags every reading command shares: the
// fold and its report, isolated actors, and dates at their precision.
func TestViewFlags(t *testing.T) {
	foldReport := func(by string, selfLoops int, why ...string) string {
		moves := []string{"kerry", "klitschko", "kremlin", "lavrov", "obama", "putin", "white-house", "yanukovych"}
		out := "diplograph: fold by " + by + ": 8 actors folded, 1 kept, " + strconv.Itoa(selfLoops) + " self-loops dropped\n"
		for i, m := range moves {
			out += "  " + m + " -> " + why[i] + "\n"
		}
		return out + "  NATO kept (no country)\n"
	}
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout []string // whole lines
		stderr string   // the whole of standard error, or a part of it for failures
	}{
		{"fold by country", []string{"rank", example, "--by", "degree", "--fold", "country", "--top", "2"}, exitOK,
			[]string{"1     RUS  Russia         0.541667", "2     USA  United States  0.458333"},
			foldReport("country", 8, "USA (country USA)", "UKR (country UKR)", "RUS (country RUS)", "RUS (country RUS)",
				"USA (country USA)", "RUS (country RUS)", "USA (country USA)", "UKR (country UKR)")},
		// Folded by the offices held as of the date, only the calls and
		// the affiliations of actors left unfolded remain; --drop-isolates
		// then leaves out Ukraine and the rest.
		{"fold by affiliation as of a date", []string{"rank", example, "--by", "degree", "--json", "--fold", "affiliation", "--as-of", "2014-03-29",
			"--drop-uncertain", "--kinds", "phoned,serves,leads", "--drop-isolates"}, exitOK,
			[]string{`    "id": "RUS",`, `    "id": "USA",`, `    "id": "BBC",`, `    "id": "mardell",`, `    "id": "russian-officials",`, `    "id": "us-officials",`},
			foldReport("affiliation", 4, "USA (serves USA as of 2014-03-29)", "UKR (country UKR)", "RUS (country RUS)", "RUS (serves RUS as of 2014-03-29)",
				"USA (leads USA as of 2014-03-29)", "RUS (leads RUS as of 2014-03-29)", "USA (country USA)", "UKR (country UKR)")},
		{"one relation straddles", []string{"rank", example, "--by", "degree", "--kinds", "annexed", "--as-of", "2014-03-15"}, exitOK,
			nil, "diplograph: 1 relation straddles the date at its precision (use --drop-uncertain to leave it out)\n"},
		{"bad fold", []string{"rank", example, "--by", "degree", "--fold", "party"}, exitUsage, nil, `--fold "party": want country or affiliation`},
		{"drop-uncertain without a date", []string{"rank", example, "--by", "degree", "--drop-uncertain"}, exitUsage, nil, "--drop-uncertain needs --as-of, --from or --to"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd(t, "", tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d: %s", code, tt.code, errs)
			}
			if m := missing(out, tt.stdout...); len(m) > 0 {
				t.Errorf("output lacks %q:\n%s", m, out)
			}
			if tt.code == exitOK && errs != tt.stderr || tt.code != exitOK && !strings.Contains(errs, tt.stderr) {
				t.Errorf("stderr:\n%s\nwant:\n%s", errs, tt.stderr)
			}
			if tt.code == exitOK && strings.Contains(tt.name, "affiliation") && strings.Count(out, `"id"`) != 6 {
				t.Errorf("%d actors, want 6:\n%s", strings.Count(out, `"id"`), out)
			}
		})
	}
}
