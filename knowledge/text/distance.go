package text

// Distance is the edit distance between a and b, rune by rune: the fewest
// insertions, deletions, substitutions and swaps of two adjacent runes
// that turn one into the other (optimal string alignment).
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	var d Distancer
	return d.Bounded(ra, rb, max(len(ra), len(rb)))
}

// Distancer works out edit distances, reusing its rows from one call to
// the next. The zero Distancer is ready; it is not safe for concurrent use.
type Distancer struct{ rows []int }

// Bounded is the edit distance between a and b (see Distance) when it is
// at most k, and k+1 when it is more: it stops once two rows in a row
// exceed k.
func (dst *Distancer) Bounded(a, b []rune, k int) int {
	if abs(len(a)-len(b)) > k {
		return k + 1
	}
	w := len(b) + 1
	if len(dst.rows) < 3*w {
		dst.rows = make([]int, 3*w)
	}
	prev2, prev, cur := dst.rows[:w], dst.rows[w:2*w], dst.rows[2*w:3*w]
	for j := range prev {
		prev[j] = j
	}
	prevMin := 0
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d = min(d, prev2[j-2]+1)
			}
			cur[j] = d
			rowMin = min(rowMin, d)
		}
		if rowMin > k && prevMin > k {
			return k + 1
		}
		prevMin = rowMin
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], k+1)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
