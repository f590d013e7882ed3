package actors

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/date"
)

func TestParseKind(t *testing.T) {
	for _, k := range Kinds() {
		got, err := ParseKind(strings.ToUpper(k.String()))
		if err != nil || got != k {
			t.Errorf("ParseKind(%q) = %v, %v; want %v", strings.ToUpper(k.String()), got, err, k)
		}
		b, err := k.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Kind
		if err := back.UnmarshalText(b); err != nil || back != k {
			t.Errorf("text round trip of %v: %v, %v", k, back, err)
		}
	}
	if k, err := ParseKind("organisation"); err != nil || k != Organization {
		t.Errorf("ParseKind(organisation) = %v, %v", k, err)
	}
	for _, bad := range []string{"", "unknown", "country", "states"} {
		if _, err := ParseKind(bad); !errors.Is(err, ErrUnknownKind) {
			t.Errorf("ParseKind(%q) error = %v, want ErrUnknownKind", bad, err)
		}
	}
	if len(Kinds()) != 9 {
		t.Errorf("Kinds() has %d kinds, want 9", len(Kinds()))
	}
}

func TestCountry(t *testing.T) {
	tests := []struct {
		code, name string
		ok         bool
	}{
		{"RUS", "Russia", true},
		{"UKR", "Ukraine", true},
		{"USA", "United States", true},
		{"WST", "The West", true},
		{"SSD", "South Sudan", true},
		{"CODE", "", false}, // the table's header is not a code
		{"rus", "", false},
		{"XXX", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		name, ok := Country(tt.code)
		if ok != tt.ok || name != tt.name {
			t.Errorf("Country(%q) = %q, %v; want %q, %v", tt.code, name, ok, tt.name, tt.ok)
		}
	}
	codes := CountryCodes()
	if len(codes) < 260 {
		t.Errorf("CountryCodes() has %d codes, want at least 260", len(codes))
	}
	for i := 1; i < len(codes); i++ {
		if codes[i-1] >= codes[i] {
			t.Fatalf("CountryCodes not sorted at %d: %q, %q", i, codes[i-1], codes[i])
		}
	}
}

func TestValidateID(t *testing.T) {
	good := []string{"RUS", "putin", "us-officials", "a.b_c-d", "9th-army", "Порошенко"}
	for _, id := range good {
		if err := ValidateID(id); err != nil {
			t.Errorf("ValidateID(%q) = %v", id, err)
		}
	}
	bad := []string{"", "-x", "_x", "a b", "a/b", "a:b", "\xff", strings.Repeat("a", MaxIDLen+1), "<script>"}
	for _, id := range bad {
		if err := ValidateID(id); !errors.Is(err, ErrBadID) {
			t.Errorf("ValidateID(%q) = %v, want ErrBadID", id, err)
		}
	}
}

func TestValidate(t *testing.T) {
	p := date.MustParse
	tests := []struct {
		name   string
		actor  Actor
		fields []string
		errs   []error
	}{
		{name: "valid", actor: Actor{ID: "putin", Name: "Vladimir Putin", Kind: Leader, Country: "RUS",
			Roles: []Role{{Role: "president", Of: "RUS", When: date.Between(p("2012-05-07"), date.Date{})}}}},
		{name: "no name", actor: Actor{ID: "x", Name: "  "}, fields: []string{"name"}, errs: []error{ErrNoName}},
		{name: "bad id and country", actor: Actor{ID: "a b", Name: "A", Country: "RU"},
			fields: []string{"id", "country"}, errs: []error{ErrBadID, ErrUnknownCountry}},
		{name: "bad kind", actor: Actor{ID: "x", Name: "X", Kind: Kind(200)}, fields: []string{"kind"}, errs: []error{ErrUnknownKind}},
		{name: "empty alias", actor: Actor{ID: "x", Name: "X", Aliases: []string{"ok", ""}}, fields: []string{"aliases[1]"}, errs: []error{ErrBadAlias}},
		{name: "roles", actor: Actor{ID: "x", Name: "X", Roles: []Role{
			{Role: "", Of: "RUS"},
			{Role: "president", When: date.Between(p("2014"), p("2013"))},
		}}, fields: []string{"roles[0].role", "roles[1].until"}, errs: []error{ErrBadRole, date.ErrReversed}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.actor.Validate()
			if len(tt.errs) == 0 {
				if err != nil {
					t.Fatalf("Validate() = %v", err)
				}
				return
			}
			var got []*FieldError
			for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
				var fe *FieldError
				if !errors.As(e, &fe) {
					t.Fatalf("error %v is not a *FieldError", e)
				}
				got = append(got, fe)
			}
			if len(got) != len(tt.errs) {
				t.Fatalf("got %d errors (%v), want %d", len(got), err, len(tt.errs))
			}
			for i, fe := range got {
				if fe.Field != tt.fields[i] || !errors.Is(fe, tt.errs[i]) {
					t.Errorf("error %d = %s %v; want field %s, %v", i, fe.Field, fe.Err, tt.fields[i], tt.errs[i])
				}
			}
		})
	}
}

func TestHolders(t *testing.T) {
	p := date.MustParse
	as := []Actor{
		{ID: "yanukovych", Name: "Viktor Yanukovych", Roles: []Role{{Role: "president", Of: "UKR", When: date.Between(p("2010-02-25"), p("2014-02-22"))}}},
		{ID: "turchynov", Name: "Oleksandr Turchynov", Roles: []Role{{Role: "Acting President", Of: "UKR", When: date.Between(p("2014-02-23"), p("2014-06-07"))}}},
		{ID: "poroshenko", Name: "Petro Poroshenko", Roles: []Role{{Role: "president", Of: "UKR", When: date.Between(p("2014-06-07"), p("2019-05-20"))}}},
		{ID: "putin", Name: "Vladimir Putin", Roles: []Role{{Role: "president", Of: "RUS", When: date.Between(p("2012-05-07"), date.Date{})}}},
	}
	ids := func(as []Actor) string {
		var s []string
		for _, a := range as {
			s = append(s, a.ID)
		}
		return strings.Join(s, ",")
	}
	tests := []struct {
		role, of, on, want string
	}{
		{"president", "UKR", "2014-02-01", "yanukovych"},
		{"president", "UKR", "2014-02-22", "yanukovych"},
		{"president", "UKR", "2014-03-29", ""},
		{"acting president", "UKR", "2014-03-29", "turchynov"},
		{"president", "UKR", "2014-06-07", "poroshenko"},
		{"president", "UKR", "2014-06", "poroshenko"}, // at some time in June
		{"president", "UKR", "2014", "yanukovych,poroshenko"},
		{"president", "RUS", "2030-01-01", "putin"},
		{"president", "", "2013", "yanukovych,putin"},
	}
	for _, tt := range tests {
		t.Run(tt.role+"/"+tt.of+"/"+tt.on, func(t *testing.T) {
			if got := ids(Holders(as, tt.role, tt.of, p(tt.on))); got != tt.want {
				t.Errorf("Holders = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestClone(t *testing.T) {
	a := Actor{ID: "x", Name: "X", Aliases: []string{"y"}, Attrs: map[string]string{"k": "v"}, Roles: []Role{{Role: "r"}}}
	c := a.Clone()
	c.Aliases[0], c.Attrs["k"], c.Roles[0].Role = "changed", "changed", "changed"
	if a.Aliases[0] != "y" || a.Attrs["k"] != "v" || a.Roles[0].Role != "r" {
		t.Errorf("Clone shares memory with the original: %+v", a)
	}
}

func ExampleHolders() {
	all := []Actor{
		{ID: "yanukovych", Name: "Viktor Yanukovych", Kind: Leader, Country: "UKR",
			Roles: []Role{{Role: "president", Of: "UKR", When: date.Between(date.MustParse("2010-02-25"), date.MustParse("2014-02-22"))}}},
		{ID: "putin", Name: "Vladimir Putin", Kind: Leader, Country: "RUS",
			Roles: []Role{{Role: "president", Of: "RUS", When: date.Between(date.MustParse("2012-05-07"), date.Date{})}}},
	}
	for _, day := range []string{"2014-02-01", "2014-03-29"} {
		fmt.Printf("president of UKR on %s: %d\n", day, len(Holders(all, "president", "UKR", date.MustParse(day))))
	}
	fmt.Println(Holders(all, "president", "RUS", date.MustParse("2014-03-29"))[0].Name)
	// Output:
	// president of UKR on 2014-02-01: 1
	// president of UKR on 2014-03-29: 0
	// Vladimir Putin
}

func ExampleCountry() {
	name, ok := Country("UKR")
	fmt.Println(name, ok)
	_, ok = Country("UK")
	fmt.Println(ok)
	// Output:
	// Ukraine true
	// false
}
