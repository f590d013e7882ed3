package table

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

// Tolerance is the relative difference within which Table.Rank counts two
// numbers as tied: a and b tie when |a-b| <= Tolerance * max(|a|, |b|).
//
// Why 1e-9: the measures a table ranks (PageRank, betweenness, closeness,
// ...) are sums and iterations in floating point, so two actors in the
// same position of a graph - two leaves of one hub - can get scores that
// differ in the last bits, 1e-16 to 1e-12 relative, depending on the order
// of the additions. Ranking those apart would invent an order the graph
// does not have. A relative bound of 1e-9 is far above that noise yet far
// below any difference a table shows (a number column shows at most 17
// digits, and in practice 3 to 6), and being relative it works the same for
// scores near 0.001 and near 1000. Zero ties only with zero.
const Tolerance = 1e-9

// RankOptions says how Table.Rank ranks. The zero value ranks the largest
// value first.
type RankOptions struct {
	// Ascending ranks the smallest value first, for a distance or a cost.
	// The default ranks the largest value first.
	Ascending bool
}

// Rank fills the rank column into with the competition ranks ("1224") of
// the numeric column by: the best value gets 1, tied values share a rank,
// and the rank after a tie skips as many places as the tie had rows (1, 2,
// 2, 4). Values tie when equal within Tolerance; a run of near-equal
// values is measured from its first (best) value, so ties never chain
// further than Tolerance.
//
// Rows are not ranked, and their rank cell becomes missing, when their by
// value is missing, or when their rank cell already carries a marker:
// mark the rank cell first (a Cell with a Marker, or Table.Mark) to keep a
// row out of the ranking and say why - "no relations in this view". The
// marker stays and explains the dash. Rank does not reorder the rows; sort
// by the rank column for that.
//
// It fails with ErrUnknownColumn, or ErrBadColumn if into is not a Rank
// column or by is not an integer, number or rank column. It costs
// O(n log n) for n rows.
func (t *Table) Rank(into, by string, o RankOptions) error {
	ri, err := t.index(into)
	if err != nil {
		return err
	}
	bi, err := t.index(by)
	if err != nil {
		return err
	}
	if t.cols[ri].Type != RankType {
		return &Error{Row: -1, Column: into, Err: fmt.Errorf("%w: ranks go in a rank column, not a %s column", ErrBadColumn, t.cols[ri].Type)}
	}
	if !t.cols[bi].Type.numeric() {
		return &Error{Row: -1, Column: by, Err: fmt.Errorf("%w: ranks come from numbers, not a %s column", ErrBadColumn, t.cols[bi].Type)}
	}
	type entry struct {
		row int
		v   float64
	}
	var ranked []entry
	for i, r := range t.rows {
		v, ok := r.cells[bi].Float()
		if !ok || r.cells[ri].Marker != "" {
			r.cells[ri].Value = nil
			continue
		}
		ranked = append(ranked, entry{i, v})
	}
	slices.SortStableFunc(ranked, func(a, b entry) int {
		if o.Ascending {
			return cmp.Compare(a.v, b.v)
		}
		return cmp.Compare(b.v, a.v)
	})
	first, rank := 0.0, int64(0)
	for k, e := range ranked {
		if k == 0 || !tied(first, e.v) {
			first, rank = e.v, int64(k+1)
		}
		t.rows[e.row].cells[ri].Value = rank
	}
	return nil
}

// tied reports whether a and b are equal within Tolerance.
func tied(a, b float64) bool {
	return math.Abs(a-b) <= Tolerance*max(math.Abs(a), math.Abs(b))
}
