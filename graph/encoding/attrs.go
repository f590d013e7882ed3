package encoding

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
)

// Type is the type of an attribute in formats that declare types.
type Type uint8

// The attribute types.
const (
	String Type = iota
	Int
	Double
	Bool
)

// String returns "string", "int", "double" or "boolean", the names GraphML
// and GEXF use.
func (t Type) String() string {
	switch t {
	case Int:
		return "int"
	case Double:
		return "double"
	case Bool:
		return "boolean"
	}
	return "string"
}

// Key is a declared attribute.
type Key struct {
	Name string
	Type Type
}

// AttrPrefix starts the names of the free attributes of actors and
// relations: Attrs["population"] is written as "attr.population".
const AttrPrefix = "attr."

// The fixed node and edge keys, in the order formats write them.
var (
	nodeKeys = []Key{{"name", String}, {"kind", String}, {"country", String}, {"title", String},
		{"aliases", String}, {"roles", String}, {"note", String}}
	edgeKeys = []Key{{"id", String}, {"kind", String}, {"sign", Int}, {"symmetric", Bool}, {"nature", String},
		{"since", String}, {"until", String}, {"weight", Double}, {"reported_by", String}, {"note", String},
		{"evidence_source", String}, {"quote", String}, {"evidence", String}}
)

// NodeKeys returns the node attributes of g: the fixed ones, then one
// "attr.KEY" per free attribute key any actor has, sorted.
func NodeKeys(g *graph.Graph) []Key {
	keys := slices.Clone(nodeKeys)
	seen := map[string]bool{}
	for a := range g.Actors() {
		for k := range a.Attrs {
			seen[k] = true
		}
	}
	return appendAttrKeys(keys, seen)
}

// EdgeKeys returns the edge attributes of g: the fixed ones, then one
// "attr.KEY" per free attribute key any relation has, sorted.
func EdgeKeys(g *graph.Graph) []Key {
	keys := slices.Clone(edgeKeys)
	seen := map[string]bool{}
	for r := range g.Relations() {
		for k := range r.Attrs {
			seen[k] = true
		}
	}
	return appendAttrKeys(keys, seen)
}

func appendAttrKeys(keys []Key, seen map[string]bool) []Key {
	for _, k := range slices.Sorted(maps.Keys(seen)) {
		keys = append(keys, Key{AttrPrefix + k, String})
	}
	return keys
}

// Role is a role as it is written in interchange formats.
type Role struct {
	Role  string `json:"role"`
	Of    string `json:"of,omitempty"`
	Since string `json:"since,omitempty"`
	Until string `json:"until,omitempty"`
}

// Citation is a piece of evidence as it is written in interchange formats.
type Citation struct {
	Source string `json:"source"`
	Quote  string `json:"quote,omitempty"`
	Note   string `json:"note,omitempty"`
}

// Roles converts actor roles for writing.
func Roles(rs []actors.Role) []Role {
	var out []Role
	for _, r := range rs {
		out = append(out, Role{Role: r.Role, Of: r.Of, Since: r.When.Since.String(), Until: r.When.Until.String()})
	}
	return out
}

// Citations converts evidence for writing.
func Citations(es []graph.Evidence) []Citation {
	var out []Citation
	for _, e := range es {
		out = append(out, Citation(e))
	}
	return out
}

// NodeValues returns the flat text value of every node attribute a sets;
// attributes a leaves empty are absent. Lists are JSON text.
func NodeValues(a actors.Actor) map[string]string {
	v := map[string]string{"name": a.Name}
	set := func(k, s string) {
		if s != "" {
			v[k] = s
		}
	}
	if a.Kind != actors.Unknown {
		v["kind"] = a.Kind.String()
	}
	set("country", a.Country)
	set("title", a.Title)
	if len(a.Aliases) > 0 {
		v["aliases"] = JSONText(a.Aliases)
	}
	if len(a.Roles) > 0 {
		v["roles"] = JSONText(Roles(a.Roles))
	}
	set("note", a.Note)
	for k, s := range a.Attrs {
		v[AttrPrefix+k] = s
	}
	return v
}

// EdgeValues returns the flat text value of every edge attribute r sets,
// with sign, symmetric and nature from its kind k. A point in time is
// written as since == until. Lists are JSON text; source and quote repeat
// the first citation.
func EdgeValues(r graph.Relation, k graph.Kind) map[string]string {
	v := map[string]string{
		"id":        r.ID,
		"kind":      r.Kind,
		"sign":      strconv.Itoa(int(k.Sign)),
		"symmetric": strconv.FormatBool(k.Symmetric),
		"nature":    k.Nature.String(),
		"weight":    strconv.FormatFloat(r.Weight, 'g', -1, 64),
	}
	set := func(k, s string) {
		if s != "" {
			v[k] = s
		}
	}
	set("since", r.When.Since.String())
	set("until", r.When.Until.String())
	set("reported_by", r.ReportedBy)
	set("note", r.Note)
	if len(r.Evidence) > 0 {
		set("evidence_source", r.Evidence[0].Source)
		set("quote", r.Evidence[0].Quote)
		v["evidence"] = JSONText(Citations(r.Evidence))
	}
	for k, s := range r.Attrs {
		v[AttrPrefix+k] = s
	}
	return v
}

// JSONText returns x as compact JSON without HTML escaping. It is meant for
// this package's own plain types.
func JSONText(x any) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(x); err != nil {
		panic(err) // only our own plain types are encoded
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// ErrBadValue means an attribute's value cannot be read. It comes wrapped
// in an *AttrError.
var ErrBadValue = errors.New("encoding: bad attribute value")

// AttrError is a problem with one attribute of a node or edge being read.
type AttrError struct {
	Item string // "node \"putin\"", "edge 3"
	Key  string // the attribute
	Err  error
}

// Error implements error.
func (e *AttrError) Error() string { return fmt.Sprintf("%s: %s: %v", e.Item, e.Key, e.Err) }

// Unwrap returns the underlying error.
func (e *AttrError) Unwrap() error { return e.Err }

// ActorFromValues reads an actor back from flat values (as written by
// [NodeValues]). Unknown keys without the "attr." prefix are kept as free
// attributes too, so graphs made by other tools lose nothing; a missing name
// defaults to a "label" attribute, then to the ID.
func ActorFromValues(id string, v map[string]string) (actors.Actor, error) {
	a := actors.Actor{ID: id}
	item := fmt.Sprintf("node %q", id)
	var errs []error
	bad := func(key string, err error) { errs = append(errs, &AttrError{Item: item, Key: key, Err: err}) }
	for _, key := range slices.Sorted(maps.Keys(v)) { // sorted, so problems come in the same order every run
		s := v[key]
		switch key {
		case "name":
			a.Name = s
		case "kind":
			k, err := actors.ParseKind(s)
			if err != nil {
				bad(key, fmt.Errorf("%w: %w", ErrBadValue, err))
			}
			a.Kind = k
		case "country":
			a.Country = s
		case "title":
			a.Title = s
		case "note":
			a.Note = s
		case "aliases":
			if err := json.Unmarshal([]byte(s), &a.Aliases); err != nil {
				bad(key, fmt.Errorf("%w: want a JSON list of strings: %v", ErrBadValue, err))
			}
		case "roles":
			var rs []Role
			if err := json.Unmarshal([]byte(s), &rs); err != nil {
				bad(key, fmt.Errorf("%w: want a JSON list of roles: %v", ErrBadValue, err))
				continue
			}
			roles, err := RolesFrom(rs)
			if err != nil {
				bad(key, err)
			}
			a.Roles = roles
		default:
			if a.Attrs == nil {
				a.Attrs = map[string]string{}
			}
			a.Attrs[strings.TrimPrefix(key, AttrPrefix)] = s
		}
	}
	if a.Name == "" {
		a.Name = v["label"]
		delete(a.Attrs, "label")
		if a.Name == "" {
			a.Name = id
		}
	}
	if len(a.Attrs) == 0 {
		a.Attrs = nil
	}
	return a, errors.Join(errs...)
}

// RolesFrom converts roles as read from an interchange format.
func RolesFrom(rs []Role) ([]actors.Role, error) {
	var out []actors.Role
	var errs []error
	for i, r := range rs {
		span, err := SpanFrom(r.Since, r.Until)
		if err != nil {
			errs = append(errs, fmt.Errorf("%w: roles[%d]: %w", ErrBadValue, i, err))
		}
		out = append(out, actors.Role{Role: r.Role, Of: r.Of, When: span})
	}
	return out, errors.Join(errs...)
}

// SpanFrom reads a span from its since and until text; either may be empty.
func SpanFrom(since, until string) (date.Span, error) {
	var s date.Span
	var errs []error
	if since != "" {
		d, err := date.Parse(since)
		errs = append(errs, err)
		s.Since = d
	}
	if until != "" {
		d, err := date.Parse(until)
		errs = append(errs, err)
		s.Until = d
	}
	return s, errors.Join(errs...)
}

// RelationFromValues reads a relation back from flat values (as written by
// [EdgeValues]) between from and to. The kind's own attributes (sign,
// symmetric, nature) are not read: the kind is looked up by name when the
// graph is built. Unknown keys become free attributes.
func RelationFromValues(item, from, to string, v map[string]string) (graph.Relation, error) {
	r := graph.Relation{From: from, To: to}
	var errs []error
	bad := func(key string, err error) { errs = append(errs, &AttrError{Item: item, Key: key, Err: err}) }
	var since, until string
	for _, key := range slices.Sorted(maps.Keys(v)) { // sorted, so problems come in the same order every run
		s := v[key]
		switch key {
		case "id":
			r.ID = s
		case "kind":
			r.Kind = s
		case "sign", "symmetric", "nature", "evidence_source", "quote", "key":
			// derived from the kind or repeated from evidence
		case "since":
			since = s
		case "until":
			until = s
		case "weight":
			w, err := strconv.ParseFloat(s, 64)
			if err != nil {
				bad(key, fmt.Errorf("%w: want a number, got %q", ErrBadValue, s))
			}
			r.Weight = w
		case "reported_by":
			r.ReportedBy = s
		case "note":
			r.Note = s
		case "evidence":
			var cs []Citation
			if err := json.Unmarshal([]byte(s), &cs); err != nil {
				bad(key, fmt.Errorf("%w: want a JSON list of citations: %v", ErrBadValue, err))
			}
			for _, c := range cs {
				r.Evidence = append(r.Evidence, graph.Evidence(c))
			}
		default:
			if r.Attrs == nil {
				r.Attrs = map[string]string{}
			}
			r.Attrs[strings.TrimPrefix(key, AttrPrefix)] = s
		}
	}
	if len(r.Evidence) == 0 && v["evidence_source"] != "" {
		r.Evidence = []graph.Evidence{{Source: v["evidence_source"], Quote: v["quote"]}}
	}
	span, err := SpanFrom(since, until)
	if err != nil {
		bad("since", fmt.Errorf("%w: %w", ErrBadValue, err))
	}
	r.When = span
	return r, errors.Join(errs...)
}

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

// Apply adds m's title, sources and kinds to b.
func (m Meta) Apply(b *graph.Builder) error {
	b.SetTitle(m.Title)
	var errs []error
	for i, s := range m.Sources {
		var d date.Date
		if s.Date != "" {
			var err error
			if d, err = date.Parse(s.Date); err != nil {
				errs = append(errs, fmt.Errorf("%w: sources[%d].date: %w", ErrBadValue, i, err))
			}
		}
		b.AddSource(graph.Source{ID: s.ID, Title: s.Title, Publisher: s.Publisher, URL: s.URL, Date: d, Note: s.Note})
	}
	for i, k := range m.Kinds {
		n, err := graph.ParseNature(k.Nature)
		if err != nil {
			errs = append(errs, fmt.Errorf("%w: kinds[%d].nature: %w", ErrBadValue, i, err))
		}
		b.AddKind(graph.Kind{Name: k.Name, Sign: graph.Sign(k.Sign), Symmetric: k.Symmetric, Nature: n,
			CAMEO: k.CAMEO, Goldstein: k.Goldstein, Phrase: k.Phrase, Description: k.Description})
	}
	return errors.Join(errs...)
}

// UnmarshalJSONText reads JSON text written by [JSONText].
func UnmarshalJSONText(s string, x any) error { return json.Unmarshal([]byte(s), x) }
