package render

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestCostModelBoundsMeasurements checks the cost model against every
// render measured in testdata/cost.tsv (written by
// render/internal/calibrate): no render took longer than predicted, a
// render stopped at the calibration's time limit is predicted to take at
// least as long, and the prediction of renders over a second is at most a
// few times what they took, so that MaxTime does not refuse what would
// draw in good time.
func TestCostModelBoundsMeasurements(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "cost.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	rows := 0
	worst := map[Layout]float64{}
	for line := 2; sc.Scan(); line++ {
		c := strings.Split(sc.Text(), "\t")
		if len(c) != 7 {
			t.Fatalf("cost.tsv:%d: %d columns, want 7", line, len(c))
		}
		layout, err := ParseLayout(c[0])
		if err != nil {
			t.Fatalf("cost.tsv:%d: %v", line, err)
		}
		actors, _ := strconv.Atoi(c[2])
		lines, _ := strconv.Atoi(c[4])
		span, _ := strconv.Atoi(c[5])
		stopped := strings.HasPrefix(c[6], ">")
		secs, err := strconv.ParseFloat(strings.TrimPrefix(c[6], ">"), 64)
		if err != nil {
			t.Fatalf("cost.tsv:%d: seconds %q: %v", line, c[6], err)
		}
		got := predict(layout, drawingOf(c[1]), actors, span).Seconds()
		switch {
		case got < secs:
			t.Errorf("cost.tsv:%d: %s %s, %d actors, %d lines, span %d: predicted %.2fs, took %s s", line, c[0], c[1], actors, lines, span, got, c[6])
		case !stopped && secs >= 1:
			worst[layout] = max(worst[layout], got/secs)
		}
		rows++
	}
	if rows < 50 {
		t.Fatalf("%d measurements, want the calibration's", rows)
	}
	for l, r := range worst {
		t.Logf("%s: predictions at most %.1fx the time taken", l, r)
		if r > 8 {
			t.Errorf("%s: a prediction is %.1fx the time the render took, want at most 8x", l, r)
		}
	}
}

// TestEstimateCost checks that the prediction grows with the graph and
// names what the render would draw.
func TestEstimateCost(t *testing.T) {
	small, large := generated(t, 40), generated(t, 400)
	for _, l := range []Layout{LayoutDot, LayoutNeato, LayoutFDP, LayoutSFDP, LayoutCirco, LayoutTwopi} {
		o := Options{Layout: l, Dyads: DyadsOff, MaxTime: -1}
		a, err := EstimateCost(small, o)
		if err != nil {
			t.Fatal(err)
		}
		b, err := EstimateCost(large, o)
		if err != nil {
			t.Fatal(err)
		}
		if a.Layout != l || a.Actors != 40 || a.Lines != small.NumRelations() || a.Parallel != ParallelSeparate {
			t.Errorf("%v: cost %+v of %d actors and %d relations", l, a, small.NumActors(), small.NumRelations())
		}
		if b.Parallel != ParallelCollapse || b.Lines > large.NumRelations() {
			t.Errorf("%v: cost %+v of %d relations, want them collapsed", l, b, large.NumRelations())
		}
		if !(a.Time > 0 && b.Time > a.Time) {
			t.Errorf("%v: %v for 40 actors, %v for 400", l, a.Time, b.Time)
		}
		if s := b.String(); !strings.Contains(s, l.String()+" layout of 400 actors") {
			t.Errorf("String() = %q", s)
		}
	}
	if _, err := EstimateCost(small, Options{Layout: Layout(99)}); !errors.Is(err, ErrBadLayout) {
		t.Errorf("bad layout: %v, want ErrBadLayout", err)
	}
}

// TestMaxTimeRefusesBeforeStarting checks that a render predicted to take
// longer than MaxTime fails with ErrTooSlow before any layout starts
// (the engine is not even looked for: no dot in PATH, native engine),
// writes nothing, and names what would fit.
func TestMaxTimeRefusesBeforeStarting(t *testing.T) {
	noDot(t)
	g := generated(t, 400)
	dot, err := EstimateCost(g, Options{Layout: LayoutDot, Parallel: ParallelSeparate, Dyads: DyadsOff, MaxTime: -1})
	if err != nil {
		t.Fatal(err)
	}
	dyads, err := EstimateCost(g, Options{Layout: LayoutDot, Dyads: DyadsOn, MaxTime: -1})
	if err != nil {
		t.Fatal(err)
	}
	if dyads.Time >= dot.Time {
		t.Fatalf("a dyad diagram (%v) is predicted no faster than separate lines (%v)", dyads.Time, dot.Time)
	}
	limit := (dot.Time + dyads.Time) / 2
	var buf bytes.Buffer
	err = SVG(context.Background(), &buf, g, Options{Layout: LayoutDot, Parallel: ParallelSeparate, Dyads: DyadsOff, MaxTime: limit, Engine: EngineNative})
	if !errors.Is(err, ErrTooSlow) {
		t.Fatalf("error %v, want ErrTooSlow", err)
	}
	if buf.Len() > 0 {
		t.Errorf("%d bytes written", buf.Len())
	}
	for _, want := range []string{"dot layout of 400 actors", "over the limit of " + roundTime(limit).String(), "a dyad diagram (", "filtered view", "MaxTime"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
	// No limit: the render goes ahead, and fails only for want of dot.
	if err := SVG(context.Background(), &buf, g, Options{Layout: LayoutDot, Dyads: DyadsOff, MaxTime: -1, Engine: EngineNative}); !errors.Is(err, ErrNoNative) {
		t.Errorf("without a limit: %v, want ErrNoNative", err)
	}
}

// TestAutoLayoutFitsTheTime checks that LayoutAuto, whose dot layout
// would take longer than MaxTime, chooses a layout that fits instead.
func TestAutoLayoutFitsTheTime(t *testing.T) {
	g := generated(t, 60) // dot by size
	auto, err := EstimateCost(g, Options{Dyads: DyadsOff, MaxTime: -1})
	if err != nil {
		t.Fatal(err)
	}
	if auto.Layout != LayoutDot {
		t.Fatalf("auto layout %v for 60 actors, want dot", auto.Layout)
	}
	var fits []Cost
	for _, l := range autoLayouts[1:] {
		c, err := EstimateCost(g, Options{Layout: l, Dyads: DyadsOff, MaxTime: -1})
		if err != nil {
			t.Fatal(err)
		}
		if c.Time < auto.Time {
			fits = append(fits, c)
		}
	}
	if len(fits) == 0 {
		t.Fatal("no layout is predicted faster than dot for this graph: the test needs one")
	}
	limit := auto.Time - time.Millisecond
	got, err := EstimateCost(g, Options{Dyads: DyadsOff, MaxTime: limit})
	if err != nil {
		t.Fatal(err)
	}
	if got.Layout == LayoutDot || got.Time > limit {
		t.Errorf("with MaxTime %v: %v, want a layout that fits (%v)", limit, got, fits)
	}
	var dot bytes.Buffer
	if err := DOT(&dot, g, Options{Dyads: DyadsOff, MaxTime: limit}); err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf("layout=%s", got.Layout); !strings.Contains(dot.String(), want) {
		t.Errorf("the DOT does not say %s", want)
	}
}

// TestMaxTimeStopsARunningRender runs the native engine with a dot command
// that never finishes, and checks that the render is stopped at MaxTime
// with ErrTooSlow, not left to run.
func TestMaxTimeStopsARunningRender(t *testing.T) {
	dir := t.TempDir()
	script := "#!/bin/sh\nexec sleep 60\n"
	if err := os.WriteFile(filepath.Join(dir, "dot"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat("/bin/sh"); err != nil {
		t.Skip("needs /bin/sh")
	}
	t.Setenv("PATH", dir+string(os.PathListSeparator)+os.Getenv("PATH"))
	g := fixture(t)
	limit := 2 * time.Second
	if c, _ := EstimateCost(g, Options{}); c.Time >= limit {
		t.Fatalf("the fixture is predicted to take %v", c.Time)
	}
	start := time.Now()
	err := SVG(context.Background(), new(bytes.Buffer), g, Options{Engine: EngineNative, MaxTime: limit})
	took := time.Since(start)
	if !errors.Is(err, ErrTooSlow) || errors.Is(err, context.Canceled) {
		t.Fatalf("error %v after %v, want ErrTooSlow", err, took)
	}
	if !strings.Contains(err.Error(), "stopped after 2s") {
		t.Errorf("error %q does not say when it stopped", err)
	}
	if took > 30*time.Second {
		t.Errorf("returned after %v: the fake dot was not killed", took)
	}
}
