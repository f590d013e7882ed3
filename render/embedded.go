package render

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/diplograph/diplograph/render/internal/engine"
)

// EmbeddedCommand is the command that runs the embedded engine in a child
// process when the program does not link it (see [EngineEmbedded]): it is
// looked for next to the running executable, then in PATH.
const EmbeddedCommand = "diplograph-graphviz"

// ErrNoEmbedded means the [EngineEmbedded] engine was chosen (the default
// for SVG) in a program that does not import package render/embedded, and
// the [EmbeddedCommand] command is neither next to the executable nor in
// PATH.
var ErrNoEmbedded = errors.New("render: embedded Graphviz not linked and " + EmbeddedCommand + " not found " +
	"(import _ \"github.com/diplograph/diplograph/render/embedded\", or go install github.com/diplograph/diplograph/cmd/" +
	EmbeddedCommand + ", or use the native engine)")

// childWait is how long a killed child process may keep its pipes open
// before Wait gives up on them.
const childWait = time.Second

// renderSVG lays dot out with the embedded Graphviz: in this process if
// the program links it (package render/embedded) and it is not used up
// (engine.ErrSpent), else in a child process running EmbeddedCommand,
// which ending ctx kills.
func renderSVG(ctx context.Context, dot []byte, layout Layout) ([]byte, error) {
	var spent error
	if f := engine.Embedded; f != nil {
		svg, err := f(ctx, dot, layout.String())
		if !errors.Is(err, engine.ErrSpent) {
			return svg, err
		}
		spent = err // the in-process engine is used up: carry on in a child
	}
	argv, err := embeddedCommand()
	if err != nil {
		if spent != nil {
			return nil, fmt.Errorf("%w, and %w", spent, err)
		}
		return nil, err
	}
	path := argv[0]
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	cmd := exec.CommandContext(ctx, path, append(argv[1:], "-K", layout.String())...)
	cmd.Stdin = bytes.NewReader(dot)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.WaitDelay = childWait
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("render: %w", ctx.Err())
		}
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			return nil, fmt.Errorf("%s (%s)", msg, strings.Join(argv, " "))
		}
		return nil, fmt.Errorf("render: %s: %w", path, err)
	}
	if stdout.Len() == 0 {
		return nil, fmt.Errorf("render: %s layout: %s wrote nothing", layout, path)
	}
	return stdout.Bytes(), nil
}

// embeddedCommand returns the command line that runs EmbeddedCommand:
// the command next to the running executable (where go install puts it
// with diplograph), else in PATH; else, in a program of this module built
// by "go run" in a checkout (go run ./cmd/diplograph), "go run" of the
// command, which the go tool builds once and then caches.
func embeddedCommand() ([]string, error) {
	name := EmbeddedCommand
	if runtime.GOOS == "windows" {
		name += ".exe"
	}
	if exe, err := os.Executable(); err == nil {
		p := filepath.Join(filepath.Dir(exe), name)
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return []string{p}, nil
		}
	}
	if p, err := exec.LookPath(EmbeddedCommand); err == nil {
		return []string{p}, nil
	}
	const module = "github.com/diplograph/diplograph"
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Path == module && bi.Main.Version == "(devel)" {
		if gotool, err := exec.LookPath("go"); err == nil {
			return []string{gotool, "run", module + "/cmd/" + EmbeddedCommand}, nil
		}
	}
	return nil, ErrNoEmbedded
}
