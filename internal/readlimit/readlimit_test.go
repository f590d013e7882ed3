package readlimit

import (
	"errors"
	"io"
	"strings"
	"testing"
)

var errBig = errors.New("too large")

// endless is an input that never ends, like /dev/zero.
type endless struct{}

func (endless) Read(p []byte) (int, error) { return len(p), nil }

func TestReadAll(t *testing.T) {
	for _, c := range []struct {
		name  string
		r     io.Reader
		limit int64
		want  string
		big   bool
	}{
		{"under", strings.NewReader("abc"), 4, "abc", false},
		{"at", strings.NewReader("abcd"), 4, "abcd", false},
		{"over", strings.NewReader("abcde"), 4, "", true},
		{"endless", endless{}, 1 << 20, "", true},
		{"none", strings.NewReader(strings.Repeat("x", 100)), -1, strings.Repeat("x", 100), false},
		{"default", strings.NewReader("abc"), 0, "abc", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := ReadAll(c.r, c.limit, errBig)
			if errors.Is(err, errBig) != c.big || !c.big && string(got) != c.want {
				t.Errorf("ReadAll = %q, %v", got, err)
			}
		})
	}
}

func TestSize(t *testing.T) {
	for n, want := range map[int64]string{Default: "1 GiB", 512 << 20: "512 MiB", 1500: "1500 bytes", 2048: "2 KiB"} {
		if got := Size(n); got != want {
			t.Errorf("Size(%d) = %q, want %q", n, got, want)
		}
	}
}
