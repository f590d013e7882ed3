package render

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
)

// This file draws dyad diagrams: one line per pair of actors for graphs of
// many relations, such as coded event data (see Options.Dyads).

// DyadsMinRelations is the smallest graph, in relations, that [DyadsAuto]
// draws as a dyad diagram. Measured on the bundled event samples, mirrored
// and repeated events folded: at 142 relations (the 30 actors of highest
// PageRank in the GDELT file at role level) the collapsed bundles of
// [ParallelCollapse] still read; at 320 (that file's 111 actors, on 166
// pairs) and at 411 (the ICEWS sample's 15 busiest actors, on 33 pairs, a
// dozen labelled bundles each) the drawing is a hairball, where one line
// per pair, its width the events and its colour their tone, reads at a
// glance.
const DyadsMinRelations = 300

// Dyads says whether a graph is drawn as a dyad diagram: one line per pair
// of actors (or per direction, with [Options.DyadsByDirection]) instead of
// one per relation. See [Options.Dyads].
type Dyads uint8

// The choices of dyad diagrams.
const (
	DyadsAuto Dyads = iota // a dyad diagram for graphs of DyadsMinRelations relations or more; the default
	DyadsOff               // never: relations as Parallel says
	DyadsOn                // always a dyad diagram
)

var dyadsNames = []string{"auto", "off", "on"}

// DyadChoices returns every [Dyads] value, [DyadsAuto] first.
func DyadChoices() []Dyads { return values[Dyads](dyadsNames) }

// String returns "auto", "off" or "on".
func (d Dyads) String() string { return name(dyadsNames, d, "Dyads") }

// ParseDyads returns the value that String names, in any case. An unknown
// name fails with an error wrapping [ErrBadOption] that lists the valid
// names.
func ParseDyads(s string) (Dyads, error) {
	if d, ok := lookup[Dyads](dyadsNames, s); ok {
		return d, nil
	}
	return 0, fmt.Errorf("%w: dyads %q (want %s)", ErrBadOption, s, orList(dyadsNames))
}

// MarshalText returns the value's name; a value out of range fails with
// [ErrBadOption].
func (d Dyads) MarshalText() ([]byte, error) {
	if err := d.check(); err != nil {
		return nil, err
	}
	return []byte(d.String()), nil
}

// UnmarshalText sets d to the value named by text, as [ParseDyads].
func (d *Dyads) UnmarshalText(text []byte) error {
	v, err := ParseDyads(string(text))
	if err == nil {
		*d = v
	}
	return err
}

func (d Dyads) check() error {
	if int(d) >= len(dyadsNames) {
		return fmt.Errorf("%w: dyads %v (want %s)", ErrBadOption, d, orList(dyadsNames))
	}
	return nil
}

// dyad is the relations between two actors, or from one to the other.
type dyad struct {
	a, b      string // a < b unless by direction
	events    int    // the relations' Counts summed
	rels      int
	weight    float64 // the relations' weights summed
	gsum      float64 // Goldstein value times Count, summed
	signSum   int     // sign times Count, summed
	kinds     map[string]int
	from, to  date.Date // the earliest start and the latest end; zero when undated
	firstRel  string    // the first relation's ID
	sourceURL string
}

// goldsteinAttr is the relation attribute that holds a relation's own
// Goldstein value (package events writes the mean over its events there).
const goldsteinAttr = "goldstein"

// goldstein returns a relation's Goldstein value: its "goldstein"
// attribute when that is a number from -10 to 10, else its kind's.
func goldstein(r *graph.Relation, k graph.Kind) float64 {
	if s, ok := r.Attrs[goldsteinAttr]; ok {
		if v, err := strconv.ParseFloat(s, 64); err == nil && v >= -10 && v <= 10 {
			return v
		}
	}
	return k.Goldstein
}

// dyads groups the graph's relations into dyads, keeps those among the
// strongest actors and the strongest pairs, and returns them in order of
// events (most first, then by actor IDs) with the actors they join, sorted
// by ID, and each actor's strength (events on its lines).
func (w *writer) dyads() ([]*dyad, []actors.Actor, map[string]int) {
	byKey := map[[2]string]*dyad{}
	var order []*dyad
	strength := map[string]int{}
	for r := range w.g.Relations() {
		a, b := r.From, r.To
		if !w.c.byDirection && b < a {
			a, b = b, a
		}
		d := byKey[[2]string{a, b}]
		if d == nil {
			d = &dyad{a: a, b: b, kinds: map[string]int{}, firstRel: r.ID}
			byKey[[2]string{a, b}] = d
			order = append(order, d)
		}
		k := w.kind(r.Kind)
		n := max(r.Count, 1)
		d.events += n
		d.rels++
		d.weight += r.Weight
		d.gsum += goldstein(&r, k) * float64(n)
		d.signSum += int(k.Sign) * n
		d.kinds[r.Kind] += n
		if first := r.When.Since; !first.IsZero() && (d.from.IsZero() || first.First().Before(d.from.First())) {
			d.from = first
		}
		if last := cmp.Or(r.When.Until, r.When.Since); !last.IsZero() && (d.to.IsZero() || last.Last().After(d.to.Last())) {
			d.to = last
		}
		if d.sourceURL == "" {
			for _, e := range r.Evidence {
				if s, ok := w.g.Source(e.Source); ok && s.URL != "" {
					d.sourceURL = s.URL
					break
				}
			}
		}
		strength[r.From] += n
		strength[r.To] += n
	}
	if top := w.c.topActors; top > 0 && len(strength) > top {
		ids := make([]string, 0, len(strength))
		for id := range strength {
			ids = append(ids, id)
		}
		slices.SortFunc(ids, func(x, y string) int { return cmp.Or(cmp.Compare(strength[y], strength[x]), strings.Compare(x, y)) })
		keep := map[string]bool{}
		for _, id := range ids[:top] {
			keep[id] = true
		}
		order = slices.DeleteFunc(order, func(d *dyad) bool { return !keep[d.a] || !keep[d.b] })
		w.actorsCut = true
	}
	slices.SortStableFunc(order, func(x, y *dyad) int {
		return cmp.Or(cmp.Compare(y.events, x.events), strings.Compare(x.a, y.a), strings.Compare(x.b, y.b))
	})
	if top := w.c.topPairs; top > 0 && len(order) > top {
		order = order[:top]
		w.dyadsCut = true
	}
	drawn := map[string]int{}
	for _, d := range order {
		drawn[d.a] += d.events
		drawn[d.b] += d.events
	}
	var acts []actors.Actor
	for a := range w.g.Actors() {
		if _, ok := drawn[a.ID]; ok {
			acts = append(acts, a)
		}
	}
	slices.SortFunc(acts, func(x, y actors.Actor) int { return strings.Compare(x.ID, y.ID) })
	return order, acts, drawn
}

// dyadTone is a dyad's place on the colour scale, -1 (hostile) to +1
// (cooperative): its mean Goldstein value over [GoldsteinScaleEnd] (and
// at most 1 either way), or with Options.DyadNetSign its net sign.
func (w *writer) dyadTone(d *dyad) float64 {
	if w.c.netSign {
		return float64(d.signSum) / float64(d.events)
	}
	return d.gsum / float64(d.events) / GoldsteinScaleEnd
}

// GoldsteinScaleEnd is the mean Goldstein value drawn in the full colour
// of the scale; values beyond it are drawn in it too. The scale runs from
// -10 to 10, but a pair's mean is rarely beyond 5: consultations weigh 1,
// visits 1.9 to 2.8, cooperation 6 and 7, aid 7, demands -5, threats -6 to
// -7, force -10; so a scale to 10 would draw nearly every pair grey.
const GoldsteinScaleEnd = 5.0

// diverging is the colour scale of dyads, from hostile (-1) through
// neutral grey (0) to cooperative (+1): ColorBrewer's RdBu end colours
// with a darker grey in the middle, so that neutral lines show on white.
var diverging = [...][3]float64{
	{178, 24, 43}, {239, 138, 98}, {150, 150, 150}, {103, 169, 207}, {33, 102, 172},
}

// toneColor returns the colour of a tone from -1 to 1 as "#rrggbb".
func toneColor(t float64) string {
	t = math.Max(-1, math.Min(1, t))
	x := (t + 1) / 2 * float64(len(diverging)-1)
	i := min(int(x), len(diverging)-2)
	f := x - float64(i)
	var rgb [3]int
	for c := range rgb {
		rgb[c] = int(math.Round(diverging[i][c] + f*(diverging[i+1][c]-diverging[i][c])))
	}
	return fmt.Sprintf("#%02x%02x%02x", rgb[0], rgb[1], rgb[2])
}

// dyadValue is what a dyad's width measures: its events, or with
// Options.DyadWidthByWeight its summed weight.
func (w *writer) dyadValue(d *dyad) float64 {
	if w.c.widthByWeight {
		return d.weight
	}
	return float64(d.events)
}

// penWidth is the width of a line of value v where the widest is top: 1
// point for the least, up to 12, by area (square root), so that a line
// four times as wide stands for sixteen times as many events.
func penWidth(v, top float64) float64 {
	if top <= 0 || v <= 0 {
		return 1
	}
	return math.Round((1+11*math.Sqrt(v/top))*4) / 4
}

// smallDyads is the most actors of a dyad diagram whose lines are drawn
// longer than the default, so that labels and arrows of a few thick lines
// do not crowd the actors.
const smallDyads = 8

// maxDyadLabels is the most lines labelled with their events: the
// strongest, of two events or more; the others have a tooltip only.
const maxDyadLabels = 40

// writeDyads writes the document of a dyad diagram.
func (w *writer) writeDyads() {
	ds, acts, strength := w.dyads()
	w.dyadLines = len(ds)
	w.dyadActors = len(acts)
	top, topStrength := 0.0, 0
	for _, d := range ds {
		top = max(top, w.dyadValue(d))
	}
	for _, n := range strength {
		topStrength = max(topStrength, n)
	}
	w.size = map[string]float64{}
	for id, n := range strength {
		w.size[id] = 1 + 0.8*math.Sqrt(float64(n)/float64(max(topStrength, 1)))
	}

	w.printf("digraph \"diplograph\" {\n")
	w.dyadGraphAttrs(acts, ds, top)
	w.defaults()
	clusters, loose := w.clusters(acts)
	for _, cl := range clusters {
		w.cluster(cl)
	}
	for _, a := range loose {
		w.node("\t", a)
	}
	if len(ds) > 0 {
		w.printf("\n")
	}
	for i, d := range ds {
		w.dyadEdge(d, top, i < maxDyadLabels && (d.events > 1 || w.c.widthByWeight))
	}
	w.printf("}\n")
}

// dyadGraphAttrs writes the graph attributes of a dyad diagram: as for
// relations, with a label of its own.
func (w *writer) dyadGraphAttrs(acts []actors.Actor, ds []*dyad, top float64) {
	t := w.t
	w.printf("\tgraph ")
	a := w.attrs()
	a.raw("layout", w.c.layout.String())
	a.raw("charset", `"UTF-8"`)
	a.str("fontname", t.FontName, inID)
	a.raw("fontsize", num(t.FontSize))
	a.str("fontcolor", t.Text, inID)
	a.str("bgcolor", t.Background, inID)
	if label := w.dyadLabel(acts, ds, top); label != "" {
		a.html("label", label)
		a.raw("labelloc", "t")
		a.raw("labeljust", "c")
	}
	a.raw("pad", `"0.3"`)
	a.raw("outputorder", "edgesfirst")
	if w.c.layout == LayoutDot {
		a.raw("rankdir", "LR")
		a.raw("nodesep", `"0.4"`)
		a.raw("ranksep", `"1.2"`)
	} else {
		a.raw("overlap", "false")
		if w.c.byDirection && len(ds) <= maxCurvedLines && curvesCheap(dyadEnds(ds)) {
			a.raw("splines", "curved") // A->B and B->A apart
		} else {
			a.raw("splines", "false") // one line per pair: nothing to keep apart
		}
		a.raw("sep", `"+16"`)
		a.raw("pack", "true")
	}
	a.end()
	w.printf("\n")
}

// dyadEdge writes one dyad's line.
func (w *writer) dyadEdge(d *dyad, top float64, labelled bool) {
	w.recordEdge(d.a, d.b)
	w.printf("\t\"%s\" -> \"%s\" ", escape(d.a, inID), escape(d.b, inID))
	a := w.attrs()
	a.str("id", "d-"+d.firstRel, inText)
	a.str("class", "dyad", inText)
	color := toneColor(w.dyadTone(d))
	a.str("color", color, inID)
	pen := penWidth(w.dyadValue(d), top)
	a.raw("penwidth", num(pen))
	if w.c.byDirection {
		// Graphviz scales arrowheads with the pen: keep thick lines' small.
		a.raw("arrowsize", num(math.Max(0.35, math.Round(0.9/math.Sqrt(pen)*100)/100)))
	} else {
		a.raw("dir", "none")
	}
	if w.dyadActors <= smallDyads {
		a.raw("len", "3.5") // few actors: room for the labels between them
	}
	if labelled { // on the background's colour, so that no line crosses it
		a.html("label", fmt.Sprintf(`<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1" BGCOLOR="%s"><TR><TD><FONT COLOR="%s">%s</FONT></TD></TR></TABLE>`,
			escape(w.t.Background, inText), escape(w.t.Text, inText), htmlText(w.dyadText(d), false)))
	}
	a.str("tooltip", w.dyadTooltip(d), inTooltip)
	if d.sourceURL != "" {
		if u := safeURL(d.sourceURL); u != "" {
			a.str("URL", u, inText)
		}
	}
	a.end()
	w.printf("\n")
}

// dyadText is a line's label: "×12" events, or the summed weight.
func (w *writer) dyadText(d *dyad) string {
	if w.c.widthByWeight {
		return strconv.FormatFloat(math.Round(d.weight*10)/10, 'f', -1, 64)
	}
	return "×" + strconv.Itoa(d.events)
}

// dyadTooltip lists a dyad's events by kind, its mean Goldstein value and
// its net sign, and its dates.
func (w *writer) dyadTooltip(d *dyad) string {
	var b strings.Builder
	sep := " – "
	if w.c.byDirection {
		sep = " → "
	}
	fmt.Fprintf(&b, "%s%s%s: %d event%s in %d relation%s\n", w.name(d.a), sep, w.name(d.b), d.events, plural(d.events), d.rels, plural(d.rels))
	kinds := slices.Collect(func(yield func(string) bool) {
		for k := range d.kinds {
			if !yield(k) {
				return
			}
		}
	})
	slices.SortFunc(kinds, func(x, y string) int { return cmp.Or(cmp.Compare(d.kinds[y], d.kinds[x]), strings.Compare(x, y)) })
	for i, k := range kinds {
		if i == 12 {
			fmt.Fprintf(&b, "and %d more kinds\n", len(kinds)-i)
			break
		}
		fmt.Fprintf(&b, "%s ×%d\n", k, d.kinds[k])
	}
	fmt.Fprintf(&b, "mean Goldstein %+.1f, net sign %+.2f", d.gsum/float64(d.events), float64(d.signSum)/float64(d.events))
	if span := spanText(d.from, d.to); span != "" {
		b.WriteString("\n" + span)
	}
	return b.String()
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// spanText is "1 Jun 2018", "1 Jun 2018 – 2 Jun 2018", or "" when undated.
func spanText(from, to date.Date) string {
	switch {
	case from.IsZero() && to.IsZero():
		return ""
	case from.IsZero() || to.IsZero() || from == to:
		return cmp.Or(from, to).Format()
	}
	return from.Format() + " – " + to.Format()
}

// dyadLabel is the label of a dyad diagram: the title, with a line made
// from the data under it saying what is drawn and when (that line is the
// title when there is none), the line naming the sources, and the legend
// of actor kinds, widths and colours.
func (w *writer) dyadLabel(acts []actors.Actor, ds []*dyad, top float64) string {
	t := w.t
	var spans []span
	if !w.c.noTitle {
		what := w.dyadTitle(acts, ds)
		if title := strings.TrimSpace(w.c.title); title != "" {
			spans = append(spans, span{text: title, size: pt(t.FontSize, 1.6)}, span{text: what, size: t.FontSize})
		} else {
			spans = append(spans, span{text: what, size: pt(t.FontSize, 1.6)})
		}
	}
	if src := dyadSources(w.g); src != "" {
		spans = append(spans, span{text: src, size: pt(t.FontSize, 0.9), color: t.Muted})
	}
	var rowsOut []string
	if len(spans) > 0 {
		rowsOut = append(rowsOut, block(t.FontSize, spans...))
	}
	if w.c.legend && len(ds) > 0 {
		rowsOut = append(rowsOut, w.dyadLegend(acts, top))
	}
	if len(rowsOut) == 0 {
		return ""
	}
	return `<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="6" CELLPADDING="0"><TR><TD>` + strings.Join(rowsOut, `</TD></TR><TR><TD>`) + `</TD></TR></TABLE>`
}

// dyadTitle is the default title: what is drawn, and when.
func (w *writer) dyadTitle(acts []actors.Actor, ds []*dyad) string {
	events := 0
	var from, to date.Date
	for _, d := range ds {
		events += d.events
		if !d.from.IsZero() && (from.IsZero() || d.from.First().Before(from.First())) {
			from = d.from
		}
		if !d.to.IsZero() && (to.IsZero() || d.to.Last().After(to.Last())) {
			to = d.to
		}
	}
	pairs := "pair" + plural(len(ds))
	if w.c.byDirection {
		pairs = "directed " + pairs
	}
	who := fmt.Sprintf("%d actors", len(acts))
	if w.actorsCut {
		who = fmt.Sprintf("the %d busiest actors", len(acts))
	}
	s := fmt.Sprintf("%s events between %s on %d %s", thousands(events), who, len(ds), pairs)
	if w.dyadsCut {
		s = fmt.Sprintf("%s events between %s, the %d busiest %s", thousands(events), who, len(ds), pairs)
	}
	if span := spanText(from, to); span != "" {
		s += ", " + span
	}
	return s
}

// thousands writes n with thousands separated by commas.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// dyadSources names what the relations cite: the number of documents and
// the publishers most cited, and the datasets when the relations name
// theirs ("dataset" attribute, as package events writes it).
func dyadSources(g *graph.Graph) string {
	cites := map[string]int{}
	datasets := map[string]bool{}
	for r := range g.Relations() {
		for _, e := range r.Evidence {
			cites[e.Source]++
		}
		for _, d := range strings.Split(r.Attrs["dataset"], ",") {
			if d != "" {
				datasets[d] = true
			}
		}
	}
	if len(cites) == 0 {
		return sourceLine(g)
	}
	byPublisher := map[string]int{}
	for id, n := range cites {
		s, _ := g.Source(id)
		p := cmp.Or(s.Publisher, s.Title, s.ID)
		byPublisher[p] += n
	}
	pubs := make([]string, 0, len(byPublisher))
	for p := range byPublisher {
		pubs = append(pubs, p)
	}
	slices.SortFunc(pubs, func(x, y string) int {
		return cmp.Or(cmp.Compare(byPublisher[y], byPublisher[x]), strings.Compare(x, y))
	})
	var b strings.Builder
	if len(datasets) > 0 {
		names := make([]string, 0, len(datasets))
		for d := range datasets {
			names = append(names, datasetName(d))
		}
		slices.Sort(names)
		b.WriteString("Data: " + strings.Join(names, ", ") + ". ")
	}
	docs := "documents"
	if len(cites) == 1 {
		docs = "document"
	}
	fmt.Fprintf(&b, "Sources: %s %s", thousands(len(cites)), docs)
	if len(pubs) > 1 {
		fmt.Fprintf(&b, " from %s publishers, most cited %s", thousands(len(pubs)), strings.Join(pubs[:min(3, len(pubs))], ", "))
	} else if len(pubs) == 1 {
		b.WriteString(", " + pubs[0])
	}
	return b.String()
}

// dyadLegend explains widths and colours: lines for a few numbers of
// events up to the largest, and the colour scale.
func (w *writer) dyadLegend(acts []actors.Actor, top float64) string {
	t := w.t
	small := num(pt(t.FontSize, 0.8))
	cell := func(s string) string {
		return fmt.Sprintf(`<TD ALIGN="LEFT"><FONT POINT-SIZE="%s">%s</FONT></TD>`, small, htmlText(s, false))
	}
	var widths []string
	for _, v := range legendSteps(top) {
		h := int(math.Round(penWidth(v, top)))
		widths = append(widths, fmt.Sprintf(`<TD ALIGN="CENTER" VALIGN="MIDDLE" WIDTH="34" HEIGHT="14"><TABLE BORDER="0" CELLSPACING="0" CELLPADDING="0"><TR><TD BGCOLOR="%s" WIDTH="30" HEIGHT="%d" FIXEDSIZE="TRUE"></TD></TR></TABLE></TD>%s`,
			escape(t.Muted, inText), max(h, 1), cell(legendNumber(v, w.c.widthByWeight))))
	}
	widthHeading := "Events"
	if w.c.widthByWeight {
		widthHeading = "Weight"
	}
	var colours []string
	type stop struct {
		tone float64
		text string
	}
	stops := []stop{{-1, "−5 or less: hostile"}, {-0.5, "−2.5"}, {0, "0"}, {0.5, "+2.5"}, {1, "+5 or more: cooperative"}}
	heading := "Mean Goldstein"
	if w.c.netSign {
		stops = []stop{{-1, "all hostile"}, {-0.5, ""}, {0, "even"}, {0.5, ""}, {1, "all cooperative"}}
		heading = "Net sign"
	}
	for _, s := range stops {
		colours = append(colours, fmt.Sprintf(`<TD BGCOLOR="%s" WIDTH="30" HEIGHT="10" FIXEDSIZE="TRUE"></TD>%s`, toneColor(s.tone), cell(s.text)))
	}
	var kinds []actors.Kind
	for _, a := range acts {
		if !slices.Contains(kinds, a.Kind) {
			kinds = append(kinds, a.Kind)
		}
	}
	slices.Sort(kinds)
	var swatches []string
	for _, k := range kinds {
		st := t.node(k)
		swatches = append(swatches, fmt.Sprintf(`<TD BORDER="1" COLOR="%s" BGCOLOR="%s" WIDTH="26" HEIGHT="12" FIXEDSIZE="TRUE"><FONT POINT-SIZE="4"> </FONT></TD>%s`,
			escape(st.Border, inText), escape(st.Fill, inText), cell(k.String())))
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<TABLE BORDER="1" STYLE="ROUNDED" COLOR="%s" CELLBORDER="0" CELLSPACING="0" CELLPADDING="4">`, escape(t.ClusterBorder, inText))
	if len(swatches) > 0 {
		b.WriteString(`<TR><TD ALIGN="LEFT">` + grid("Actors", swatches, 5) + `</TD></TR>`)
	}
	b.WriteString(`<TR><TD ALIGN="LEFT">` + grid(widthHeading, widths, len(widths)) + `</TD></TR>`)
	b.WriteString(`<TR><TD ALIGN="LEFT">` + grid(heading, colours, len(colours)) + `</TD></TR>`)
	b.WriteString(`</TABLE>`)
	return b.String()
}

// legendSteps returns up to four round values from 1 to top for the width
// legend: 1, 10, 100, ... and top itself.
func legendSteps(top float64) []float64 {
	if top <= 1 {
		return []float64{math.Max(top, 1)}
	}
	var out []float64
	for v := 1.0; v < top; v *= 10 {
		out = append(out, v)
	}
	if len(out) > 3 {
		out = out[len(out)-3:]
	}
	return append(out, top)
}

func legendNumber(v float64, weight bool) string {
	if weight {
		return strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64)
	}
	return "×" + strconv.Itoa(int(math.Round(v)))
}

// datasetName is the name of a dataset as package events writes it, for
// people: "GDELT 2.0" for gdelt2.
func datasetName(d string) string {
	switch d {
	case "gdelt1":
		return "GDELT 1.0"
	case "gdelt2":
		return "GDELT 2.0"
	}
	return strings.ToUpper(d)
}

// dyadEnds returns the ends of the dyads drawn, in order.
func dyadEnds(ds []*dyad) (from, to []string) {
	for _, d := range ds {
		from = append(from, d.a)
		to = append(to, d.b)
	}
	return from, to
}
