package render

import (
	"slices"

	"github.com/diplograph/diplograph/actors"
)

// This file writes the boxes that group actors by country.

// cluster is a country's box.
type cluster struct {
	code, name string
	members    []actors.Actor
}

// clusters groups the actors by country when clustering is on; countries
// with a single actor are not boxed. Both results keep the order of acts.
func (w *writer) clusters(acts []actors.Actor) ([]cluster, []actors.Actor) {
	if !w.c.cluster {
		return nil, acts
	}
	byCode := map[string][]actors.Actor{}
	var codes []string
	for _, a := range acts {
		if a.Country == "" {
			continue
		}
		if _, ok := byCode[a.Country]; !ok {
			codes = append(codes, a.Country)
		}
		byCode[a.Country] = append(byCode[a.Country], a)
	}
	slices.Sort(codes)
	var out []cluster
	boxed := map[string]bool{}
	for _, code := range codes {
		if len(byCode[code]) < 2 {
			continue
		}
		name, ok := actors.Country(code)
		if !ok {
			name = code
		}
		out = append(out, cluster{code: code, name: name, members: byCode[code]})
		boxed[code] = true
	}
	var loose []actors.Actor
	for _, a := range acts {
		if !boxed[a.Country] {
			loose = append(loose, a)
		}
	}
	return out, loose
}

// cluster writes a country's box with its actors.
func (w *writer) cluster(cl cluster) {
	w.printf("\tsubgraph %s {\n\t\tgraph ", quote(escape("cluster_"+cl.code, inID)))
	a := w.attrs()
	a.str("id", "c-"+cl.code, inText)
	a.html("label", block(pt(w.t.FontSize, 0.85), span{text: cl.name}))
	a.str("tooltip", cl.name+" ("+cl.code+")", inTooltip)
	a.raw("style", `"rounded,filled"`)
	a.str("fillcolor", w.t.ClusterFill, inID)
	a.str("color", w.t.ClusterBorder, inID)
	a.str("fontcolor", w.t.Muted, inID)
	a.raw("fontsize", num(pt(w.t.FontSize, 0.85)))
	a.raw("labeljust", "l")
	a.raw("margin", "10")
	a.end()
	w.printf("\n")
	for _, m := range cl.members {
		w.node("\t\t", m)
	}
	w.printf("\t}\n")
}
