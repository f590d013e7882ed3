package render

import (
	"strings"
	"unicode/utf8"

	"github.com/diplograph/diplograph/actors"
)

// This file writes the nodes of the drawing: an actor's shape, label and
// tooltip.

// node writes one actor.
func (w *writer) node(indent string, act actors.Actor) {
	t := w.t
	st := t.node(act.Kind)
	hi := w.hiActor[act.ID]
	faded := w.highlighting() && !hi
	fontSize := t.FontSize
	if w.size != nil {
		fontSize = pt(fontSize, w.size[act.ID])
	}

	w.printf("%s%s ", indent, quote(escape(act.ID, inID)))
	a := w.attrs()
	a.str("id", "a-"+act.ID, inText)
	a.str("class", "actor "+act.Kind.String(), inText)
	a.html("label", w.nodeLabel(act, fontSize, faded, hi))
	a.str("tooltip", w.nodeTooltip(act), inTooltip)
	a.str("shape", st.Shape, inID)
	if st.Style != "" {
		a.str("style", st.Style, inID)
	}
	fill, border, pen := st.Fill, st.Border, st.PenWidth
	if pen == 0 {
		pen = 1
	}
	if faded {
		fill, border = t.fade(fill), t.fade(border)
	}
	if hi {
		pen = max(3, pen*2)
	}
	if fill != "" {
		a.str("fillcolor", fill, inID)
	}
	if border != "" {
		a.str("color", border, inID)
	}
	if pen != 1 {
		a.raw("penwidth", num(pen))
	}
	if faded {
		a.str("fontcolor", t.Faded, inID)
	}
	if fontSize != t.FontSize {
		a.raw("fontsize", num(fontSize))
	}
	a.end()
	w.printf("\n")
}

// nodeLabel is the actor's name, in bold when highlighted, with its title
// in smaller type under it, wrapped to lines of about 28 characters.
func (w *writer) nodeLabel(act actors.Actor, fontSize float64, faded, bold bool) string {
	spans := []span{{text: act.Label(), bold: bold}}
	if title := wrap(act.Title, 28); strings.TrimSpace(title) != "" {
		muted := w.t.Muted
		if faded {
			muted = w.t.Faded
		}
		spans = append(spans, span{text: title, size: pt(fontSize, 0.77), color: muted})
	}
	return block(fontSize, spans...)
}

// nodeTooltip describes an actor: name, kind and title, country, roles,
// aliases and note.
func (w *writer) nodeTooltip(a actors.Actor) string {
	var b strings.Builder
	b.WriteString(a.Label())
	b.WriteString("\n" + a.Kind.String())
	if a.Title != "" {
		b.WriteString(" · " + a.Title)
	}
	if a.Country != "" {
		if name, ok := actors.Country(a.Country); ok {
			b.WriteString("\ncountry: " + name + " (" + a.Country + ")")
		} else {
			b.WriteString("\ncountry: " + a.Country)
		}
	}
	for _, r := range a.Roles {
		b.WriteString("\nrole: " + r.Role)
		if r.Of != "" {
			b.WriteString(" of " + w.name(r.Of))
		}
		if when := r.When.Format(); when != "" {
			b.WriteString(", " + when)
		}
	}
	if len(a.Aliases) > 0 {
		b.WriteString("\nalso: " + strings.Join(a.Aliases, ", "))
	}
	if a.Note != "" {
		b.WriteString("\n" + a.Note)
	}
	return b.String()
}

// wrap breaks s at spaces into lines of at most width runes where it can.
func wrap(s string, width int) string {
	var out []string
	for _, para := range strings.Split(s, "\n") {
		line := ""
		for _, word := range strings.Fields(para) {
			switch {
			case line == "":
				line = word
			case utf8.RuneCountInString(line)+1+utf8.RuneCountInString(word) <= width:
				line += " " + word
			default:
				out = append(out, line)
				line = word
			}
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}
