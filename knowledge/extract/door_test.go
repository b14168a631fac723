package extract

import "testing"

// TestDoorAndOwnedHere: the club whose door a buyer knocks on sells the
// player; a price named by one club does not go to a player the sentence
// gives another club of his own.
func TestDoorAndOwnedHere(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2023-02 Il Galatasaray ha bussato alla porta della Roma con 22 milioni di euro per Nicolò Zaniolo.", "Nicolò Zaniolo", "Roma"},
		{" date 2023-02 Le Galatasaray a frappé à la porte du LOSC pour Jonathan David.", "Jonathan David", "Lille"},
		{" date 2023-02 El Arsenal llamó a la puerta del Betis por Nabil Fekir.", "Nabil Fekir", "Real Betis"},
		{" date 2023-02 Chelsea have knocked on the door of Leipzig for Christopher Nkunku.", "Christopher Nkunku", "RB Leipzig"},
		{" date 2023-02 Arsenal knocked on Brighton's door with an offer for Moisés Caicedo.", "Moisés Caicedo", "Brighton & Hove Albion"},
		{" date 2023-02 Der FC Liverpool klopfte an die Tür von Bayer Leverkusen wegen Florian Wirtz.", "Florian Wirtz", "Bayer Leverkusen"},
		{" date 2023-02 Arsenal have tracked Youri Tielemans at Leicester City for a year. Last summer they would not meet Leicester's £30m asking price, and then they failed in their pursuit of Brighton's Moisés Caicedo.", "Moisés Caicedo", "Brighton & Hove Albion"},
	})
}
