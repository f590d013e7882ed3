package events

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/diplograph/diplograph/graph"
)

// Graph builds the graph of everything ingested so far: the actors (sorted
// by ID), the sources cited (sorted by ID), the kinds used that are not
// built in, and the relations in the order their first event was read. It
// may be called more than once, and reading may go on afterwards. It costs
// O(A log A + S log S + R) time for A actors, S sources and R relations,
// and holds a copy of the result while the graph is built.
func (in *Ingester) Graph() (*graph.Graph, error) { return in.graph(false) }

// graph builds the graph. With release set it lets go of the ingester's
// records as their relations are added, and of the folding state, so that
// they do not coexist with the whole graph: the ingester is unusable
// afterwards (IngestFiles, whose ingester ends there, takes its report
// first).
func (in *Ingester) graph(release bool) (*graph.Graph, error) {
	if release {
		in.keys, in.oldKeys, in.pend, in.oldPend, in.byEvent = nil, nil, nil, nil, nil
	}
	b := graph.NewBuilder()
	b.SetTitle(in.opts.Title)
	reg := in.mapping.reg
	kinds := make([]string, 0, len(in.kindsUsed))
	for k := range in.kindsUsed {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	for _, name := range kinds {
		if !reg.IsBuiltin(name) {
			k, _ := reg.Kind(name)
			b.AddKind(k)
		}
	}
	ids := make([]string, 0, len(in.actors))
	for id := range in.actors {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		b.Add(in.actors[id])
	}
	sids := make([]string, 0, len(in.sources))
	for id := range in.sources {
		sids = append(sids, id)
	}
	slices.Sort(sids)
	for _, id := range sids {
		b.AddSource(in.sources[id])
	}
	if release {
		in.actors, in.sources = nil, nil
	}
	var sc scratch // one map and slice for every relation: AddRelation copies what it keeps
	for k, ch := range in.recs.chunks {
		for i := range ch {
			if !ch[i].dead {
				b.AddRelation(in.relation(&ch[i], &sc))
			}
		}
		if release {
			in.recs.chunks[k] = nil
		}
	}
	g, err := b.Build()
	if err != nil {
		return nil, fmt.Errorf("events: building the graph (a bug in package events): %w", err)
	}
	return g, nil
}

// num writes a number in its shortest form, rounded to 4 decimals.
func num(v float64) string {
	return strconv.FormatFloat(math.Round(v*1e4)/1e4, 'f', -1, 64)
}

// scratch is what relation reuses from one relation to the next.
type scratch struct {
	attrs map[string]string
	codes []string
}

// relation returns the relation of r, its Attrs sc's map: valid until the
// next call with sc.
func (in *Ingester) relation(r *rec, sc *scratch) graph.Relation {
	n := float64(r.count)
	rel := graph.Relation{ID: r.id(), From: r.from, To: r.to, Kind: r.kind, When: r.when, Count: int(r.count), Evidence: r.evidence}
	switch in.opts.Weight {
	case WeightCount:
		rel.Weight = n
	case WeightGoldsteinSum:
		rel.Weight = math.Max(r.gabs, MinWeight)
	default:
		rel.Weight = math.Max(r.gabs/n, MinWeight)
	}
	if sc.attrs == nil {
		sc.attrs = make(map[string]string, 16)
	}
	a := sc.attrs
	clear(a)
	a[AttrDataset] = datasets(r.datasets)
	if len(r.codes) == 1 {
		a[AttrCAMEO] = r.codes[0]
	} else {
		sc.codes = append(sc.codes[:0], r.codes...)
		slices.Sort(sc.codes)
		a[AttrCAMEO] = strings.Join(sc.codes, ",")
	}
	a[AttrGoldstein] = num(r.gsum / n)
	if r.mirrored > 0 {
		a[AttrMirrored] = strconv.FormatInt(r.mirrored, 10)
	}
	if r.repeats > 0 {
		a[AttrRepeats] = strconv.FormatInt(r.repeats, 10)
	}
	if r.omitted > 0 {
		a[AttrEvidenceOmitted] = strconv.FormatInt(r.omitted, 10)
	}
	if !r.added.IsZero() {
		if r.addedDay {
			a[AttrDateAdded] = r.added.Format(time.DateOnly)
		} else {
			a[AttrDateAdded] = r.added.Format(time.RFC3339)
		}
	}
	gdelt := r.datasets&(1<<GDELT1|1<<GDELT2) != 0
	if gdelt {
		a[AttrGDELTNumMentions] = strconv.FormatInt(r.mentions, 10)
		a[AttrGDELTNumSources] = strconv.FormatInt(r.nsources, 10)
		a[AttrGDELTNumArticles] = strconv.FormatInt(r.articles, 10)
		a[AttrGDELTAvgTone] = num(r.toneSum / n)
	}
	if in.agg != nil {
		a[AttrPeriod] = in.opts.Aggregate.String()
		if gdelt {
			a[AttrGDELTRootEvents] = strconv.FormatInt(r.roots, 10)
		}
	} else if r.icews {
		a[AttrICEWSEventID] = r.eventID
		if r.story != "" {
			a[AttrICEWSStoryID] = r.story
		}
		a[AttrICEWSSentence] = strconv.Itoa(r.sentence)
		if r.text != "" {
			a[AttrICEWSEventText] = r.text
		}
	} else {
		a[AttrGDELTEventID] = r.eventID
		a[AttrGDELTIsRoot] = boolNum(r.isRoot)
		a[AttrGDELTQuadClass] = strconv.Itoa(r.quad)
	}
	rel.Attrs = a
	return rel
}

func boolNum(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

func datasets(bits uint8) string {
	switch bits {
	case 1 << GDELT1:
		return GDELT1.String()
	case 1 << GDELT2:
		return GDELT2.String()
	case 1 << ICEWS:
		return ICEWS.String()
	}
	var names []string
	for _, f := range []Dataset{GDELT1, GDELT2, ICEWS} {
		if bits&(1<<f) != 0 {
			names = append(names, f.String())
		}
	}
	return strings.Join(names, ",")
}
