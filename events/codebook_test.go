package events

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/golden"
)

func TestCodebook(t *testing.T) {
	codes := EventCodes()
	if len(codes) != 312 {
		t.Errorf("%d codes, want 312 (GDELT's 311 and ICEWS's 1213)", len(codes))
	}
	roots := 0
	for _, c := range codes {
		if c.IsRoot() {
			roots++
		}
		if !isCode(c.Code) || c.Description == "" || !strings.HasPrefix(c.Code, c.Base) || !strings.HasPrefix(c.Base, c.Root) || !c.InICEWS {
			t.Errorf("odd code %+v", c)
		}
		if c.Goldstein < -10 || c.Goldstein > 10 {
			t.Errorf("%s: Goldstein %v", c.Code, c.Goldstein)
		}
	}
	if roots != 20 {
		t.Errorf("%d root codes", roots)
	}
	tests := []struct {
		code, desc, base, root string
		gdelt, icews           float64
		inGDELT                bool
	}{
		{"010", "Make statement, not specified below", "010", "01", 0, 0, true},
		{"01", "MAKE PUBLIC STATEMENT", "01", "01", 0, 0, true},
		{"10", "DEMAND", "10", "10", -5, -5, true},
		{"0411", "", "041", "04", 0, 0, true}, // no such code
		{"041", "Discuss by telephone", "041", "04", 1, 1, true},
		{"044", "Meet at a \u201cthird\u201d location", "044", "04", 2.5, 2.5, true},
		{"1041", "Demand change in leadership", "104", "10", -5, -5, true},
		{"016", "Deny responsibility", "016", "01", -2, -5, true},
		{"022", "Appeal for diplomatic cooperation, such as policy support", "022", "02", 3.2, 3.4, true},
		{"164", "Halt negotiations", "164", "16", -7, -6.5, true},
		{"165", "Halt mediation", "165", "16", -6.5, -7, true},
		{"1213", "Reject judicial cooperation", "121", "12", -4, -4, false},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			c, ok := EventCode(tt.code)
			if tt.desc == "" {
				if ok {
					t.Errorf("EventCode(%q) = %+v, want none", tt.code, c)
				}
				return
			}
			if !ok || c.Description != tt.desc || c.Base != tt.base || c.Root != tt.root || c.Goldstein != tt.gdelt ||
				c.ICEWSGoldstein != tt.icews || c.InGDELT != tt.inGDELT {
				t.Errorf("EventCode(%q) = %+v, %v", tt.code, c, ok)
			}
		})
	}
	for _, c := range codes {
		if !strings.HasPrefix(c.Description, "Meet at") && strings.ContainsAny(c.Description, "\u00d2\u00d3") {
			t.Errorf("%s: garbled description %q", c.Code, c.Description)
		}
	}
}

func TestActorCodes(t *testing.T) {
	tests := []struct{ code, want string }{
		{"RUS", "Russia"},
		{"RUSGOV", "Russia - government"},
		{"USAMEDLAB", "United States - media - labor"},
		{"IGOUNO", "Inter-Governmental Organization - United Nations"},
		{"NGOHRIHRW", "Non-Governmental Organization - human rights - Human Rights Watch"},
		{"MOS", "Muslim"},
		{"ukr", "Ukranian"}, // sic, the CAMEO table's spelling,
		{"XYZ", "XYZ"},
		{"RU", "RU"},
	}
	for _, tt := range tests {
		if got := DescribeActorCode(tt.code); got != tt.want {
			t.Errorf("DescribeActorCode(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
	if l, ok := ActorType("GOV"); !ok || l != "Government" {
		t.Errorf("ActorType(GOV) = %q, %v", l, ok)
	}
	if l, ok := KnownGroup("NAT"); !ok || !strings.Contains(l, "NATO") {
		t.Errorf("KnownGroup(NAT) = %q, %v", l, ok)
	}
	if _, ok := Religion("XXX"); ok {
		t.Error("Religion(XXX) found")
	}
	if l, ok := Ethnic("ukr"); !ok || l == "" {
		t.Errorf("Ethnic(ukr) = %q, %v", l, ok)
	}
}

func TestCountryNames(t *testing.T) {
	// Every country name in the ICEWS sample is known.
	seen := map[string]bool{}
	for _, row := range sampleRows(t, "events.2018.sample.tab.gz")[1:] {
		f := strings.Split(row, "\t")
		for _, name := range []string{f[4], f[10], f[17]} {
			if name == "NA" || seen[name] {
				continue
			}
			seen[name] = true
			code, ok := CountryCode(name)
			if _, valid := actors.Country(code); !ok || !valid {
				t.Errorf("CountryCode(%q) = %q, %v", name, code, ok)
			}
		}
	}
	for name, want := range map[string]string{"Russian Federation": "RUS", "russia": "RUS", "Ukraine": "UKR", "United States": "USA", "Colombia": "COL"} {
		if got, _ := CountryCode(name); got != want {
			t.Errorf("CountryCode(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestDefaultMapping(t *testing.T) {
	m := DefaultMapping()
	tests := []struct{ code, kind string }{
		{"041", graph.Phoned}, {"0411", graph.Phoned}, {"163", graph.Sanctions}, {"1631", graph.Sanctions}, {"172", graph.Sanctions},
		{"192", graph.Annexed}, {"051", graph.Backs}, {"053", graph.Backs}, {"111", graph.Condemned}, {"112", graph.Accused},
		{"1121", graph.Accused}, {"13", graph.Threatened}, {"130", graph.Threatened}, {"138", graph.Threatened}, {"1384", graph.Threatened},
		{"154", graph.Mobilized}, {"036", graph.AgreedToMeet}, {"042", graph.Visited}, {"046", graph.Negotiated}, {"057", graph.Agreed},
		{"087", graph.DeEscalated}, {"0874", graph.DeEscalated}, {"190", graph.Fought}, {"1213", graph.Rejected},
		{"01", "make-public-statement"}, {"010", "make-statement"}, {"011", "decline-comment"}, {"016", "deny-responsibility"},
		{"018", "make-empathetic-comment"}, {"024", "appeal-for-political-reform"}, {"0241", "appeal-for-political-reform"},
		{"025", "appeal-to-yield"}, {"052", "defend-verbally"}, {"055", "apologize"}, {"056", "forgive"},
		{"099", graph.Investigated}, // not in the codebook: falls back to its root
	}
	for _, tt := range tests {
		k, ok := m.Kind(tt.code)
		if !ok || k.Name != tt.kind || m.kindName(tt.code) != tt.kind {
			t.Errorf("Kind(%q) = %q, %v; want %q", tt.code, k.Name, ok, tt.kind)
		}
	}
	signs := map[string]graph.Sign{"make-statement": graph.Neutral, "decline-comment": graph.Neutral, "deny-responsibility": graph.Hostile,
		"make-empathetic-comment": graph.Cooperative, "appeal-for-political-reform": graph.Neutral, "apologize": graph.Cooperative}
	for name, sign := range signs {
		if k, _ := m.Registry().Kind(name); k.Sign != sign || k.Nature != graph.NatureEvent || k.Symmetric {
			t.Errorf("%s = %+v, want sign %v", name, k, sign)
		}
	}
	rules := m.Rules()
	if len(rules) != 312 {
		t.Errorf("%d rules, want one per code (312)", len(rules))
	}
	// Every generated kind is a valid kind for a graph.
	b := graph.NewBuilder()
	for k := range m.Registry().Kinds() {
		if !m.reg.IsBuiltin(k.Name) {
			b.AddKind(k)
		}
	}
	if _, err := b.Build(); err != nil {
		t.Error(err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "mapping.tsv.golden", buf.Bytes())

	// The table read back over the default is the default.
	m2 := DefaultMapping()
	if err := m2.Load(bytes.NewReader(buf.Bytes()), "mapping.tsv"); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(m2.Rules(), rules) {
		t.Error("round trip changed the rules")
	}
	// DefaultMapping returns independent copies.
	m.Set("041", graph.Met)
	if k, _ := DefaultMapping().Kind("041"); k.Name != graph.Phoned {
		t.Error("changing a mapping changed the default")
	}
}

func TestMappingOverride(t *testing.T) {
	m := DefaultMapping()
	table := "# expelling diplomats gets a kind of its own\n" +
		"kind\texpelled-diplomats\t-1\t-4\tdirected\tevent\t1663\tExpelling or withdrawing diplomats.\n" +
		"1663\texpelled-diplomats\n" +
		"\n" +
		"1056\tdemanded\n"
	if err := m.Load(strings.NewReader(table), "over.tsv"); err != nil {
		t.Fatal(err)
	}
	if k, _ := m.Kind("1663"); k.Name != "expelled-diplomats" || k.Sign != graph.Hostile || k.Goldstein != -4 {
		t.Errorf("1663 -> %+v", k)
	}
	if k, _ := m.Kind("166"); k.Name != graph.ReducedRelations {
		t.Errorf("166 -> %s", k.Name)
	}
	bad := "041\tphoned\textra\n" +
		"41x\tphoned\n" +
		"041\tphone\n" +
		"kind\tBad Name\t1\n" +
		"kind\tx\t7\n"
	err := m.Load(strings.NewReader(bad), "bad.tsv")
	if !errors.Is(err, ErrConfig) {
		t.Fatalf("Load error %v", err)
	}
	for i := 1; i <= 5; i++ {
		if !strings.Contains(err.Error(), "bad.tsv:"+string(rune('0'+i))+":") {
			t.Errorf("error does not name bad.tsv:%d: %v", i, err)
		}
	}
	if err := m.Set("041", "no-such-kind"); !errors.Is(err, ErrConfig) {
		t.Errorf("Set to an unknown kind: %v", err)
	}
}
