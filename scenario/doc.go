// Package scenario reads and writes scenario files: a diplomatic graph
// written by hand as YAML or JSON, one schema for both.
//
// [Load] reads a file and builds a [graph.Graph], reporting every problem
// with its place; [Save] writes a graph back. They are the file functions
// for the stream encoders of the standard library's shape:
//
//	dec := scenario.NewDecoder(os.Stdin)
//	dec.Name = "<stdin>"          // names the input in errors; ".json" or ".yaml" also tells the syntax
//	dec.Syntax = scenario.JSON    // the default: by Name's extension, else YAML
//	g, err := dec.Decode()
//
//	enc := scenario.NewEncoder(os.Stdout)
//	enc.Syntax = scenario.JSON    // the default is YAML
//	err = enc.Encode(g)
//
// # Conventions
//
// Settings are the exported fields of a [Decoder] or [Encoder], set before
// the first call; their zero values are the defaults. [Syntax] is an enum
// with [Syntax.String], [ParseSyntax], [Syntaxes] and text marshalling;
// [SyntaxOf] tells the syntax by a file's extension (.yaml, .yml, .json). A
// bad syntax name fails with [ErrUnknownSyntax]. Problems are [*Error]s
// that wrap a sentinel (see Problems below); nothing panics on user data,
// and the library prints nothing. [Save] writes through a temporary file,
// so a failed Save never truncates a good file.
//
// # The schema by example
//
//	title: "Ukraine crisis: Russia vows no invasion"
//	sources:                                # documents that evidence cites
//	  - id: bbc-2014-03-29
//	    title: "Ukraine crisis: Russia vows no invasion"
//	    publisher: BBC News
//	    url: https://www.bbc.com/news/world-europe-26799324
//	    date: 2014-03-29                    # also: note
//	kinds:                                  # relation kinds beyond the built-in ones
//	  - name: expelled-diplomats
//	    sign: -1                            # -1, 0, 1 or +1 (also hostile, neutral, cooperative)
//	    symmetric: false
//	    nature: event                       # event, state or affiliation
//	    cameo: ["161"]                      # codes are strings: "041", never 41
//	    goldstein: -4                       # also: phrase, description
//	actors:
//	  - {id: RUS, name: Russia, kind: state, country: RUS, aliases: [Moscow]}
//	  - id: putin
//	    name: Vladimir Putin
//	    kind: leader                        # state, leader, official, organization, party,
//	    country: RUS                        #   territory, group, media, person
//	    title: President
//	    roles: [{role: president, of: RUS, since: 2012-05-07}]   # also: until
//	    note: free text
//	    attrs: {born: Leningrad}            # any names, text values
//	relations:
//	  - id: putin-phoned-obama-2014-03-28   # optional; derived when left out
//	    from: putin
//	    to: obama
//	    kind: phoned
//	    sign: -1                            # optional: its own sign instead of its kind's
//	    date: 2014-03-28                    # or since/until; 2014-03 or 2014 for less precision
//	    source: bbc-2014-03-29              # one citation: source and quote ...
//	    quote: "Mr Putin had contacted President Obama, according to US officials."
//	    reported_by: us-officials           # who makes the claim
//	    weight: 2                           # a positive number; default 1
//	    count: 6                            # occurrences it stands for (an aggregate); default 1
//	    note: free text
//	    attrs: {channel: phone}
//	  - from: putin
//	    to: obama
//	    kind: phoned
//	    evidence:                           # ... or a list of them, each with source, quote, note
//	      - {source: bbc-2014-03-29, quote: "...", note: paragraph 4}
//
// The same in JSON uses the same names: {"title": ..., "relations": [{"from":
// "putin", "to": "obama", "kind": "phoned", "date": "2014-03-28", ...}]}.
//
// A relation has date (a point in time) or since and until (a span, either
// end open), not both; source and quote, or an evidence list, not both; a
// quote needs a source, a source needs no quote. Dates are YYYY, YYYY-MM or
// YYYY-MM-DD and keep their precision. A string field takes any scalar as
// written, so country: NO is Norway and title: 2014 the text "2014"; CAMEO
// codes must be strings, since the number 41 would lose the 0 of "041".
// Null (or nothing) leaves a field unset.
//
// # Problems and their places
//
// Decoding checks everything and reports every problem, not just the first:
// unknown fields (an error, with a suggestion such as `did you mean
// "reported_by"?`, since silently dropping a misspelt field would lose its
// data), duplicate keys, values of the wrong type, impossible dates,
// conflicting fields, and everything [graph.Builder.Build] checks: unknown
// or duplicate actors, kinds and sources, self relations, bad weights,
// evidence without a source, unknown country codes, roles of unknown
// actors. Each is an [*Error] that names the file, the line and column
// (1-based, counting characters) and the path of the value at fault:
//
//	ukraine.yaml:12:9: relations[3].to: graph: unknown actor "kery"
//	ukraine.json:40:15: $.relations[3].to: graph: unknown actor "kery"
//
// A problem Build finds is placed at the field it names, or at its item
// when the field is missing. Problems come sorted by place, joined with
// errors.Join; test them with errors.Is against the sentinels of this
// package ([ErrUnknownField], [ErrType], ...) and of packages graph,
// actors and date (graph.ErrUnknownActor, date.ErrImpossible, ...). A
// syntax error, invalid UTF-8 or an empty file stops decoding at once.
// Decoding never panics.
//
// # YAML
//
// A scenario is one YAML 1.2 document; comments, flow and block style,
// quoted, folded and literal strings, and the !!str tag are all fine.
// Anchors, aliases and merge keys are refused with [ErrUnsupported]:
// scenarios cite sources by ID and so have nothing to repeat, and a value
// written once keeps one place in the file for error messages. Other tags,
// a second document and control characters are refused too, and so, as
// syntax errors, are files nested more than 1,000 levels deep or with more
// than 10,000 keys in one mapping: the YAML parser's time grows with the
// square of those, and a scenario needs six levels and fourteen keys. JSON
// has no such limits but a nesting depth of 10,000, as in encoding/json.
//
// # Memory
//
// A file is held once as bytes and once as its graph. The YAML parser
// (goccy/go-yaml) builds a syntax tree that costs about 85 bytes per byte
// of input, so a YAML file is not parsed whole: it is cut into its
// top-level keys and the items of their block lists, and each piece (items
// in batches of up to 256, or 64 KB) is parsed, decoded into the graph and
// dropped. Loading then peaks at about 6 to 8 bytes per byte of input, the
// file and the graph included (a 20 MB file: 133 MB, where the whole tree
// took 1.7 GB; 144 MB: 0.8 GB, where it took 12 GB), in O(n) time. The
// pieces give the same graph, and the same problems at the same places, as
// the whole file would. A top-level value that is not a block list (a list
// in flow style, [...]) is one piece. The whole file is parsed at once, at
// about 85 bytes per byte, when it cannot be cut with certainty: it has
// anchors, aliases or tags, a directive, a document marker ("---") past
// the first key or more than one, a top-level mapping in flow style or with keys that are not plain words, a
// tab in its indentation, a block scalar with an indentation indicator, or
// a piece the parser reads other than planned (such as a syntax error,
// which the whole file then reports). Build's problems are placed by
// reading the pieces a second time, keeping the places only of the values
// they name: a file with such problems takes twice the time, in the same
// memory. JSON is read in one pass with relations decoded as they are
// parsed (about 3 bytes per byte); a JSON file with problems is read again
// with places, still decoding relations as they are parsed and keeping
// the places only of the values Build's problems name (about 5.5 bytes per
// byte).
//
// # Round trip
//
// [Encoder.Encode] writes every field that is set, in a fixed order, and
// nothing else; the same graph always gives the same bytes, and
// [Decoder.Decode] gives back a graph equal to the original in every
// field: actors with roles, aliases and attributes, custom kinds, sources,
// relations with their IDs, evidence, attribution, notes, attributes,
// weights, and dates with their precision. Relation IDs are always written, so IDs derived by Build stay
// stable when the file is edited. Strings are written plain in YAML only
// when no reader could take them for anything else, and are otherwise
// double-quoted, or written as literal blocks when they have several lines;
// printable text, such as curly quotes and every script, is never escaped.
//
// Relations are written one at a time, through a buffer of 64 KiB handed to
// the writer as it fills, so writing a large graph costs little beyond the
// graph (about 270 bytes a relation at the peak, where one document of the
// whole file cost 1.6 KB: BenchmarkEncode). Every string is checked before
// the first byte is written, so an Encode that fails for a string that
// cannot be written leaves the writer untouched; one that fails because
// the writer does has written part of the file (write to a temporary file
// and rename it, as the command does, to keep an older file whole).
package scenario
