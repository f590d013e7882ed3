package scenario

import (
	"fmt"
	"strings"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
)

// The fields of each part of a scenario, in the order Encode writes them.
var (
	topFields      = []string{"title", "sources", "kinds", "actors", "relations"}
	sourceFields   = []string{"id", "title", "publisher", "url", "date", "note"}
	kindFields     = []string{"name", "sign", "symmetric", "nature", "cameo", "goldstein", "phrase", "description"}
	actorFields    = []string{"id", "name", "kind", "country", "title", "aliases", "roles", "note", "attrs"}
	roleFields     = []string{"role", "of", "since", "until"}
	relationFields = []string{"id", "from", "to", "kind", "sign", "date", "since", "until", "source", "quote", "evidence", "reported_by", "weight", "count", "note", "attrs"}
	evidenceFields = []string{"source", "quote", "note"}
)

// root reads the top level: title, sources, kinds, actors and relations.
func (d *decoder) root(n *node) {
	d.fields(n, topFields, d.top)
}

// top reads the value of one top-level key, one of topFields.
func (d *decoder) top(key string, v *node) {
	switch key {
	case "title":
		d.b.SetTitle(d.str(v))
	case "sources":
		for _, it := range d.list(v, "a list of sources") {
			d.item(key, it)
		}
	case "kinds":
		for _, it := range d.list(v, "a list of relation kinds") {
			d.item(key, it)
		}
	case "actors":
		for _, it := range d.list(v, "a list of actors") {
			d.item(key, it)
		}
	case "relations":
		for _, it := range d.list(v, "a list of relations") {
			d.item(key, it)
		}
	}
}

// item reads one item of the top-level list key into the Builder.
func (d *decoder) item(key string, it *node) {
	switch key {
	case "sources":
		d.b.AddSource(d.source(it))
	case "kinds":
		d.b.AddKind(d.kind(it))
	case "actors":
		d.b.Add(d.actor(it))
	case "relations":
		d.b.AddRelation(d.relation(it))
	}
}

func (d *decoder) source(n *node) graph.Source {
	var s graph.Source
	m, ok := d.mapping(n, "a source (a mapping with id, title, publisher, url, date, note)")
	if !ok {
		return s
	}
	d.fields(m, sourceFields, func(key string, v *node) {
		switch key {
		case "id":
			s.ID = d.str(v)
		case "title":
			s.Title = d.str(v)
		case "publisher":
			s.Publisher = d.str(v)
		case "url":
			s.URL = d.str(v)
		case "date":
			s.Date = d.day(v)
		case "note":
			s.Note = d.str(v)
		}
	})
	return s
}

func (d *decoder) kind(n *node) graph.Kind {
	var k graph.Kind
	m, ok := d.mapping(n, "a relation kind (a mapping with name, sign, symmetric, nature, ...)")
	if !ok {
		return k
	}
	d.fields(m, kindFields, func(key string, v *node) {
		switch key {
		case "name":
			k.Name = d.str(v)
		case "sign":
			if s := d.str(v); s != "" {
				sign, err := graph.ParseSign(s)
				if err != nil {
					d.add(v.pos, v.path, err)
				}
				k.Sign = sign
			}
		case "symmetric":
			k.Symmetric = d.boolean(v)
		case "nature":
			if s := d.str(v); s != "" {
				nat, err := graph.ParseNature(s)
				if err != nil {
					d.add(v.pos, v.path, err)
				}
				k.Nature = nat
			}
		case "cameo":
			k.CAMEO = d.cameo(v)
		case "goldstein":
			k.Goldstein = d.number(v)
		case "phrase":
			k.Phrase = d.str(v)
		case "description":
			k.Description = d.str(v)
		}
	})
	return k
}

// cameo reads CAMEO codes, which are strings: a bare 41 would lose the
// leading zero of "041", so numbers are refused.
func (d *decoder) cameo(n *node) []string {
	if n.kind == scalarNode {
		d.add(n.pos, n.path, fmt.Errorf("%w: want a list of CAMEO codes, got %s (write [%q])", ErrType, n.describe(), cameoText(n.text)))
		return nil
	}
	var out []string
	for _, it := range d.list(n, "a list of CAMEO codes") {
		if it.kind == scalarNode && it.typ != strScalar {
			d.add(it.pos, it.path, fmt.Errorf("%w: CAMEO code %s is a number; codes are strings, write %q", ErrType, it.text, cameoText(it.text)))
			out = append(out, it.text)
			continue
		}
		out = append(out, d.str(it))
	}
	return out
}

// cameoText suggests how to write a code given as a number: 41 as "041".
func cameoText(s string) string {
	if len(s) < 3 && strings.Trim(s, "0123456789") == "" {
		return strings.Repeat("0", 3-len(s)) + s
	}
	return s
}

func (d *decoder) actor(n *node) actors.Actor {
	var a actors.Actor
	m, ok := d.mapping(n, "an actor (a mapping with id, name, kind, ...)")
	if !ok {
		return a
	}
	d.fields(m, actorFields, func(key string, v *node) {
		switch key {
		case "id":
			a.ID = d.str(v)
		case "name":
			a.Name = d.str(v)
		case "kind":
			if s := d.str(v); s != "" {
				k, err := actors.ParseKind(s)
				if err != nil {
					d.add(v.pos, v.path, err)
				}
				a.Kind = k
			}
		case "country":
			a.Country = d.str(v)
		case "title":
			a.Title = d.str(v)
		case "aliases":
			a.Aliases = d.strList(v, "names")
		case "roles":
			for _, it := range d.list(v, "a list of roles") {
				a.Roles = append(a.Roles, d.role(it))
			}
		case "note":
			a.Note = d.str(v)
		case "attrs":
			a.Attrs = d.attrs(v)
		}
	})
	return a
}

func (d *decoder) role(n *node) actors.Role {
	var r actors.Role
	m, ok := d.mapping(n, "a role (a mapping with role, of, since, until)")
	if !ok {
		return r
	}
	d.fields(m, roleFields, func(key string, v *node) {
		switch key {
		case "role":
			r.Role = d.str(v)
		case "of":
			r.Of = d.str(v)
		case "since":
			r.When.Since = d.day(v)
		case "until":
			r.When.Until = d.day(v)
		}
	})
	return r
}

func (d *decoder) relation(n *node) graph.Relation {
	var r graph.Relation
	m, ok := d.mapping(n, "a relation (a mapping with from, to, kind, ...)")
	if !ok {
		return r
	}
	var signNode, dateNode, sinceNode, untilNode, sourceNode, quoteNode, evidenceNode *node
	var source, quote string
	var evidence []graph.Evidence
	d.fields(m, relationFields, func(key string, v *node) {
		switch key {
		case "id":
			r.ID = d.str(v)
		case "from":
			r.From = d.str(v)
		case "to":
			r.To = d.str(v)
		case "kind":
			r.Kind = d.str(v)
		case "sign":
			signNode = v
		case "date":
			dateNode = v
		case "since":
			sinceNode = v
		case "until":
			untilNode = v
		case "source":
			sourceNode = v
			source = d.str(v)
		case "quote":
			quoteNode = v
			quote = d.str(v)
		case "evidence":
			evidenceNode = v
			for _, it := range d.list(v, "a list of citations") {
				evidence = append(evidence, d.evidence(it))
			}
		case "reported_by":
			r.ReportedBy = d.str(v)
		case "weight":
			r.Weight = d.number(v)
			if r.Weight == 0 && v.kind != nullNode && !d.bad[v.path] {
				// Build would take 0 for "not given" and make it 1.
				d.add(v.pos, v.path, fmt.Errorf("%w 0: want a positive number (leave the weight out for the default, 1)", graph.ErrBadWeight))
			}
		case "count":
			r.Count = d.count(v)
		case "note":
			r.Note = d.str(v)
		case "attrs":
			r.Attrs = d.attrs(v)
		}
	})
	if signNode != nil {
		if s := d.str(signNode); s != "" {
			sign, err := graph.ParseSign(s)
			if err != nil {
				d.add(signNode.pos, signNode.path, fmt.Errorf("%w %q (want -1, 0 or 1, or hostile, neutral or cooperative)", graph.ErrBadSign, s))
			} else {
				r = r.WithSign(sign)
			}
		}
	}
	switch {
	case dateNode != nil:
		r.When = date.At(d.day(dateNode))
		if sinceNode != nil || untilNode != nil {
			d.add(dateNode.pos, dateNode.path, fmt.Errorf("%w: date with since or until (use date for a point in time, since and until for a span)", ErrConflict))
		}
	default:
		if sinceNode != nil {
			r.When.Since = d.day(sinceNode)
		}
		if untilNode != nil {
			r.When.Until = d.day(untilNode)
		}
	}
	shorthand := sourceNode != nil || quoteNode != nil
	switch {
	case shorthand && evidenceNode != nil:
		d.add(evidenceNode.pos, evidenceNode.path, fmt.Errorf("%w: evidence with source or quote (write one citation as source and quote, or several as an evidence list, not both)", ErrConflict))
		r.Evidence = evidence
	case shorthand:
		r.Evidence = []graph.Evidence{{Source: source, Quote: quote}}
		at := sourceNode
		if at == nil {
			at = quoteNode
		}
		base := indexPath(m.path+".evidence", 0)
		d.note(base, loc{pos: at.pos, path: at.path})
		d.note(base+".source", loc{pos: at.pos, path: at.path})
	default:
		r.Evidence = evidence
	}
	return r
}

func (d *decoder) evidence(n *node) graph.Evidence {
	var ev graph.Evidence
	m, ok := d.mapping(n, "a citation (a mapping with source, quote, note)")
	if !ok {
		return ev
	}
	d.fields(m, evidenceFields, func(key string, v *node) {
		switch key {
		case "source":
			ev.Source = d.str(v)
		case "quote":
			ev.Quote = d.str(v)
		case "note":
			ev.Note = d.str(v)
		}
	})
	return ev
}
