package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"

	// The in-process tests draw SVG with the embedded Graphviz linked into
	// the test binary; TestBinaryRender draws as the installed command
	// does, through diplograph-graphviz.
	_ "github.com/diplograph/diplograph/render/embedded"
)

// TestBinaryRender builds diplograph and diplograph-graphviz side by side,
// as go install puts them, and checks that the command, which does not
// link go-graphviz, draws the same SVG, byte for byte, as the embedded
// engine linked into this test.
func TestBinaryRender(t *testing.T) {
	if testing.Short() {
		t.Skip("builds two binaries")
	}
	dir := t.TempDir()
	exe := ""
	if runtime.GOOS == "windows" {
		exe = ".exe"
	}
	for pkg, name := range map[string]string{".": "diplograph", "../diplograph-graphviz": "diplograph-graphviz"} {
		if out, err := exec.Command("go", "build", "-o", filepath.Join(dir, name+exe), pkg).CombinedOutput(); err != nil {
			t.Fatalf("go build %s: %v\n%s", pkg, err, out)
		}
	}
	want := filepath.Join(dir, "want.svg")
	if code, _, errs := runCmd(t, "", "render", example, "-o", want, "--cluster", "country"); code != exitOK {
		t.Fatalf("in-process render: exit %d: %s", code, errs)
	}
	got := filepath.Join(dir, "got.svg")
	cmd := exec.Command(filepath.Join(dir, "diplograph"+exe), "render", example, "-o", got, "--cluster", "country", "--engine", "embedded")
	cmd.Env = append(os.Environ(), "PATH=") // only the sibling command
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("diplograph render: %v\n%s", err, out)
	}
	a, _ := os.ReadFile(want)
	b, _ := os.ReadFile(got)
	if !bytes.Equal(a, b) || !bytes.Contains(b, []byte("<svg")) || !bytes.Contains(b, []byte("Klitschko")) {
		t.Errorf("the command drew %d bytes, the linked engine %d: not the same SVG", len(b), len(a))
	}
}
