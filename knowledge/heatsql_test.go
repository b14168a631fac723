package knowledge

import "testing"

// TestSourcePageWindow checks that a page is read from the nearer end of
// a source's reports and holds the same reports either way.
func TestSourcePageWindow(t *testing.T) {
	for _, tc := range []struct {
		total, offset, n int
		off, lim         int
		fromEnd          bool
	}{
		{100, 0, 25, 0, 25, false},
		{100, 25, 25, 25, 25, false},
		{100, 50, 25, 25, 25, true}, // reports 50-74: 25-49 from the end
		{100, 75, 25, 0, 25, true},
		{110, 100, 25, 0, 10, true}, // the last page, 10 reports
		{110, 110, 25, 0, 0, false}, // past the end
		{110, -5, 25, 0, 25, false},
		{3, 0, 25, 0, 3, false},
		{100, 10, 0, 0, 0, false},
	} {
		off, lim, fromEnd := SourcePageWindow(tc.total, tc.offset, tc.n)
		if off != tc.off || lim != tc.lim || fromEnd != tc.fromEnd {
			t.Errorf("SourcePageWindow(%d, %d, %d) = %d, %d, %v; want %d, %d, %v",
				tc.total, tc.offset, tc.n, off, lim, fromEnd, tc.off, tc.lim, tc.fromEnd)
		}
	}
}
