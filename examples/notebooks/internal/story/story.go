// Package story holds what the narrative programs of examples/notebooks
// share: naming actors in sentences ("the United States", "the Kremlin"),
// the small grammar of computed prose (lists, plurals, ordinals), figures
// as SVG bytes and writing a report as HTML and Markdown. It is no part
// of diplograph's API.
package story

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
	"github.com/diplograph/diplograph/render"
	_ "github.com/diplograph/diplograph/render/embedded" // the embedded Graphviz, linked in
	"github.com/diplograph/diplograph/report"
	"github.com/diplograph/diplograph/report/table"
)

// Name returns an actor's name as the graph gives it, or its ID.
func Name(g *graph.Graph, id string) string {
	if a, ok := g.Actor(id); ok {
		return a.Label()
	}
	return id
}

// Names returns the names of actors, as Name gives them.
func Names(g *graph.Graph, ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = Name(g, id)
	}
	return out
}

// Ref names an actor inside a sentence: "the United States", "the
// Kremlin", "the North Atlantic Treaty Organization", "the BBC", "Russia".
// States whose names start with "United", end in "s" or hold "of",
// organisations not named by an acronym and media named by one take "the";
// a leading "The" is lowered. Use Cap at the start of a sentence.
func Ref(g *graph.Graph, id string) string {
	a, ok := g.Actor(id)
	if !ok {
		return id
	}
	n := a.Label()
	switch {
	case strings.HasPrefix(n, "The "):
		return "the " + n[len("The "):]
	case a.Kind == actors.State && (strings.HasPrefix(n, "United ") || strings.HasSuffix(n, "s") || strings.Contains(n, " of ")),
		a.Kind == actors.Organization && strings.ToUpper(n) != n,
		a.Kind == actors.Media && strings.ToUpper(n) == n:
		return "the " + n
	}
	return n
}

// Refs names actors inside a sentence, as Ref does.
func Refs(g *graph.Graph, ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = Ref(g, id)
	}
	return out
}

// Brief states a relation in a few words, "Vladimir Putin phoned Barack
// Obama (28 Mar 2014)", without its quote.
func Brief(g *graph.Graph, r graph.Relation) string {
	verb := r.Kind
	if k, ok := g.Kind(r.Kind); ok {
		verb = k.Verb()
	}
	s := fmt.Sprintf("%s %s %s", Ref(g, r.From), verb, Ref(g, r.To))
	if when := r.When.Format(); when != "" {
		s += " (" + when + ")"
	}
	return s
}

// Cap capitalises the first letter of a sentence.
func Cap(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// Join writes "A", "A and B", "A, B and C"; "" for none.
func Join(s []string) string {
	switch len(s) {
	case 0:
		return ""
	case 1:
		return s[0]
	}
	return strings.Join(s[:len(s)-1], ", ") + " and " + s[len(s)-1]
}

// Plural returns one for 1 and many otherwise.
func Plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Count writes a number and a noun made plural with "s": "1 tie", "3 ties".
func Count(n int, noun string) string {
	return fmt.Sprintf("%d %s", n, Plural(n, noun, noun+"s"))
}

// Ordinal writes 1 as "1st", 2 as "2nd", 3 as "3rd", 11 as "11th".
func Ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return fmt.Sprintf("%d%s", n, suffix)
}

// Source returns the graph's first source, or a zero Source.
func Source(g *graph.Graph) graph.Source {
	for s := range g.Sources() {
		return s
	}
	return graph.Source{}
}

// Cite names a source in plain text: `BBC News, “Ukraine crisis: Russia
// vows no invasion”, 29 Mar 2014`.
func Cite(s graph.Source) string {
	var parts []string
	if s.Publisher != "" {
		parts = append(parts, s.Publisher)
	}
	if s.Title != "" {
		parts = append(parts, "“"+s.Title+"”")
	}
	if !s.Date.IsZero() {
		parts = append(parts, s.Date.Format())
	}
	return strings.Join(parts, ", ")
}

// CiteShort names a source by its publisher and date, "BBC News, 29 Mar
// 2014", for captions; by its title when it has no publisher.
func CiteShort(s graph.Source) string {
	var parts []string
	switch {
	case s.Publisher != "":
		parts = append(parts, s.Publisher)
	case s.Title != "":
		parts = append(parts, "“"+s.Title+"”")
	}
	if !s.Date.IsZero() {
		parts = append(parts, s.Date.Format())
	}
	return strings.Join(parts, ", ")
}

// CiteMarkdown names a source in Markdown, its title linked when it has a
// web address: `[“Ukraine crisis: ...”](https://...) (BBC News, 29 Mar 2014)`.
func CiteMarkdown(s graph.Source) string {
	out := "“" + Escape(s.Title) + "”"
	if strings.HasPrefix(s.URL, "https://") || strings.HasPrefix(s.URL, "http://") {
		out = "[" + out + "](" + s.URL + ")"
	}
	var about []string
	if s.Publisher != "" {
		about = append(about, Escape(s.Publisher))
	}
	if !s.Date.IsZero() {
		about = append(about, s.Date.Format())
	}
	if len(about) > 0 {
		out += " (" + strings.Join(about, ", ") + ")"
	}
	return out
}

// Escape escapes the characters that Markdown reads as markup, so that
// text from data reads as written inside report.Report.Markdown prose.
func Escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_{}[]()#+-.!<>|~", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// SVG returns what write writes: a chart's WriteSVG, say. A chart's
// writer fails only on the writer's error, which a buffer never returns.
func SVG(write func(io.Writer) error) ([]byte, error) {
	var b bytes.Buffer
	if err := write(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Draw draws a view of a graph as SVG with package render.
func Draw(ctx context.Context, g *graph.Graph, o render.Options) ([]byte, error) {
	var b bytes.Buffer
	if err := render.SVG(ctx, &b, g, o); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Write writes a report into dir as report.html and report.md (with the
// figures beside it, report-<figure>.svg), making dir if need be, and
// prints each file's name to w.
func Write(w io.Writer, r *report.Report, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, f := range []string{"report.html", "report.md"} {
		path := filepath.Join(dir, f)
		if err := r.WriteFile(path); err != nil {
			return err
		}
		fmt.Fprintln(w, "wrote", path)
	}
	return nil
}

// Step prints the heading of a narrative's step.
func Step(w io.Writer, n int, what string) {
	fmt.Fprintf(w, "\n== Step %d: %s\n\n", n, what)
}

// Ranked returns the competition rank ("1224") of every scored actor that
// is not isolated: the ranks a table gives when it marks isolated actors
// rather than ranking them.
func Ranked(scores []analysis.Score, isolated []string) map[string]int {
	var kept []analysis.Score
	for _, s := range scores {
		if !slices.Contains(isolated, s.ID) {
			kept = append(kept, s)
		}
	}
	out := map[string]int{}
	for i, r := range analysis.Ranks(kept) {
		out[kept[i].ID] = r
	}
	return out
}

// Columns returns a table holding only the named columns of t, in the
// order named, with t's title, notes, row keys and markers.
func Columns(t *table.Table, names ...string) (*table.Table, error) {
	var cols []table.Column
	for _, n := range names {
		i := slices.IndexFunc(t.Columns(), func(c table.Column) bool { return c.Name == n })
		if i < 0 {
			return nil, fmt.Errorf("table %q has no column %q", t.Title, n)
		}
		cols = append(cols, t.Columns()[i])
	}
	out, err := table.New(t.Title, cols...)
	if err != nil {
		return nil, err
	}
	out.Notes = slices.Clone(t.Notes)
	for row := range t.Rows() {
		var cells []any
		for _, n := range names {
			c, _ := row.Cell(n)
			cells = append(cells, c)
		}
		if err := out.AddKeyedRow(row.Key(), cells...); err != nil {
			return nil, err
		}
	}
	return out, nil
}
