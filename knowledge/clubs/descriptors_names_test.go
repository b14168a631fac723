package clubs

import "testing"

// TestDescriptorClubsExist: every club a descriptor names is a club of the
// table under that exact name, so that Fits and Single can find it.
func TestDescriptorClubsExist(t *testing.T) {
	tab := Default()
	names := map[string]bool{}
	for _, c := range tab.Clubs() {
		names[c.Name] = true
	}
	for _, e := range descriptorTable {
		for _, n := range e.d.Clubs {
			if !names[n] {
				t.Errorf("descriptor %q names %q, not a club name of the table", e.words, n)
			}
		}
	}
}
