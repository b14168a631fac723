package text

import "testing"

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		d    int
	}{
		{"kamara", "kamara", 0}, {"kamra", "kamara", 1}, {"kamaar", "kamara", 1},
		{"", "abc", 3}, {"abc", "", 3}, {"", "", 0}, {"vlahovic", "vlahovich", 1}, {"atletico", "atleti", 2},
		{"ca", "abc", 3}, {"ødegaard", "odegaard", 1},
	}
	for _, tt := range tests {
		if d := Distance(tt.a, tt.b); d != tt.d {
			t.Errorf("Distance(%q, %q) = %d, want %d", tt.a, tt.b, d, tt.d)
		}
	}
}

func TestBounded(t *testing.T) {
	var d Distancer
	for _, tt := range []struct {
		a, b    string
		k, want int
	}{
		{"kamara", "kamra", 1, 1}, {"kamara", "kamra", 0, 1}, {"vlahovic", "kamara", 2, 3},
		{"abcdef", "ab", 2, 3}, {"abcdef", "badcfe", 3, 3}, {"abcdef", "badcfe", 2, 3},
	} {
		if got := d.Bounded([]rune(tt.a), []rune(tt.b), tt.k); got != tt.want {
			t.Errorf("Bounded(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.k, got, tt.want)
		}
	}
}

// Bounded agrees with the textbook matrix (moved from knowledge's name
// index, which uses it): min(distance, k+1) for every bound.
func TestBoundedAgainstMatrix(t *testing.T) {
	words := []string{"", "a", "ab", "ba", "kamara", "kamra", "kamaar", "camara", "atletico", "atleti",
		"vlahovic", "vlahovich", "tchouameni", "tchuoameni", "abcdef", "fedcba", "aaaa", "müller"}
	var dist Distancer
	for _, a := range words {
		for _, b := range words {
			d := distance([]rune(a), []rune(b))
			if got := Distance(a, b); got != d {
				t.Errorf("Distance(%q, %q) = %d, want %d", a, b, got, d)
			}
			for k := 0; k <= 4; k++ {
				want := min(d, k+1)
				if got := dist.Bounded([]rune(a), []rune(b), k); got != want {
					t.Errorf("Bounded(%q, %q, %d) = %d, want %d", a, b, k, got, want)
				}
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
