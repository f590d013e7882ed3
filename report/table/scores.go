package table

import (
	"fmt"
	"math"
	"slices"

	"github.com/diplograph/diplograph/graph/analysis"
)

// scoreIndex reads one list of scores: each actor's score, its name, and
// the actors in order of first appearance. It fails with ErrBadScores,
// naming what (a measure, a window) through where, on an empty ID, an
// actor scored twice or a score that is not finite.
func scoreIndex(where string, scores []analysis.Score) (map[string]float64, map[string]string, error) {
	val := make(map[string]float64, len(scores))
	name := make(map[string]string, len(scores))
	for i, s := range scores {
		switch {
		case s.ID == "":
			return nil, nil, fmt.Errorf("%w: %s, score %d: no actor ID", ErrBadScores, where, i)
		case math.IsNaN(s.Score) || math.IsInf(s.Score, 0):
			return nil, nil, fmt.Errorf("%w: %s, actor %q: score %v is not a finite number", ErrBadScores, where, s.ID, s.Score)
		}
		if _, dup := val[s.ID]; dup {
			return nil, nil, fmt.Errorf("%w: %s: actor %q is scored twice", ErrBadScores, where, s.ID)
		}
		val[s.ID] = s.Score
		name[s.ID] = s.Name
	}
	return val, name, nil
}

// actorSet collects actor IDs with their display names: the first
// non-empty name given wins, and an actor without one is called by its ID.
type actorSet struct {
	ids  []string
	name map[string]string
}

func (a *actorSet) add(names map[string]string) {
	if a.name == nil {
		a.name = map[string]string{}
	}
	for id, n := range names {
		old, seen := a.name[id]
		if !seen {
			a.ids = append(a.ids, id)
		}
		if old == "" {
			a.name[id] = n
		}
	}
}

// sorted returns the IDs in order.
func (a *actorSet) sorted() []string {
	slices.Sort(a.ids)
	return a.ids
}

// label returns the display name of id.
func (a *actorSet) label(id string) string {
	if n := a.name[id]; n != "" {
		return n
	}
	return id
}

// checkIsolated makes a set of isolated actors, failing with ErrBadScores
// on an ID no score names, so a typo never silently marks nobody.
func checkIsolated(where string, ids []string, known map[string]string) (map[string]bool, error) {
	out := make(map[string]bool, len(ids))
	for _, id := range ids {
		if _, ok := known[id]; !ok {
			return nil, fmt.Errorf("%w: %s: isolated actor %q has no score", ErrBadScores, where, id)
		}
		out[id] = true
	}
	return out, nil
}

// uniqueNames fails with ErrBadScores if a column name is empty or used
// twice.
func uniqueNames(what string, names []string) error {
	seen := map[string]bool{}
	for _, n := range names {
		switch {
		case n == "":
			return fmt.Errorf("%w: a %s has no name", ErrBadScores, what)
		case seen[n]:
			return fmt.Errorf("%w: the column name %q is used twice", ErrBadScores, n)
		}
		seen[n] = true
	}
	return nil
}
