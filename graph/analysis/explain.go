package analysis

import (
	"strings"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/graph"
)

// Explain returns the path in sentences, one line per step, each stating
// the step's lead relation with its date, who reports it and the quote that
// backs it:
//
//	Vitaly Klitschko withdrew in favour of Petro Poroshenko (29 Mar 2014): “He announced on Saturday ...”
//
// The lead relation of a step is its first relation running in the path's
// direction (or of a symmetric kind), else its first relation. O(q) for
// the q characters of the step's quotes.
func (pa Path) Explain() string { return strings.Join(pa.Sentences(), "\n") }

// Sentences returns the sentences of [Path.Explain], one per step. A Path
// not made by this package names actors by ID.
func (pa Path) Sentences() []string {
	p := pa.p
	if p == nil {
		p = &Projection{}
	}
	out := make([]string, 0, len(pa.Steps))
	for _, st := range pa.Steps {
		if len(st.Relations) == 0 {
			out = append(out, p.label(st.From)+" is linked to "+p.label(st.To)+".")
			continue
		}
		lead := st.Relations[0]
		for _, r := range st.Relations {
			if r.From == st.From && r.To == st.To || p.kinds[r.Kind].Symmetric {
				lead = r
				break
			}
		}
		out = append(out, p.Sentence(lead))
	}
	return out
}

// actor looks an actor up in the graph the projection was made from (its
// origin, so reporters outside a filtered view are found too).
func (p *Projection) actor(id string) (actors.Actor, bool) {
	if p.g == nil {
		return actors.Actor{}, false
	}
	return p.g.Origin().Actor(id)
}

func (p *Projection) label(id string) string {
	if a, ok := p.actor(id); ok {
		return a.Label()
	}
	return id
}

// Sentence states a relation in words: who did what to whom, when, on whose
// word, and the quote that backs it best (the citation naming the target,
// else the source, else the first):
//
//	Vladimir Putin phoned Barack Obama (28 Mar 2014), according to US officials: “Mr Putin had contacted President Obama, according to US officials.”
func (p *Projection) Sentence(r graph.Relation) string {
	var b strings.Builder
	verb := r.Kind
	if k, ok := p.kinds[r.Kind]; ok {
		verb = k.Verb()
	}
	b.WriteString(p.label(r.From) + " " + verb + " " + p.label(r.To))
	if when := r.When.Format(); when != "" {
		b.WriteString(" (" + when + ")")
	}
	if r.ReportedBy != "" {
		b.WriteString(", according to " + p.label(r.ReportedBy))
	}
	if q := p.bestQuote(r); q != "" {
		if !strings.HasPrefix(q, "“") || !strings.HasSuffix(q, "”") {
			q = "“" + q + "”"
		}
		b.WriteString(": " + q)
	} else {
		b.WriteString(".")
	}
	return b.String()
}

// bestQuote picks the quote that names the relation's target (2 points) and
// source (1 point) by name, alias or surname; ties go to the earlier one.
func (p *Projection) bestQuote(r graph.Relation) string {
	best, bestScore := "", -1
	for _, ev := range r.Evidence {
		if ev.Quote == "" {
			continue
		}
		score := 0
		if p.mentions(ev.Quote, r.To) {
			score += 2
		}
		if p.mentions(ev.Quote, r.From) {
			score++
		}
		if score > bestScore {
			best, bestScore = ev.Quote, score
		}
	}
	return best
}

func (p *Projection) mentions(text, id string) bool {
	a, ok := p.actor(id)
	if !ok {
		return strings.Contains(text, id)
	}
	names := append([]string{a.Name, a.ID}, a.Aliases...)
	if f := strings.Fields(a.Name); len(f) > 1 && len(f[len(f)-1]) >= 4 {
		names = append(names, f[len(f)-1]) // surname
	}
	for _, n := range names {
		if len(n) >= 3 && strings.Contains(text, n) {
			return true
		}
	}
	return false
}
