package events

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/graph"
)

// KindGuess is one rule by which the [Ingester] guessed the kinds of the
// actors it made: what it read and the kind it chose, with the actors it
// made so. Options.ActorKinds overrides a guess for an actor.
type KindGuess struct {
	// Basis is the rule that chose the kind: "ICEWS sectors: Executive
	// Office", "ICEWS named actor, no sectors", "ICEWS named actor,
	// sectors: role GOV", "GDELT type GOV", "role GOV" (at role
	// granularity), ...
	Basis   string
	Kind    actors.Kind // the kind guessed
	Actors  int         // actors given this kind on this basis
	Example []string    // the first MaxExampleLines of them, in the order they were made
}

// Override is one entry of Options.ActorCountries or Options.ActorKinds and
// what it changed; one that changed nothing names an actor the data does
// not have (or a misspelt ID).
type Override struct {
	ID      string      // the actor ID it is keyed by
	Country string      // the country it sets, "" for none
	Kind    actors.Kind // the kind it sets, Unknown for none
	Sides   int64       // event sides whose country it set
	Actors  int         // actors whose kind it set
}

type guessKey struct {
	basis string
	kind  actors.Kind
}

func (in *Ingester) override(id string) *Override {
	o := in.overrides[id]
	if o == nil {
		o = &Override{ID: id}
		in.overrides[id] = o
	}
	return o
}

// mapCountry applies Options.ActorCountries to one side of an event, keyed
// by its full-granularity ID.
func (in *Ingester) mapCountry(side Actor, d Dataset) Actor {
	if len(in.opts.ActorCountries) == 0 || side.IsZero() {
		return side
	}
	id := side.Code
	if d == ICEWS {
		id = Slug(side.Name)
	}
	o, ok := in.overrides[id]
	if !ok || o.Country == "" {
		return side
	}
	o.Sides++
	side.Country = o.Country
	side.CountryName, _ = actors.Country(o.Country)
	return side
}

// guess notes the basis of a new actor's kind, unless the kind came from
// the country table.
func (in *Ingester) guess(a actors.Actor, side *Actor, d Dataset) {
	if a.ID == a.Country && a.ID != "" || in.opts.ActorFunc != nil {
		return
	}
	var basis string
	role := ""
	if d == ICEWS {
		role = icewsRole(side.Sectors)
	} else {
		role = side.Types[0]
	}
	switch {
	case in.opts.Actors != ActorsFull && role != "" && a.ID == a.Country+role:
		basis = "role " + role
	case d == ICEWS:
		_, basis = icewsGuess(side.Name, side.Sectors)
	case side.KnownGroup != "" && a.ID == side.KnownGroup:
		basis = "GDELT known group"
	case side.Types[0] == "":
		basis = "GDELT actor code with no type"
	default:
		basis = "GDELT type " + side.Types[0]
	}
	k := guessKey{basis, a.Kind}
	g := in.guesses[k]
	if g == nil {
		g = &KindGuess{Basis: basis, Kind: a.Kind}
		in.guesses[k] = g
	}
	g.Actors++
	if len(g.Example) < MaxExampleLines {
		g.Example = append(g.Example, strings.Clone(a.ID))
	}
}

func (in *Ingester) guessList() []KindGuess {
	out := make([]KindGuess, 0, len(in.guesses))
	for _, g := range in.guesses {
		c := *g
		c.Example = slices.Clone(g.Example)
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b KindGuess) int {
		return cmp.Or(cmp.Compare(b.Actors, a.Actors), strings.Compare(a.Basis, b.Basis), cmp.Compare(a.Kind, b.Kind))
	})
	return out
}

func (in *Ingester) overrideList() []Override {
	out := make([]Override, 0, len(in.overrides))
	for _, o := range in.overrides {
		out = append(out, *o)
	}
	slices.SortFunc(out, func(a, b Override) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// ReadActorTable reads a table of actor IDs and values, the file form of
// Options.ActorCountries and Options.ActorKinds (and of the command's
// --country-map and --actor-kind): one "ID=VALUE" a line ("crimea=UKR";
// a tab or spaces may stand for '='), blank lines and lines starting with
// '#' ignored, spaces around either side trimmed. An ID given twice with
// different values, a line with no value and a malformed ID are errors,
// each reported with name:line, all of them wrapping ErrConfig. The values
// are returned as written: the caller parses them.
func ReadActorTable(r io.Reader, name string) (map[string]string, error) {
	sc := bufio.NewScanner(r)
	out := map[string]string{}
	var errs []string
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		id, val, ok := strings.Cut(text, "=")
		if !ok {
			id, val, ok = strings.Cut(text, "\t")
		}
		if !ok {
			id, val, ok = strings.Cut(text, " ")
		}
		id, val = strings.TrimSpace(id), strings.TrimSpace(val)
		switch {
		case !ok || val == "":
			errs = append(errs, fmt.Sprintf("%s:%d: want ID=VALUE, got %q", name, line, text))
		case graph.ValidateID(id) != nil:
			errs = append(errs, fmt.Sprintf("%s:%d: %q is not an actor ID", name, line, id))
		case out[id] != "" && out[id] != val:
			errs = append(errs, fmt.Sprintf("%s:%d: %s is given twice: %s and %s", name, line, id, out[id], val))
		default:
			out[id] = val
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Sprintf("%s:%d: %v", name, line, err))
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("%w:\n%s", ErrConfig, strings.Join(errs, "\n"))
	}
	return out, nil
}
