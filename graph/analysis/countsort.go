package analysis

// This file sorts the pairs the signed and community measures gather, in
// linear time, so that no sort holds up a cancelled search for long.

// sortByPair orders xs by (first, then second), keeping the input order
// among items with equal keys, as slices.SortStableFunc would: a stable
// counting sort by second, then one by first. Keys must lie in [0, n).
// O(n + len(xs)) time, n + len(xs) extra memory.
func sortByPair[T any](xs []T, n int, first, second func(*T) int32) {
	if len(xs) < 2 {
		return
	}
	tmp := make([]T, len(xs))
	count := make([]int, n+1)
	countingSort(xs, tmp, count, second)
	countingSort(tmp, xs, count, first)
}

// countingSort copies src into dst ordered by key, stably; count has room
// for every key plus one.
func countingSort[T any](src, dst []T, count []int, key func(*T) int32) {
	clear(count)
	for i := range src {
		count[key(&src[i])+1]++
	}
	for i := 1; i < len(count); i++ {
		count[i] += count[i-1]
	}
	for i := range src {
		k := key(&src[i])
		dst[count[k]] = src[i]
		count[k]++
	}
}
