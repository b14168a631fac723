package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestPastMoveTo: a move told done with the player as its subject and the
// club he went to after the verb ("left for", "est parti à", "s'est envolé
// pour", "se marchó al", "è passato al", "wechselte zu") is a done link to
// that club, which is now his; a single name before it is a player
// ("Wesleyo s'est envolé pour"). Each text names his old club first.
func TestPastMoveTo(t *testing.T) {
	x := New()
	for _, tt := range []struct {
		text, player string
		stage        facts.Stage // of the link to Brentford
		current      string
	}{
		{"A quiet summer at Leeds: Jonas Weber left for Brentford in a £20m deal.", "Jonas Weber", facts.StageDone, "Brentford"},
		{"LEEDS. The club banked a record fee: Wesleyo left for Brentford in a £25m deal.", "Wesleyo", facts.StageDone, "Brentford"},
		{"Un été calme à Nantes : Jonas Weber est parti pour Brentford contre 20 millions d'euros.", "Jonas Weber", facts.StageDone, "Brentford"},
		{"NANTES. Le club a encaissé un gros chèque : Wesleyo s'est envolé pour Brentford contre 25 millions d'euros.", "Wesleyo", facts.StageDone, "Brentford"},
		{"Un verano tranquilo en el Betis: Jonas Weber se marchó al Brentford por 20 millones.", "Jonas Weber", facts.StageDone, "Brentford"},
		{"BETIS. El club ingresó una cifra récord: Wesleyo se fue al Brentford por 25 millones.", "Wesleyo", facts.StageDone, "Brentford"},
		{"Un'estate tranquilla al Torino: Jonas Weber è passato al Brentford per 20 milioni.", "Jonas Weber", facts.StageDone, "Brentford"},
		{"TORINO. Il club ha incassato una cifra record: Wesleyo è passato al Brentford per 25 milioni.", "Wesleyo", facts.StageDone, "Brentford"},
		{"Ein ruhiger Sommer in Mainz: Jonas Weber wechselte für 20 Millionen Euro zum FC Brentford.", "Jonas Weber", facts.StageDone, "Brentford"},
		// a wish to leave is no move
		{"Leeds midfielder Jonas Weber wants to leave for Brentford this summer.", "Jonas Weber", "", "Leeds United"},
	} {
		st, p := stageOfPair(x, " date 2023-09 "+tt.text, tt.player, "Brentford")
		if st != tt.stage || p.CurrentClub != tt.current {
			t.Errorf("%q: Brentford %q, club %q; want %q, %q", tt.text, st, p.CurrentClub, tt.stage, tt.current)
		}
	}
}
