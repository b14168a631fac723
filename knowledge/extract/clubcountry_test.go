package extract

import "testing"

// TestClubAndCountry: "the Juventus and France midfielder" names his club
// and his country before one position noun: the club is his, no suitor.
// (An English form: the other languages tell it with an of-word, "le
// milieu de la Juventus et de l'équipe de France".)
func TestClubAndCountry(t *testing.T) {
	x := New()
	tests := []clubCase{
		{" date 2022-07-10 Manchester United have opened contact with the camp of Mario Rossi, the 28-year-old Juventus and France midfielder.", "Mario Rossi", "Juventus"},
		{" date 2022-07-10 Chelsea are monitoring the Everton and England defender Mario Rossi.", "Mario Rossi", "Everton"},
		{" date 2022-07-10 Newcastle want Mario Rossi. The Fulham and Wales captain has a year left on his deal.", "Mario Rossi", "Fulham"},
		{" date 2022-07-10 Mario Rossi, the Brentford and Denmark striker, is wanted by Tottenham.", "Mario Rossi", "Brentford"},
	}
	checkCurrent(t, x, tests)
	for _, tt := range tests {
		if st, _ := stageOfPair(x, tt.text, tt.player, tt.want); st != "" {
			t.Errorf("%q: his club %s is a suitor (%s)", tt.text, tt.want, st)
		}
	}
}
