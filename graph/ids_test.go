package graph

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/internal/errlist"
)

// TestIDRule checks the one rule for IDs: NFKC, compared exactly (so case
// matters); combining marks are part of letters.
func TestIDRule(t *testing.T) {
	tests := []struct {
		name    string
		ids     []string
		bad     int    // index of the actor at fault, -1 for none
		wantErr error  // nil for none
		hint    string // the NFKC spelling suggested
	}{
		{"plain", []string{"RUS", "putin", "Île-de-France"}, -1, nil, ""},
		{"composed accent", []string{"\u00e9lys\u00e9e"}, -1, nil, ""},
		{"Devanagari with vowel signs", []string{"मोदी"}, -1, nil, ""},
		{"decomposed accent", []string{"e\u0301lyse\u0301e"}, 0, ErrBadID, "\u00e9lys\u00e9e"},
		{"fullwidth", []string{"ＲＵＳ"}, 0, ErrBadID, "RUS"},
		{"case matters", []string{"RUS", "rus", "Rus"}, -1, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := NewBuilder()
			for _, id := range tt.ids {
				b.Add(actors.Actor{ID: id, Name: "x"})
			}
			_, err := b.Build()
			if tt.wantErr == nil {
				if err != nil {
					t.Fatalf("Build: %v", err)
				}
				return
			}
			var e *Error
			if !errors.Is(err, tt.wantErr) || !errors.As(err, &e) || e.Section != SectionActors || e.Index != tt.bad || e.Field != "id" {
				t.Fatalf("Build = %v; want %v at actors[%d].id", err, tt.wantErr, tt.bad)
			}
			if tt.hint != "" && !strings.Contains(err.Error(), strconv.Quote(tt.hint)) {
				t.Errorf("the error does not suggest %q: %v", tt.hint, err)
			}
		})
	}
}

// TestTextRule checks that text no output can carry is refused in every
// part of the graph, with its place.
func TestTextRule(t *testing.T) {
	const esc = "red\x1b[31m"
	b := NewBuilder()
	b.SetTitle("Crisis " + esc)
	b.AddKind(Kind{Name: "hugged", Phrase: "hugged\x00", Description: esc})
	b.AddSource(Source{ID: "s", Title: esc})
	b.Add(actors.Actor{ID: "a", Name: esc}, actors.Actor{ID: "b", Name: "B"})
	b.AddRelation(NewRelation("a", "b", Met).Cite("s", esc))
	_, err := b.Build()
	want := map[string]bool{"sources.title": false, "actors.name": false, "relations.evidence[0].quote": false,
		"title.": false, "kinds.phrase": false, "kinds.description": false}
	var e *Error
	for _, x := range errlist.Flatten(err) {
		if errors.As(x, &e) && errors.Is(x, actors.ErrBadText) {
			want[string(e.Section)+"."+e.Field] = true
		}
	}
	for k, seen := range want {
		if !seen {
			t.Errorf("no ErrBadText at %s: %v", k, err)
		}
	}
}
