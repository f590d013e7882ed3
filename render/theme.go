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

// The Okabe-Ito palette, safe for the common forms of colour blindness,
// and shades of it: darker ones so that thin lines and their labels stand
// out on white, a darker red for the use of force.
const (
	okGreen     = "#009E73"
	okBlue      = "#0072B2"
	okSky       = "#3B8CC0" // sky blue #56B4E9, darkened for labels
	okVermilion = "#D55E00"
	okAmber     = "#C47A00" // orange #E69F00, darkened for labels
	okPurple    = "#CC79A7"
	darkRed     = "#8E2800" // vermilion, darkened
	grey        = "#666666"
	lightGrey   = "#8C8C8C"
)

// DefaultTheme returns the default theme: Okabe-Ito colours, a shape per
// actor kind, and a style per relation kind. Each call returns a new Theme.
//
// The design card's five kinds are drawn apart from everything else:
// phoned dashed blue with an open arrowhead (❯), backs the only green line,
// sanctions solid vermilion ending in a tee (⊣), annexed the heaviest line,
// dark red, withdrew-for the only purple line, from an open circle (the
// candidacy given up) to an open arrowhead.
//
// Other kinds follow a code that survives colour blindness, because it
// rests on lightness, dash pattern and arrowhead rather than hue alone:
//
//   - Hostile words (investigated, accused, condemned, demanded, rejected,
//     protested): amber, dashed or dotted, thin.
//   - Hostile acts (threatened, coerced, mobilized, reduced-relations,
//     ousted, opposes): vermilion, solid, except threatened, dashed and
//     heavier.
//   - Force (assaulted, fought, mass-violence): dark red and heavy.
//   - Cooperative talks (consulted, met, agreed-to-meet, negotiated,
//     mediated, visited, hosted): blue; words and deeds (appealed, pledged,
//     proposed, agreed, de-escalated, yielded): sky blue; material help and
//     alliance (aided, cooperated, recognized, allied-with): heavy blue.
//   - Within a group, arrowheads tell kinds apart: ▶ normal, ❯ vee, ● dot,
//     ○ odot, ◆ diamond, ◇ odiamond, ■ box, □ obox, ┤ tee.
//   - Neutral kinds are grey; affiliations (leads, serves, member-of,
//     part-of) thin light-grey lines with a ❯ arrowhead; candidate-for
//     dashed grey.
//   - Kinds the theme does not name, such as a scenario's own, are thin
//     lines of their sign's colour with a hollow arrowhead (▷).
//
// Symmetric kinds have their arrowhead at both ends.
func DefaultTheme() Theme {
	affiliation := EdgeStyle{Color: lightGrey, Style: "solid", ArrowHead: "vee", PenWidth: 1}
	e := func(color, style, head string, pen float64) EdgeStyle {
		return EdgeStyle{Color: color, Style: style, ArrowHead: head, PenWidth: pen}
	}
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
			// The design card.
			graph.Phoned:      e(okBlue, "dashed", "vee", 1.6),
			graph.Backs:       e(okGreen, "solid", "normal", 2),
			graph.Sanctions:   e(okVermilion, "solid", "tee", 2),
			graph.Annexed:     e(darkRed, "bold", "normal", 4),
			graph.WithdrewFor: {Color: okPurple, Style: "solid", ArrowHead: "onormal", ArrowTail: "odot", PenWidth: 2},

			// Hostile words.
			graph.Investigated: e(okAmber, "dotted", "odot", 1.4),
			graph.Accused:      e(okAmber, "dashed", "vee", 1.4),
			graph.Condemned:    e(okAmber, "dotted", "normal", 1.6),
			graph.Demanded:     e(okAmber, "dashed", "box", 1.4),
			graph.Rejected:     e(okAmber, "dashed", "tee", 1.4),
			graph.Protested:    e(okAmber, "dotted", "vee", 1.4),
			// Hostile acts.
			graph.Threatened:       e(okVermilion, "dashed", "normal", 2.2),
			graph.Coerced:          e(okVermilion, "solid", "vee", 1.6),
			graph.Mobilized:        e(okVermilion, "solid", "box", 2.2),
			graph.ReducedRelations: e(okVermilion, "solid", "odot", 1.4),
			graph.Ousted:           e(okVermilion, "solid", "diamond", 2),
			graph.Opposes:          e(okVermilion, "solid", "odiamond", 1.4),
			// Force.
			graph.Assaulted:    e(darkRed, "solid", "vee", 2.5),
			graph.Fought:       e(darkRed, "solid", "box", 3),
			graph.MassViolence: e(darkRed, "solid", "diamond", 3.5),

			// Cooperative talks.
			graph.Consulted:    e(okBlue, "solid", "normal", 1.2),
			graph.Met:          e(okBlue, "solid", "dot", 1.4),
			graph.AgreedToMeet: e(okBlue, "dotted", "odot", 1.6),
			graph.Negotiated:   e(okBlue, "solid", "diamond", 1.8),
			graph.Mediated:     e(okBlue, "dotted", "diamond", 1.6),
			graph.Visited:      e(okBlue, "solid", "vee", 1.2),
			graph.Hosted:       e(okBlue, "solid", "obox", 1.2),
			// Cooperative words and deeds.
			graph.Appealed:    e(okSky, "dashed", "normal", 1.4),
			graph.Pledged:     e(okSky, "solid", "vee", 1.6),
			graph.Proposed:    e(okSky, "dotted", "normal", 1.6),
			graph.Agreed:      e(okSky, "solid", "odiamond", 2),
			graph.DeEscalated: e(okSky, "dotted", "vee", 1.6),
			graph.Yielded:     e(okSky, "dashed", "obox", 1.4),
			// Material help and alliance.
			graph.Aided:      e(okBlue, "solid", "box", 2.5),
			graph.Cooperated: e(okBlue, "solid", "odot", 2.5),
			graph.Recognized: e(okBlue, "solid", "odiamond", 2.5),
			graph.AlliedWith: e(okBlue, "bold", "normal", 2.8),

			// Neutral.
			graph.CandidateFor: e(grey, "dashed", "normal", 1.2),
			graph.Leads:        affiliation,
			graph.Serves:       affiliation,
			graph.MemberOf:     affiliation,
			graph.PartOf:       affiliation,
		},
		Cooperative:   e(okBlue, "solid", "onormal", 1.2),
		Neutral:       e(grey, "solid", "onormal", 1),
		Hostile:       e(okVermilion, "solid", "onormal", 1.2),
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
