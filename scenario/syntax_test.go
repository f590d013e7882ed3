package scenario

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestSyntax(t *testing.T) {
	tests := []struct {
		path string
		want Syntax
		err  error
	}{
		{"a.yaml", YAML, nil}, {"dir.x/a.yml", YAML, nil}, {"A.YAML", YAML, nil}, {"a.json", JSON, nil}, {"a.Json", JSON, nil},
		{"a.txt", 0, ErrUnknownSyntax}, {"a", 0, ErrUnknownSyntax}, {"a.yaml.gz", 0, ErrUnknownSyntax}, {"", 0, ErrUnknownSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			got, err := SyntaxOf(tt.path)
			if got != tt.want || !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
				t.Errorf("SyntaxOf(%q) = %v, %v; want %v, %v", tt.path, got, err, tt.want, tt.err)
			}
		})
	}
	if got := Syntaxes(); !slices.Equal(got, []Syntax{YAML, JSON}) {
		t.Errorf("Syntaxes() = %v", got)
	}
	for _, s := range Syntaxes() {
		for _, name := range []string{s.String(), strings.ToUpper(s.String())} {
			if got, err := ParseSyntax(name); got != s || err != nil {
				t.Errorf("ParseSyntax(%q) = %v, %v", name, got, err)
			}
		}
		text, err := s.MarshalText()
		var back Syntax
		if err != nil || back.UnmarshalText(text) != nil || back != s {
			t.Errorf("%v: MarshalText = %q, %v; read back as %v", s, text, err, back)
		}
	}
	if got, err := ParseSyntax("yml"); got != YAML || err != nil {
		t.Errorf("ParseSyntax(yml) = %v, %v", got, err)
	}
	for _, name := range []string{"", "xml", "yaml "} {
		if _, err := ParseSyntax(name); !errors.Is(err, ErrUnknownSyntax) || !strings.Contains(err.Error(), "yaml or json") {
			t.Errorf("ParseSyntax(%q) = %v, want ErrUnknownSyntax listing the names", name, err)
		}
	}
	var s Syntax
	if err := s.UnmarshalText([]byte("toml")); !errors.Is(err, ErrUnknownSyntax) || s != 0 {
		t.Errorf("UnmarshalText(toml) = %v, %v", s, err)
	}
	for _, bad := range []Syntax{0, 7} {
		if _, err := bad.MarshalText(); !errors.Is(err, ErrUnknownSyntax) {
			t.Errorf("%v.MarshalText: %v", bad, err)
		}
	}
	if Syntax(7).String() != "Syntax(7)" {
		t.Errorf("Syntax(7).String() = %s", Syntax(7))
	}
}

// TestDecoderSyntax checks how a Decoder picks its syntax: as set, else
// by its Name, else YAML; and that an Encoder writes YAML by default.
func TestDecoderSyntax(t *testing.T) {
	const js = `{"actors": [{"id": "a", "name": "A"}], "relations": []}`
	tests := []struct {
		syntax   Syntax
		name     string
		wantPath string // the path of an unknown field tells which parser read it
	}{
		{0, "x.json", "$.bogus"}, {0, "x.yaml", "bogus"}, {0, "", "bogus"}, {0, "<stdin>", "bogus"},
		{JSON, "", "$.bogus"}, {YAML, "x.json", "bogus"},
	}
	for _, tt := range tests {
		dec := NewDecoder(strings.NewReader(`{"bogus": 1}`))
		dec.Syntax, dec.Name = tt.syntax, tt.name
		_, err := dec.Decode()
		var e *Error
		if !errors.Is(err, ErrUnknownField) || !errors.As(err, &e) || e.Path != tt.wantPath || e.File != tt.name {
			t.Errorf("Syntax %v, Name %q: %v; want an unknown field at %s", tt.syntax, tt.name, err, tt.wantPath)
		}
	}
	dec := NewDecoder(strings.NewReader(js))
	dec.Name = "x.json"
	g, err := dec.Decode()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := NewEncoder(&buf).Encode(g); err != nil || !bytes.HasPrefix(buf.Bytes(), []byte("actors:\n")) {
		t.Errorf("the default Encoder wrote %q, %v; want YAML", buf.Bytes(), err)
	}
	boom := errors.New("boom")
	dec = NewDecoder(errReader{boom})
	dec.Name = "pipe"
	var e *Error
	if _, err := dec.Decode(); !errors.Is(err, boom) || !errors.As(err, &e) || e.File != "pipe" {
		t.Errorf("Decode of a failing reader: %v", err)
	}
}

type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }
