package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// linkCase is a text, a club, the stage of the player's link to it ("" for
// none) and the current club the text gives him.
type linkCase struct {
	text, club string
	stage      facts.Stage
	current    string
}

// checkLinkAndClub extracts each case, dated pub, and compares player's
// link to its club and his current club.
func checkLinkAndClub(t *testing.T, x *Extractor, pub, player string, tests []linkCase) {
	t.Helper()
	for _, tt := range tests {
		st, p := stageOfPair(x, " date "+pub+" "+tt.text, player, tt.club)
		if st != tt.stage || p.CurrentClub != tt.current {
			t.Errorf("%q: %s %q, club %q; want %q, %q", tt.text, tt.club, st, p.CurrentClub, tt.stage, tt.current)
		}
	}
}

// TestPastMoveTo: a move told done with the player as its subject and the
// club he went to after the verb ("left for", "est parti à", "s'est envolé
// pour", "se marchó al", "è passato al", "wechselte zu") is a done link to
// that club, which is now his; a single name before it is a player
// ("Wesleyo s'est envolé pour"). Each text names his old club first.
func TestPastMoveTo(t *testing.T) {
	x := New()
	checkLinkAndClub(t, x, "2023-09", "Jonas Weber", []linkCase{
		{"A quiet summer at Leeds: Jonas Weber left for Brentford in a £20m deal.", "Brentford", facts.StageDone, "Brentford"},
		{"Un été calme à Nantes : Jonas Weber est parti pour Brentford contre 20 millions d'euros.", "Brentford", facts.StageDone, "Brentford"},
		{"Un verano tranquilo en el Betis: Jonas Weber se marchó al Brentford por 20 millones.", "Brentford", facts.StageDone, "Brentford"},
		{"Un'estate tranquilla al Torino: Jonas Weber è passato al Brentford per 20 milioni.", "Brentford", facts.StageDone, "Brentford"},
		{"Ein ruhiger Sommer in Mainz: Jonas Weber wechselte für 20 Millionen Euro zum FC Brentford.", "Brentford", facts.StageDone, "Brentford"},
		// a wish to leave is no move
		{"Leeds midfielder Jonas Weber wants to leave for Brentford this summer.", "Brentford", "", "Leeds United"},
	})
	checkLinkAndClub(t, x, "2023-09", "Wesleyo", []linkCase{
		{"LEEDS. The club banked a record fee: Wesleyo left for Brentford in a £25m deal.", "Brentford", facts.StageDone, "Brentford"},
		{"NANTES. Le club a encaissé un gros chèque : Wesleyo s'est envolé pour Brentford contre 25 millions d'euros.", "Brentford", facts.StageDone, "Brentford"},
		{"BETIS. El club ingresó una cifra récord: Wesleyo se fue al Brentford por 25 millones.", "Brentford", facts.StageDone, "Brentford"},
		{"TORINO. Il club ha incassato una cifra record: Wesleyo è passato al Brentford per 25 milioni.", "Brentford", facts.StageDone, "Brentford"},
	})
}
