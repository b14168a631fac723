package extract

import "testing"

// TestModalLeave: a German leave verb closing its clause after a modal
// ("soll den FC Liverpool verlassen", "dürfte den FC Liverpool im Sommer verlassen") tells a
// departure to come: the club is his. Told done ("hat den FC Liverpool
// verlassen") it is a former club.
func TestModalLeave(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2025-07 Kevin Schade soll den FC Liverpool verlassen.", "Kevin Schade", "Liverpool"},
		{" date 2025-07 Kevin Schade dürfte den FC Liverpool im Sommer verlassen.", "Kevin Schade", "Liverpool"},
		{" date 2025-07 Kevin Schade könnte den FC Liverpool verlassen, der SSC Neapel ist interessiert.", "Kevin Schade", "Liverpool"},
		{" date 2025-07 Kevin Schade hat den FC Liverpool verlassen, der SSC Neapel ist interessiert.", "Kevin Schade", ""},
		{" date 2025-07 Kevin Schade hat den FC Liverpool verlassen.", "Kevin Schade", ""},
	})
}
