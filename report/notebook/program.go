package notebook

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"path"
	"path/filepath"
	"strconv"
	"strings"
)

// runtimePath is the import path of the runtime the generated program calls.
const runtimePath = "github.com/diplograph/diplograph/report/notebook/show"

// runtimeName is the name under which the generated program imports it.
const runtimeName = "diplographNotebookShow"

// A program is the Go program a notebook's code blocks make: the gathered
// imports, the hoisted declarations and, block by block, the statements of
// main.
type program struct {
	file    string      // the file name of //line directives
	imports []goImport  // gathered, deduplicated, in order of appearance
	decls   []segment   // hoisted declarations, in order
	stmts   [][]segment // per block (index block-1): statements of main
	used    map[string]bool
	// declared holds the names the hoisted declarations declare at
	// package level.
	declared map[string]bool
}

// goImport is an import spec of some block.
type goImport struct {
	name  string // as written: "" (none), "_", "." or an identifier
	path  string
	block int
	line  int // in the notebook
	col   int
}

// segment is a top-level piece of a code block: one declaration or one
// statement, with its place in the notebook.
type segment struct {
	block     int
	line, col int
	text      string
	defines   []string // statements: the variables it declares
}

// segKind classifies a segment.
type segKind int

const (
	segStmt segKind = iota
	segImport
	segDecl
)

// rawSegment is a segment as the scanner finds it, before parsing.
type rawSegment struct {
	start, end int // byte offsets in the block's code
	kind       segKind
}

// directiveFile returns the file name the //line directives of the
// program use for a notebook named name: its base name, or "notebook.md"
// when that holds characters that do not survive a directive and a stack
// trace unchanged.
func directiveFile(name string) string {
	base := filepath.Base(name)
	for _, r := range base {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '_' || r == '-') {
			return "notebook.md"
		}
	}
	if base == "." || base == ".." || strings.HasPrefix(base, ".") {
		return "notebook.md"
	}
	return base
}

// analyze parses the code blocks of cells into a program. name is the
// notebook's name for errors.
func analyze(name string, cells []Cell) (*program, error) {
	p := &program{file: directiveFile(name), used: map[string]bool{}, declared: map[string]bool{}}
	var errs []error
	for _, c := range cells {
		if !c.IsCode() {
			continue
		}
		p.stmts = append(p.stmts, nil)
		for _, rs := range segmentBlock(c.Code) {
			line, col := position(c.Code, rs.start)
			seg := segment{block: c.Block, line: c.Line + line - 1, col: col, text: strings.TrimRight(c.Code[rs.start:rs.end], " \t\r\n")}
			if err := p.add(seg, rs.kind); err != nil {
				errs = append(errs, blockErrors(name, c, err)...)
			}
		}
	}
	if len(errs) == 0 {
		errs = p.checkImports(name)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return p, nil
}

// position returns the line and column (from 1) of byte offset off in src.
func position(src string, off int) (line, col int) {
	before := src[:off]
	line = strings.Count(before, "\n") + 1
	col = off - strings.LastIndexByte(before, '\n')
	return line, col
}

// segmentBlock splits a block's code into its top-level declarations and
// statements: the pieces that end with a semicolon (written, or inserted at
// a newline as Go's scanner does) outside any brackets.
func segmentBlock(code string) []rawSegment {
	fset := token.NewFileSet()
	f := fset.AddFile("", -1, len(code))
	var s scanner.Scanner
	s.Init(f, []byte(code), func(token.Position, string) {}, scanner.ScanComments)
	var segs []rawSegment
	var toks []token.Token
	start, depth := -1, 0
	comment := -1   // where the comments after the last token begin
	header := false // in the header of an if, for, switch or select
	for {
		pos, tok, lit := s.Scan()
		off := f.Offset(pos)
		if tok == token.EOF {
			if start >= 0 {
				end := len(code)
				if comment >= 0 {
					end = comment
				}
				segs = append(segs, rawSegment{start: start, end: end, kind: classify(toks)})
			}
			return segs
		}
		if tok == token.COMMENT {
			if start >= 0 && comment < 0 {
				comment = off
			}
			continue
		}
		if start < 0 {
			if tok == token.SEMICOLON {
				continue
			}
			start, toks = off, toks[:0]
		}
		if tok == token.SEMICOLON && depth <= 0 && !(header && lit == ";") {
			// A semicolon inserted at a newline comes after the comments
			// that end the line: the piece ends before them.
			end := off
			if lit == "\n" && comment >= 0 {
				end = comment
			}
			segs = append(segs, rawSegment{start: start, end: end, kind: classify(toks)})
			start, depth, comment, header = -1, 0, -1, false
			continue
		}
		comment = -1
		toks = append(toks, tok)
		switch tok {
		case token.IF, token.FOR, token.SWITCH, token.SELECT:
			// "if x := f(); x > 0 {": the header's semicolons do not end
			// the statement; its first brace at the top opens the body
			// (a composite literal there would need parentheses).
			header = header || depth <= 0
		case token.LBRACE:
			if depth <= 0 {
				header = false
			}
			depth++
		case token.LPAREN, token.LBRACK:
			depth++
		case token.RPAREN, token.RBRACK, token.RBRACE:
			depth--
		}
	}
}

// classify tells a top-level piece by its first tokens: an import, a
// declaration to hoist (func or method, type, const) or a statement
// (everything else, var declarations included, so they run in order).
func classify(toks []token.Token) segKind {
	switch toks[0] {
	case token.IMPORT:
		return segImport
	case token.TYPE, token.CONST:
		return segDecl
	case token.FUNC:
		if len(toks) > 1 && toks[1] == token.IDENT {
			return segDecl
		}
		if len(toks) > 1 && toks[1] == token.LPAREN {
			// func (r T) M(...) is a method; func(...) {...}() a literal.
			depth := 0
			for i := 1; i < len(toks); i++ {
				switch toks[i] {
				case token.LPAREN, token.LBRACK, token.LBRACE:
					depth++
				case token.RPAREN, token.RBRACK, token.RBRACE:
					depth--
				}
				if depth == 0 {
					if i+1 < len(toks) && toks[i+1] == token.IDENT {
						return segDecl
					}
					return segStmt
				}
			}
		}
	}
	return segStmt
}

// directive returns a /*line*/ directive that gives the character after it
// the position line:col of the notebook.
func (p *program) directive(line, col int) string {
	return fmt.Sprintf("/*line %s:%d:%d*/", p.file, line, col)
}

// add parses one segment and adds it to the program. A parse error comes
// back as a scanner.ErrorList whose positions are the notebook's.
func (p *program) add(seg segment, kind segKind) error {
	fset := token.NewFileSet()
	dir := p.directive(seg.line, seg.col)
	switch kind {
	case segImport:
		f, err := parser.ParseFile(fset, "", "package p\n"+dir+seg.text, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		for _, s := range f.Imports {
			path, err := strconv.Unquote(s.Path.Value)
			if err != nil {
				return err
			}
			imp := goImport{path: path, block: seg.block}
			if s.Name != nil {
				imp.name = s.Name.Name
			}
			pos := fset.Position(s.Pos())
			imp.line, imp.col = pos.Line, pos.Column
			p.imports = append(p.imports, imp)
		}
	case segDecl:
		f, err := parser.ParseFile(fset, "", "package p\n"+dir+seg.text, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil {
					p.declared[d.Name.Name] = true
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						p.declared[s.Name.Name] = true
					case *ast.ValueSpec:
						for _, n := range s.Names {
							p.declared[n.Name] = true
						}
					}
				}
			}
		}
		p.markUsed(f)
		p.decls = append(p.decls, seg)
	case segStmt:
		f, err := parser.ParseFile(fset, "", "package p\nfunc _() {\n"+dir+seg.text+"\n}", parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		for _, st := range f.Decls[0].(*ast.FuncDecl).Body.List {
			seg.defines = append(seg.defines, defined(st)...)
		}
		p.markUsed(f)
		p.stmts[seg.block-1] = append(p.stmts[seg.block-1], seg)
	}
	return nil
}

// defined returns the variables a top-level statement declares: the new
// names on the left of :=, the names of a var declaration.
func defined(st ast.Stmt) []string {
	var names []string
	add := func(id *ast.Ident) {
		if id.Name != "_" {
			names = append(names, id.Name)
		}
	}
	switch st := st.(type) {
	case *ast.AssignStmt:
		if st.Tok == token.DEFINE {
			for _, e := range st.Lhs {
				if id, ok := e.(*ast.Ident); ok {
					add(id)
				}
			}
		}
	case *ast.DeclStmt:
		if g, ok := st.Decl.(*ast.GenDecl); ok && g.Tok == token.VAR {
			for _, s := range g.Specs {
				for _, id := range s.(*ast.ValueSpec).Names {
					add(id)
				}
			}
		}
	}
	return names
}

// markUsed records the identifiers that qualify a selector (x in x.Sel):
// the package names the code may use.
func (p *program) markUsed(f *ast.File) {
	ast.Inspect(f, func(n ast.Node) bool {
		if s, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := s.X.(*ast.Ident); ok {
				p.used[id.Name] = true
			}
		}
		return true
	})
}

// checkImports deduplicates the gathered imports and fails on a name that
// two blocks bind to different packages: an explicit alias, or the known
// name of a standard library package.
func (p *program) checkImports(name string) []error {
	var errs []error
	var kept []goImport
	seen := map[[2]string]bool{}
	byName := map[string]goImport{}
	for _, imp := range p.imports {
		key := [2]string{imp.name, imp.path}
		if seen[key] {
			continue
		}
		seen[key] = true
		local := imp.name
		if local == "" {
			local = stdName(imp.path)
		}
		if local != "" && local != "_" && local != "." {
			if prev, ok := byName[local]; ok && prev.path != imp.path {
				errs = append(errs, &BlockError{
					Path: name, Block: imp.block, Line: imp.line, Err: ErrCompile,
					Msg: fmt.Sprintf("import %q as %s conflicts with import %q as %s in block %d (%s:%d)",
						imp.path, local, prev.path, local, prev.block, name, prev.line),
				})
				continue
			}
			byName[local] = imp
		}
		kept = append(kept, imp)
	}
	p.imports = kept
	return errs
}

// stdName returns the package name of a standard library import path (its
// last element, a major version suffix skipped), or "" for a path outside
// the standard library, whose package name the path does not tell.
func stdName(importPath string) string {
	first, _, _ := strings.Cut(importPath, "/")
	if strings.Contains(first, ".") || importPath == "C" {
		return ""
	}
	return lastElem(importPath)
}

// lastElem returns the last element of an import path, skipping a major
// version suffix (/v2).
func lastElem(importPath string) string {
	dir, base := path.Split(importPath)
	if len(base) > 1 && base[0] == 'v' && strings.Trim(base[1:], "0123456789") == "" && dir != "" {
		base = path.Base(strings.TrimSuffix(dir, "/"))
	}
	return base
}

// blockErrors turns a parse error of a segment of cell c into BlockErrors.
func blockErrors(name string, c Cell, err error) []error {
	var list scanner.ErrorList
	if !errors.As(err, &list) {
		return []error{&BlockError{Path: name, Block: c.Block, Line: c.Line, Err: ErrCompile, Msg: err.Error()}}
	}
	var errs []error
	for _, e := range list {
		line := e.Pos.Line
		if line < c.Line || line >= c.Line+lineCount(c.Code) {
			line = min(max(line, c.Line), c.Line+max(lineCount(c.Code), 1)-1)
		}
		errs = append(errs, &BlockError{Path: name, Block: c.Block, Line: line, Err: ErrCompile, Msg: e.Msg})
	}
	return errs
}

// lineCount returns the number of lines of code.
func lineCount(code string) int {
	n := strings.Count(code, "\n")
	if code != "" && !strings.HasSuffix(code, "\n") {
		n++
	}
	return n
}
