package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.svg")
	boom := errors.New("boom")
	t.Run("new file", func(t *testing.T) {
		if err := Write(path, 0o644, func(w io.Writer) error { _, err := io.WriteString(w, "good"); return err }); err != nil {
			t.Fatal(err)
		}
		if b, _ := os.ReadFile(path); string(b) != "good" {
			t.Fatalf("content %q", b)
		}
	})
	t.Run("failure keeps the old file", func(t *testing.T) {
		err := Write(path, 0o644, func(w io.Writer) error {
			io.WriteString(w, "half")
			return boom
		})
		if !errors.Is(err, boom) {
			t.Fatalf("err = %v", err)
		}
		if b, _ := os.ReadFile(path); string(b) != "good" {
			t.Fatalf("old content lost: %q", b)
		}
		entries, _ := os.ReadDir(dir)
		if len(entries) != 1 {
			t.Errorf("temporary files left behind: %v", entries)
		}
	})
	t.Run("permissions", func(t *testing.T) {
		if err := Write(path, 0o600, func(w io.Writer) error { return nil }); err != nil {
			t.Fatal(err)
		}
		if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
			t.Errorf("mode %v", st.Mode())
		}
	})
	t.Run("missing directory", func(t *testing.T) {
		err := Write(filepath.Join(dir, "nope", "x.svg"), 0o644, func(w io.Writer) error { return nil })
		if !errors.Is(err, os.ErrNotExist) {
			t.Errorf("err = %v", err)
		}
	})
}
