package extract

import "testing"

// TestGermanLeagueClubNoun: German names a club by its league in one word
// ("Zweitligist", "Bundesligisten", "Drittligist"), a club noun as
// "Klub" is: a buyer negotiating "mit Zweitligist Hertha BSC" deals with
// his club, which is no suitor.
func TestGermanLeagueClubNoun(t *testing.T) {
	checkSeller(t, New(), []stageCase{
		{"Zweitligist", " date 2026-01 Der VfB Stuttgart verhandelt mit Zweitligist Hertha BSC über Verteidiger Keanu Brandt.", "Keanu Brandt", "Hertha Berlin", ""},
		{"dem Zweitligisten", " date 2026-01 Der VfB Stuttgart verhandelt mit dem Zweitligisten Hertha BSC über Verteidiger Keanu Brandt.", "Keanu Brandt", "Hertha Berlin", ""},
		{"Bundesligist", " date 2026-01 Der VfB Stuttgart hat sich mit Bundesligist Werder Bremen über Keanu Brandt geeinigt.", "Keanu Brandt", "Werder Bremen", ""},
	})
}
