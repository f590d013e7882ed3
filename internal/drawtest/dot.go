package drawtest

import (
	"fmt"
	"strings"
	"testing"
)

// ReadDOT reads a DOT document as package render writes it: one digraph
// of node, edge and attribute statements and subgraphs. It fails t on a
// syntax error, naming the line.
func ReadDOT(t testing.TB, dot []byte) Drawing {
	t.Helper()
	d, err := readDOT(string(dot))
	if err != nil {
		t.Fatalf("DOT: %v", err)
	}
	return d
}

// token is a DOT token.
type token struct {
	kind byte // 'i' bare ID, 'q' quoted string, 'h' HTML string, or the punctuation itself: [ ] { } = ; , and '>' for "->"
	text string
	line int
}

// lex splits a DOT document into tokens. A quoted string's text has `\"`
// turned into `"` and every other escape kept, as Graphviz's lexer does.
func lex(s string) ([]token, error) {
	var toks []token
	line := 1
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\n':
			line++
			i++
		case c == ' ' || c == '\t' || c == '\r':
			i++
		case strings.IndexByte("[]{}=;,", c) >= 0:
			toks = append(toks, token{kind: c, text: string(c), line: line})
			i++
		case c == '-' && i+1 < len(s) && s[i+1] == '>':
			toks = append(toks, token{kind: '>', text: "->", line: line})
			i += 2
		case c == '"':
			var b strings.Builder
			start := line
			i++
			for ; i < len(s) && s[i] != '"'; i++ {
				switch {
				case s[i] == '\\' && i+1 < len(s) && s[i+1] == '"':
					b.WriteByte('"')
					i++
				case s[i] == '\\' && i+1 < len(s) && s[i+1] == '\\':
					b.WriteString(`\\`)
					i++
				case s[i] == '\\' && i+1 < len(s) && s[i+1] == '\n':
					line++
					i++
				default:
					if s[i] == '\n' {
						line++
					}
					b.WriteByte(s[i])
				}
			}
			if i == len(s) {
				return nil, fmt.Errorf("line %d: unterminated string", start)
			}
			i++
			toks = append(toks, token{kind: 'q', text: b.String(), line: start})
		case c == '<':
			start, depth, j := line, 0, i
			for ; j < len(s); j++ {
				switch s[j] {
				case '<':
					depth++
				case '>':
					depth--
				case '\n':
					line++
				}
				if depth == 0 {
					break
				}
			}
			if j == len(s) {
				return nil, fmt.Errorf("line %d: unterminated HTML-like string", start)
			}
			toks = append(toks, token{kind: 'h', text: s[i+1 : j], line: start})
			i = j + 1
		case isIDByte(c):
			j := i
			for j < len(s) && isIDByte(s[j]) && !(s[j] == '-' && j+1 < len(s) && s[j+1] == '>') {
				j++
			}
			toks = append(toks, token{kind: 'i', text: s[i:j], line: line})
			i = j
		default:
			return nil, fmt.Errorf("line %d: unexpected %q", line, c)
		}
	}
	return toks, nil
}

func isIDByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-' || c >= 0x80
}

// parser reads the statements of a DOT document.
type parser struct {
	toks []token
	pos  int
	d    Drawing
}

func (p *parser) peek() token {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return token{line: -1}
}

func (p *parser) next() token {
	t := p.peek()
	p.pos++
	return t
}

func (p *parser) errorf(t token, format string, a ...any) error {
	if t.line < 0 {
		return fmt.Errorf("at the end: "+format, a...)
	}
	return fmt.Errorf("line %d: "+format, append([]any{t.line}, a...)...)
}

func (p *parser) expect(kind byte) (token, error) {
	t := p.next()
	if t.kind != kind {
		return t, p.errorf(t, "got %q, want %q", t.text, string(kind))
	}
	return t, nil
}

// id reads an ID: bare, quoted or HTML.
func (p *parser) id() (token, error) {
	t := p.next()
	if t.kind != 'i' && t.kind != 'q' && t.kind != 'h' {
		return t, p.errorf(t, "got %q, want an ID", t.text)
	}
	return t, nil
}

func readDOT(s string) (Drawing, error) {
	toks, err := lex(s)
	if err != nil {
		return Drawing{}, err
	}
	p := &parser{toks: toks}
	if t := p.next(); t.kind != 'i' || t.text != "digraph" {
		return p.d, p.errorf(t, "got %q, want digraph", t.text)
	}
	if k := p.peek().kind; k != '{' {
		if _, err := p.id(); err != nil {
			return p.d, err
		}
	}
	if _, err := p.expect('{'); err != nil {
		return p.d, err
	}
	if err := p.stmts(nil); err != nil {
		return p.d, err
	}
	if t := p.peek(); t.line >= 0 {
		return p.d, p.errorf(t, "unexpected %q after the graph", t.text)
	}
	return p.d, nil
}

// stmts reads statements up to the closing brace; cluster is the
// subgraph they are in, nil at the top.
func (p *parser) stmts(cluster *Element) error {
	for {
		t := p.next()
		switch {
		case t.line < 0:
			return p.errorf(t, "missing }")
		case t.kind == '}':
			return nil
		case t.kind == ';':
		case t.kind == 'i' && (t.text == "graph" || t.text == "node" || t.text == "edge") && p.peek().kind == '[':
			as, err := p.attrs()
			if err != nil {
				return err
			}
			if t.text != "graph" {
				continue // defaults
			}
			runs, err := labelRuns(as)
			if err != nil {
				return p.errorf(t, "%v", err)
			}
			if cluster == nil {
				p.d.Label = runs
			} else {
				cluster.ID, cluster.Class, cluster.Text = as["id"].text, strings.Fields(as["class"].text), runs
			}
		case t.kind == 'i' && t.text == "subgraph":
			name, err := p.id()
			if err != nil {
				return err
			}
			if _, err := p.expect('{'); err != nil {
				return err
			}
			c := Element{Name: name.text}
			if err := p.stmts(&c); err != nil {
				return err
			}
			p.d.Clusters = append(p.d.Clusters, c)
		case t.kind == 'i' || t.kind == 'q':
			if err := p.nodeOrEdge(t); err != nil {
				return err
			}
		case t.kind == 'h':
			return p.errorf(t, "an HTML-like string as a node")
		default:
			return p.errorf(t, "unexpected %q", t.text)
		}
	}
}

// nodeOrEdge reads a node or edge statement whose first ID is from.
func (p *parser) nodeOrEdge(from token) error {
	el := Element{Name: from.text}
	list := &p.d.Nodes
	if p.peek().kind == '>' {
		p.next()
		to, err := p.id()
		if err != nil {
			return err
		}
		if p.peek().kind == '>' {
			return p.errorf(p.peek(), "a chain of edges")
		}
		el.Name = from.text + "->" + to.text
		list = &p.d.Edges
	}
	if p.peek().kind == '=' {
		return p.errorf(from, "a graph attribute statement outside graph [...]")
	}
	if p.peek().kind == '[' {
		as, err := p.attrs()
		if err != nil {
			return err
		}
		runs, err := labelRuns(as)
		if err != nil {
			return p.errorf(from, "%s: %v", el.Name, err)
		}
		el.ID, el.Class, el.Text = as["id"].text, strings.Fields(as["class"].text), runs
	}
	*list = append(*list, el)
	return nil
}

// attrs reads an attribute list "[k=v k=v]"; a repeated key is an error.
func (p *parser) attrs() (map[string]token, error) {
	if _, err := p.expect('['); err != nil {
		return nil, err
	}
	as := map[string]token{}
	for {
		t := p.next()
		switch {
		case t.kind == ']':
			return as, nil
		case t.kind == ',' || t.kind == ';':
		case t.kind == 'i' || t.kind == 'q':
			if _, err := p.expect('='); err != nil {
				return nil, err
			}
			v, err := p.id()
			if err != nil {
				return nil, err
			}
			if _, dup := as[t.text]; dup {
				return nil, p.errorf(t, "attribute %s given twice", t.text)
			}
			as[t.text] = v
		default:
			return nil, p.errorf(t, "got %q in an attribute list", t.text)
		}
	}
}

// labelRuns returns the runs of text of the label attribute.
func labelRuns(as map[string]token) ([]string, error) {
	l, ok := as["label"]
	switch {
	case !ok:
		return nil, nil
	case l.kind == 'h':
		return htmlRuns(l.text)
	}
	return quotedRuns(l.text), nil
}

// DenseDOT returns a digraph of nodes nodes n0, n1, ..., each with out
// edges to nodes spread around the graph, with no attributes: a document
// whose dot layout takes seconds (1,000 nodes and 8 edges each take minutes
// in the embedded engine), for tests of renders that are cancelled or
// stopped.
func DenseDOT(nodes, out int) []byte {
	var b strings.Builder
	b.WriteString("digraph {\n")
	for i := range nodes {
		for j := 1; j <= out; j++ {
			fmt.Fprintf(&b, "n%d -> n%d\n", i, (i*7+j*31)%nodes)
		}
	}
	b.WriteString("}\n")
	return []byte(b.String())
}
