// Package storytest holds what the narratives' tests share: running a
// narrative into a temporary folder and reading what it wrote.
package storytest

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Narrate runs a narrative into a temporary folder, which it gives to the
// narrative with setOut, and returns what the narrative printed and the
// folder.
func Narrate[O any](t *testing.T, run func(context.Context, io.Writer, O) error, o O, setOut func(*O, string)) (string, string) {
	t.Helper()
	dir := t.TempDir()
	setOut(&o, dir)
	var w bytes.Buffer
	if err := run(context.Background(), &w, o); err != nil {
		t.Fatal(err)
	}
	return w.String(), dir
}

// Read returns a file of a report folder, failing t if it cannot be read.
func Read(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// CheckFacts fails t for every fact whose text lacks its sentence: each
// fact is a sentence Want that the text In of the output named Where must
// hold.
func CheckFacts(t *testing.T, facts []struct{ Where, In, Want string }) {
	t.Helper()
	for _, f := range facts {
		if !strings.Contains(f.In, f.Want) {
			t.Errorf("%s lacks %q", f.Where, f.Want)
		}
	}
}
