package chart

import (
	"fmt"

	"github.com/diplograph/diplograph/date"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Ranks are two rankings of actors, for [Slope].
type Ranks struct {
	Measure string    // what the actors are ranked by, "pagerank": the title; may be empty
	From    date.Date // the date of the first ranking: the left column's head; zero for "Before"
	To      date.Date // the date of the second ranking, not before From: the right column's head; zero for "After"
	Before  []string  // actors in rank order at From, top first; each at most once
	After   []string  // actors in rank order at To, top first; each at most once
}

// Slope draws the change between two rankings: a column of ranks for each,
// rank 1 at the top, and one line per actor from its rank before to its
// rank after, with the actor's name and rank at both ends ("Russia 3" on the
// left, "1 Russia" on the right). Actors are matched by their string in
// Before and After; an actor in one ranking only (it entered or left a top
// N) is a hollow point at that side, without a line.
//
// Risers and fallers differ by colour and by line style, so they stay
// apart for colour-blind readers and in grey print: a rise is a solid blue
// line, a fall a dashed vermilion one, an unchanged rank a thin dotted
// black one; the legend counts each.
//
// Defaults: title "Rank by <Measure>, <From> to <To>"; X label "Ranking";
// Y label "Rank (1 = top)"; caption a note on what the lines join; height
// 24 px per rank.
//
// Errors: [ErrEmpty] (both rankings empty), [ErrLabel] (an empty actor
// name, or one twice in a ranking), [ErrWindow] (To before From),
// [ErrTooMany] (a ranking longer than [MaxRows]), [ErrOption].
func Slope(r Ranks, o Options) (*Chart, error) {
	set, err := resolve(o)
	if err != nil {
		return nil, err
	}
	if len(r.Before) == 0 && len(r.After) == 0 {
		return nil, fail(ErrEmpty, "Before", "", "both rankings are empty")
	}
	if !r.From.IsZero() && !r.To.IsZero() && r.To.Compare(r.From) < 0 {
		return nil, fail(ErrWindow, "To", r.To.String(), "before From (%s)", r.From)
	}
	before, err := ranking("Before", r.Before)
	if err != nil {
		return nil, err
	}
	after, err := ranking("After", r.After)
	if err != nil {
		return nil, err
	}
	rows := max(len(r.Before), len(r.After))
	y := func(rank int) float64 { return float64(rows - rank) }

	var s slopes
	s.style = sans(tickSize, false, ink)
	// On a narrow chart, names are cut further so that each column's labels
	// take at most half of what the lines leave.
	side := (set.width-2*margin-110)/2 - s.style.Width(itoa(rows)+" ")
	shown := func(a string) string { return fit(label(a, set.MaxLabel), s.style, max(side, 30)) }
	counts := make([]int, len(moves))
	for i, a := range r.Before {
		name := shown(a)
		m := oneSide
		if j, ok := after[a]; ok {
			switch {
			case j < i:
				m = rose
			case j > i:
				m = fell
			default:
				m = held
			}
			s.links = append(s.links, link{y0: y(i + 1), y1: y(j + 1), move: m})
			s.labels = append(s.labels, endLabel{x: 1, y: y(j + 1), text: itoa(j+1) + " " + name})
		} else {
			s.points = append(s.points, vg.Point{X: 0, Y: vg.Length(y(i + 1))})
		}
		counts[m]++
		s.labels = append(s.labels, endLabel{x: 0, y: y(i + 1), text: name + " " + itoa(i+1)})
	}
	for j, a := range r.After {
		if _, ok := before[a]; ok {
			continue
		}
		counts[oneSide]++
		s.points = append(s.points, vg.Point{X: 1, Y: vg.Length(y(j + 1))})
		s.labels = append(s.labels, endLabel{x: 1, y: y(j + 1), text: itoa(j+1) + " " + shown(a)})
	}
	var legend []legendItem
	for m, mv := range moves {
		if counts[m] == 0 {
			continue
		}
		var key func(*draw.Canvas, vg.Rectangle)
		if move(m) == oneSide {
			key = glyphKey(ringGlyph)
		} else {
			g := draw.GlyphStyle{Color: mv.line.Color, Radius: 2.4, Shape: draw.CircleGlyph{}}
			key = lineKey(mv.line, &g)
		}
		legend = append(legend, legendItem{text: fmt.Sprintf("%s (%d)", mv.name, counts[m]), swatch: key})
	}

	head := func(d date.Date, def string) string {
		if d.IsZero() {
			return def
		}
		return d.Format()
	}
	from, to := head(r.From, "Before"), head(r.To, "After")
	when := func(d date.Date, def string) string {
		switch d.Precision() {
		case date.None:
			return def
		case date.Day:
			return "on " + d.Format()
		}
		return "in " + d.Format()
	}
	p := newPlot()
	p.X.Min, p.X.Max = 0, 1
	p.X.Tick.Marker = plot.ConstantTicks{{Value: 0, Label: from}, {Value: 1, Label: to}}
	p.X.Tick.Length = 0
	p.X.Width = 0
	p.Y.Min, p.Y.Max = -0.5, float64(rows)-0.5
	p.Y.Tick.Marker = plot.ConstantTicks{}
	p.Y.Tick.Length = 0
	p.Y.Width = 0
	p.Y.Padding = 10
	p.X.Label.Text = orDefault(set.XLabel, "Ranking")
	p.Y.Label.Text = orDefault(set.YLabel, "Rank (1 = top)")
	p.Add(s)

	title := "Rank change"
	if m := clean(r.Measure); m != "" {
		title = "Rank by " + m
	}
	title += ", " + from + " to " + to
	f := &frame{
		s:       set,
		title:   orDefault(set.Title, title),
		caption: orDefault(set.Caption, "One line per actor, from its rank "+when(r.From, "before")+" to its rank "+when(r.To, "after")+"; rank 1 is at the top."),
		legend:  legend,
		plot:    p,
		rows:    rows,
		field:   "Before",
		rowH:    18,
	}
	return f.draw()
}

// ranking checks a ranking and returns each actor's position, from 0.
func ranking(field string, actors []string) (map[string]int, error) {
	if len(actors) > MaxRows {
		return nil, fail(ErrTooMany, field, "", "%d actors, at most %d", len(actors), MaxRows)
	}
	pos := make(map[string]int, len(actors))
	for i, a := range actors {
		f := fmt.Sprintf("%s[%d]", field, i)
		if clean(a) == "" {
			return nil, fail(ErrLabel, f, "", "empty actor name %q", a)
		}
		if j, dup := pos[a]; dup {
			return nil, fail(ErrLabel, f, fmt.Sprintf("actor %q", a), "also %s[%d]; an actor has one rank", field, j)
		}
		pos[a] = i
	}
	return pos, nil
}

// move is how an actor's rank changed.
type move int

const (
	rose    move = iota
	fell         // rank number grew
	held         // same rank
	oneSide      // in one ranking only
)

// moves are the styles and legend names of each move, in legend order.
var moves = []struct {
	name string
	line draw.LineStyle
}{
	rose:    {"rose", draw.LineStyle{Color: blue, Width: 2}},
	fell:    {"fell", draw.LineStyle{Color: vermilion, Width: 2, Dashes: []vg.Length{5, 3}}},
	held:    {"same rank", draw.LineStyle{Color: black, Width: 1.2, Dashes: []vg.Length{1.5, 2.5}}},
	oneSide: {"in one ranking only", draw.LineStyle{}},
}

// ringGlyph marks an actor in one ranking only.
var ringGlyph = draw.GlyphStyle{Color: black, Radius: 2.8, Shape: draw.RingGlyph{}}

// link is one actor's line from rank y0 (left) to y1 (right).
type link struct {
	y0, y1 float64
	move   move
}

// endLabel is an actor's name and rank beside a column: x is 0 (left, the
// text ends at the column) or 1 (right, it starts there).
type endLabel struct {
	x, y float64
	text string
}

// slopes draws a slope chart.
type slopes struct {
	links  []link
	points []vg.Point // data coordinates of actors in one ranking only
	labels []endLabel
	style  text.Style
}

// slopeGap is the space between a column's points and its labels.
const slopeGap = vg.Length(7)

// Plot implements plot.Plotter: lines of unchanged ranks first, so that
// moves are drawn over them.
func (s slopes) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	for _, m := range []move{held, fell, rose} {
		ls := moves[m].line
		g := draw.GlyphStyle{Color: ls.Color, Radius: 2.4, Shape: draw.CircleGlyph{}}
		for _, l := range s.links {
			if l.move != m {
				continue
			}
			a, b := vg.Point{X: trX(0), Y: trY(l.y0)}, vg.Point{X: trX(1), Y: trY(l.y1)}
			c.StrokeLines(ls, []vg.Point{a, b})
			c.DrawGlyphNoClip(g, a)
			c.DrawGlyphNoClip(g, b)
		}
	}
	for _, pt := range s.points {
		c.DrawGlyphNoClip(ringGlyph, vg.Point{X: trX(float64(pt.X)), Y: trY(float64(pt.Y))})
	}
	for _, l := range s.labels {
		sty := s.style
		sty.YAlign = draw.YCenter
		pt := vg.Point{X: trX(l.x) + slopeGap, Y: trY(l.y) + raise(sty)}
		if l.x == 0 {
			sty.XAlign = draw.XRight
			pt.X = trX(l.x) - slopeGap
		}
		c.FillText(sty, pt, l.text)
	}
}

// GlyphBoxes implements plot.GlyphBoxer, so that the plot leaves room for
// the labels beside the columns.
func (s slopes) GlyphBoxes(p *plot.Plot) []plot.GlyphBox {
	boxes := make([]plot.GlyphBox, 0, len(s.labels))
	for _, l := range s.labels {
		w, h := s.style.Width(l.text), s.style.Height(l.text)
		r := vg.Rectangle{Min: vg.Point{X: slopeGap, Y: -h / 2}, Max: vg.Point{X: slopeGap + w, Y: h / 2}}
		if l.x == 0 {
			r.Min.X, r.Max.X = -slopeGap-w, -slopeGap
		}
		boxes = append(boxes, plot.GlyphBox{X: p.X.Norm(l.x), Y: p.Y.Norm(l.y), Rectangle: r})
	}
	return boxes
}
