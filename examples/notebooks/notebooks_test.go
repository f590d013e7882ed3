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

// facts lists, for each notebook here, what its outputs must show, in
// what it printed or in the tables it showed: a notebook whose results
// drift fails, and so does a new notebook without facts. The facts back
// the notebooks' prose, which states them.
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
	"who-mattered.md": {
		"Ukraine crisis: Russia vows no invasion\n33 actors, 50 relations\n",
		"| 1 | United States | 0.406 | 0.118 | 4 | 0.0912 | 1 |",
		"| 10 | Vitaly Klitschko | 0.0938 | 0.00827 | 24 | 0 | 12 |",
		"Viktor Yanukovych, a broker: rank 4 by betweenness, 10 by degree\n",
		"    Street protesters (Ukraine) ousted Viktor Yanukovych (Feb 2014)\n",
		"Members of Putin's inner circle, drawing attention: rank 5 by PageRank, 13 by degree\n" +
			"    United States imposed sanctions on Members of Putin's inner circle (since Mar 2014)\n" +
			"    Allies of the United States imposed sanctions on Members of Putin's inner circle (since Mar 2014)\n",
		"Sergei Lavrov, acting more than acted upon: rank 4 by degree, 12 by PageRank\n",
		"    Sergei Lavrov pledged to Ukraine (29 Mar 2014)\n",
		"**Chain 1: klitschko -\\> UKR -\\> RUS -\\> obama**",
		"**Chain 2: klitschko -\\> UKR -\\> USA -\\> obama**",
		"**Chain 3: klitschko -\\> UKR -\\> RUS -\\> USA -\\> obama**",
		"| Barack Obama made demands of Russia (28 Mar 2014), according to The White House:",
		"| 2 | Russia, Crimea, Barack Obama, Vladimir Putin, Russian officials, The West |",
		"Obama's group is Russia's: true\n",
	},
	"phones-vs-sanctions.md": {
		"John Kerry phoned Sergei Lavrov (29 Mar 2014)\nVladimir Putin phoned Barack Obama (28 Mar 2014)\n",
		"16 hostile relations:",
		"  sanctions  2\n",
		"Russia and the United States: 8 cooperative, 3 hostile\n",
		"as named: 3 triangles, 0 unbalanced\n",
		"folded to states: 3 triangles, 1 unbalanced\n" +
			"unbalanced: United States consulted Russia, United States is allied with Allies\n" +
			"    of the United States, Allies of the United States threatened Russia\n",
		"  RUS-USA: 8 cooperative, 3 hostile, counts as cooperative\n",
		"strained: kerry-lavrov (cooperative), a phone call: true\n",
		"strained: obama-putin (cooperative), a phone call: true\n",
		"actors whose rank moved from 17 Mar 2014 to 19 Mar 2014: 0\n",
		"of 34 relations as of 18 Mar 2014, 20 straddle the day:",
		"   Russia annexed Crimea (Mar 2014)\n",
		"Russia                            3 ->  1  gained 9\n",
		"Crimea                            – ->  2  gained 4\n",
		"gained: Russia annexed Crimea (18 Mar 2014)\n",
		"[Feb 2014 Mar 2014] [0 16] [1 15]\n",
	},
	"event-data.md": {
		"6319 rows read (2.0 MB)\n64 events -> 32 relations, 3 actors",
		"| Jun 2018 | RUS-UKR | 26 | 5 | 4 |",
		"| Jan 2018 | UKR-USA | 1 | 0 | 0 |",
		"61 ICEWS events; 24 in mirrored pairs: likely 12 events, not 24\n",
		"Jan 2018: UKR first (0.47)\nJun 2018: RUS first (0.43)\n",
	},
}

// figures is how many figures each notebook shows.
var figures = map[string]int{
	"ukraine2014.md":         0,
	"who-mattered.md":        2,
	"phones-vs-sanctions.md": 3,
	"event-data.md":          3,
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
			figs := 0
			for _, c := range res.Cells {
				if c.IsCode() && len(c.Outputs) == 0 {
					t.Errorf("block %d (%s:%d) shows nothing", c.Block, f, c.Line)
				}
				for _, o := range c.Outputs {
					switch o := o.(type) {
					case notebook.Text:
						out.WriteString(string(o))
					case notebook.Table:
						out.WriteString(o.Markdown)
					case notebook.Figure:
						figs++
					}
				}
			}
			for _, w := range want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("the outputs lack %q", w)
				}
			}
			if figs != figures[f] {
				t.Errorf("%d figures, want %d", figs, figures[f])
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
