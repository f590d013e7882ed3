package report

import (
	"net/url"
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// item is one relation as the report shows it, with its evidence.
type item struct {
	id       string // the relation's ID
	from, to string // actor IDs
	sentence string // "Vladimir Putin phoned Barack Obama"
	kind     string // the kind's name
	sign     string // "cooperative", "neutral" or "hostile"
	when     string // "28 Mar 2014", "since Mar 2014", or ""
	reporter string // who reports it, by name; "" if nobody is named
	note     string
	cites    []cite
}

// cite is one piece of evidence.
type cite struct {
	quote  string // verbatim; may be empty
	source string // "BBC News, “Ukraine crisis: Russia vows no invasion”"
	date   string // the source's date, "29 Mar 2014"; may be empty
	url    string // the source's address as given; may be empty
	web    bool   // url is an http(s) address, which may become a link
	note   string
}

// relationItems reads every relation of g with its evidence, in the
// graph's order. Names and sources the view left out are looked up in the
// graph it was filtered from.
func relationItems(g *graph.Graph) []item {
	origin := g.Origin()
	name := func(id string) string {
		if a, ok := origin.Actor(id); ok {
			return a.Label()
		}
		return id
	}
	var out []item
	for r := range g.Relations() {
		k, ok := g.Kind(r.Kind)
		verb := r.Kind
		if ok {
			verb = k.Verb()
		}
		it := item{
			id: r.ID, from: r.From, to: r.To,
			sentence: name(r.From) + " " + verb + " " + name(r.To),
			kind:     r.Kind, sign: k.Sign.Name(),
			when: graph.Effective(r, k).Format(),
			note: r.Note,
		}
		if r.ReportedBy != "" {
			it.reporter = name(r.ReportedBy)
		}
		for _, e := range r.Evidence {
			c := cite{quote: e.Quote, note: e.Note, source: e.Source}
			if s, ok := origin.Source(e.Source); ok {
				c.source = sourceText(s)
				c.date = s.Date.Format()
				c.url = s.URL
				c.web = webURL(s.URL)
			}
			it.cites = append(it.cites, c)
		}
		out = append(out, it)
	}
	return out
}

// sourceText names a source: "BBC News, “Ukraine crisis: Russia vows no
// invasion”", or its ID when it has neither publisher nor title.
func sourceText(s graph.Source) string {
	var parts []string
	if s.Publisher != "" {
		parts = append(parts, s.Publisher)
	}
	if s.Title != "" {
		parts = append(parts, "“"+s.Title+"”")
	}
	if len(parts) == 0 {
		return s.ID
	}
	return strings.Join(parts, ", ")
}

// webURL reports whether s is an absolute http or https address with a
// host, written without surrounding space: the only addresses the report
// turns into links.
func webURL(s string) bool {
	if s == "" || s != strings.TrimSpace(s) {
		return false
	}
	u, err := url.Parse(s)
	if err != nil {
		return false
	}
	scheme := strings.ToLower(u.Scheme)
	return (scheme == "http" || scheme == "https") && u.Host != ""
}
