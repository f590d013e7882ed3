package render

import (
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// This file tells relations in words, for tooltips and links: who did
// what to whom, when, who says so and on what evidence.

// name returns the display name of actor id, looked up in the graph and
// then in its origin (a view may leave out a relation's reporter).
func (w *writer) name(id string) string {
	if a, ok := w.g.Actor(id); ok {
		return a.Label()
	}
	if o := w.g.Origin(); o != nil {
		if a, ok := o.Actor(id); ok {
			return a.Label()
		}
	}
	return id
}

func (w *writer) source(id string) (graph.Source, bool) {
	if s, ok := w.g.Source(id); ok {
		return s, true
	}
	if o := w.g.Origin(); o != nil {
		return o.Source(id)
	}
	return graph.Source{}, false
}

// edgeTooltip tells the relation as a sentence, then its kind, time, who
// reports it, each piece of evidence with its source, and the note.
func (w *writer) edgeTooltip(r graph.Relation, k graph.Kind, when string) string {
	var b strings.Builder
	w.writeRelation(&b, r, k, when)
	return b.String()
}

// writeRelation writes the text of [writer.edgeTooltip] to b.
func (w *writer) writeRelation(b *strings.Builder, r graph.Relation, k graph.Kind, when string) {
	b.WriteString(w.name(r.From) + " " + k.Verb() + " " + w.name(r.To))
	base, own := w.base(k)
	b.WriteString("\nkind: " + base.Name + " (" + signWord(k.Sign) + " " + k.Nature.String())
	if k.Symmetric {
		b.WriteString(", mutual")
	}
	b.WriteString(")")
	if own {
		b.WriteString("; " + signWord(k.Sign) + " by its own sign, " + base.Name + " being " + signWord(base.Sign))
	}
	if when != "" {
		b.WriteString("\nwhen: " + when)
	}
	if r.ReportedBy != "" {
		b.WriteString("\nreported by: " + w.name(r.ReportedBy))
	}
	for _, ev := range r.Evidence {
		b.WriteString("\n")
		if ev.Quote != "" {
			b.WriteString("“" + ev.Quote + "”\n")
		}
		b.WriteString("— " + w.citation(ev.Source))
		if ev.Note != "" {
			b.WriteString(" (" + ev.Note + ")")
		}
	}
	if r.Note != "" {
		b.WriteString("\nnote: " + r.Note)
	}
}

// citation is "BBC News, “Title”, 29 Mar 2014".
func (w *writer) citation(id string) string {
	s, ok := w.source(id)
	if !ok {
		return id
	}
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
	if len(parts) == 0 {
		return s.ID
	}
	return strings.Join(parts, ", ")
}

// edgeURL is the first http(s) URL among the relations' sources.
func (w *writer) edgeURL(rels ...graph.Relation) string {
	for _, r := range rels {
		for _, ev := range r.Evidence {
			if s, ok := w.source(ev.Source); ok {
				if u := safeURL(s.URL); u != "" {
					return u
				}
			}
		}
	}
	return ""
}
