package extract

import "testing"

// TestOfClubNoun: a player "of" a club told with a club noun and its
// country or league ("of Danish side Randers", "del club belga Genk",
// "vom dänischen Klub Randers") plays for that club, which is no suitor,
// in the five languages.
func TestOfClubNoun(t *testing.T) {
	x := New()
	tests := []clubCase{
		{" date 2024-02-10 Atlanta have made an offer for Mario Rossi of Danish side Randers.", "Mario Rossi", "Randers"},
		{" date 2024-02-10 Celtic are tracking Mario Rossi of Belgian club Genk.", "Mario Rossi", "Genk"},
		{" date 2024-02-10 Leeds have enquired about Mario Rossi of Championship outfit Hull City.", "Mario Rossi", "Hull City"},
		{" date 2024-02-10 Le FC Nantes suit Mario Rossi, du club danois de Randers.", "Mario Rossi", "Randers"},
		{" date 2024-02-10 Le Stade Rennais a fait une offre pour Mario Rossi, de l'équipe belge de Genk.", "Mario Rossi", "Genk"},
		{" date 2024-02-10 El Betis sigue a Mario Rossi, del club belga Genk.", "Mario Rossi", "Genk"},
		{" date 2024-02-10 El Sevilla ha preguntado por Mario Rossi, del equipo danés Randers.", "Mario Rossi", "Randers"},
		{" date 2024-02-10 Il Torino segue Mario Rossi, del club belga Genk.", "Mario Rossi", "Genk"},
		{" date 2024-02-10 Il Bologna ha chiesto Mario Rossi della squadra danese Randers.", "Mario Rossi", "Randers"},
		{" date 2024-02-10 Der SC Freiburg beobachtet Mario Rossi vom dänischen Klub Randers.", "Mario Rossi", "Randers"},
		{" date 2024-02-10 Der VfL Bochum hat ein Angebot für Mario Rossi vom belgischen Verein KRC Genk abgegeben.", "Mario Rossi", "Genk"},
	}
	checkCurrent(t, x, tests)
	for _, tt := range tests {
		if st, _ := stageOfPair(x, tt.text, tt.player, tt.want); st != "" {
			t.Errorf("%q: his club %s is a suitor (%s)", tt.text, tt.want, st)
		}
	}
}
