package render

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/goccy/go-graphviz"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/drawtest"
	"github.com/diplograph/diplograph/internal/golden"
)

// goldenCase is a drawing kept as a golden file, with what it must show.
type goldenCase struct {
	file string
	opts Options
	want drawtest.Want
}

// goldenCases are the drawings of the fixture kept as golden files in
// testdata, with what each must show.
func goldenCases(g *graph.Graph) []goldenCase {
	title := g.Title()
	return []goldenCase{
		{"no-legend.golden", Options{NoLegend: true}, drawtest.Want{Title: title}},
		{"cluster-legend-dates.golden", Options{ClusterByCountry: true, EdgeDates: true}, drawtest.Want{Title: title, Legend: true}},
		{"highlight.golden", Options{NoLegend: true, Highlight: []string{"putin", "obama", "kerry-phoned-lavrov-2014-03-29"}}, drawtest.Want{Title: title}},
		{"neato-title-sized.golden", Options{NoLegend: true, Layout: LayoutNeato, Title: "Who called whom",
			NodeSize: func(id string) float64 { return float64(len(slices.Collect(g.RelationsOf(id)))) }}, drawtest.Want{Title: "Who called whom"}},
		{"collapse-dates-legend.golden", Options{Parallel: ParallelCollapse, EdgeDates: true}, drawtest.Want{Title: title, Legend: true}},
	}
}

// TestDOTGolden compares the DOT of the fixture with the golden files (or
// rewrites them under -update), and then checks each golden file, read
// back from testdata, for the facts it must show.
func TestDOTGolden(t *testing.T) {
	g := fixture(t)
	for _, c := range goldenCases(g) {
		t.Run(c.file, func(t *testing.T) {
			var buf bytes.Buffer
			if err := DOT(&buf, g, c.opts); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, c.file, buf.Bytes())
			parse(t, buf.Bytes())
			file, err := os.ReadFile(filepath.Join("testdata", c.file))
			if err != nil {
				t.Fatal(err)
			}
			drawtest.Check(t, drawtest.ReadDOT(t, file), g, c.want)
		})
	}
}

// TestSVGFacts draws the golden cases as SVG and checks that the SVG shows
// what the DOT does.
func TestSVGFacts(t *testing.T) {
	g := fixture(t)
	for _, c := range goldenCases(g) {
		t.Run(c.file, func(t *testing.T) {
			var svg bytes.Buffer
			if err := SVG(context.Background(), &svg, g, c.opts); err != nil {
				t.Fatal(err)
			}
			drawtest.Check(t, drawtest.ReadSVG(t, svg.Bytes()), g, c.want)
		})
	}
}

// parsed is what go-graphviz read back from a DOT document.
type parsed struct {
	labels   map[string]string // node name -> label attribute
	tooltips []string          // edge tooltips, in file order is not promised
}

// parse reads dot with go-graphviz, under the package lock, and returns
// the node labels and edge tooltips as Graphviz holds them.
func parse(t testing.TB, dot []byte) parsed {
	t.Helper()
	if err := acquire(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer release()
	gr, err := graphviz.ParseBytes(dot)
	if err != nil || gr == nil {
		t.Fatalf("go-graphviz cannot parse the DOT: %v\n%s", err, dot)
	}
	defer gr.Close()
	p := parsed{labels: map[string]string{}}
	for n, _ := gr.FirstNode(); n != nil; n, _ = gr.NextNode(n) {
		name, err := n.Name()
		if err != nil {
			t.Fatal(err)
		}
		p.labels[name] = n.GetStr("label")
		for e, _ := gr.FirstOut(n); e != nil; e, _ = gr.NextOut(e) {
			p.tooltips = append(p.tooltips, e.GetStr("tooltip"))
		}
	}
	return p
}

// labelText decodes a node label written by block: the text of the cells,
// <BR/> as a newline, entities decoded and doubled backslashes undone. The
// name is the text outside <FONT>, the title the text inside.
func labelText(t testing.TB, label string) (name, title string) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader("<x>" + label + "</x>"))
	var nb, tb strings.Builder
	font := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("label is not well-formed: %v\n%s", err, label)
		}
		b := &nb
		if font > 0 {
			b = &tb
		}
		switch tok := tok.(type) {
		case xml.CharData:
			b.Write(tok)
		case xml.StartElement:
			switch tok.Name.Local {
			case "BR":
				b.WriteByte('\n')
			case "FONT":
				font++
			}
		case xml.EndElement:
			if tok.Name.Local == "FONT" {
				font--
			}
		}
	}
	name, title = nb.String(), tb.String()
	if title != "" {
		name = strings.TrimSuffix(name, "\n")
	}
	return strings.ReplaceAll(name, `\\`, `\`), strings.ReplaceAll(title, `\\`, `\`)
}

// tooltipText decodes a tooltip written by escape(..., inTooltip).
func tooltipText(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case strings.HasPrefix(s[i:], `\\\\`):
			b.WriteByte('\\')
			i += 3
		case strings.HasPrefix(s[i:], `\n`):
			b.WriteByte('\n')
			i++
		default:
			b.WriteByte(s[i])
		}
	}
	return htmlUnescape(b.String())
}

func htmlUnescape(s string) string {
	r := strings.NewReplacer("&quot;", `"`, "&lt;", "<", "&gt;", ">", "&amp;", "&")
	return r.Replace(s)
}

// nasty are names that try to break DOT, HTML-like labels, SVG and XML.
var nasty = []string{
	`<script>alert(1)</script>`,
	`" onload="x`,
	`a\"b\\`,
	`trailing backslash\`,
	"two\nlines\r\nand\rmore",
	`<<b>>`,
	`<TABLE><TR><TD>x</TD></TR></TABLE>`,
	`{}[];=,->--`,
	"invalid \xff\xfe UTF-8 \xc3",
	"control \x00\x01\x1b\x7f\u0085 chars\ttab",
	`&lt;entity&gt; &amp; &#60; &foo; a&b`,
	`\N \G \E \T \H \L \n \l \r \\N`,
	`]]> <!-- --> <![CDATA[x]]>`,
	"noncharacters \uFFFE\uFFFF",
	"Владимир Путин 習近平 مرحبا 🇺🇦",
	`digraph { a -> b }`,
	`"`,
	`\`,
	`graph`,
}

// nastyGraph puts s in every string field a drawing shows.
func nastyGraph(t testing.TB, s string) *graph.Graph {
	t.Helper()
	b := graph.NewBuilder()
	b.SetTitle(s)
	b.AddSource(graph.Source{ID: "src", Title: s, Publisher: s, URL: "javascript:alert(1)"})
	b.AddSource(graph.Source{ID: "web", Title: s, URL: `https://example.org/a b?q="x"&r=<y>#` + s})
	b.AddKind(graph.Kind{Name: "custom", Sign: graph.Hostile, Phrase: s})
	b.Add(
		actors.Actor{ID: "a", Name: "x" + s, Kind: actors.Leader, Title: s, Aliases: []string{s}, Note: s, Country: "RUS",
			Roles: []actors.Role{{Role: s, Of: "b"}}},
		actors.Actor{ID: "b", Name: s + "y", Kind: actors.State, Country: "RUS"},
	)
	b.AddRelation(graph.Relation{From: "a", To: "b", Kind: "custom", Note: s, ReportedBy: "a",
		Evidence: []graph.Evidence{{Source: "src", Quote: s, Note: s}, {Source: "web", Quote: s}}})
	b.AddRelation(graph.Relation{From: "a", To: "b", Kind: graph.Met, When: date.At(date.MustParse("2014-03-29"))})
	g, err := b.Build()
	if err != nil {
		t.Fatalf("graph with %q: %v", s, err)
	}
	return g
}

// drawable keeps the strings a built graph may hold: control characters
// are refused when a graph is built (package graph's TestTextRule), so
// they reach escape only through titles and kind phrases (TestEscape
// checks escape on them).
func drawable(ss []string) []string {
	var out []string
	for _, s := range ss {
		if actors.ValidateText(s) == nil {
			out = append(out, s)
		}
	}
	return out
}

func TestEscaping(t *testing.T) {
	for _, s := range drawable(nasty) {
		t.Run(s, func(t *testing.T) {
			g := nastyGraph(t, s)
			opts := Options{ClusterByCountry: true, EdgeDates: true, Highlight: []string{"a"}}
			var dot bytes.Buffer
			if err := DOT(&dot, g, opts); err != nil {
				t.Fatal(err)
			}
			p := parse(t, dot.Bytes())
			name, title := labelText(t, p.labels["a"])
			if want := clean("x" + s); name != want {
				t.Errorf("name of a reads back as %q, want %q", name, want)
			}
			if want := clean(wrap(s, 28)); title != want {
				t.Errorf("title of a reads back as %q, want %q", title, want)
			}
			if name, _ := labelText(t, p.labels["b"]); name != clean(s+"y") {
				t.Errorf("name of b reads back as %q, want %q", name, clean(s+"y"))
			}
			if len(p.tooltips) != 2 {
				t.Fatalf("%d edges, want 2", len(p.tooltips))
			}
			for _, tip := range p.tooltips {
				if tt := tooltipText(tip); strings.Contains(tt, "“") && !strings.Contains(tt, "“"+clean(s)+"”") {
					t.Errorf("tooltip %q does not quote %q", tt, clean(s))
				}
			}
			var svg bytes.Buffer
			if err := SVG(context.Background(), &svg, g, opts); err != nil {
				t.Fatal(err)
			}
			drawtest.ReadSVG(t, svg.Bytes())
		})
	}
}

func TestEscape(t *testing.T) {
	cases := []struct {
		name, in string
		p        place
		want     string
	}{
		{"id quote", `a"b\c`, inID, `a\"b\\c`},
		{"text markup", `<b>&"x"</b>`, inText, `&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;`},
		{"text backslash", `\N`, inText, `\\N`},
		{"text newline", "a\nb", inText, `a\nb`},
		{"tooltip backslash", `\N`, inTooltip, `\\\\N`},
		{"url ampersand", "https://x.org/?a=1&b=2", inURL, "https://x.org/?a=1&amp;b=2"},
		{"invalid UTF-8", "a\xffb", inText, "a\uFFFDb"},
		{"control", "a\x00b\x1bc\x7fd", inText, "a\uFFFDb\uFFFDc\uFFFDd"},
		{"CRLF and tab", "a\r\nb\rc\td", inText, `a\nb\nc d`},
		{"noncharacter", "a\uFFFEb", inText, "a\uFFFDb"},
		{"unicode kept", "Путин 習近平", inText, "Путин 習近平"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := escape(c.in, c.p); got != c.want {
				t.Errorf("escape(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestSafeURL(t *testing.T) {
	cases := []struct{ in, want string }{
		{"https://www.bbc.com/news/world-europe-26799324", "https://www.bbc.com/news/world-europe-26799324"},
		{"http://x.org/a?b=1&c=2#d", "http://x.org/a?b=1&c=2#d"},
		{"javascript:alert(1)", ""},
		{"JAVASCRIPT:alert(1)", ""},
		{"data:text/html,<script>", ""},
		{"//x.org/a", ""},
		{"/relative", ""},
		{"https://x.org/a b\"<>\\", "https://x.org/a%20b%22%3C%3E%5C"},
		{"https://x.org/?q=\"<x>\"", "https://x.org/?q=%22%3Cx%3E%22"},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			if got := safeURL(c.in); got != c.want {
				t.Errorf("safeURL(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestDeterminism(t *testing.T) {
	g := fixture(t)
	cases := []struct {
		l Layout
		p Parallel
	}{{LayoutDot, ParallelSeparate}, {LayoutDot, ParallelCollapse}, {LayoutNeato, ParallelSeparate}, {LayoutNeato, ParallelCollapse},
		{LayoutCirco, ParallelSeparate}, {LayoutTwopi, ParallelSeparate}}
	for _, c := range cases {
		t.Run(c.l.String()+"-"+c.p.String(), func(t *testing.T) {
			opts := Options{Layout: c.l, ClusterByCountry: c.l == LayoutDot, Parallel: c.p}
			var d1, d2, s1, s2 bytes.Buffer
			if err := DOT(&d1, g, opts); err != nil {
				t.Fatal(err)
			}
			if err := DOT(&d2, g, opts); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(d1.Bytes(), d2.Bytes()) {
				t.Error("two DOT writes differ")
			}
			if err := SVG(context.Background(), &s1, g, opts); err != nil {
				t.Fatal(err)
			}
			// An fdp render in between must not change the next render.
			if err := SVG(context.Background(), io.Discard, g, Options{Layout: LayoutFDP}); err != nil {
				t.Fatal(err)
			}
			if err := SVG(context.Background(), &s2, g, opts); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(s1.Bytes(), s2.Bytes()) {
				t.Error("two SVG renders differ")
			}
		})
	}
}

func TestConcurrentSVG(t *testing.T) {
	g := fixture(t)
	var want bytes.Buffer
	if err := SVG(context.Background(), &want, g, Options{}); err != nil {
		t.Fatal(err)
	}
	const workers, each = 6, 3
	var wg sync.WaitGroup
	errs := make(chan error, workers*each)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range each {
				var got bytes.Buffer
				if err := SVG(context.Background(), &got, g, Options{}); err != nil {
					errs <- err
					return
				}
				if !bytes.Equal(got.Bytes(), want.Bytes()) {
					errs <- errors.New("a concurrent render differs from a lone one")
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestErrors(t *testing.T) {
	g := fixture(t)
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	cases := []struct {
		name string
		run  func(w io.Writer) error
		want error
	}{
		{"cancelled SVG", func(w io.Writer) error { return SVG(cancelled, w, g, Options{}) }, context.Canceled},
		{"cancelled Draw", func(w io.Writer) error {
			return Draw(cancelled, w, []byte("digraph { a -> b }"), DrawOptions{})
		}, context.Canceled},
		{"cancelled PNG", func(w io.Writer) error { return PNG(cancelled, w, g, Options{}) }, context.Canceled},
		{"too many actors", func(w io.Writer) error { return SVG(context.Background(), w, g, Options{MaxActors: 3}) }, ErrTooLarge},
		{"too many relations", func(w io.Writer) error {
			return SVG(context.Background(), w, g, Options{MaxRelations: 3})
		}, ErrTooLarge},
		{"too large for PNG", func(w io.Writer) error { return PNG(context.Background(), w, g, Options{MaxActors: 3}) }, ErrTooLarge},
		{"bad layout", func(w io.Writer) error { return SVG(context.Background(), w, g, Options{Layout: Layout(99)}) }, ErrBadLayout},
		{"bad layout DOT", func(w io.Writer) error { return DOT(w, g, Options{Layout: Layout(99)}) }, ErrBadLayout},
		{"bad layout Draw", func(w io.Writer) error {
			return Draw(context.Background(), w, []byte("digraph { a -> b }"), DrawOptions{Layout: Layout(99)})
		}, ErrBadLayout},
		{"bad format", func(w io.Writer) error {
			return Draw(context.Background(), w, []byte("digraph { a -> b }"), DrawOptions{Format: Format(9)})
		}, ErrUnsupportedFormat},
		{"Draw to DOT", func(w io.Writer) error {
			return Draw(context.Background(), w, []byte("digraph { a -> b }"), DrawOptions{Format: FormatDOT})
		}, ErrUnsupportedFormat},
		{"bad engine Draw", func(w io.Writer) error {
			return Draw(context.Background(), w, []byte("digraph { a -> b }"), DrawOptions{Engine: Engine(9)})
		}, ErrBadOption},
		{"nil graph", func(w io.Writer) error { return SVG(context.Background(), w, nil, Options{}) }, errNilGraph},
		{"nil graph DOT", func(w io.Writer) error { return DOT(w, nil, Options{}) }, errNilGraph},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := c.run(&buf)
			if !errors.Is(err, c.want) {
				t.Fatalf("got error %v, want %v", err, c.want)
			}
			if buf.Len() != 0 {
				t.Errorf("wrote %d bytes on failure", buf.Len())
			}
		})
	}
	t.Run("no limit", func(t *testing.T) {
		if err := SVG(context.Background(), io.Discard, g, Options{MaxActors: -1, MaxRelations: -1}); err != nil {
			t.Fatal(err)
		}
	})
}

// TestWaitCancelled checks that a render waiting for the lock gives up
// when its context ends.
func TestWaitCancelled(t *testing.T) {
	if err := acquire(context.Background()); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	var buf bytes.Buffer
	err := SVG(ctx, &buf, fixture(t), Options{})
	release()
	if !errors.Is(err, context.DeadlineExceeded) || buf.Len() != 0 {
		t.Fatalf("got %v and %d bytes, want context.DeadlineExceeded and nothing", err, buf.Len())
	}
}

// TestRecovery checks that bad input and the layouts that leave Graphviz
// in an error state do not break later renders.
func TestRecovery(t *testing.T) {
	g := fixture(t)
	var want bytes.Buffer
	if err := SVG(context.Background(), &want, g, Options{}); err != nil {
		t.Fatal(err)
	}
	bad := []struct {
		name string
		dot  string
	}{
		{"syntax error", "digraph { a -> }"},
		{"empty", ""},
		{"not DOT", "<svg></svg>"},
		{"bad HTML label", "digraph { a [label=<<B>unclosed>] }"},
	}
	for _, c := range bad {
		t.Run(c.name, func(t *testing.T) {
			err := Draw(context.Background(), io.Discard, []byte(c.dot), DrawOptions{})
			if err == nil && c.name != "bad HTML label" {
				t.Error("no error")
			}
			var got bytes.Buffer
			if err := SVG(context.Background(), &got, g, Options{}); err != nil {
				t.Fatalf("render after %s: %v", c.name, err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("render after %s differs", c.name)
			}
		})
	}
	t.Run("sfdp", func(t *testing.T) {
		if err := SVG(context.Background(), io.Discard, g, Options{Layout: LayoutSFDP}); err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if err := SVG(context.Background(), &got, g, Options{}); err != nil {
			t.Fatalf("render after sfdp: %v", err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Error("render after sfdp differs")
		}
	})
}
