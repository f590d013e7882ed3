package notebooks

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/report/notebook"
)

// facts lists, for each notebook here, what its outputs must show: a
// notebook whose results drift fails, and so does a new notebook without
// facts.
var facts = map[string][]string{
	"ukraine2014.md": {
		"Ukraine crisis: Russia vows no invasion\n33 actors, 50 relations, 1 source(s)\n",
		"phoned                2  event, cooperative",
		"John Kerry phoned Sergei Lavrov on 2014-03-29\nVladimir Putin phoned Barack Obama on 2014-03-28\n",
		"16 of 50 relations are hostile:",
		"Russia annexed Crimea",
		"top by PageRank:\n  1. Russia ",
		"top by betweenness:\n  1. United States ",
		"klitschko -> UKR -> RUS -> obama\n",
		"Vitaly Klitschko is a candidate for Ukraine",
	},
}

// TestNotebooks runs every notebook here and writes it out as Markdown and
// HTML.
func TestNotebooks(t *testing.T) {
	files, err := filepath.Glob("*.md")
	if err != nil || len(files) == 0 {
		t.Fatalf("no notebooks (%v)", err)
	}
	for _, f := range files {
		t.Run(f, func(t *testing.T) {
			t.Parallel()
			want, ok := facts[f]
			if !ok {
				t.Fatalf("%s has no facts to check: add them to the facts table", f)
			}
			res, err := notebook.Run(context.Background(), f, notebook.Options{Timeout: 5 * time.Minute})
			if err != nil {
				t.Fatal(err)
			}
			var out strings.Builder
			for _, c := range res.Cells {
				if c.IsCode() && len(c.Outputs) == 0 {
					t.Errorf("block %d (%s:%d) shows nothing", c.Block, f, c.Line)
				}
				for _, o := range c.Outputs {
					if text, ok := o.(notebook.Text); ok {
						out.WriteString(string(text))
					}
				}
			}
			for _, w := range want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("the outputs lack %q", w)
				}
			}
			dir := t.TempDir()
			name := strings.TrimSuffix(f, ".md")
			if err := res.WriteMarkdown(dir, name); err != nil {
				t.Fatal(err)
			}
			var h bytes.Buffer
			if err := res.WriteHTML(&h); err != nil {
				t.Fatal(err)
			}
			md, err := os.ReadFile(filepath.Join(dir, name+".md"))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Contains(md, []byte("```text\n")) || !bytes.Contains(h.Bytes(), []byte(`<pre class="output">`)) {
				t.Errorf("the written notebook lacks its outputs")
			}
		})
	}
}
