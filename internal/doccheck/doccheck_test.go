// Package doccheck holds a test that keeps the library's documentation
// whole: every exported name and every exported struct field of every
// public package has a doc comment, and every package has a doc.go.
package doccheck

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// root is the module root, seen from this package's directory.
const root = "../.."

func publicPackageDirs(t *testing.T) []string {
	t.Helper()
	var dirs []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		name := d.Name()
		if path != root && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata" || name == "internal" || name == "examples" || name == "cmd" || name == "bench") {
			return filepath.SkipDir
		}
		matches, _ := filepath.Glob(filepath.Join(path, "*.go"))
		for _, m := range matches {
			if !strings.HasSuffix(m, "_test.go") {
				dirs = append(dirs, path)
				break
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(dirs)
	if len(dirs) < 8 {
		t.Fatalf("found only %d public packages under %s: %v", len(dirs), root, dirs)
	}
	return dirs
}

func TestEveryPackageHasDocGo(t *testing.T) {
	for _, dir := range publicPackageDirs(t) {
		if _, err := os.Stat(filepath.Join(dir, "doc.go")); err != nil {
			t.Errorf("%s: no doc.go", dir)
		}
	}
}

func TestEveryExportedNameIsDocumented(t *testing.T) {
	for _, dir := range publicPackageDirs(t) {
		fset := token.NewFileSet()
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, name := range files {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
			if err != nil {
				t.Fatal(err)
			}
			for _, problem := range undocumented(fset, f) {
				t.Error(problem)
			}
		}
	}
}

// undocumented lists the exported declarations, methods and struct fields
// of f that have no comment.
func undocumented(fset *token.FileSet, f *ast.File) []string {
	var out []string
	where := func(p token.Pos) string {
		pos := fset.Position(p)
		rel, _ := filepath.Rel(root, pos.Filename)
		return rel + ":" + itoa(pos.Line)
	}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if !d.Name.IsExported() || d.Recv != nil && !exportedRecv(d.Recv) {
				continue
			}
			if d.Doc == nil {
				out = append(out, where(d.Pos())+": func "+d.Name.Name+" has no doc comment")
			}
		case *ast.GenDecl:
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.TypeSpec:
					if !s.Name.IsExported() {
						continue
					}
					if d.Doc == nil && s.Doc == nil {
						out = append(out, where(s.Pos())+": type "+s.Name.Name+" has no doc comment")
					}
					if st, ok := s.Type.(*ast.StructType); ok {
						for _, fld := range st.Fields.List {
							for _, n := range fld.Names {
								if n.IsExported() && fld.Doc == nil && fld.Comment == nil {
									out = append(out, where(n.Pos())+": field "+s.Name.Name+"."+n.Name+" has no comment")
								}
							}
						}
					}
				case *ast.ValueSpec:
					for _, n := range s.Names {
						// A name in a documented group (const ( // The signs. ... )) is documented by the group.
						if n.IsExported() && d.Doc == nil && s.Doc == nil && s.Comment == nil {
							out = append(out, where(n.Pos())+": "+d.Tok.String()+" "+n.Name+" has no doc comment")
						}
					}
				}
			}
		}
	}
	return out
}

func exportedRecv(r *ast.FieldList) bool {
	if len(r.List) == 0 {
		return false
	}
	t := r.List[0].Type
	if s, ok := t.(*ast.StarExpr); ok {
		t = s.X
	}
	if ix, ok := t.(*ast.IndexExpr); ok {
		t = ix.X
	}
	id, ok := t.(*ast.Ident)
	return ok && id.IsExported()
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}
