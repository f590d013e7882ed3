package browsertest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// ScreenshotsEnv names the environment variable that, set to a folder,
// makes every screenshot a copy there too, to look at after the tests.
const ScreenshotsEnv = "DIPLOGRAPH_SCREENSHOTS"

// MaxScreenshotHeight bounds a whole-page screenshot, in CSS pixels.
const MaxScreenshotHeight = 16000

// ErrBlank means a screenshot shows (almost) nothing.
var ErrBlank = errors.New("browsertest: blank screenshot")

// MinInk is the least share of a picture's pixels that must differ
// clearly from its commonest colour for it not to be blank.
const MinInk = 0.001

// Blank returns nil if the PNG shows something, and otherwise an error
// wrapping ErrBlank that says what it shows: counted are the pixels that
// differ from the commonest colour (the background) by more than 24 in a
// channel, and the distinct colours.
func Blank(pngData []byte) error {
	img, err := png.Decode(bytes.NewReader(pngData))
	if err != nil {
		return fmt.Errorf("browsertest: screenshot is not a PNG: %w", err)
	}
	b := img.Bounds()
	if b.Empty() {
		return fmt.Errorf("%w: no pixels", ErrBlank)
	}
	// Every pixel of a small picture, a grid of about a million of a
	// large one.
	step := 1
	for b.Dx()/step*(b.Dy()/step) > 1<<20 {
		step++
	}
	hist := map[uint32]int{} // colour 0xRRGGBB -> pixels
	total := 0
	for y := b.Min.Y; y < b.Max.Y; y += step {
		for x := b.Min.X; x < b.Max.X; x += step {
			var r, g, bl uint8
			switch m := img.(type) {
			case *image.RGBA: // what PNGs without transparency decode to
				i := m.PixOffset(x, y)
				r, g, bl = m.Pix[i], m.Pix[i+1], m.Pix[i+2]
			case *image.NRGBA:
				i := m.PixOffset(x, y)
				r, g, bl = m.Pix[i], m.Pix[i+1], m.Pix[i+2]
			default:
				c := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
				r, g, bl = c.R, c.G, c.B
			}
			hist[uint32(r)<<16|uint32(g)<<8|uint32(bl)]++
			total++
		}
	}
	var bg uint32
	most := -1
	for c, n := range hist {
		if n > most || n == most && c > bg {
			bg, most = c, n
		}
	}
	far := func(a, b uint32) bool { return a > b+24 || b > a+24 }
	ink := 0
	for c, n := range hist {
		if far(c>>16, bg>>16) || far(c>>8&0xff, bg>>8&0xff) || far(c&0xff, bg&0xff) {
			ink += n
		}
	}
	share := float64(ink) / float64(total)
	if share < MinInk {
		return fmt.Errorf("%w: %d×%d px, %d colours, %.3f%% of pixels away from the background #%06x",
			ErrBlank, b.Dx(), b.Dy(), len(hist), 100*share, bg)
	}
	return nil
}

// Screenshot takes a picture of the whole page (at most
// MaxScreenshotHeight pixels high), saves it as NAME.png in the test's
// temporary folder (and in $DIPLOGRAPH_SCREENSHOTS if set), fails the test
// if it is blank (see Blank), and returns its path.
func (p *Page) Screenshot(name string) string {
	p.t.Helper()
	size := Eval[[2]float64](p, `[document.documentElement.scrollWidth, document.documentElement.scrollHeight]`)
	return p.capture(name, page.Viewport{Width: size[0], Height: min(size[1], MaxScreenshotHeight), Scale: 1})
}

// ScreenshotOf takes a picture of the first element sel matches, as
// Screenshot does for the page. The element must be visible.
func (p *Page) ScreenshotOf(sel, name string) string {
	p.t.Helper()
	if err := p.Visible(sel); err != nil {
		p.t.Fatalf("browsertest: screenshot of %v", err)
	}
	r := query[[4]float64](p, "measuring", sel, `var r = bt.one(sel).getBoundingClientRect();
return [r.left + scrollX, r.top + scrollY, r.width, r.height];`)
	return p.capture(name, page.Viewport{X: r[0], Y: r[1], Width: r[2], Height: min(r[3], MaxScreenshotHeight), Scale: 1})
}

// capture takes, checks and saves a picture of the clip.
func (p *Page) capture(name string, clip page.Viewport) string {
	p.t.Helper()
	data := run(p, "taking a screenshot", func(ctx context.Context, t *chromedp.Target) ([]byte, error) {
		res, err := cdp.Call(ctx, t, page.CaptureScreenshot, page.CaptureScreenshotParams{
			Format:                page.CaptureScreenshotFormatPng,
			Clip:                  &clip,
			FromSurface:           new(true),
			CaptureBeyondViewport: new(true),
			OptimizeForSpeed:      new(true),
		})
		return res.Data, err
	})
	p.shot++
	file := fmt.Sprintf("%s-%02d-%s.png", fileName(p.t.Name()), p.shot, fileName(name))
	if p.dir == "" {
		p.dir = p.t.TempDir()
	}
	path := filepath.Join(p.dir, file)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		p.t.Fatal(err)
	}
	if dir := os.Getenv(ScreenshotsEnv); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			p.t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, file), data, 0o644); err != nil {
			p.t.Fatal(err)
		}
	}
	if err := Blank(data); err != nil {
		p.t.Errorf("%s (%s): %v", name, path, err)
	}
	return path
}

// fileName makes s safe as part of a file name.
func fileName(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' {
			return r
		}
		return '_'
	}, s)
}
