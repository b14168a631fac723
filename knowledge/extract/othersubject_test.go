package extract

import "testing"

// TestOtherSubject: a club a person who is no player comes from ("and the
// new coach Ange Postecoglou was arriving from Celtic") is no club of the
// passage's player, in the five languages.
func TestOtherSubject(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2023-06 Bayern Munich want Harry Kane. Tottenham had finished eighth, and the new coach Ange Postecoglou was arriving from Celtic.", "Harry Kane", "Tottenham Hotspur"},
		{" date 2023-06 Bayern Munich want Harry Kane. Tottenham had finished eighth, and Ange Postecoglou, their new coach, was arriving from Celtic.", "Harry Kane", "Tottenham Hotspur"},
		{" date 2023-06 Le Bayern veut Harry Kane. Tottenham avait fini huitième, et le nouvel entraîneur Ange Postecoglou arrivait du Celtic.", "Harry Kane", "Tottenham Hotspur"},
		{" date 2023-06 El Bayern quiere a Harry Kane. El Tottenham había terminado octavo, y el nuevo entrenador Ange Postecoglou llegaba procedente del Celtic.", "Harry Kane", "Tottenham Hotspur"},
		{" date 2023-06 Il Bayern vuole Harry Kane. Il Tottenham aveva chiuso ottavo, e il nuovo allenatore Ange Postecoglou arrivava dal Celtic.", "Harry Kane", "Tottenham Hotspur"},
		{" date 2023-06 Der FC Bayern beobachtet Harry Kane. Tottenham war Achter geworden, und der neue Trainer Ange Postecoglou kam von Celtic.", "Harry Kane", "Tottenham Hotspur"},
		// the player himself coming from it: still his club
		{" date 2023-06 Bayern Munich want to sign Harry Kane from Tottenham.", "Harry Kane", "Tottenham Hotspur"},
	})
}
