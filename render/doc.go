// Package render draws diplomatic graphs with Graphviz: [DOT] writes the
// DOT language in pure Go, [SVG] lays it out with the Graphviz built into
// github.com/goccy/go-graphviz, and [PNG] and [PDF] use Graphviz's dot
// command when it is installed. It is the only package of diplograph that
// imports go-graphviz, and none of go-graphviz's types appear in its API.
//
//	err := render.SVG(ctx, w, g,
//		render.WithClusterByCountry(true),
//		render.WithLegend(true),
//		render.WithHighlight("putin", "obama"))
//
// # What is drawn
//
// Actors are nodes shaped and coloured by kind, labelled with their name
// and, in smaller type, their title. Relations are edges styled by kind (by
// sign for kinds the [Theme] does not name: blue cooperative, vermilion
// hostile, grey neutral), labelled with the kind and, with [WithEdgeDates],
// the time. Symmetric kinds have arrowheads at both ends. The title at the
// top names the sources cited; [WithLegend] adds a legend of the kinds
// present under it.
//
// In the SVG every actor has a tooltip with its name, kind, title, country
// and roles, and every relation one with the relation as a sentence, its
// kind, time, who reports it, and each quoted piece of evidence with its
// source; a relation whose source has an http(s) URL links to it. Elements
// carry IDs ("a-" + actor ID, "r-" + relation ID) and classes ("actor
// leader", "relation sanctions hostile") for styling and scripting.
//
// # Options and themes
//
// Options are functions passed to DOT, SVG, PNG and PDF: [WithLayout]
// ([Dot], the default, [Neato], [FDP], [SFDP], [Circo], [Twopi]),
// [WithTitle], [WithTheme], [WithClusterByCountry], [WithLegend],
// [WithEdgeDates], [WithHighlight], [WithNodeSize], [WithMaxActors] and
// [WithMaxRelations]. [DefaultTheme] returns the default [Theme], built on
// the colour-blind-safe Okabe-Ito palette; change a copy and pass it with
// WithTheme.
//
// # Safety
//
// Names, titles, quotes, notes and URLs are data, never markup: one
// function escapes every user string for the place it goes, so no input can
// break the DOT, become a Graphviz HTML-like label, or add an element or an
// attribute to the SVG. HTML-like labels come only from this package's
// templates. Invalid UTF-8 and control characters become U+FFFD; URLs other
// than http and https are dropped.
//
// # Determinism
//
// The same graph and options give byte-identical DOT, and byte-identical
// SVG for the dot, neato, circo and twopi layouts. fdp and sfdp carry random
// state from one render to the next within a process.
//
// # Concurrency and cost
//
// The Graphviz in go-graphviz is one WebAssembly module per process, not
// safe for concurrent use, that cannot be interrupted and keeps some memory
// after every render. So SVG renders are serialised behind one lock (the
// package's only state): SVG is safe to call from many goroutines, but
// renders run one at a time. The context is checked before a render
// starts, not during it; the size limits ([DefaultMaxActors],
// [DefaultMaxRelations]) bound how long one takes. As measured, the dot
// layout of a random graph takes about 10 ms for 20 actors, 0.3 s for 200,
// 1.5 s for 500 and 50 s for 1000 (with 2.5 relations per actor), and the
// process keeps about 0.3 MB per render of a 15-actor graph: a long-running
// service drawing many graphs should draw them in a child process, or use
// PNG and PDF, which run the dot command in its own process, which the
// context can kill.
package render
