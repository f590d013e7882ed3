package render

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
)

// edgeGroup is one edge of the drawing: a relation, or with [ParallelCollapse] a
// bundle of parallel relations.
type edgeGroup struct {
	from, to string // the ends drawn: those of the first relation
	rels     []int  // indexes of the relations in the graph, in graph order; at least one
}

// groupRelations returns the edges that draw the relations of g, in the
// order of their first relation. Without collapse each relation is a line of its own. With it,
// relations of directed kinds share a line when they have the same from
// and to, and relations of symmetric kinds when they have the same two
// ends in either order; a symmetric relation never shares a line with a
// directed one. It costs O(relations).
func groupRelations(g *graph.Graph, kind func(string) graph.Kind, collapse bool) []edgeGroup {
	n := g.NumRelations()
	out := make([]edgeGroup, 0, n)
	if !collapse {
		idx := make([]int, n)
		for i := range n {
			r := g.RelationAt(i)
			idx[i] = i
			out = append(out, edgeGroup{from: r.From, to: r.To, rels: idx[i : i+1 : i+1]})
		}
		return out
	}
	type key struct {
		a, b      string
		symmetric bool
	}
	at := map[key]int{}
	for j := range n {
		r := g.RelationAt(j)
		k := key{r.From, r.To, kind(r.Kind).Symmetric}
		if k.symmetric && k.b < k.a {
			k.a, k.b = k.b, k.a
		}
		i, ok := at[k]
		if !ok {
			i = len(out)
			at[k] = i
			out = append(out, edgeGroup{from: r.From, to: r.To})
		}
		out[i].rels = append(out[i].rels, j)
	}
	return out
}

// kindCount is how many relations of one kind a bundle holds.
type kindCount struct {
	kind graph.Kind
	n    int
}

// compareKinds is the fixed order of kinds in legends and bundle labels:
// hostile, then neutral, then cooperative; by name within a sign.
func compareKinds(a, b graph.Kind) int {
	if a.Sign != b.Sign {
		return int(a.Sign) - int(b.Sign)
	}
	return strings.Compare(a.Name, b.Name)
}

// counts returns the kinds of rels with their numbers, in the order of
// compareKinds.
func (w *writer) counts(rels []graph.Relation) []kindCount {
	var out []kindCount
	for _, r := range rels {
		k := w.drawn(r)
		i := slices.IndexFunc(out, func(c kindCount) bool { return c.kind.Name == k.Name })
		if i < 0 {
			out = append(out, kindCount{kind: k})
			i = len(out) - 1
		}
		out[i].n++
	}
	slices.SortFunc(out, func(a, b kindCount) int { return compareKinds(a.kind, b.kind) })
	return out
}

// dominant returns the kind whose style a bundle takes: of the sign with
// the most relations, the kind with the most relations; ties go to the
// first in the order of counts, so hostile before cooperative.
func dominant(counts []kindCount) graph.Kind {
	bySign := map[graph.Sign]int{}
	for _, c := range counts {
		bySign[c.kind.Sign] += c.n
	}
	best := -1
	for i, c := range counts {
		if best < 0 || bySign[c.kind.Sign] > bySign[counts[best].kind.Sign] ||
			c.kind.Sign == counts[best].kind.Sign && c.n > counts[best].n {
			best = i
		}
	}
	return counts[best].kind
}

// countText is "phoned ×2", or "backs" for one relation.
func countText(c kindCount) string {
	if c.n > 1 {
		return c.kind.Name + " ×" + strconv.Itoa(c.n)
	}
	return c.kind.Name
}

// kindLines breaks counts into lines of about 24 characters, for the
// label "backs · phoned ×2".
func kindLines(counts []kindCount) [][]kindCount {
	var lines [][]kindCount
	n := 0
	for _, c := range counts {
		w := utf8.RuneCountInString(countText(c))
		if len(lines) == 0 || n+3+w > 24 {
			lines = append(lines, nil)
			n = -3
		}
		lines[len(lines)-1] = append(lines[len(lines)-1], c)
		n += 3 + w
	}
	return lines
}

// kindsText writes counts on one line: "backs · phoned ×2".
func kindsText(counts []kindCount) string {
	parts := make([]string, len(counts))
	for i, c := range counts {
		parts[i] = countText(c)
	}
	return strings.Join(parts, " · ")
}

// bundleLabel is the label of a bundle: each kind with its count in the
// kind's colour, " · " between them, and the time under them. Graphviz
// writes a text element per colour, placed by its own estimate of the
// widths, and SVG viewers drop spaces at the start of a text element, so
// spaces only end the runs.
func (w *writer) bundleLabel(counts []kindCount, when string, faded bool) string {
	t := w.t
	color := func(c string) string {
		if faded {
			return t.Faded
		}
		return c
	}
	var lines [][]span
	all := kindLines(counts)
	for li, l := range all {
		var spans []span
		for i, c := range l {
			text := countText(c)
			switch {
			case i < len(l)-1:
				spans = append(spans, span{text: text + " ", color: color(w.style(c.kind).Color)},
					span{text: "· ", color: color(t.Muted)})
			case li < len(all)-1:
				spans = append(spans, span{text: text + " ", color: color(w.style(c.kind).Color)},
					span{text: "·", color: color(t.Muted)})
			default:
				spans = append(spans, span{text: text, color: color(w.style(c.kind).Color)})
			}
		}
		lines = append(lines, spans)
	}
	if when != "" {
		lines = append(lines, []span{{text: when, color: color(t.Muted)}})
	}
	return rows(pt(t.FontSize, 0.77), lines...)
}

// bundlePen is how much thicker than its kind's line a bundle of n
// relations is drawn: 1.2 points more for each doubling, at most 6.
func bundlePen(n int) float64 {
	return math.Round(min(6, 1.2*math.Log2(float64(n)))*10) / 10
}

// maxTooltipRelations is the most relations a bundle's tooltip tells.
const maxTooltipRelations = 20

// bundle writes the line of two or more parallel relations.
func (w *writer) bundle(l edgeGroup) {
	// The bundle's relations, taken from the graph once.
	rels := make([]graph.Relation, len(l.rels))
	for i, j := range l.rels {
		rels[i] = w.g.RelationAt(j)
	}
	counts := w.counts(rels)
	dom := dominant(counts)
	symmetric := dom.Symmetric // all kinds of a bundle share it

	spans := make([]spanOf, 0, len(rels))
	hi := false
	for _, r := range rels {
		sp := graph.Effective(r, w.kind(r.Kind))
		spans = append(spans, spanOf{sp.Format(), sp})
		hi = hi || w.hiRel[r.ID]
	}
	when := ""
	if w.c.edgeDates {
		when = timeRange(spans)
	}

	class := []string{"relation", "bundle"}
	var signs []string
	own := false
	for _, c := range counts {
		b, variant := w.base(c.kind)
		if !slices.Contains(class, b.Name) {
			class = append(class, b.Name)
		}
		own = own || variant
		if s := signWord(c.kind.Sign); !slices.Contains(signs, s) {
			signs = append(signs, s)
		}
	}
	if own {
		signs = append(signs, "own-sign")
	}

	var tip strings.Builder
	arrow := " → "
	if symmetric {
		arrow = " ↔ "
	}
	fmt.Fprintf(&tip, "%s%s%s: %d relations\n%s", w.name(l.from), arrow, w.name(l.to), len(rels), kindsText(counts))
	for i, r := range rels {
		if i == maxTooltipRelations {
			fmt.Fprintf(&tip, "\n\n… and %d more", len(rels)-maxTooltipRelations)
			break
		}
		tip.WriteString("\n\n")
		w.writeRelation(&tip, r, w.drawn(r), spans[i].text)
	}

	w.drawEdge(edgeSpec{
		from: l.from, to: l.to,
		id:       "b-" + rels[0].ID,
		class:    strings.Join(append(class, signs...), " "),
		html:     w.bundleLabel(counts, when, w.highlighting() && !hi),
		tooltip:  tip.String(),
		url:      w.edgeURL(rels...),
		kind:     dom,
		hi:       hi,
		extraPen: bundlePen(len(rels)),
	})
}

// spanOf is a relation's time and its text.
type spanOf struct {
	text string
	span date.Span
}

// timeRange tells the times of a bundle's relations in order: "28 Mar
// 2014" when they share it, "Mar 2014, 29 Mar 2014" for two, "the first …
// the last" for more, "" when none is dated.
func timeRange(spans []spanOf) string {
	spans = slices.DeleteFunc(slices.Clone(spans), func(s spanOf) bool { return s.text == "" })
	slices.SortStableFunc(spans, func(a, b spanOf) int { return a.span.Compare(b.span) })
	var texts []string
	for _, s := range spans {
		if !slices.Contains(texts, s.text) {
			texts = append(texts, s.text)
		}
	}
	switch len(texts) {
	case 0:
		return ""
	case 1:
		return texts[0]
	case 2:
		return texts[0] + ", " + texts[1]
	}
	return texts[0] + " … " + texts[len(texts)-1]
}
