package render

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/diplograph/diplograph/internal/drawtest"
)

func TestWriteFile(t *testing.T) {
	g := fixture(t)
	opts := Options{ClusterByCountry: true}
	var dot bytes.Buffer
	if err := DOT(&dot, g, opts); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name  string
		dot   string // "need" to skip without dot
		check func(t *testing.T, data []byte)
	}{
		{"g.dot", "", func(t *testing.T, data []byte) {
			if !bytes.Equal(data, dot.Bytes()) {
				t.Error("the file differs from what DOT writes")
			}
		}},
		{"g.svg", "", func(t *testing.T, data []byte) {
			drawtest.Check(t, drawtest.ReadSVG(t, data), g, drawtest.Want{Title: g.Title(), Legend: true})
		}},
		{"G.SVG", "", func(t *testing.T, data []byte) {
			drawtest.ReadSVG(t, data)
		}},
		{"g.png", "need", func(t *testing.T, data []byte) {
			if !bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")) {
				t.Errorf("not a PNG: % x", data[:min(8, len(data))])
			}
		}},
		{"g.pdf", "need", func(t *testing.T, data []byte) {
			if !bytes.HasPrefix(data, []byte("%PDF-")) {
				t.Errorf("not a PDF: %q", data[:min(8, len(data))])
			}
		}},
	}
	dir := t.TempDir()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.dot == "need" {
				needDot(t)
			}
			path := filepath.Join(dir, c.name)
			if err := WriteFile(context.Background(), path, g, opts); err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			c.check(t, data)
		})
	}
}

// TestWriteFileFails checks that a failed WriteFile says why, leaves an
// existing file as it was and leaves no temporary file behind.
func TestWriteFileFails(t *testing.T) {
	g := fixture(t)
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	cases := []struct {
		name string
		file string
		ctx  context.Context
		opts Options
		want error
	}{
		{"too large", "g.svg", context.Background(), Options{MaxActors: 3}, ErrTooLarge},
		{"bad layout DOT", "g.dot", context.Background(), Options{Layout: Layout(99)}, ErrBadLayout},
		{"bad engine", "g.svg", context.Background(), Options{Engine: Engine(9)}, ErrBadOption},
		{"embedded PNG", "g.png", context.Background(), Options{Engine: EngineEmbedded}, ErrUnsupportedFormat},
		{"cancelled", "g.svg", cancelled, Options{}, context.Canceled},
		{"unknown extension", "g.gif", context.Background(), Options{}, ErrUnsupportedFormat},
		{"no extension", "g", context.Background(), Options{}, ErrUnsupportedFormat},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, c.file)
			good := []byte("a good drawing\n")
			if err := os.WriteFile(path, good, 0o644); err != nil {
				t.Fatal(err)
			}
			err := WriteFile(c.ctx, path, g, c.opts)
			if !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
			if !bytes.Contains([]byte(err.Error()), []byte(path)) {
				t.Errorf("error %q does not name the file", err)
			}
			data, err := os.ReadFile(path)
			if err != nil || !bytes.Equal(data, good) {
				t.Errorf("the existing file now holds %q (%v)", data, err)
			}
			entries, err := os.ReadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			if len(entries) != 1 {
				t.Errorf("%d files in the folder, want only %s", len(entries), c.file)
			}
		})
	}
	t.Run("unknown extension creates nothing", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "g.jpeg")
		if err := WriteFile(context.Background(), path, g, Options{}); !errors.Is(err, ErrUnsupportedFormat) {
			t.Fatalf("got %v, want ErrUnsupportedFormat", err)
		}
		if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("the file exists: %v", err)
		}
	})
}
