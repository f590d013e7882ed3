package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReport(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name  string
		args  []string
		code  int
		files []string
		err   string
	}{
		{"html", []string{"report", example, "-o", filepath.Join(dir, "r.html"), "--path", "klitschko,obama"}, exitOK, []string{"r.html"}, ""},
		{"markdown in a new folder", []string{"report", example, "-o", filepath.Join(dir, "md", "r.md"), "--as-of", "2014-03-18"}, exitOK,
			[]string{"md/r.md", "md/r-graph.svg", "md/r-who-matters.svg"}, "straddle"},
		{"no output", []string{"report", example}, exitUsage, nil, "-o must name a .html or .md file"},
		{"bad extension", []string{"report", example, "-o", filepath.Join(dir, "r.pdf")}, exitUsage, nil, ".html or .md"},
		{"bad path", []string{"report", example, "-o", filepath.Join(dir, "x.html"), "--path", "klitschko"}, exitUsage, nil, "want pairs"},
		{"unknown actor in path", []string{"report", example, "-o", filepath.Join(dir, "x.html"), "--path", "klitschko,obamma"}, exitFail, nil, `unknown actor "obamma"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errs := runCmd(t, "", tc.args...)
			if code != tc.code || !strings.Contains(errs, tc.err) {
				t.Fatalf("exit %d (want %d), stderr %q (want %q)", code, tc.code, errs, tc.err)
			}
			for _, f := range tc.files {
				b, err := os.ReadFile(filepath.Join(dir, f))
				if err != nil || len(b) == 0 {
					t.Errorf("%s: %v", f, err)
				}
			}
		})
	}
	page, _ := os.ReadFile(filepath.Join(dir, "r.html"))
	if !strings.Contains(string(page), "Vitaly Klitschko to Barack Obama in") {
		t.Error("the path asked for is not explained")
	}
	if _, err := os.Stat(filepath.Join(dir, "x.html")); err == nil {
		t.Error("a failed report left a file")
	}
}
