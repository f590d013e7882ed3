package render

import (
	"fmt"
	"slices"
	"strings"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/graph"
)

// legend returns an HTML-like table of the actor kinds and the relation
// kinds that acts and the graph's relations hold, each drawn in its style: a swatch of the
// fill and outline for actors, a line of the edge's colour, dash pattern
// and arrowheads for relations. It is drawn under the title, in the graph's
// label, which every layout engine places the same way and which takes no
// part in the layout. With [ParallelCollapse], when a line bundles several
// relations, a last item explains the "×n" of their labels. It returns ""
// when there is nothing to explain.
func (w *writer) legend(acts []actors.Actor) string {
	var kinds []actors.Kind
	for _, a := range acts {
		if !slices.Contains(kinds, a.Kind) {
			kinds = append(kinds, a.Kind)
		}
	}
	slices.Sort(kinds)
	var rkinds []graph.Kind
	seen := map[string]bool{}
	for r := range w.g.Relations() {
		if k := w.drawn(r); !seen[k.Name] {
			seen[k.Name] = true
			rkinds = append(rkinds, k)
		}
	}
	// Hostile kinds first, then neutral, then cooperative; by name within.
	// A kind drawn with relations' own sign ("phoned (hostile)") has an
	// entry of its own, among the kinds of that sign.
	slices.SortFunc(rkinds, compareKinds)
	if len(kinds) == 0 && len(rkinds) == 0 {
		return ""
	}

	t := w.t
	small := num(pt(t.FontSize, 0.8))
	label := func(s string) string {
		return fmt.Sprintf(`<TD ALIGN="LEFT" WIDTH="%d"><FONT POINT-SIZE="%s">%s</FONT></TD>`,
			int(textWidth(s, pt(t.FontSize, 0.8), false))+12, small, htmlText(s, false))
	}
	var items []string
	for _, k := range kinds {
		st := t.node(k)
		items = append(items, fmt.Sprintf(`<TD BORDER="1" COLOR="%s" BGCOLOR="%s" WIDTH="26" HEIGHT="12" FIXEDSIZE="TRUE"><FONT POINT-SIZE="4"> </FONT></TD>%s`,
			escape(st.Border, inText), escape(st.Fill, inText), label(k.String())))
	}
	actorRows := grid("Actors", items, 5)
	items = items[:0]
	for _, k := range rkinds {
		st := w.style(k)
		sample := lineSample(st, k.Symmetric)
		items = append(items, fmt.Sprintf(`<TD ALIGN="RIGHT" WIDTH="%d"><FONT COLOR="%s">%s</FONT></TD>%s`,
			int(textWidth(sample, t.FontSize, false)+1), escape(st.Color, inText), htmlText(sample, false), label(k.Name)))
	}
	for _, l := range w.lines {
		if len(l.rels) > 1 {
			items = append(items, fmt.Sprintf(`<TD ALIGN="RIGHT" WIDTH="%d"><FONT COLOR="%s">%s</FONT></TD>%s`,
				int(textWidth("━━━━▶", t.FontSize, false)+1), escape(t.Muted, inText), "━━━━▶", label("×n: n relations")))
			break
		}
	}
	relRows := grid("Relations", items, 4)

	var b strings.Builder
	fmt.Fprintf(&b, `<TABLE BORDER="1" STYLE="ROUNDED" COLOR="%s" CELLBORDER="0" CELLSPACING="0" CELLPADDING="4">`, escape(t.ClusterBorder, inText))
	for _, rows := range []string{actorRows, relRows} {
		if rows != "" {
			b.WriteString(`<TR><TD ALIGN="LEFT">` + rows + `</TD></TR>`)
		}
	}
	b.WriteString(`</TABLE>`)
	return b.String()
}

// grid lays items (each a pair of cells) out in rows of up to perRow, the
// heading in the first column of the first row.
func grid(heading string, items []string, perRow int) string {
	if len(items) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(`<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="1">`)
	for i := 0; i < len(items); i += perRow {
		b.WriteString("<TR>")
		if i == 0 {
			b.WriteString(`<TD ALIGN="LEFT" WIDTH="70"><B>` + htmlText(heading, false) + `</B></TD>`)
		} else {
			b.WriteString(`<TD> </TD>`)
		}
		for j := i; j < i+perRow; j++ {
			if j < len(items) {
				b.WriteString(items[j])
			} else if i > 0 {
				b.WriteString(`<TD> </TD><TD> </TD>`)
			}
		}
		b.WriteString("</TR>")
	}
	b.WriteString(`</TABLE>`)
	return b.String()
}

// lineSample draws an edge style in text: the line in its dash pattern and
// weight, and its arrowheads.
func lineSample(st EdgeStyle, symmetric bool) string {
	var line string
	switch {
	case strings.Contains(st.Style, "dashed"):
		line = "╌╌╌╌"
	case strings.Contains(st.Style, "dotted"):
		line = "┈┈┈┈"
	case strings.Contains(st.Style, "tapered"):
		line = "━━──"
	case strings.Contains(st.Style, "bold"), st.PenWidth >= 2.5:
		line = "━━━━"
	default:
		line = "────"
	}
	head, _ := arrowGlyphs(st.ArrowHead)
	tail := ""
	if s := st.tail(symmetric); s != "" {
		_, tail = arrowGlyphs(s)
	}
	return tail + line + head
}

// arrowGlyphs returns characters that look like a Graphviz arrowhead,
// pointing right and left.
func arrowGlyphs(shape string) (right, left string) {
	switch strings.TrimPrefix(shape, "l") {
	case "", "normal":
		return "▶", "◀"
	case "onormal", "empty":
		return "▷", "◁"
	case "tee":
		return "┤", "├"
	case "vee", "open":
		return "❯", "❮"
	case "dot":
		return "●", "●"
	case "odot":
		return "○", "○"
	case "diamond":
		return "◆", "◆"
	case "odiamond":
		return "◇", "◇"
	case "box":
		return "■", "■"
	case "obox":
		return "□", "□"
	case "none":
		return "", ""
	}
	return "▶", "◀"
}
