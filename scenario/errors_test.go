package scenario

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/errlist"
	"github.com/diplograph/diplograph/internal/suggest"
)

// problem is one expected error: its sentinel and place.
type problem struct {
	err       error
	line, col int
	path      string
}

// checkProblems asserts that err holds exactly the problems want, in order.
func checkProblems(t *testing.T, name string, err error, want []problem) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want %d problems", len(want))
	}
	got := errlist.Flatten(err)
	for i := 0; i < max(len(got), len(want)); i++ {
		if i >= len(got) {
			t.Errorf("missing problem %d: %v at %d:%d %s", i, want[i].err, want[i].line, want[i].col, want[i].path)
			continue
		}
		var e *Error
		if !errors.As(got[i], &e) {
			t.Errorf("problem %d is %T, not *Error: %v", i, got[i], got[i])
			continue
		}
		if i >= len(want) {
			t.Errorf("unexpected problem %d: %v", i, e)
			continue
		}
		w := want[i]
		if !errors.Is(e, w.err) || e.Line != w.line || e.Column != w.col || e.Path != w.path || e.File != name {
			t.Errorf("problem %d:\n got  %v\n want %v at %s:%d:%d: %s", i, e, w.err, name, w.line, w.col, w.path)
		}
	}
}

func lines(ls ...string) string { return strings.Join(ls, "\n") + "\n" }

// manyKeys returns a mapping of n keys, one a line.
func manyKeys(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "k%d: v\n", i)
	}
	return b.String()
}

// Two actors and a source that the cases below can refer to.
const (
	yamlHead = "sources: [{id: src}]\nactors:\n  - {id: a, name: A}\n  - {id: b, name: B}\n" // lines 1-4
	jsonHead = `{"sources": [{"id": "src"}], "actors": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],` + "\n"
)

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name   string
		format Syntax
		in     string
		want   []problem
	}{
		// Syntax and encoding: the first problem stops decoding.
		{"yaml/syntax", YAML, "title: [a, b\n", []problem{{ErrSyntax, 1, 8, ""}}},
		{"yaml/bad indentation", YAML, lines("actors:", "  - id: a", "     name: b"), []problem{{ErrSyntax, 2, 9, ""}}},
		{"yaml/tab indentation", YAML, "title: x\n\tactors: []\n", []problem{{ErrSyntax, 2, 1, ""}}},
		{"yaml/invalid UTF-8", YAML, "title: ok\nactors: [\xff]\n", []problem{{ErrNotUTF8, 2, 10, ""}}},
		{"yaml/invalid UTF-8 is a syntax error", YAML, "title: \xc3\x28\n", []problem{{ErrSyntax, 1, 8, ""}}},
		{"yaml/control character", YAML, "title: “a”\x01\n", []problem{{ErrSyntax, 1, 11, ""}}},
		{"yaml/CRLF after a comment", YAML, "# c\r\ntitle: [a\r\n", []problem{{ErrSyntax, 2, 8, ""}}},
		{"yaml/complex key", YAML, "? [a]\n: b\n", []problem{{ErrSyntax, 2, 1, ""}}},
		{"yaml/nested too deeply", YAML, strings.Repeat("[", 1001), []problem{{ErrSyntax, 1, 1001, ""}}},
		{"yaml/compact nesting too deep", YAML, strings.Repeat("- ", 1001) + "x\n", []problem{{ErrSyntax, 1, 1, ""}}},
		{"yaml/too many tags in a row", YAML, "title: " + strings.Repeat("!!str ", 1001) + "x\n", []problem{{ErrSyntax, 1, 6008, ""}}},
		{"yaml/too many keys", YAML, manyKeys(10001), []problem{{ErrSyntax, 10001, 1, ""}}},
		{"json/nested too deeply", JSON, strings.Repeat("[", 10001), []problem{{ErrSyntax, 1, 10001, ""}}},
		{"json/syntax trailing comma", JSON, `{"title": "x",}`, []problem{{ErrSyntax, 1, 15, ""}}},
		{"json/syntax missing colon", JSON, "{\n  \"title\" \"x\"}", []problem{{ErrSyntax, 2, 11, ""}}},
		{"json/unexpected end", JSON, `{"title": `, []problem{{ErrSyntax, 1, 11, ""}}},
		{"json/unterminated string", JSON, `{"title": "x}`, []problem{{ErrSyntax, 1, 11, ""}}},
		{"json/invalid UTF-8", JSON, "{\"title\": \"Ā\xff\"}", []problem{{ErrNotUTF8, 1, 13, ""}}},
		{"json/lone surrogate", JSON, `{"title": "a\ud800b"}`, []problem{{ErrSyntax, 1, 13, ""}}},
		{"json/raw control character", JSON, "{\"title\": \"a\tb\"}", []problem{{ErrSyntax, 1, 13, ""}}},
		{"json/trailing data", JSON, "{}\n{}", []problem{{ErrSyntax, 2, 1, ""}}},
		{"json/syntax error is the only problem", JSON, `{"a": 1, "a": 2,}`, []problem{{ErrSyntax, 1, 17, ""}}},
		{"json/bad literal", JSON, `{"title": nul}`, []problem{{ErrSyntax, 1, 11, ""}}},
		{"json/bad number", JSON, `{"title": 01}`, []problem{{ErrSyntax, 1, 12, ""}}},

		// Empty files and the wrong top level.
		{"yaml/empty", YAML, "", []problem{{ErrEmpty, 0, 0, ""}}},
		{"yaml/only comments", YAML, "# nothing yet\n\n# still nothing\n", []problem{{ErrEmpty, 0, 0, ""}}},
		{"yaml/only a document marker", YAML, "---\n", []problem{{ErrEmpty, 0, 0, ""}}},
		{"yaml/null document", YAML, "# c\n~\n", []problem{{ErrEmpty, 2, 1, ""}}},
		{"json/empty", JSON, " \n\t", []problem{{ErrEmpty, 0, 0, ""}}},
		{"json/null", JSON, "\n null", []problem{{ErrEmpty, 2, 2, ""}}},
		{"yaml/top level list", YAML, "- a\n- b\n", []problem{{ErrType, 1, 1, ""}}},
		{"yaml/top level string", YAML, "just text\n", []problem{{ErrType, 1, 1, ""}}},
		{"json/top level list", JSON, `[{"title": "x"}]`, []problem{{ErrType, 1, 1, "$"}}},
		{"yaml/two documents", YAML, "title: a\n---\ntitle: b\n", []problem{{ErrUnsupported, 2, 1, ""}}},

		// Unknown fields and duplicate keys.
		{"yaml/unknown top-level field", YAML, "titel: x\n", []problem{{ErrUnknownField, 1, 1, "titel"}}},
		{"yaml/unknown relation field", YAML, yamlHead + "relations:\n  - {from: a, to: b, kind: met, reportedBy: a}\n",
			[]problem{{ErrUnknownField, 6, 33, "relations[0].reportedBy"}}},
		{"yaml/unknown evidence field", YAML, yamlHead + "relations:\n  - from: a\n    to: b\n    kind: met\n    evidence:\n      - {source: src, qoute: q}\n",
			[]problem{{ErrUnknownField, 10, 23, "relations[0].evidence[0].qoute"}}},
		{"json/unknown actor field", JSON, `{"actors": [{"id": "a", "nmae": "A"}]}`,
			[]problem{{actors.ErrNoName, 1, 13, "$.actors[0].name"}, {ErrUnknownField, 1, 25, "$.actors[0].nmae"}}},
		{"json/unknown field with odd name", JSON, `{"a b": 1}`, []problem{{ErrUnknownField, 1, 2, "$[\"a b\"]"}}},
		{"yaml/duplicate key", YAML, lines("actors:", "  - id: a", "    name: A", "    name: B"),
			[]problem{{ErrDuplicateKey, 4, 5, "actors[0].name"}}},
		{"yaml/duplicate key in flow", YAML, "actors: [{id: a, name: A, id: b}]\n", []problem{{ErrDuplicateKey, 1, 27, "actors[0].id"}}},
		{"json/duplicate key", JSON, "{\"title\": \"a\",\n \"title\": \"b\"}", []problem{{ErrDuplicateKey, 2, 2, "$.title"}}},

		// Wrong types.
		{"yaml/lone CR ends a line", YAML, "title: x\rtitel: y\r", []problem{{ErrUnknownField, 2, 1, "titel"}}},
		{"yaml/lone CR before the document", YAML, "\r0", []problem{{ErrType, 2, 1, ""}}},
		{"json/CRLF", JSON, "{\r\n  \"title\": [1]\r\n}", []problem{{ErrType, 2, 12, "$.title"}}},
		{"yaml/list for a string", YAML, "title: [a, b]\n", []problem{{ErrType, 1, 8, "title"}}},
		{"yaml/mapping for a string", YAML, "title: {a: b}\n", []problem{{ErrType, 1, 8, "title"}}},
		{"json/list for a string", JSON, `{"title": ["a"]}`, []problem{{ErrType, 1, 11, "$.title"}}},
		{"yaml/string for a list", YAML, "actors:\n  - {id: a, name: A, aliases: Moscow}\n", []problem{{ErrType, 2, 31, "actors[0].aliases"}}},
		{"json/string for a list", JSON, `{"actors": "a"}`, []problem{{ErrType, 1, 12, "$.actors"}}},
		{"yaml/mapping for a list", YAML, "sources: {id: x}\n", []problem{{ErrType, 1, 10, "sources"}}},
		{"yaml/string for an item", YAML, yamlHead + "relations:\n  - a met b\n", []problem{{ErrType, 6, 5, "relations[0]"}}},
		{"yaml/empty item", YAML, yamlHead + "relations:\n  - {from: a, to: b, kind: met}\n  - \n", []problem{{ErrType, 7, 3, "relations[1]"}}},
		{"yaml/quoted weight", YAML, yamlHead + "relations:\n  - {from: a, to: b, kind: met, weight: \"2\"}\n", []problem{{ErrType, 6, 41, "relations[0].weight"}}},
		{"yaml/word weight", YAML, yamlHead + "relations:\n  - {from: a, to: b, kind: met, weight: heavy}\n", []problem{{ErrType, 6, 41, "relations[0].weight"}}},
		{"json/string weight", JSON, jsonHead + ` "relations": [{"from": "a", "to": "b", "kind": "met", "weight": "2"}]}`, []problem{{ErrType, 2, 66, "$.relations[0].weight"}}},
		{"yaml/fractional count", YAML, yamlHead + "relations:\n  - {from: a, to: b, kind: met, count: 2.5}\n", []problem{{ErrType, 6, 40, "relations[0].count"}}},
		{"json/zero count", JSON, jsonHead + ` "relations": [{"from": "a", "to": "b", "kind": "met", "count": 0}]}`, []problem{{ErrType, 2, 65, "$.relations[0].count"}}},
		{"json/weight out of range", JSON, jsonHead + ` "relations": [{"from": "a", "to": "b", "kind": "met", "weight": 1e999}]}`, []problem{{ErrType, 2, 66, "$.relations[0].weight"}}},
		{"yaml/non-bool symmetric", YAML, "kinds:\n  - {name: k, symmetric: yes}\n", []problem{{ErrType, 2, 26, "kinds[0].symmetric"}}},
		{"json/string symmetric", JSON, `{"kinds": [{"name": "k", "symmetric": "true"}]}`, []problem{{ErrType, 1, 39, "$.kinds[0].symmetric"}}},
		{"yaml/bare CAMEO number", YAML, "kinds:\n  - {name: k, cameo: [41, \"042\"]}\n", []problem{{ErrType, 2, 23, "kinds[0].cameo[0]"}}},
		{"yaml/CAMEO not a list", YAML, "kinds:\n  - {name: k, cameo: \"041\"}\n", []problem{{ErrType, 2, 22, "kinds[0].cameo"}}},
		{"json/CAMEO number", JSON, `{"kinds": [{"name": "k", "cameo": [41]}]}`, []problem{{ErrType, 1, 36, "$.kinds[0].cameo[0]"}}},
		{"yaml/non-numeric goldstein", YAML, "kinds:\n  - {name: k, goldstein: high}\n", []problem{{ErrType, 2, 26, "kinds[0].goldstein"}}},
		{"yaml/list attribute", YAML, "actors:\n  - id: a\n    name: A\n    attrs:\n      k: [1, 2]\n", []problem{{ErrType, 5, 10, "actors[0].attrs.k"}}},
		{"yaml/too deep", YAML, "title: " + strings.Repeat("[", 40) + strings.Repeat("]", 40) + "\n", []problem{{ErrType, 1, 8, "title"}, {ErrType, 1, 40, "title" + strings.Repeat("[0]", 32)}}},

		// Dates and spans.
		{"yaml/impossible date", YAML, yamlHead + "relations:\n  - {from: a, to: b, kind: met, date: 2014-02-30}\n", []problem{{date.ErrImpossible, 6, 39, "relations[0].date"}}},
		{"yaml/month 13", YAML, "sources:\n  - id: s\n    date: 2014-13\n", []problem{{date.ErrImpossible, 3, 11, "sources[0].date"}}},
		{"yaml/not a date", YAML, yamlHead + "relations:\n  - {from: a, to: b, kind: met, since: March 2014}\n", []problem{{date.ErrSyntax, 6, 40, "relations[0].since"}}},
		{"json/impossible date", JSON, jsonHead + ` "relations": [{"from": "a", "to": "b", "kind": "met", "date": "2014-02-29"}]}`, []problem{{date.ErrImpossible, 2, 64, "$.relations[0].date"}}},
		{"yaml/impossible role date", YAML, "actors:\n  - {id: a, name: A, roles: [{role: r, since: 2014-02-30}]}\n", []problem{{date.ErrImpossible, 2, 47, "actors[0].roles[0].since"}}},
		{"yaml/until before since", YAML, yamlHead + "relations:\n  - {from: a, to: b, kind: met, since: 2014-05, until: 2014-04}\n", []problem{{date.ErrReversed, 6, 56, "relations[0].until"}}},
		{"yaml/role until before since", YAML, "actors:\n  - id: a\n    name: A\n    roles: [{role: r, since: 2014, until: 2013}]\n", []problem{{date.ErrReversed, 4, 43, "actors[0].roles[0].until"}}},
		{"yaml/date with since", YAML, yamlHead + "relations:\n  - {from: a, to: b, kind: met, since: 2014, date: 2014-03-01}\n", []problem{{ErrConflict, 6, 52, "relations[0].date"}}},

		// Problems Build finds, mapped back to the field.
		{"yaml/unknown actor", YAML, yamlHead + "relations:\n  - {from: a, to: kery, kind: phoned}\n", []problem{{graph.ErrUnknownActor, 6, 19, "relations[0].to"}}},
		{"json/unknown actor", JSON, jsonHead + ` "relations": [{"from": "a", "to": "kery", "kind": "phoned"}]}`, []problem{{graph.ErrUnknownActor, 2, 36, "$.relations[0].to"}}},
		{"yaml/missing to", YAML, yamlHead + "relations:\n  - from: a\n    kind: met\n", []problem{{graph.ErrMissing, 6, 5, "relations[0].to"}}},
		{"json/missing to", JSON, jsonHead + ` "relations": [{"from": "a", "kind": "met"}]}`, []problem{{graph.ErrMissing, 2, 16, "$.relations[0].to"}}},
		{"yaml/unknown kind", YAML, yamlHead + "relations:\n  - {from: a, to: b, kind: phned}\n", []problem{{graph.ErrUnknownKind, 6, 28, "relations[0].kind"}}},
		{"yaml/self relation", YAML, yamlHead + "relations:\n  - {from: a, to: a, kind: met}\n", []problem{{graph.ErrSelfRelation, 6, 19, "relations[0].to"}}},
		{"yaml/zero weight", YAML, yamlHead + "relations:\n  - {from: a, to: b, kind: met, weight: 0}\n", []problem{{graph.ErrBadWeight, 6, 41, "relations[0].weight"}}},
		{"json/zero weight", JSON, jsonHead + ` "relations": [{"from": "a", "to": "b", "kind": "met", "weight": 0.0}]}`, []problem{{graph.ErrBadWeight, 2, 66, "$.relations[0].weight"}}},
		{"yaml/weight out of range", YAML, yamlHead + "relations:\n  - {from: a, to: b, kind: met, weight: 1e309}\n", []problem{{ErrType, 6, 41, "relations[0].weight"}}},
		{"yaml/negative weight", YAML, yamlHead + "relations:\n  - {from: a, to: b, kind: met, weight: -1}\n", []problem{{graph.ErrBadWeight, 6, 41, "relations[0].weight"}}},
		{"yaml/NaN weight", YAML, yamlHead + "relations:\n  - {from: a, to: b, kind: met, weight: .nan}\n", []problem{{graph.ErrBadWeight, 6, 41, "relations[0].weight"}}},
		{"yaml/infinite weight", YAML, yamlHead + "relations:\n  - {from: a, to: b, kind: met, weight: .inf}\n", []problem{{graph.ErrBadWeight, 6, 41, "relations[0].weight"}}},
		{"yaml/quote without source", YAML, yamlHead + "relations:\n  - {from: a, to: b, kind: met, quote: \"he said\"}\n", []problem{{graph.ErrNoSource, 6, 40, "relations[0].quote"}}},
		{"yaml/evidence without source", YAML, yamlHead + "relations:\n  - {from: a, to: b, kind: met, evidence: [{source: src}, {quote: q}]}\n", []problem{{graph.ErrNoSource, 6, 59, "relations[0].evidence[1].source"}}},
		{"yaml/unknown source", YAML, yamlHead + "relations:\n  - {from: a, to: b, kind: met, source: bbc}\n", []problem{{graph.ErrUnknownSource, 6, 41, "relations[0].source"}}},
		{"json/unknown source in evidence", JSON, jsonHead + ` "relations": [{"from": "a", "to": "b", "kind": "met", "evidence": [{"source": "src"}, {"source": "bbc"}]}]}`, []problem{{graph.ErrUnknownSource, 2, 99, "$.relations[0].evidence[1].source"}}},
		{"yaml/source and evidence", YAML, yamlHead + "relations:\n  - {from: a, to: b, kind: met, source: src, evidence: [{source: src}]}\n", []problem{{ErrConflict, 6, 56, "relations[0].evidence"}}},
		{"yaml/unknown reporter", YAML, yamlHead + "relations:\n  - {from: a, to: b, kind: met, reported_by: zz}\n", []problem{{graph.ErrUnknownActor, 6, 46, "relations[0].reported_by"}}},
		{"yaml/duplicate relation ID", YAML, yamlHead + "relations:\n  - {id: r, from: a, to: b, kind: met}\n  - {id: r, from: b, to: a, kind: met}\n", []problem{{graph.ErrDuplicateRelation, 7, 10, "relations[1].id"}}},
		{"yaml/bad relation ID", YAML, yamlHead + "relations:\n  - {id: r 1, from: a, to: b, kind: met}\n", []problem{{graph.ErrBadID, 6, 10, "relations[0].id"}}},
		{"yaml/duplicate actor", YAML, "actors:\n  - {id: a, name: A}\n  - {id: a, name: B}\n", []problem{{graph.ErrDuplicateActor, 3, 10, "actors[1].id"}}},
		{"yaml/missing name", YAML, "actors:\n  - id: a\n    kind: state\n", []problem{{actors.ErrNoName, 2, 5, "actors[0].name"}}},
		{"yaml/bad actor kind", YAML, "actors:\n  - {id: a, name: A, kind: stat}\n", []problem{{actors.ErrUnknownKind, 2, 28, "actors[0].kind"}}},
		{"yaml/bad country", YAML, "actors:\n  - {id: a, name: A, country: XXX}\n", []problem{{actors.ErrUnknownCountry, 2, 31, "actors[0].country"}}},
		{"yaml/empty alias", YAML, "actors:\n  - {id: a, name: A, aliases: [x, \"\"]}\n", []problem{{actors.ErrBadAlias, 2, 35, "actors[0].aliases[1]"}}},
		{"yaml/role of unknown actor", YAML, "actors:\n  - id: a\n    name: A\n    roles:\n      - {role: president, of: RUS}\n", []problem{{graph.ErrUnknownActor, 5, 31, "actors[0].roles[0].of"}}},
		{"yaml/duplicate source", YAML, "sources:\n  - {id: s}\n  - {id: s}\n", []problem{{graph.ErrDuplicateSource, 3, 10, "sources[1].id"}}},
		{"yaml/bad sign", YAML, "kinds:\n  - {name: k, sign: 2}\n", []problem{{graph.ErrBadKind, 2, 21, "kinds[0].sign"}}},
		{"yaml/bad nature", YAML, "kinds:\n  - {name: k, nature: evnt}\n", []problem{{graph.ErrBadKind, 2, 23, "kinds[0].nature"}}},
		{"yaml/bad CAMEO code", YAML, "kinds:\n  - {name: k, cameo: [\"04x\"]}\n", []problem{{graph.ErrBadKind, 2, 23, "kinds[0].cameo[0]"}}},
		{"yaml/built-in kind redefined", YAML, "kinds:\n  - {name: phoned}\n", []problem{{graph.ErrDuplicateKind, 2, 12, "kinds[0].name"}}},
		{"json/bad kind name", JSON, `{"kinds": [{"name": "Talks"}]}`, []problem{{graph.ErrBadKind, 1, 21, "$.kinds[0].name"}}},

		// YAML features scenarios refuse.
		{"yaml/anchor", YAML, "title: &t x\n", []problem{{ErrUnsupported, 1, 8, "title"}}},
		{"yaml/alias", YAML, "sources:\n  - {id: s, title: &t x}\n  - {id: u, title: *t}\n", []problem{{ErrUnsupported, 2, 20, "sources[0].title"}, {ErrUnsupported, 3, 20, "sources[1].title"}}},
		{"yaml/merge key", YAML, "actors:\n  - {<<: {kind: state}, id: a, name: A}\n", []problem{{ErrUnsupported, 2, 6, "actors[0]"}}},
		{"yaml/tag", YAML, "title: !!int 2014\n", []problem{{ErrUnsupported, 1, 8, "title"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := decodeAs([]byte(tt.in), "f", tt.format)
			if g != nil {
				t.Errorf("got a graph with an error")
			}
			checkProblems(t, "f", err, tt.want)
		})
	}
}

// TestManyProblems checks that one file with many problems reports each
// of them, in order of place.
func TestManyProblems(t *testing.T) {
	in := lines(
		"title: [a, b]", // 1
		"sources:",
		"  - id: s1",
		"    dat: 2014-02-30", // 4
		"  - id: s1",          // 5
		"    date: 2014-13",   // 6
		"kinds:",
		"  - {name: k1, sign: 2, symmetric: yes, cameo: [41]}", // 8
		"actors:",
		"  - id: a",
		"    name: A",
		"    kind: stat",      // 12
		"    country: XXX",    // 13
		"    aliases: Moscow", // 14
		"  - id: b",
		"    name: B",
		"    name: C", // 17
		"  - just a string",
		"relations:",
		"  - from: a",
		"    to: kery", // 21
		"    kind: phoned",
		"  - {from: a, kind: phned, date: 2014-03-01, since: 2014}", // 23
		"  - {from: a, to: a, kind: met, weight: -1}",               // 24
		"  - {from: a, to: b, kind: met, quote: no source}",         // 25
		"extra: 1", // 26
	)
	_, err := decodeAs([]byte(in), "many.yaml", YAML)
	checkProblems(t, "many.yaml", err, []problem{
		{ErrType, 1, 8, "title"},
		{ErrUnknownField, 4, 5, "sources[0].dat"},
		{graph.ErrDuplicateSource, 5, 9, "sources[1].id"},
		{date.ErrImpossible, 6, 11, "sources[1].date"},
		{graph.ErrBadKind, 8, 22, "kinds[0].sign"},
		{ErrType, 8, 36, "kinds[0].symmetric"},
		{ErrType, 8, 49, "kinds[0].cameo[0]"},
		{actors.ErrUnknownKind, 12, 11, "actors[0].kind"},
		{actors.ErrUnknownCountry, 13, 14, "actors[0].country"},
		{ErrType, 14, 14, "actors[0].aliases"},
		{ErrDuplicateKey, 17, 5, "actors[1].name"},
		{ErrType, 18, 5, "actors[2]"},
		{graph.ErrUnknownActor, 21, 9, "relations[0].to"},
		{graph.ErrMissing, 23, 5, "relations[1].to"},
		{graph.ErrUnknownKind, 23, 21, "relations[1].kind"},
		{ErrConflict, 23, 34, "relations[1].date"},
		{graph.ErrSelfRelation, 24, 19, "relations[2].to"},
		{graph.ErrBadWeight, 24, 41, "relations[2].weight"},
		{graph.ErrNoSource, 25, 40, "relations[3].quote"},
		{ErrUnknownField, 26, 1, "extra"},
	})
}

func TestErrorMessage(t *testing.T) {
	_, err := decodeAs([]byte(yamlHead+"relations:\n  - {from: a, to: kery, kind: phoned}\n"), "broken.yaml", YAML)
	want := `broken.yaml:6:19: relations[0].to: graph: unknown actor "kery"`
	if err == nil || err.Error() != want {
		t.Errorf("got  %v\nwant %s", err, want)
	}
	tests := []struct {
		name string
		err  *Error
		want string
	}{
		{"all parts", &Error{File: "f.json", Line: 2, Column: 3, Path: "$.title", Err: ErrType}, "f.json:2:3: $.title: scenario: wrong type"},
		{"no place", &Error{File: "f.yaml", Err: ErrEmpty}, "f.yaml: scenario: empty file"},
		{"no file", &Error{Path: "actors[0].note", Err: ErrNotUTF8}, "actors[0].note: scenario: not valid UTF-8"},
		{"no error", &Error{}, "unknown error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.err.Error(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSuggest(t *testing.T) {
	tests := []struct{ in, want string }{
		{"frm", "from"},
		{"reportedBy", "reported_by"},
		{"reported-by", "reported_by"},
		{"Kind", "kind"},
		{"qoute", "quote"},
		{"xyz", ""},
		{"evidences", "evidence"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := suggest.Hint(tt.in, relationFields)
			want := ""
			if tt.want != "" {
				want = ` (did you mean "` + tt.want + `"?)`
			}
			if got != want {
				t.Errorf("suggest(%q) = %q, want %q", tt.in, got, want)
			}
		})
	}
}

// endless is an input that never ends, like /dev/zero.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}

// TestMaxBytes checks that an endless input stops at the limit with
// ErrTooLarge.
func TestMaxBytes(t *testing.T) {
	dec := NewDecoder(endless{})
	dec.MaxBytes = 1 << 20
	if _, err := dec.Decode(); !errors.Is(err, ErrTooLarge) {
		t.Errorf("Decode = %v, want ErrTooLarge", err)
	}
}
