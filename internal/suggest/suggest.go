// Package suggest finds the known name closest to a misspelt one, for "did
// you mean" hints in error messages.
package suggest

import (
	"fmt"
	"strings"
)

// Hint returns ` (did you mean "x"?)` for the candidate closest to s, or ""
// if none is close. A candidate is close if it equals s ignoring case, '-',
// '_' and spaces ("reportedBy" for "reported_by"), or is within a small edit
// distance: 1 for names of 3 or 4 bytes, 2 for longer ones. Names shorter
// than 3 bytes only match the first way. Ties go to the earlier candidate.
func Hint(s string, candidates []string) string {
	if c, ok := Closest(s, candidates); ok {
		return fmt.Sprintf(" (did you mean %q?)", c)
	}
	return ""
}

// Closest returns the candidate closest to s, as [Hint] chooses it.
func Closest(s string, candidates []string) (string, bool) {
	ns := normalize(s)
	for _, c := range candidates {
		if normalize(c) == ns {
			return c, true
		}
	}
	if len(s) < 3 {
		return "", false
	}
	limit := 2
	if len(s) <= 4 {
		limit = 1
	}
	best, bestD := "", limit+1
	ls := strings.ToLower(s)
	for _, c := range candidates {
		if d := distance(ls, strings.ToLower(c), bestD); d < bestD {
			best, bestD = c, d
		}
	}
	return best, best != ""
}

func normalize(x string) string {
	return strings.Map(func(r rune) rune {
		if r == '-' || r == '_' || r == ' ' {
			return -1
		}
		return r
	}, strings.ToLower(x))
}

// distance is the Levenshtein distance between a and b, or bound if it is
// at least bound (names far apart in length are not compared in full).
func distance(a, b string, bound int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d >= bound || -d >= bound || len(ra) > 256 || len(rb) > 256 {
		return bound
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
