package analysis

import (
	"fmt"
	"strconv"
	"strings"
)

// Direction selects which edges of an actor a measure counts. The zero
// Direction is [Both].
type Direction int8

// The directions, in the order [Directions] lists them.
const (
	Both Direction = iota // edges in either direction; its name is "both"
	In                    // edges to the actor; its name is "in"
	Out                   // edges from the actor; its name is "out"
	numDirections
)

var directionNames = [numDirections]string{"both", "in", "out"}

// Directions returns every direction, in declaration order.
func Directions() []Direction { return []Direction{Both, In, Out} }

// String returns "both", "in" or "out"; Direction(n) for a value outside
// [Directions].
func (d Direction) String() string {
	if d >= 0 && d < numDirections {
		return directionNames[d]
	}
	return "Direction(" + strconv.Itoa(int(d)) + ")"
}

// ParseDirection reads a direction by the name [Direction.String] gives
// it, in any case. An unknown name fails with an error wrapping
// [ErrBadOption] that lists the valid names.
func ParseDirection(s string) (Direction, error) {
	for d, name := range directionNames {
		if strings.EqualFold(s, name) {
			return Direction(d), nil
		}
	}
	return 0, fmt.Errorf("%w: direction %q (want %s)", ErrBadOption, s, nameList(directionNames[:]))
}

// MarshalText implements encoding.TextMarshaler with the name String gives.
// A value outside [Directions] fails with an error wrapping [ErrBadOption].
func (d Direction) MarshalText() ([]byte, error) {
	if d < 0 || d >= numDirections {
		return nil, fmt.Errorf("%w: %v", ErrBadOption, d)
	}
	return []byte(d.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseDirection].
func (d *Direction) UnmarshalText(text []byte) error {
	v, err := ParseDirection(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// DegreeOptions control [Degree].
type DegreeOptions struct {
	// Direction selects the edges counted: Both (the default), In or Out.
	Direction Direction
	// Weighted sums the weights of the actor's edges instead of counting
	// them, and does not normalise. Default false.
	Weighted bool
}

// Degree ranks actors by their edges in the given direction.
//
// Unweighted, the score is the number of edges divided by n-1, as
// networkx.degree_centrality (Both), in_degree_centrality (In) and
// out_degree_centrality (Out); with Both a pair joined both ways counts
// twice, as in NetworkX, and a graph of one actor scores it 1.
//
// Weighted, the score is the sum of the weights of those edges, not
// normalised (the strength): G.degree(weight="weight"), G.in_degree(...)
// and G.out_degree(...) in NetworkX. With the default weighting it is the
// number of relations.
//
// O(n) time unweighted, O(n + m) weighted; O(n) memory. Sorted by score,
// highest first, then by ID. It never fails; a Direction outside
// [Directions] counts as Both.
func Degree(p *Projection, o DegreeOptions) []Score {
	n := p.Len()
	x := make([]float64, n)
	in, out := o.Direction != Out, o.Direction != In
	for u := range int32(n) {
		if o.Weighted {
			if in {
				x[u] += sum(p.in.w[p.in.off[u]:p.in.off[u+1]])
			}
			if out {
				x[u] += sum(p.out.w[p.out.off[u]:p.out.off[u+1]])
			}
			continue
		}
		if in {
			x[u] += float64(p.in.degree(u))
		}
		if out {
			x[u] += float64(p.out.degree(u))
		}
	}
	if !o.Weighted {
		s := 1.0
		if n > 1 {
			s = 1 / float64(n-1)
		}
		for i := range x {
			if n == 1 {
				x[i] = 1
			}
			x[i] *= s
		}
	}
	return p.scores(x)
}

// sum adds the values in order.
func sum(x []float64) float64 {
	s := 0.0
	for _, v := range x {
		s += v
	}
	return s
}
