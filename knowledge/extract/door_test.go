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

// TestDescriptionAfterOneName: a sentence opening on a player description
// goes on about the one player the sentence before named, not about
// someone that sentence describes after a name.
func TestDescriptionAfterOneName(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2025-05 Florian Wirtz steht vor dem Wechsel. Florian Wirtz will nach Liverpool. Ein Name ist Malick Thiaw vom AC Mailand. Zudem denkt man darüber nach, Mario Hermoso dauerhaft zu halten. Der Spanier ist derzeit von der AS Rom ausgeliehen.", "Mario Hermoso", "Roma"},
		{" date 2025-05 Florian Wirtz steht vor dem Wechsel. Florian Wirtz will nach Liverpool. Ein Name ist Malick Thiaw vom AC Mailand. Zudem denkt man darüber nach, Mario Hermoso dauerhaft zu halten. Der Spanier ist derzeit von der AS Rom ausgeliehen.", "Malick Thiaw", "AC Milan"},
	})
}
