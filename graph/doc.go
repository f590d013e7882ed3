// Package graph holds the relation model of diplograph: relation kinds,
// evidence, time, and the immutable multigraph of actors and relations.
//
// # Building a graph
//
// A [Builder] collects sources, kinds, actors and relations; [Builder.Build]
// checks everything at once and returns an immutable [*Graph] or every
// problem found, each an [*Error] naming the section, item and field:
//
//	b := graph.NewBuilder()
//	b.Add(actors.NewState("USA", "United States"), actors.New("NATO", "NATO", actors.Organization))
//	b.Relate("USA", "NATO", graph.MemberOf)
//	g, err := b.Build()
//
// Scenario files (package scenario) are the usual way in; they call the
// Builder and map its errors back to lines in the file.
//
// # Relation kinds
//
// A [Kind] has a name, a [Sign] (cooperative, neutral, hostile), a direction
// (directed or symmetric), a [Nature] (event, state, affiliation), the CAMEO
// event codes it covers and a default Goldstein value. [BuiltinKinds] holds
// the built-in kinds; a scenario adds its own. The design card's five kinds
// are [Phoned] (directed, caller to callee; CAMEO 041), [Backs] (051, 053),
// [Sanctions] (163, 172), [Annexed] (192) and [WithdrewFor] (no CAMEO code).
// The others cover CAMEO's root categories (appealed, pledged, consulted,
// demanded, condemned, threatened, protested, mobilized, fought, ...) and the
// structural ties news diplomacy needs (leads, serves, member-of, part-of,
// candidate-for, allied-with, opposes). [Registry.ForCAMEO] maps any CAMEO
// code to its kind, falling back from the code to its base and root codes.
//
// # Relations, evidence and time
//
// A [Relation] has a stable ID, from, to, kind, a [date.Span] (a point for
// events, an interval for states, either end open, precision kept), a weight,
// [Evidence] (each a [Source] and a verbatim quote) and who reports it
// (ReportedBy): attribution is data. [NewRelation] states one in a single
// expression:
//
//	graph.NewRelation("kerry", "lavrov", graph.Phoned).
//		On(date.MustParse("2014-03-29")).
//		Cite("bbc-2014-03-29", "Mr Lavrov had spoken by phone to US Secretary of State John Kerry").
//		AttributedTo("russian-officials")
//
// A relation counts with its kind's sign unless it has its own
// ([Relation.WithSign]: a warning phone call is a hostile "phoned");
// [Graph.SignOf] gives the sign it counts with.
//
// # Reading a graph
//
// A [Graph] holds many relations per pair (a multigraph). It answers lookups
// by actor ([Graph.From], [Graph.To], [Graph.RelationsOf]), by pair
// ([Graph.Between]) and by kind ([Graph.OfKind]), and "who held role R of S on
// date D" ([Graph.Holders]). Its contents are enumerated with iterators, so
// reading copies nothing:
//
//	for r := range g.Relations() { ... }
//	calls := slices.Collect(g.OfKind(graph.Phoned))
//
// and [Graph.RelationAt] and [Graph.ActorAt] give indexed access. A Graph
// never changes after it is built and is safe for concurrent reads.
//
// # Storage
//
// Relations are stored by column, not as [Relation] values: the ends, kind
// and sources as positions of interned names, dates, weights, counts and
// signs in arrays of small numbers, all evidence in one shared list, all
// attributes in another (keys interned, and values where they repeat), and
// the rarer parts (notes, IDs given in the input) sparsely, as sorted
// columns; derived IDs are made when asked for. The [Builder] appends into
// the columns and Build shares them with the graph without copying; a view
// ([Graph.Filter]) is a list of relation positions over the same columns,
// and a projection (package analysis) reads them too. A relation costs
// about 50 bytes plus its quotes, 8 bytes an attribute and 16 more for an
// attribute value that does not repeat: an ingested GDELT event with its ID,
// a citation and ten attributes about 320 bytes. A Relation is materialised
// when one is read (Relations, RelationAt, From, ...: O(1 + its evidence
// and attributes) each), with its own Evidence slice and Attrs map, so
// changing them cannot change the graph; loops over millions of relations
// that need only the ends, kind, weight, count and sign use
// [Graph.RelationLink], and [Graph.RelationID] gives an ID alone.
//
// # Views
//
// [Graph.Filter] returns a view selected by kinds, signs, natures, actor
// kinds, countries, actors, a time window, or "as of" a date; every value it
// is given is checked, so a misspelt kind is an error, never an empty view.
// Dates keep their precision: a relation dated only to a month may straddle
// an as-of date, and the view lists such relations ([Graph.Uncertain]) and
// can leave them out (Filter.DropUncertain). [Graph.Fold] gives the
// state-level view, leaders, officials and agencies merged into their states
// with every relation re-attached and the fold reported.
//
// # Options
//
// Throughout diplograph, a function with settings takes them as one options
// struct, by value, as its last parameter ([Filter], [FoldOptions]); the zero
// value means the documented defaults, and booleans are named so that false
// is the default.
//
// # Determinism
//
// Actors are sorted by ID, relations keep the order they were added, derived
// relation IDs depend only on the input, and every listing is sorted, so the
// same input gives the same output.
package graph
