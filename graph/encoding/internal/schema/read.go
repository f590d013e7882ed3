package schema

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
	"github.com/diplograph/diplograph/graph/encoding"
)

// Problem is a value that cannot be read: the attribute and what is wrong.
// The format places it with [Places.Error].
type Problem struct {
	Key string
	Err error
}

func badValue(key, format string, args ...any) Problem {
	return Problem{Key: key, Err: fmt.Errorf("%w: "+format, append([]any{encoding.ErrBadValue}, args...)...)}
}

// ActorFromValues reads an actor back from flat values (as written by
// [NodeValues]), in sorted key order so problems come in the same order
// every run. Unknown keys are kept as free attributes, without their
// "attr." prefix if they have one (see setAttr), so graphs made by other
// tools lose nothing; a missing name defaults to a "label" attribute, then
// to the ID.
func ActorFromValues(id string, v map[string]string) (actors.Actor, []Problem) {
	a := actors.Actor{ID: id}
	var probs []Problem
	for _, key := range slices.Sorted(maps.Keys(v)) {
		s := v[key]
		switch key {
		case "name":
			a.Name = s
		case "kind":
			k, err := actors.ParseKind(s)
			if err != nil {
				probs = append(probs, badValue(key, "%w", err))
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
				probs = append(probs, badValue(key, "want a JSON list of strings%s", JSONDetail(err)))
			}
		case "roles":
			var rs []Role
			if err := json.Unmarshal([]byte(s), &rs); err != nil {
				probs = append(probs, badValue(key, "want a JSON list of roles%s", JSONDetail(err)))
				continue
			}
			roles, err := RolesFrom(rs)
			if err != nil {
				probs = append(probs, Problem{Key: key, Err: err})
			}
			a.Roles = roles
		default:
			a.Attrs = setAttr(a.Attrs, v, key, s)
		}
	}
	if a.Name == "" {
		a.Name = id
		if label := v["label"]; label != "" {
			a.Name = label
			if _, ok := v[AttrPrefix+"label"]; !ok {
				delete(a.Attrs, "label") // it is the name
			}
		}
	}
	if len(a.Attrs) == 0 {
		a.Attrs = nil
	}
	return a, probs
}

// setAttr sets the free attribute of value key to s: "attr.KEY" sets KEY,
// and so does an unknown KEY without the prefix, unless v also has
// "attr.KEY", which wins.
func setAttr(attrs, v map[string]string, key, s string) map[string]string {
	name, prefixed := strings.CutPrefix(key, AttrPrefix)
	if !prefixed {
		if _, ok := v[AttrPrefix+key]; ok {
			return attrs
		}
	}
	if attrs == nil {
		attrs = map[string]string{}
	}
	attrs[name] = s
	return attrs
}

// derivedCost reports whether the cost text s is the one a simple-mode
// encoder writes for weight w (w == 0: the default weight, 1).
func derivedCost(s string, w float64) bool {
	if w == 0 {
		w = 1
	}
	c, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	return err == nil && c == Cost(w)
}

// RolesFrom converts roles as read from an interchange format. Problems
// wrap encoding.ErrBadValue and name the role: "roles[1]: ...".
func RolesFrom(rs []Role) ([]actors.Role, error) {
	var out []actors.Role
	var errs []error
	for i, r := range rs {
		span, err := SpanFrom(r.Since, r.Until)
		if err != nil {
			errs = append(errs, fmt.Errorf("%w: roles[%d]: %w", encoding.ErrBadValue, i, err))
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
// [EdgeValues]) between from and to, in sorted key order. The kind's own
// attributes (symmetric, nature) are not read: the kind is looked up by
// name when the graph is built. A sign other than the kind's, as
// kindSign tells it, is the relation's own ([graph.Relation.WithSign]);
// so is any sign of a kind kindSign does not know. evidence_source and quote are read only
// when there is no evidence list. A "key" (a NetworkX multigraph key) is
// dropped, and so is a "cost" equal to 1/weight (what a simple-mode encoder
// derives, see [CostKey]); any other cost is a free attribute. A missing
// "count" leaves Count 0, which Build makes 1. Unknown keys become free attributes.
func RelationFromValues(from, to string, v map[string]string, kindSign func(kind string) (graph.Sign, bool)) (graph.Relation, []Problem) {
	r := graph.Relation{From: from, To: to}
	var probs []Problem
	for _, key := range slices.Sorted(maps.Keys(v)) {
		s := v[key]
		switch key {
		case "id":
			r.ID = s
		case "kind":
			r.Kind = s
		case "symmetric", "nature", "evidence_source", "quote", "key", "sign", "since", "until", CostKey:
			// derived from the kind or the weight, repeated from evidence, or read below
		case "weight":
			w, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
			switch {
			case err != nil:
				probs = append(probs, badValue(key, "want a number, got %q", s))
			case w == 0:
				// Build would take 0 for "not given" and make it 1.
				probs = append(probs, Problem{Key: key, Err: fmt.Errorf("%w 0: want a positive number (leave the weight out for the default, 1)", graph.ErrBadWeight)})
			}
			r.Weight = w
		case CountKey:
			n, err := strconv.Atoi(strings.TrimSpace(s))
			if err != nil || n < 1 {
				probs = append(probs, badValue(key, "want a whole number of occurrences, at least 1, got %q", s))
			}
			r.Count = n
		case "reported_by":
			r.ReportedBy = s
		case "note":
			r.Note = s
		case "evidence":
			var cs []Citation
			if err := json.Unmarshal([]byte(s), &cs); err != nil {
				probs = append(probs, badValue(key, "want a JSON list of citations%s", JSONDetail(err)))
			}
			for _, c := range cs {
				r.Evidence = append(r.Evidence, graph.Evidence(c))
			}
		default:
			r.Attrs = setAttr(r.Attrs, v, key, s)
		}
	}
	if _, ok := v["evidence"]; !ok && (v["evidence_source"] != "" || v["quote"] != "") {
		r.Evidence = []graph.Evidence{{Source: v["evidence_source"], Quote: v["quote"]}}
	}
	if s, ok := v[CostKey]; ok && !derivedCost(s, r.Weight) {
		r.Attrs = setAttr(r.Attrs, v, CostKey, s)
	}
	if s, ok := v["sign"]; ok {
		sign, err := graph.ParseSign(strings.TrimSpace(s))
		if err != nil {
			probs = append(probs, badValue("sign", "%w", err))
		} else if ks, known := kindSign(r.Kind); !known || ks != sign {
			r = r.WithSign(sign)
		}
	}
	for _, key := range []string{"since", "until"} {
		if s := v[key]; s != "" {
			d, err := date.Parse(s)
			if err != nil {
				probs = append(probs, badValue(key, "%w", err))
			}
			if key == "since" {
				r.When.Since = d
			} else {
				r.When.Until = d
			}
		}
	}
	return r, probs
}
