package render

import (
	"bytes"
	"context"
	"testing"
)

// TestDrawLayout checks what DrawOptions.Layout says: it lays out a
// document that names no layout, LayoutAuto meaning dot, and a layout
// attribute in the document wins, with either engine.
func TestDrawLayout(t *testing.T) {
	const plain = "digraph { a -> b; b -> c; c -> a; c -> d; d -> e }"
	const circo = "digraph { layout=circo; a -> b; b -> c; c -> a; c -> d; d -> e }"
	for _, e := range []Engine{EngineEmbedded, EngineNative} {
		t.Run(e.String(), func(t *testing.T) {
			if e == EngineNative {
				needDot(t)
			}
			draw := func(doc string, l Layout) string {
				t.Helper()
				var buf bytes.Buffer
				if err := Draw(context.Background(), &buf, []byte(doc), DrawOptions{Layout: l, Engine: e}); err != nil {
					t.Fatal(err)
				}
				return buf.String()
			}
			if draw(plain, LayoutAuto) != draw(plain, LayoutDot) {
				t.Error("LayoutAuto does not draw as LayoutDot")
			}
			if draw(plain, LayoutCirco) == draw(plain, LayoutDot) {
				t.Error("Layout does not change the drawing of a document that names no layout")
			}
			if draw(circo, LayoutDot) != draw(plain, LayoutCirco) {
				t.Error("the document's layout attribute does not win")
			}
		})
	}
}
