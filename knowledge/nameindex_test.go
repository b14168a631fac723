package knowledge

import "testing"

func TestDistances(t *testing.T) {
	words := []string{"", "a", "ab", "ba", "kamara", "kamra", "kamaar", "camara", "atletico", "atleti",
		"vlahovic", "vlahovich", "tchouameni", "tchuoameni", "abcdef", "fedcba", "aaaa", "müller"}
	var dist distancer
	for _, a := range words {
		for _, b := range words {
			d := distance([]rune(a), []rune(b))
			for k := 0; k <= 4; k++ {
				want := min(d, k+1)
				if got := dist.bounded([]rune(a), []rune(b), k); got != want {
					t.Errorf("boundedDistance(%q, %q, %d) = %d, want %d", a, b, k, got, want)
				}
			}
			ca, cb := countRunes([]rune(a)), countRunes([]rune(b))
			if lb := bagDistance(&ca, &cb); lb > d {
				t.Errorf("bagDistance(%q, %q) = %d, more than the distance %d", a, b, lb, d)
			}
		}
	}
}

// distance is the edit distance between a and b, a swap of two adjacent
// letters counting as one edit (optimal string alignment).
func distance(a, b []rune) int {
	rows := make([][]int, len(a)+1)
	for i := range rows {
		rows[i] = make([]int, len(b)+1)
		rows[i][0] = i
	}
	for j := range rows[0] {
		rows[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d := min(rows[i-1][j]+1, rows[i][j-1]+1, rows[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d = min(d, rows[i-2][j-2]+1)
			}
			rows[i][j] = d
		}
	}
	return rows[len(a)][len(b)]
}
