package report

import (
	"strings"
	"testing"
)

func TestSplitParagraphs(t *testing.T) {
	got := splitParagraphs("  one\r\n two \n \t\nthree\n\n\n\nfour\n")
	want := []string{"one\ntwo", "three", "four"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}
