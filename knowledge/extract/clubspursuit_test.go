package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestClubsPursuitOfPlayer: a club in the possessive before a player's
// name and a pursuit noun ("Fulham's Keller move collapses") tells the
// club's pursuit of him, not his club; before the name alone ("Fulham's
// Jonas Keller") it is still his club.
func TestClubsPursuitOfPlayer(t *testing.T) {
	checkLinkAndClub(t, New(), "2025-09-01", "Jonas Keller", []linkCase{
		{"Fulham's Jonas Keller move collapses. Keller has a contract at Lyon until 2027.", "Fulham", facts.StageEnded, "Lyon"},
		{"Why Newcastle's Jonas Keller deal fell through. Keller has a contract at Lyon until 2027.", "Newcastle United", "", "Lyon"},
		{"Forest's Jonas Keller chase collapses as the deadline passes.", "Nottingham Forest", facts.StageEnded, ""},
		{"Fulham are in talks over Jonas Keller. Arsenal's Jonas Keller pursuit has stalled.", "Arsenal", facts.StageEnded, ""},
		{"Fulham's Jonas Keller is wanted by Lyon.", "Fulham", "", "Fulham"},
	})
}
