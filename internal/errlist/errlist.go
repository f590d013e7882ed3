// Package errlist undoes errors.Join: the library reports every problem of
// an input at once, joined, and its callers list them one by one.
package errlist

// Flatten returns the errors joined in err (by errors.Join or any error
// with an Unwrap() []error method), depth first and in order; err itself if
// it joins nothing; nil for a nil err.
func Flatten(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, Flatten(e)...)
		}
		return out
	}
	return []error{err}
}
