package table

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/internal/csvsafe"
	"github.com/diplograph/diplograph/internal/golden"
)

// hostile are strings that would be markup, script, links or table
// structure if a writer let them through.
var hostile = []string{
	`<script>alert(1)</script>`,
	`" onload="alert(1)`,
	`javascript:alert(1)`,
	"**Kerry** | `code` [x](javascript:alert(1)) ![i](https://example.com/i.png)",
	"&lt;b&gt; &amp; <!-- c --> </td></tr></table>",
	"line one\nline two\r\n\tend",
	"# not a heading",
}

// sample is the representative table of the golden files: every column
// type, missing values, markers, keys, notes and hostile strings.
func sample(t *testing.T) *Table {
	t.Helper()
	tb := mustNew(t, `Who mattered: <b>"crisis"</b> & more | 2014`,
		Column{Name: "Rank", Type: RankType},
		Column{Name: "Actor"},
		Column{Name: "Relations", Type: IntegerType},
		Column{Name: "PageRank", Type: NumberType},
		Column{Name: "Share %", Type: NumberType, Digits: 1, Fixed: true},
		Column{Name: "Moved", Type: IntegerType, Signed: true},
		Column{Name: "Since", Type: DateType})
	p := date.MustParse
	mustAdd(t, tb, "putin", nil, "Vladimir Putin", 12, 0.213421, 41.28, 2, p("2012-05-07"))
	mustAdd(t, tb, "obama", nil, "Barack <Obama>", 9, 0.18, 28.05, 0, p("2009-01"))
	mustAdd(t, tb, "q1", nil, hostile[1], 3, 0.0902, 9.4, -1, p("2014"))
	mustAdd(t, tb, "q2", nil, hostile[3], 3, 0.0902*(1+1e-12), nil, nil, nil)
	mustAdd(t, tb, "crimea", Cell{Marker: IsolatedMarker}, "Crimea\nRepublic of", 0, 0.0375, 0.0, nil, p("2014-03"))
	mustAdd(t, tb, "q3", nil, Cell{Value: hostile[0], Marker: hostile[4]}, 1, 2.5e-9, 0.05, nil, nil)
	tb.Notes = []string{"PageRank with damping 0.85. " + hostile[0], hostile[5]}
	if err := tb.Rank("Rank", "PageRank", RankOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := tb.Sort("Rank", SortOptions{}); err != nil {
		t.Fatal(err)
	}
	return tb
}

func TestGoldenText(t *testing.T) {
	tb := sample(t)
	out := tb.String()
	golden.Check(t, "sample.txt", []byte(out))
	for _, fact := range []string{
		"Who mattered: <b>\"crisis\"</b> & more | 2014\n\n",
		"Rank  Actor",
		"  1   Vladimir Putin",
		"  3   \" onload=\"alert(1)",
		"  3   **Kerry**",
		"0.213",
		"2.50e-09",
		"+2",
		"7 May 2012",
		"Jan 2009",
		"† no relations in this view",
		"* &lt;b&gt; &amp; <!-- c -->",
		"  –†  Crimea Republic of",
		"  5   <script>alert(1)</script>*",
		"line one line two   end",
	} {
		if !strings.Contains(out, fact) {
			t.Errorf("text lacks %q", fact)
		}
	}
	// Every line of the table proper is as wide as the rule, give or take
	// trailing spaces, so the columns line up.
	lines := strings.Split(out, "\n")
	rule := lines[3]
	for _, l := range lines[4 : 4+tb.Len()] {
		if n, m := runes(l), runes(rule); n > m {
			t.Errorf("line wider than the rule (%d > %d): %q", n, m, l)
		}
	}
	if strings.ContainsAny(out, "\r\t") {
		t.Errorf("control characters in text output")
	}
}

func TestGoldenMarkdown(t *testing.T) {
	tb := sample(t)
	var b bytes.Buffer
	if err := tb.WriteMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "sample.md", b.Bytes())
	caption, head, rows, page := renderMarkdown(t, b.Bytes())
	if caption != tb.Title {
		t.Errorf("title reads %q", caption)
	}
	checkCells(t, tb, head, rows, false)
	for _, fact := range []string{"| ---: | --- | ---: |", "no relations in this view", "Vladimir Putin"} {
		if !strings.Contains(b.String(), fact) {
			t.Errorf("Markdown lacks %q", fact)
		}
	}
	if !strings.Contains(page, "PageRank with damping 0.85. &lt;script&gt;") {
		t.Errorf("note not kept as text:\n%s", page)
	}
}

func TestGoldenCSV(t *testing.T) {
	tb := sample(t)
	var b bytes.Buffer
	if err := tb.WriteCSV(&b); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "sample.csv", b.Bytes())
	checkCSV(t, tb, b.Bytes())
	for _, fact := range []string{"Rank,Actor,Relations,PageRank,Share %,Moved,Since\n", "1,Vladimir Putin,12,0.213421,41.28,2,2012-05-07\n",
		",0.0902000000000902,", ",2.5e-09,", "2014-03\n"} {
		if !strings.Contains(b.String(), fact) {
			t.Errorf("CSV lacks %q", fact)
		}
	}
}

// TestCSVFormulaGuard checks that a name a spreadsheet would run as a
// formula is written behind an apostrophe, and a negative number is not.
func TestCSVFormulaGuard(t *testing.T) {
	tb, err := New("t", Column{Name: "Actor", Type: TextType}, Column{Name: "Change", Type: IntegerType})
	if err != nil {
		t.Fatal(err)
	}
	if err := tb.AddRow("=cmd|' /C calc'!A0", -3); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := tb.WriteCSV(&b); err != nil {
		t.Fatal(err)
	}
	if want := "Actor,Change\n'=cmd|' /C calc'!A0,-3\n"; b.String() != want {
		t.Errorf("CSV = %q, want %q", b.String(), want)
	}
	checkCSV(t, tb, b.Bytes())
}

func TestGoldenJSON(t *testing.T) {
	tb := sample(t)
	var b bytes.Buffer
	if err := tb.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "sample.json", b.Bytes())
	checkJSON(t, tb, b.Bytes())
	var doc struct {
		Title   string
		Columns []map[string]any
		Rows    []map[string]any
		Keys    []string
		Marks   []map[string]any
		Notes   []string
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Rows) != 6 || doc.Rows[0]["PageRank"] != 0.213421 || doc.Rows[0]["Since"] != "2012-05-07" ||
		doc.Rows[5]["Rank"] != nil || doc.Rows[0]["Rank"] != 1.0 {
		t.Errorf("rows %v", doc.Rows)
	}
	if !slices.Equal(doc.Keys, []string{"putin", "obama", "q1", "q2", "q3", "crimea"}) {
		t.Errorf("keys %v", doc.Keys)
	}
	if doc.Columns[3]["type"] != "number" || doc.Columns[4]["fixed"] != true || doc.Columns[4]["digits"] != 1.0 {
		t.Errorf("columns %v", doc.Columns)
	}
	if len(doc.Marks) != 2 || doc.Marks[1]["marker"] != IsolatedMarker || doc.Marks[1]["row"] != 5.0 {
		t.Errorf("marks %v", doc.Marks)
	}
	if bytes.Contains(b.Bytes(), []byte("<")) {
		t.Errorf("JSON has a raw '<'")
	}
}

func TestGoldenHTML(t *testing.T) {
	tb := sample(t)
	var b bytes.Buffer
	if err := tb.WriteHTML(&b); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "sample.html", b.Bytes())
	caption, head, rows, notes := parseHTMLTable(t, b.String())
	if caption != tb.Title {
		t.Errorf("caption reads %q", caption)
	}
	checkCells(t, tb, head, rows, true)
	if len(notes) != 4 || notes[1] != "† no relations in this view" || notes[2] != "PageRank with damping 0.85. "+hostile[0] {
		t.Errorf("notes %q", notes)
	}
	for _, fact := range []string{`<th scope="col" class="num">PageRank</th>`, `<td class="num missing">–<sup class="marker">†</sup></td>`,
		`<td>Crimea<br>Republic of</td>`} {
		if !strings.Contains(b.String(), fact) {
			t.Errorf("HTML lacks %q", fact)
		}
	}
}

func TestJSONErrors(t *testing.T) {
	tests := map[string]string{
		"not JSON":        `{`,
		"no columns":      `{"title":"","rows":[]}`,
		"no rows":         `{"title":"","columns":[{"name":"A","type":"text"}]}`,
		"bad type":        `{"columns":[{"name":"A","type":"float"}],"rows":[]}`,
		"unknown column":  `{"columns":[{"name":"A","type":"text"}],"rows":[{"B":"x"}]}`,
		"row not object":  `{"columns":[{"name":"A","type":"text"}],"rows":[null]}`,
		"text as number":  `{"columns":[{"name":"A","type":"text"}],"rows":[{"A":1}]}`,
		"float as int":    `{"columns":[{"name":"A","type":"integer"}],"rows":[{"A":1.5}]}`,
		"rank zero":       `{"columns":[{"name":"A","type":"rank"}],"rows":[{"A":0}]}`,
		"huge number":     `{"columns":[{"name":"A","type":"number"}],"rows":[{"A":1e999}]}`,
		"bad date":        `{"columns":[{"name":"A","type":"date"}],"rows":[{"A":"2014-13"}]}`,
		"keys mismatch":   `{"columns":[{"name":"A","type":"text"}],"rows":[{"A":"x"}],"keys":[]}`,
		"mark off table":  `{"columns":[{"name":"A","type":"text"}],"rows":[{"A":"x"}],"marks":[{"row":3,"column":"A","marker":"m"}]}`,
		"duplicate names": `{"columns":[{"name":"A","type":"text"},{"name":"A","type":"text"}],"rows":[]}`,
	}
	for name, doc := range tests {
		t.Run(name, func(t *testing.T) {
			var tb Table
			err := tb.UnmarshalJSON([]byte(doc))
			var e *Error
			if err == nil || !errors.As(err, &e) {
				t.Fatalf("got %v, want an *Error", err)
			}
			if tb.cols != nil {
				t.Errorf("a failed read changed the table")
			}
		})
	}
}

// checkCells compares the headings and cell texts a reader got with the
// table's: every row has one cell per column, and each cell reads as the
// value (line breaks as spaces unless html) followed by its marker symbol.
func checkCells(t *testing.T, tb *Table, head []string, rows [][]string, isHTML bool) {
	t.Helper()
	// An HTML parser reads the text as written, line breaks aside; GFM
	// trims the spaces around a cell's content.
	norm := func(s string) string {
		if isHTML {
			return strings.ReplaceAll(htmlTextPlain(s), "\n", "")
		}
		return strings.Trim(oneLine(s), " ")
	}
	if len(head) != len(tb.cols) {
		t.Fatalf("%d headings for %d columns: %q", len(head), len(tb.cols), head)
	}
	for j, c := range tb.cols {
		if head[j] != norm(c.Name) {
			t.Errorf("heading %d reads %q, want %q", j, head[j], norm(c.Name))
		}
	}
	if len(rows) != tb.Len() {
		t.Fatalf("%d rows, want %d", len(rows), tb.Len())
	}
	_, of := tb.footnotes()
	for i, r := range tb.rows {
		if len(rows[i]) != len(tb.cols) {
			t.Fatalf("row %d has %d cells, want %d: %q", i, len(rows[i]), len(tb.cols), rows[i])
		}
		for j, c := range r.cells {
			want := norm(display(tb.cols[j], c) + of[c.Marker])
			if rows[i][j] != want {
				t.Errorf("row %d, column %d reads %q, want %q", i, j, rows[i][j], want)
			}
		}
	}
}

// htmlTextPlain is the text an HTML parser reads from htmlText(s).
func htmlTextPlain(s string) string {
	return html.UnescapeString(strings.ReplaceAll(htmlText(s), "<br>", "\n"))
}

// checkCSV reads a CSV back and compares it with the table.
func checkCSV(t *testing.T, tb *Table, data []byte) {
	t.Helper()
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatalf("CSV does not read back: %v\n%s", err, data)
	}
	if len(recs) != tb.Len()+1 {
		t.Fatalf("%d records, want %d", len(recs), tb.Len()+1)
	}
	norm := func(s string) string { return strings.ReplaceAll(s, "\r\n", "\n") }
	for j, c := range tb.cols {
		if csvsafe.Uncell(recs[0][j]) != norm(c.Name) {
			t.Errorf("header %d reads %q, want %q", j, recs[0][j], c.Name)
		}
	}
	for i, r := range tb.rows {
		for j, c := range r.cells {
			if got, want := csvsafe.Uncell(recs[i+1][j]), norm(raw(c)); got != want {
				t.Errorf("row %d, column %d reads %q, want %q", i, j, got, want)
			}
		}
	}
}

// checkJSON reads a JSON table back and compares it with the table.
func checkJSON(t *testing.T, tb *Table, data []byte) {
	t.Helper()
	if !json.Valid(data) {
		t.Fatalf("invalid JSON:\n%s", data)
	}
	var back Table
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatalf("JSON does not read back: %v\n%s", err, data)
	}
	want := tb.clone(tb.rows)
	want.Title = strings.ToValidUTF8(want.Title, "\uFFFD")
	for i, n := range want.Notes {
		want.Notes[i] = strings.ToValidUTF8(n, "\uFFFD")
	}
	if len(want.Notes) == 0 {
		want.Notes = nil
	}
	if len(want.rows) == 0 {
		want.rows = nil
	}
	if len(back.rows) == 0 {
		back.rows = nil
	}
	if !reflect.DeepEqual(&back, want) {
		t.Errorf("JSON round trip differs:\n got %+v\nwant %+v", &back, want)
	}
}

// parseHTMLTable parses a table fragment as a browser would, checks that it
// holds only the elements and attributes the writer makes, and returns the
// texts of the caption, headings, cells and footer paragraphs.
func parseHTMLTable(t *testing.T, s string) (caption string, head []string, rows [][]string, notes []string) {
	t.Helper()
	ctx := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(s), ctx)
	if err != nil {
		t.Fatal(err)
	}
	allowed := map[string][]string{"table": {"class"}, "caption": nil, "thead": nil, "tbody": nil, "tfoot": nil, "tr": nil,
		"th": {"scope", "class"}, "td": {"class", "colspan"}, "sup": {"class"}, "br": nil, "p": {"class"}}
	var tables int
	var walk func(n *html.Node, section string)
	walk = func(n *html.Node, section string) {
		if n.Type == html.ElementNode {
			attrs, ok := allowed[n.Data]
			if !ok {
				t.Errorf("unexpected element <%s>", n.Data)
			}
			for _, a := range n.Attr {
				if !slices.Contains(attrs, a.Key) {
					t.Errorf("unexpected attribute %s=%q on <%s>", a.Key, a.Val, n.Data)
				}
			}
			switch n.Data {
			case "table":
				tables++
			case "caption":
				caption = text(n)
				return
			case "thead", "tbody", "tfoot":
				section = n.Data
			case "tr":
				if section == "tbody" {
					rows = append(rows, nil)
				}
			case "th":
				head = append(head, text(n))
				return
			case "td":
				if section == "tbody" {
					rows[len(rows)-1] = append(rows[len(rows)-1], text(n))
				}
			case "p":
				notes = append(notes, text(n))
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, section)
		}
	}
	for _, n := range nodes {
		if n.Type == html.TextNode && strings.TrimSpace(n.Data) == "" {
			continue
		}
		walk(n, "")
	}
	if tables != 1 {
		t.Errorf("%d tables, want 1", tables)
	}
	return caption, head, rows, notes
}

// text returns the text inside n.
func text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// renderMarkdown renders Markdown as GitHub does (GFM tables) and returns
// the bold title, the headings and cells of its one table, and the HTML.
// It fails if the rendering has anything but text, the table's elements,
// paragraphs, the bold title and GitHub's links of bare web addresses: no
// other links, no images, code, emphasis or raw HTML.
func renderMarkdown(t *testing.T, md []byte) (title string, head []string, rows [][]string, page string) {
	t.Helper()
	var out bytes.Buffer
	if err := goldmark.New(goldmark.WithExtensions(extension.GFM)).Convert(md, &out); err != nil {
		t.Fatal(err)
	}
	page = out.String()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	allowed := map[string]bool{"html": true, "head": true, "body": true, "p": true, "strong": true, "table": true, "thead": true,
		"tbody": true, "tr": true, "th": true, "td": true, "a": true}
	var walk func(n *html.Node, section string)
	walk = func(n *html.Node, section string) {
		switch n.Type {
		case html.ElementNode:
			if !allowed[n.Data] {
				t.Errorf("Markdown made <%s>:\n%s", n.Data, page)
			}
			for _, a := range n.Attr {
				// GitHub links bare web addresses; nothing else may
				// make an attribute.
				link := n.Data == "a" && a.Key == "href" && (strings.HasPrefix(a.Val, "http://") ||
					strings.HasPrefix(a.Val, "https://") || strings.HasPrefix(a.Val, "mailto:"))
				if !link && (a.Key != "style" || !strings.HasPrefix(a.Val, "text-align:")) {
					t.Errorf("Markdown made attribute %s=%q on <%s>", a.Key, a.Val, n.Data)
				}
			}
			switch n.Data {
			case "strong":
				title = text(n)
				return
			case "thead", "tbody":
				section = n.Data
			case "tr":
				if section == "tbody" {
					rows = append(rows, []string{})
				}
			case "th":
				head = append(head, text(n))
				return
			case "td":
				rows[len(rows)-1] = append(rows[len(rows)-1], text(n))
				return
			}
		case html.CommentNode, html.DoctypeNode:
			t.Errorf("Markdown made a comment or doctype: %q", n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, section)
		}
	}
	walk(doc, "")
	return title, head, rows, page
}
