package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestNotebook(t *testing.T) {
	dir := t.TempDir()
	calls := filepath.Join("testdata", "notebook", "calls.md")
	code, out, errs := runCmd(t, "", "notebook", calls, "-o", dir, "--timeout", "5m")
	if code != exitOK {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	if out != "" || !strings.Contains(errs, "2 blocks ran") || !strings.Contains(errs, "with 1 figure") {
		t.Errorf("stdout %q, stderr %q", out, errs)
	}
	md, err := os.ReadFile(filepath.Join(dir, "calls.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(md), "```\n\n```text\n2 phone calls\n```\n\n![Figure 1](calls-1.svg)\n") {
		t.Errorf("calls.md lacks the outputs:\n%s", md)
	}
	html, err := os.ReadFile(filepath.Join(dir, "calls.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<title>Phone calls</title>", "<pre class=\"output\">2 phone calls\n</pre>", `<circle r="2"/>`} {
		if !strings.Contains(string(html), want) {
			t.Errorf("calls.html lacks %q", want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "calls-1.svg")); err != nil {
		t.Error(err)
	}
}

func TestNotebookErrors(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join("testdata", "notebook", "broken.md")
	panics := filepath.Join("testdata", "notebook", "panics.md")
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"block does not compile", []string{broken, "-o", dir}, exitFail, "diplograph notebook: " + broken + ":10: block 2: expected operand"},
		{"block panics", []string{panics, "-o", dir}, exitFail, "block 2 printed, before it failed:\n  | step two\ndiplograph notebook: " + panics + ":12: block 2: panic: assignment to entry in nil map\n"},
		{"missing -o", []string{broken}, exitUsage, "-o DIR is required"},
		{"not markdown", []string{"x.yaml", "-o", dir}, exitUsage, "a notebook is a Markdown file"},
		{"negative timeout", []string{broken, "-o", dir, "--timeout", "-1s"}, exitUsage, "--timeout -1s"},
		{"bad timeout", []string{broken, "-o", dir, "--timeout", "soon"}, exitUsage, "invalid value"},
		{"over the notebook", []string{broken, "-o", filepath.Dir(broken)}, exitUsage, "would write over the notebook"},
		{"missing file", []string{filepath.Join(dir, "nope.md"), "-o", dir}, exitFail, "no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd(t, "", append([]string{"notebook"}, tt.args...)...)
			if code != tt.code || !strings.Contains(errs, tt.stderr) {
				t.Errorf("exit %d (want %d)\nstdout: %s\nstderr: %s", code, tt.code, out, errs)
			}
		})
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a failed run wrote %v", entries)
	}
}
