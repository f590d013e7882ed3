package schema

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/graph"
)

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

// JSONText returns x as compact JSON without HTML escaping. It fails on
// values JSON cannot carry, such as NaN.
func JSONText(x any) (string, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(x); err != nil {
		return "", err
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}

// NodeValues returns the flat text value of every node attribute a sets;
// attributes a leaves empty are absent. Lists are JSON text.
func NodeValues(a actors.Actor) (map[string]string, error) {
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
	set("note", a.Note)
	for k, s := range a.Attrs {
		v[AttrPrefix+k] = s
	}
	var err error
	if len(a.Aliases) > 0 {
		if v["aliases"], err = JSONText(a.Aliases); err != nil {
			return nil, err
		}
	}
	if len(a.Roles) > 0 {
		if v["roles"], err = JSONText(Roles(a.Roles)); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// EdgeValues returns the flat text value of every edge attribute r sets,
// with symmetric and nature from its kind k, and sign the relation's own
// sign if it has one, else k's (the sign it counts with). A point in time is
// written as since == until. Lists are JSON text; evidence_source and
// quote repeat the first citation.
func EdgeValues(r graph.Relation, k graph.Kind) (map[string]string, error) {
	sign := k.Sign
	if s, ok := r.OwnSign(); ok {
		sign = s
	}
	v := map[string]string{
		"id":        r.ID,
		"kind":      r.Kind,
		"sign":      strconv.Itoa(int(sign)),
		"symmetric": strconv.FormatBool(k.Symmetric),
		"nature":    k.Nature.String(),
		"weight":    FormatWeight(r.Weight),
	}
	set := func(k, s string) {
		if s != "" {
			v[k] = s
		}
	}
	if r.Count > 1 {
		v[CountKey] = strconv.Itoa(r.Count)
	}
	set("since", r.When.Since.String())
	set("until", r.When.Until.String())
	set("reported_by", r.ReportedBy)
	set("note", r.Note)
	for k, s := range r.Attrs {
		v[AttrPrefix+k] = s
	}
	if len(r.Evidence) > 0 {
		set("evidence_source", r.Evidence[0].Source)
		set("quote", r.Evidence[0].Quote)
		ev, err := JSONText(Citations(r.Evidence))
		if err != nil {
			return nil, err
		}
		v["evidence"] = ev
	}
	return v, nil
}

// FormatWeight writes a weight as the shortest text that reads back to
// the same number.
func FormatWeight(w float64) string { return strconv.FormatFloat(w, 'g', -1, 64) }
