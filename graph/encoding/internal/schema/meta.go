package schema

import (
	"fmt"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/encoding"
)

// Meta is what a graph carries besides actors and relations.
type Meta struct {
	Title   string       `json:"title,omitempty"`
	Sources []SourceMeta `json:"sources,omitempty"`
	Kinds   []KindMeta   `json:"kinds,omitempty"`
}

// SourceMeta is a source as written in interchange formats.
type SourceMeta struct {
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	URL       string `json:"url,omitempty"`
	Date      string `json:"date,omitempty"`
	Note      string `json:"note,omitempty"`
}

// KindMeta is a user-defined relation kind as written in interchange
// formats.
type KindMeta struct {
	Name        string   `json:"name"`
	Sign        int      `json:"sign"`
	Symmetric   bool     `json:"symmetric"`
	Nature      string   `json:"nature"`
	CAMEO       []string `json:"cameo,omitempty"`
	Goldstein   float64  `json:"goldstein,omitempty"`
	Phrase      string   `json:"phrase,omitempty"`
	Description string   `json:"description,omitempty"`
}

// MetaOf returns g's title, sources and custom kinds.
func MetaOf(g *graph.Graph) Meta {
	m := Meta{Title: g.Title()}
	for s := range g.Sources() {
		m.Sources = append(m.Sources, SourceMeta{ID: s.ID, Title: s.Title, Publisher: s.Publisher, URL: s.URL, Date: s.Date.String(), Note: s.Note})
	}
	for _, k := range g.CustomKinds() {
		m.Kinds = append(m.Kinds, KindMeta{Name: k.Name, Sign: int(k.Sign), Symmetric: k.Symmetric, Nature: k.Nature.String(),
			CAMEO: k.CAMEO, Goldstein: k.Goldstein, Phrase: k.Phrase, Description: k.Description})
	}
	return m
}

// Apply adds m's title, sources and kinds to b. A problem's key is the
// path of the value at fault: "sources[1].date", "kinds[0].nature".
func (m Meta) Apply(b *graph.Builder) []Problem {
	b.SetTitle(m.Title)
	var probs []Problem
	for i, s := range m.Sources {
		var d date.Date
		if s.Date != "" {
			var err error
			if d, err = date.Parse(s.Date); err != nil {
				probs = append(probs, badValue(fmt.Sprintf("sources[%d].date", i), "%w", err))
			}
		}
		b.AddSource(graph.Source{ID: s.ID, Title: s.Title, Publisher: s.Publisher, URL: s.URL, Date: d, Note: s.Note})
	}
	for i, k := range m.Kinds {
		n, err := graph.ParseNature(k.Nature)
		if err != nil {
			probs = append(probs, Problem{Key: fmt.Sprintf("kinds[%d].nature", i), Err: fmt.Errorf("%w: %w", encoding.ErrBadValue, err)})
		}
		b.AddKind(graph.Kind{Name: k.Name, Sign: graph.Sign(k.Sign), Symmetric: k.Symmetric, Nature: n,
			CAMEO: k.CAMEO, Goldstein: k.Goldstein, Phrase: k.Phrase, Description: k.Description})
	}
	return probs
}

// KindSign returns a function that tells the sign of a kind by name: one of
// m's kinds, else a built-in one.
func (m Meta) KindSign() func(kind string) (graph.Sign, bool) {
	builtin := graph.BuiltinKinds()
	return func(kind string) (graph.Sign, bool) {
		for _, k := range m.Kinds {
			if k.Name == kind {
				return graph.Sign(k.Sign), true
			}
		}
		k, ok := builtin.Kind(kind)
		return k.Sign, ok
	}
}
