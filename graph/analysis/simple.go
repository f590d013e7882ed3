package analysis

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/graph"
)

// TieKind is the relation kind of the graph [Projection.Simple] returns: one
// relation of kind "tie" stands for one edge of the projection. The kind is
// directed (an edge u->v and an edge v->u are two ties), neutral (each tie
// carries its own sign, see [Projection.Simple]) and of nature state, with
// no CAMEO code and a Goldstein value of 0. The graph declares it as its
// own kind, so exports carry its definition and read back with it.
const TieKind = "tie"

// The free attributes of a tie ([graph.Relation.Attrs]), named in the
// documentation of [Projection.Simple].
const (
	tieRelations   = "relations"
	tieRelationIDs = "relation_ids"
	tieKinds       = "kinds"
)

func tieKind() graph.Kind {
	return graph.Kind{Name: TieKind, Sign: graph.Neutral, Nature: graph.NatureState, Phrase: "is tied to",
		Description: "An edge of the projection: the selected relations from one actor to another " +
			"(a symmetric relation both ways), weighing the sum of their weights, signed by their net sign."}
}

// Simple returns the projection as a graph of its own, for export: the
// simple weighted directed graph every measure runs on, which any format
// of package graph/encoding writes (with the encoders' Simple setting, so
// that NetworkX reads a DiGraph with a cost attribute; the command's
// "export --projected" does this).
//
//   - Actors: every actor of the projection, in ID order, isolated ones
//     too (measures normalise by their number), as in the graph projected,
//     except that roles held in actors the projection leaves out are
//     dropped.
//   - Relations: one per projected edge u->v, in edge order (by u, then
//     v), of kind [TieKind], from u to v, its ID derived by [graph.Builder]
//     ("USA-tie-RUS"), without time, evidence or attribution (the
//     relations behind the edge have them: look them up by ID in the graph
//     projected).
//   - Weight: the edge's weight ([Projection.EdgeWeight]).
//   - Sign: the relation's own ([graph.Relation.WithSign]), the edge's net
//     sign: the sign of the sum over its relations of kind sign times
//     weight, as [DirectedSignedEdges] has it; neutral where the sum is 0.
//   - Free attributes: "relations", the number of relations on the edge
//     ([Projection.EdgeRelations]); "relation_ids", their IDs in relation
//     order, joined by commas; "kinds", their kinds, sorted, each once,
//     joined by commas.
//   - Title: the projected graph's; sources: none.
//
// A symmetric relation (met, negotiated) falls on both u->v and v->u, so
// its ID is listed on both ties and its weight counted in both, as the
// measures count it.
//
// Projecting the result again with [WeightByRelation] gives back p's
// actors, edges and weights exactly:
//
//	s, err := p.Simple()
//	q := analysis.Project(s, analysis.ProjectOptions{Weighting: analysis.WeightByRelation})
//	// q.EdgeWeight(u, v) == p.EdgeWeight(u, v) for every u, v
//
// so every measure gives the same numbers on q as on p, and NetworkX gives
// them on the export; the package documentation ("Exporting the
// projection") shows the calls.
//
// Cost: O(n + m + r) time and memory for n actors, m edges and r relation
// references on the edges, plus the build of the graph. It fails only
// when an edge weighs more than the largest float64 (a sum of weights that
// overflowed), with an error wrapping graph.ErrBadWeight, and never
// panics.
func (p *Projection) Simple() (*graph.Graph, error) {
	b := graph.NewBuilder()
	b.AddKind(tieKind())
	if p.g != nil {
		b.SetTitle(p.g.Title())
	}
	for i, id := range p.ids {
		if p.g == nil {
			b.Add(actors.New(id, p.names[i], actors.Unknown))
			continue
		}
		a, _ := p.g.Actor(id)
		b.Add(p.keepRoles(a))
	}
	var kinds []string
	for u := range int32(p.Len()) {
		for e := p.out.off[u]; e < p.out.off[u+1]; e++ {
			v, w := p.out.to[e], p.out.w[e]
			if math.IsInf(w, 0) {
				return nil, fmt.Errorf("%w: the projected edge %s -> %s weighs more than the largest float64 (its relations' weights overflow when added)",
					graph.ErrBadWeight, p.ids[u], p.ids[v])
			}
			r := graph.NewRelation(p.ids[u], p.ids[v], TieKind)
			r.Weight = w
			coop, host := p.edgeSums(int(e))
			switch net := coop - host; {
			case net > 0:
				r = r.WithSign(graph.Cooperative)
			case net < 0:
				r = r.WithSign(graph.Hostile)
			default:
				r = r.WithSign(graph.Neutral)
			}
			rels := p.rels[p.relOff[e]:p.relOff[e+1]]
			ids := make([]string, 0, len(rels))
			kinds = kinds[:0]
			for _, i := range rels {
				rel := p.g.RelationAt(int(i))
				ids = append(ids, rel.ID)
				kinds = append(kinds, rel.Kind)
			}
			slices.Sort(kinds)
			r.Attrs = map[string]string{
				tieRelations:   strconv.Itoa(len(rels)),
				tieRelationIDs: strings.Join(ids, ","),
				tieKinds:       strings.Join(slices.Compact(kinds), ","),
			}
			b.AddRelation(r)
		}
	}
	g, err := b.Build()
	if err != nil {
		return nil, fmt.Errorf("analysis: the simple graph of the projection: %w", err)
	}
	return g, nil
}

// keepRoles returns a, without the roles held in actors that are not in
// the projection (a graph cannot name an unknown actor).
func (p *Projection) keepRoles(a actors.Actor) actors.Actor {
	keep := func(r actors.Role) bool {
		_, ok := p.index(r.Of)
		return r.Of == "" || ok
	}
	if !slices.ContainsFunc(a.Roles, func(r actors.Role) bool { return !keep(r) }) {
		return a
	}
	a = a.Clone()
	a.Roles = slices.DeleteFunc(a.Roles, func(r actors.Role) bool { return !keep(r) })
	return a
}
