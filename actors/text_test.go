package actors

import (
	"errors"
	"testing"
)

// TestValidateText checks the characters free text may not hold, and that
// everything else passes, in every script.
func TestValidateText(t *testing.T) {
	for _, c := range []struct {
		s   string
		bad bool
	}{
		{"", false}, {"Putin", false}, {"tab\tnewline\ncr\r", false}, {"Путин 習近平 😀", false},
		{"\u00a0\u0085\u007f", false}, {"\uffef\ufffd", false}, {"\xef\xbf", false},
		{"esc\x1b[31m", true}, {"\x00", true}, {"end\x1f", true}, {"\ufffe", true}, {"x\uffff", true},
	} {
		err := ValidateText(c.s)
		if (err != nil) != c.bad || c.bad && !errors.Is(err, ErrBadText) {
			t.Errorf("ValidateText(%q) = %v, want bad %v", c.s, err, c.bad)
		}
	}
}

func FuzzValidateText(f *testing.F) {
	for _, s := range []string{"", "a", "\x1b", "\ufffe", "\xef\xbf\xbe", "\xef\xbf"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := false
		for _, r := range s {
			if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF {
				want = true
			}
		}
		if got := ValidateText(s) != nil; got != want {
			t.Errorf("ValidateText(%q) bad = %v, want %v", s, got, want)
		}
	})
}
