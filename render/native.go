package render

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"strings"
	"time"
)

// maxStderr is how much of the dot command's error output an error quotes.
const maxStderr = 2000

// native runs the dot command: dot -K<layout> -T<format>, the document on
// its standard input. Renders run in their own processes, so they need no
// lock; ending ctx kills the process.
func native(ctx context.Context, dot []byte, format Format, layout Layout) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	path, err := exec.LookPath("dot")
	if err != nil {
		return nil, ErrNoNative
	}
	var out, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, path, "-K"+layout.String(), "-T"+format.String())
	cmd.Stdin = bytes.NewReader(dot)
	cmd.Stdout = &out
	cmd.Stderr = &stderr
	cmd.WaitDelay = time.Second // do not wait on pipes held open after a kill
	if err := cmd.Run(); err != nil {
		if cerr := ctx.Err(); cerr != nil {
			return nil, fmt.Errorf("render: %w", cerr)
		}
		return nil, fmt.Errorf("render: dot -K%s -T%s: %w: %s", layout, format, err, stderrTail(stderr.String()))
	}
	if out.Len() == 0 {
		return nil, fmt.Errorf("render: dot -K%s -T%s wrote nothing: %s", layout, format, stderrTail(stderr.String()))
	}
	return out.Bytes(), nil
}

// stderrTail returns the end of the dot command's error output, trimmed.
func stderrTail(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > maxStderr {
		s = "…" + strings.ToValidUTF8(s[len(s)-maxStderr:], "")
	}
	return s
}
