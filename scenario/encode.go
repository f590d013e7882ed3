package scenario

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
)

// The file as written. Field order is the order of the output; the json
// tags name the fields of both formats; yaml:"flow" asks for flow style
// (a list of strings on one line, or each item of a list as a one-line
// mapping). Decode's field lists must match these tags; a test checks.

type fileDoc struct {
	Title     string        `json:"title,omitempty"`
	Sources   []sourceDoc   `json:"sources,omitempty"`
	Kinds     []kindDoc     `json:"kinds,omitempty"`
	Actors    []actorDoc    `json:"actors"`
	Relations []relationDoc `json:"relations"`
}

type sourceDoc struct {
	ID        string   `json:"id"`
	Title     string   `json:"title,omitempty"`
	Publisher string   `json:"publisher,omitempty"`
	URL       string   `json:"url,omitempty"`
	Date      dateText `json:"date,omitempty"`
	Note      string   `json:"note,omitempty"`
}

type kindDoc struct {
	Name        string   `json:"name"`
	Sign        int      `json:"sign"`
	Symmetric   bool     `json:"symmetric"`
	Nature      string   `json:"nature"`
	CAMEO       []string `json:"cameo,omitempty" yaml:"flow"`
	Goldstein   float64  `json:"goldstein,omitempty"`
	Phrase      string   `json:"phrase,omitempty"`
	Description string   `json:"description,omitempty"`
}

type actorDoc struct {
	ID      string            `json:"id"`
	Name    string            `json:"name,omitempty"`
	Kind    string            `json:"kind,omitempty"`
	Country string            `json:"country,omitempty"`
	Title   string            `json:"title,omitempty"`
	Aliases []string          `json:"aliases,omitempty" yaml:"flow"`
	Roles   []roleDoc         `json:"roles,omitempty" yaml:"flow"`
	Note    string            `json:"note,omitempty"`
	Attrs   map[string]string `json:"attrs,omitempty"`
}

type roleDoc struct {
	Role  string   `json:"role"`
	Of    string   `json:"of,omitempty"`
	Since dateText `json:"since,omitempty"`
	Until dateText `json:"until,omitempty"`
}

type relationDoc struct {
	ID         string            `json:"id"`
	From       string            `json:"from"`
	To         string            `json:"to"`
	Kind       string            `json:"kind"`
	Sign       signText          `json:"sign,omitempty"` // the relation's own sign; "" for its kind's
	Date       dateText          `json:"date,omitempty"`
	Since      dateText          `json:"since,omitempty"`
	Until      dateText          `json:"until,omitempty"`
	Source     string            `json:"source,omitempty"`
	Quote      string            `json:"quote,omitempty"`
	Evidence   []evidenceDoc     `json:"evidence,omitempty"`
	ReportedBy string            `json:"reported_by,omitempty"`
	Weight     float64           `json:"weight,omitempty"` // 0 here stands for the default, 1
	Count      int               `json:"count,omitempty"`  // 0 here stands for the default, 1
	Note       string            `json:"note,omitempty"`
	Attrs      map[string]string `json:"attrs,omitempty"`
}

type evidenceDoc struct {
	Source string `json:"source"`
	Quote  string `json:"quote,omitempty"`
	Note   string `json:"note,omitempty"`
}

// dateText is a date as written: YYYY, YYYY-MM or YYYY-MM-DD. YAML output
// writes it plain, as people write dates.
type dateText string

func dateOf(d date.Date) dateText { return dateText(d.String()) }

// signText is a relation's own sign as written: -1, 0 or 1, a number in
// both syntaxes (as a kind's sign is).
type signText string

// MarshalJSON writes the sign as a JSON number.
func (s signText) MarshalJSON() ([]byte, error) { return []byte(s), nil }

// newFileDoc returns the file's parts before its relations, which are
// written one at a time (see [relationDocOf]) so that a large graph is not
// held twice; Relations is left nil. It checks every string of the file,
// the relations' included, so that nothing is written when one of them
// cannot be.
func newFileDoc(g *graph.Graph) (*fileDoc, error) {
	doc := &fileDoc{Title: g.Title(), Actors: []actorDoc{}}
	for s := range g.Sources() {
		doc.Sources = append(doc.Sources, sourceDoc{ID: s.ID, Title: s.Title, Publisher: s.Publisher, URL: s.URL, Date: dateOf(s.Date), Note: s.Note})
	}
	for _, k := range g.CustomKinds() {
		doc.Kinds = append(doc.Kinds, kindDoc{Name: k.Name, Sign: int(k.Sign), Symmetric: k.Symmetric, Nature: k.Nature.String(),
			CAMEO: slices.Clone(k.CAMEO), Goldstein: k.Goldstein, Phrase: k.Phrase, Description: k.Description})
	}
	for _, a := range actorsToWrite(g) {
		ad := actorDoc{ID: a.ID, Name: a.Name, Country: a.Country, Title: a.Title, Aliases: slices.Clone(a.Aliases), Note: a.Note, Attrs: a.Attrs}
		if a.Kind != 0 {
			ad.Kind = a.Kind.String()
		}
		for _, r := range a.Roles {
			ad.Roles = append(ad.Roles, roleDoc{Role: r.Role, Of: r.Of, Since: dateOf(r.When.Since), Until: dateOf(r.When.Until)})
		}
		doc.Actors = append(doc.Actors, ad)
	}
	if err := checkUTF8(reflect.ValueOf(doc).Elem(), ""); err != nil {
		return nil, err
	}
	i := 0
	for r := range g.Relations() {
		rd := relationDocOf(r)
		if err := checkUTF8(reflect.ValueOf(&rd).Elem(), indexPath("relations", i)); err != nil {
			return nil, err
		}
		i++
	}
	return doc, nil
}

// relationDocOf returns r as written.
func relationDocOf(r graph.Relation) relationDoc {
	rd := relationDoc{ID: r.ID, From: r.From, To: r.To, Kind: r.Kind, ReportedBy: r.ReportedBy, Note: r.Note, Attrs: r.Attrs}
	if s, ok := r.OwnSign(); ok {
		rd.Sign = signText(strconv.Itoa(int(s)))
	}
	if r.When.IsPoint() {
		rd.Date = dateOf(r.When.Since)
	} else {
		rd.Since, rd.Until = dateOf(r.When.Since), dateOf(r.When.Until)
	}
	if len(r.Evidence) == 1 && r.Evidence[0].Note == "" && r.Evidence[0].Source != "" {
		rd.Source, rd.Quote = r.Evidence[0].Source, r.Evidence[0].Quote
	} else {
		for _, ev := range r.Evidence {
			rd.Evidence = append(rd.Evidence, evidenceDoc(ev))
		}
	}
	if r.Weight != 1 {
		rd.Weight = r.Weight
	}
	if r.Count > 1 {
		rd.Count = r.Count
	}
	return rd
}

// flushAt is the size at which an encoder hands what it has written to
// its writer.
const flushAt = 64 << 10

// output is an encoder's buffer in front of its writer: the writers below
// write into the buffer and call flush between relations, so that memory
// does not grow with the file. The first write error is kept and ends
// the writing.
type output struct {
	bytes.Buffer
	w   io.Writer
	err error
}

// flush writes the buffer out once it holds flushAt bytes, or at once if
// all is true.
func (o *output) flush(all bool) {
	if o.err == nil && (all || o.Len() >= flushAt) {
		_, o.err = o.w.Write(o.Bytes())
	}
	if all || o.Len() >= flushAt {
		o.Reset()
	}
}

// actorsToWrite returns g's actors, sorted by ID. A view made by
// [graph.Graph.Filter] may leave out actors that its relations and actors
// still cite (reporters, the actors roles are held in); those are added
// from the graph it was filtered from, so that the file loads.
func actorsToWrite(g *graph.Graph) []actors.Actor {
	as := slices.Collect(g.Actors())
	origin := g.Origin()
	if origin == nil || origin == g {
		return as
	}
	have := make(map[string]bool, len(as))
	for _, a := range as {
		have[a.ID] = true
	}
	var queue []string
	need := func(id string) {
		if id != "" && !have[id] {
			have[id] = true
			queue = append(queue, id)
		}
	}
	for r := range g.Relations() {
		need(r.From)
		need(r.To)
		need(r.ReportedBy)
	}
	for _, a := range as {
		for _, role := range a.Roles {
			need(role.Of)
		}
	}
	added := false
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		if a, ok := origin.Actor(id); ok {
			as = append(as, a)
			added = true
			for _, role := range a.Roles {
				need(role.Of)
			}
		}
	}
	if added {
		slices.SortFunc(as, func(a, b actors.Actor) int { return strings.Compare(a.ID, b.ID) })
	}
	return as
}

// checkUTF8 returns an error for the first string of v that is not valid
// UTF-8: neither format could carry it unchanged.
func checkUTF8(v reflect.Value, path string) error {
	bad := func(p string) error { return &Error{Path: p, Err: ErrNotUTF8} }
	switch v.Kind() {
	case reflect.String:
		if !utf8.ValidString(v.String()) {
			return bad(path)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if err := checkUTF8(v.Field(i), fieldPath(path, jsonName(v.Type().Field(i)))); err != nil {
				return err
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			if err := checkUTF8(v.Index(i), indexPath(path, i)); err != nil {
				return err
			}
		}
	case reflect.Map:
		keys := v.MapKeys()
		slices.SortFunc(keys, func(a, b reflect.Value) int { return strings.Compare(a.String(), b.String()) })
		for _, k := range keys {
			if !utf8.ValidString(k.String()) {
				return bad(path)
			}
			if err := checkUTF8(v.MapIndex(k), fieldPath(path, k.String())); err != nil {
				return err
			}
		}
	}
	return nil
}

// jsonName returns a struct field's name in the file.
func jsonName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	return name
}

func omitEmpty(f reflect.StructField) bool {
	_, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
	return opts == "omitempty"
}

// writeJSON writes doc and then g's relations, one at a time, as one
// indented JSON object: the bytes json.Encoder writes for the whole file.
func writeJSON(out *output, doc *fileDoc, g *graph.Graph) error {
	enc := json.NewEncoder(out)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		return err
	}
	// doc ends with its Relations, nil: `"relations": null`, then "}".
	tail := []byte("null\n}\n")
	if !bytes.HasSuffix(out.Bytes(), tail) {
		return fmt.Errorf("scenario: internal error: the JSON head ends in %q", out.Bytes()[max(0, out.Len()-20):])
	}
	out.Truncate(out.Len() - len(tail))
	item := json.NewEncoder(out)
	item.SetIndent("    ", "  ")
	item.SetEscapeHTML(false)
	n := 0
	for r := range g.Relations() {
		if n == 0 {
			out.WriteString("[\n    ")
		} else {
			out.WriteString(",\n    ")
		}
		n++
		if err := item.Encode(relationDocOf(r)); err != nil {
			return err
		}
		out.Truncate(out.Len() - 1) // Encode's newline
		if out.flush(false); out.err != nil {
			return out.err
		}
	}
	if n == 0 {
		out.WriteString("[]\n}\n")
	} else {
		out.WriteString("\n  ]\n}\n")
	}
	return nil
}
