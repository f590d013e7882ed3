package render

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/graph"
)

// Theme is the look of a drawing: fonts, colours, and a style per actor kind
// and per relation kind. Colours are Graphviz colours: "#RRGGBB" (which
// highlighting can fade), "#RRGGBBAA" or a name such as "white". Get one
// with [DefaultTheme] and change what you like; fields left zero take the
// default's value. A Theme holds maps: change one made by DefaultTheme for
// the purpose, not one in use by a running render.
type Theme struct {
	// FontName is the font Graphviz sizes labels for. The Graphviz in
	// go-graphviz has no fonts, only width tables for a few: "DejaVu Sans"
	// (the default, and the widest of them), "Helvetica", "Arial", "Times",
	// "Courier". Text is sized too small for any other name.
	FontName string

	// FontFamily is the CSS font-family list the SVG asks viewers for, in
	// place of FontName; "" means FontName alone. The default falls back from
	// DejaVu Sans to Helvetica, Arial and any sans-serif font, which are
	// narrower, so labels never overflow their shapes.
	FontFamily string

	FontSize   float64 // size of actor names in points; other text is sized from it
	Background string  // background colour
	Text       string  // colour of names and titles
	Muted      string  // colour of secondary text: actor titles, the source line, edge labels
	Faded      string  // colour that faded text takes when highlighting

	// Actors holds the style of each actor kind; kinds without an entry use
	// Actors[actors.Unknown], or a plain ellipse if that is missing too.
	Actors map[actors.Kind]NodeStyle

	// Relations holds the style of relation kinds by name. Kinds without an
	// entry, such as a scenario's own kinds, take the style of their sign.
	Relations map[string]EdgeStyle

	// Style by sign for kinds not in Relations.
	Cooperative, Neutral, Hostile EdgeStyle

	ClusterFill   string // fill of a country's box
	ClusterBorder string // outline of a country's box
}

// NodeStyle is how actors of one kind are drawn.
type NodeStyle struct {
	Shape    string  // Graphviz node shape: "box", "ellipse", "hexagon", "note", ...
	Style    string  // Graphviz node style: "filled", "filled,rounded", "filled,dashed", ...
	Fill     string  // fill colour
	Border   string  // outline colour
	PenWidth float64 // outline width in points; 0 means 1
}

// EdgeStyle is how relations of one kind are drawn.
type EdgeStyle struct {
	Color     string  // line and arrowhead colour
	Style     string  // Graphviz edge style: "solid", "dashed", "dotted", "bold", "tapered"
	ArrowHead string  // Graphviz arrow shape at the target: "normal", "tee", "onormal", "vee", "dot", "none", ...
	ArrowTail string  // arrow shape at the source of a directed kind, such as "odot"; "" for none
	PenWidth  float64 // line width in points; 0 means 1
}

// tail returns the arrowtail to draw, if any: symmetric kinds take the
// arrowhead at both ends.
func (s EdgeStyle) tail(symmetric bool) string {
	if symmetric {
		if s.ArrowHead == "" {
			return "normal"
		}
		return s.ArrowHead
	}
	return s.ArrowTail
}

// The Okabe-Ito palette, safe for the common forms of colour blindness, and
// light tints of it for fills.
// Fills are light tints of these; yellow, sky blue and grey serve as tints.
const (
	okGreen     = "#009E73"
	okBlue      = "#0072B2"
	okVermilion = "#D55E00"
	okPurple    = "#CC79A7"
)

// DefaultTheme returns the default theme: Okabe-Ito colours, a shape per
// actor kind, and for relations blue for cooperative, vermilion for hostile
// and grey for neutral kinds. The design card's five kinds are drawn apart:
// phoned dashed blue, backs green, sanctions vermilion with a tee (⊣)
// arrowhead, annexed a heavy dark-red line, withdrew-for a purple line
// from an open circle (the candidacy given up) to an open arrowhead.
// Symmetric kinds have their arrowhead at both ends. Affiliations (leads, serves, member-of,
// part-of) are thin grey lines. Each call returns a new Theme.
func DefaultTheme() Theme {
	affiliation := EdgeStyle{Color: "#8C8C8C", Style: "solid", ArrowHead: "vee", PenWidth: 1}
	return Theme{
		FontName:   "DejaVu Sans",
		FontFamily: "DejaVu Sans,Helvetica,Arial,sans-serif",
		FontSize:   12,
		Background: "white",
		Text:       "#1A1A1A",
		Muted:      "#555555",
		Faded:      "#B8B8B8",
		Actors: map[actors.Kind]NodeStyle{
			actors.Unknown:      {Shape: "ellipse", Style: "filled", Fill: "#F2F2F2", Border: "#7F7F7F"},
			actors.State:        {Shape: "box", Style: "filled", Fill: "#CCE3F2", Border: okBlue, PenWidth: 2},
			actors.Leader:       {Shape: "ellipse", Style: "filled", Fill: "#FBE2AE", Border: "#B07800", PenWidth: 2},
			actors.Official:     {Shape: "ellipse", Style: "filled", Fill: "#FBF5C4", Border: "#8F8500"},
			actors.Organization: {Shape: "hexagon", Style: "filled", Fill: "#C9EBDF", Border: okGreen},
			actors.Party:        {Shape: "octagon", Style: "filled", Fill: "#F3DAE8", Border: "#A3507F"},
			actors.Territory:    {Shape: "box", Style: "filled,rounded,dashed", Fill: "#F8DCC8", Border: okVermilion, PenWidth: 1.5},
			actors.Group:        {Shape: "box", Style: "filled,rounded", Fill: "#EBEBEB", Border: "#7F7F7F"},
			actors.Media:        {Shape: "note", Style: "filled", Fill: "#DDEFFA", Border: "#3B8CC0"},
			actors.Person:       {Shape: "ellipse", Style: "filled", Fill: "#FFFFFF", Border: "#7F7F7F"},
		},
		Relations: map[string]EdgeStyle{
			graph.Phoned:      {Color: okBlue, Style: "dashed", ArrowHead: "vee", PenWidth: 1.6},
			graph.Backs:       {Color: okGreen, Style: "solid", ArrowHead: "normal", PenWidth: 2},
			graph.Sanctions:   {Color: okVermilion, Style: "solid", ArrowHead: "tee", PenWidth: 2},
			graph.Annexed:     {Color: "#8E2800", Style: "bold", ArrowHead: "normal", PenWidth: 4},
			graph.WithdrewFor: {Color: okPurple, Style: "solid", ArrowHead: "onormal", ArrowTail: "odot", PenWidth: 2},
			graph.Leads:       affiliation,
			graph.Serves:      affiliation,
			graph.MemberOf:    affiliation,
			graph.PartOf:      affiliation,
		},
		Cooperative:   EdgeStyle{Color: okBlue, Style: "solid", ArrowHead: "normal", PenWidth: 1.2},
		Neutral:       EdgeStyle{Color: "#666666", Style: "solid", ArrowHead: "normal", PenWidth: 1},
		Hostile:       EdgeStyle{Color: okVermilion, Style: "solid", ArrowHead: "normal", PenWidth: 1.2},
		ClusterFill:   "#F7F7F7",
		ClusterBorder: "#C8C8C8",
	}
}

// withDefaults returns t with every zero field taken from [DefaultTheme],
// so that a partly filled Theme still draws. A nil map takes the default
// map; an empty one is kept (no per-kind styles).
func (t Theme) withDefaults() Theme {
	d := DefaultTheme()
	str := func(s *string, def string) {
		if *s == "" {
			*s = def
		}
	}
	str(&t.FontName, d.FontName)
	if t.FontFamily == "" && t.FontName == d.FontName {
		t.FontFamily = d.FontFamily
	}
	if t.FontSize <= 0 || math.IsNaN(t.FontSize) || math.IsInf(t.FontSize, 0) {
		t.FontSize = d.FontSize
	}
	str(&t.Background, d.Background)
	str(&t.Text, d.Text)
	str(&t.Muted, d.Muted)
	str(&t.Faded, d.Faded)
	str(&t.ClusterFill, d.ClusterFill)
	str(&t.ClusterBorder, d.ClusterBorder)
	if t.Actors == nil {
		t.Actors = d.Actors
	}
	if t.Relations == nil {
		t.Relations = d.Relations
	}
	for _, p := range []struct{ s, def *EdgeStyle }{{&t.Cooperative, &d.Cooperative}, {&t.Neutral, &d.Neutral}, {&t.Hostile, &d.Hostile}} {
		if *p.s == (EdgeStyle{}) {
			*p.s = *p.def
		}
	}
	return t
}

// node returns the style of actor kind k.
func (t *Theme) node(k actors.Kind) NodeStyle {
	if s, ok := t.Actors[k]; ok {
		return s
	}
	if s, ok := t.Actors[actors.Unknown]; ok {
		return s
	}
	return NodeStyle{Shape: "ellipse"}
}

// edge returns the style of relation kind k.
func (t *Theme) edge(k graph.Kind) EdgeStyle {
	if s, ok := t.Relations[k.Name]; ok {
		return s
	}
	switch k.Sign {
	case graph.Cooperative:
		return t.Cooperative
	case graph.Hostile:
		return t.Hostile
	}
	return t.Neutral
}

// fade returns colour c blended three quarters of the way to white, or the
// theme's Faded colour if c is not of the form #RRGGBB.
func (t *Theme) fade(c string) string {
	if len(c) != 7 || c[0] != '#' {
		return t.Faded
	}
	v, err := strconv.ParseUint(c[1:], 16, 32)
	if err != nil {
		return t.Faded
	}
	mix := func(x uint64) uint64 { return x + (255-x)*3/4 }
	r, g, b := mix(v>>16&0xff), mix(v>>8&0xff), mix(v&0xff)
	return fmt.Sprintf("#%02X%02X%02X", r, g, b)
}

// num formats a number for DOT: at most two decimals, no trailing zeros.
func num(f float64) string {
	s := strconv.FormatFloat(f, 'f', 2, 64)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// pt returns size × factor rounded to half a point.
func pt(size, factor float64) float64 { return math.Round(size*factor*2) / 2 }
