package doccheck

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/report/notebook"
)

// TestREADME runs the README's ```go blocks as a notebook, so its first
// analysis compiles against the API of the day and prints what the README
// says it prints; and it checks that the README's first screen gives the
// two commands.
func TestREADME(t *testing.T) {
	readme := filepath.Join(root, "README.md")
	src, err := os.ReadFile(readme)
	if err != nil {
		t.Fatal(err)
	}
	firstScreen := strings.Join(strings.SplitN(string(src), "\n", 30)[:29], "\n")
	for _, cmd := range []string{"go run ./examples/ukraine2014", "go test ./..."} {
		if !strings.Contains(firstScreen, cmd) {
			t.Errorf("the README's first screen lacks %q", cmd)
		}
	}
	if testing.Short() {
		t.Skip("runs the README as a notebook: builds a program")
	}
	res, err := notebook.Run(context.Background(), readme, notebook.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	blocks := 0
	for _, c := range res.Cells {
		if !c.IsCode() {
			continue
		}
		blocks++
		for _, o := range c.Outputs {
			if text, ok := o.(notebook.Text); ok {
				out.WriteString(string(text))
			}
		}
	}
	if blocks == 0 {
		t.Fatal("the README has no runnable go block")
	}
	// The output the README shows under its go blocks: every ```text block.
	blocksShown := strings.Split(string(src), "```text\n")[1:]
	if len(blocksShown) == 0 {
		t.Fatal("the README shows no output (no ```text block)")
	}
	for _, shown := range blocksShown {
		shown = shown[:strings.Index(shown, "```")]
		for _, line := range strings.Split(shown, "\n") {
			line = strings.TrimSpace(line)
			if line == "" || strings.Contains(line, "...") {
				continue
			}
			if !strings.Contains(out.String(), line) {
				t.Errorf("the README shows %q, which its code no longer prints; it prints:\n%s", line, out.String())
			}
		}
	}
}
