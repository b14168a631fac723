package extract

import "testing"

// TestGermanLeagueClubNoun: German names a club by its league in one word
// ("Zweitligist", "Bundesligisten", "Drittligist"), a club noun as
// "Klub" is: a buyer negotiating "mit Zweitligist Hertha BSC" deals with
// his club, which is no suitor.
func TestGermanLeagueClubNoun(t *testing.T) {
	x := New()
	cases := []clubCase{
		{" date 2026-01 Der VfB Stuttgart verhandelt mit Zweitligist Hertha BSC über Verteidiger Keanu Brandt.", "Keanu Brandt", "Hertha Berlin"},
		{" date 2026-01 Der VfB Stuttgart verhandelt mit dem Zweitligisten Hertha BSC über Verteidiger Keanu Brandt.", "Keanu Brandt", "Hertha Berlin"},
		{" date 2026-01 Der VfB Stuttgart hat sich mit Bundesligist Werder Bremen über Keanu Brandt geeinigt.", "Keanu Brandt", "Werder Bremen"},
	}
	checkCurrent(t, x, cases)
	var stages []stageCase
	for _, c := range cases {
		stages = append(stages, stageCase{c.want, c.text, c.player, c.want, ""})
	}
	checkStages(t, x, stages)
}
