package errlist

import (
	"errors"
	"fmt"
	"slices"
	"testing"
)

func TestFlatten(t *testing.T) {
	a, b, c := errors.New("a"), errors.New("b"), errors.New("c")
	wrapped := fmt.Errorf("wrapped: %w", a)
	for _, tc := range []struct {
		name string
		err  error
		want []error
	}{
		{"nil", nil, nil},
		{"single", a, []error{a}},
		{"wrapped single stays whole", wrapped, []error{wrapped}},
		{"joined", errors.Join(a, b), []error{a, b}},
		{"nested", errors.Join(errors.Join(a, b), c), []error{a, b, c}},
		{"joined by %w twice", fmt.Errorf("%w; %w", a, c), []error{a, c}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Flatten(tc.err); !slices.Equal(got, tc.want) {
				t.Errorf("Flatten = %v, want %v", got, tc.want)
			}
		})
	}
}
