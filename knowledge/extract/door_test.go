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

// TestClosedApposition: a short apposition the club closes with a comma
// gives his club without a role noun; a leave verb to come after that
// comma does not make the club a former one; an apposition left open is
// no club of his.
func TestClosedApposition(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2019-07 C'est au LOSC que le marché s'emballe. Nicolas Pépé, principal atout offensif des Dogues, devrait quitter le Nord cet été.", "Nicolas Pépé", "Lille"},
		{" date 2019-07 Nicolas Pépé, joya ofensiva del Lille, podría salir este verano.", "Nicolas Pépé", "Lille"},
		{" date 2019-07 Nicolas Pépé, gioiello del Lille, vuole lasciare la Francia.", "Nicolas Pépé", "Lille"},
		{" date 2022-06 Su llegada servirá para cubrir la salida de Sadio Mané, cada día más cerca del Bayern de Múnich. Según la prensa, entre lo que ofrecen los bávaros y lo que pide el Liverpool por el senegalés quedan 10 millones de diferencia.", "Sadio Mané", "Liverpool"},
	})
}

// TestSoldTo: the buyer of a sale told as done is the player's club; a
// sale to come is not.
func TestSoldTo(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2022-07 Il brasiliano prende il posto di Matthijs de Ligt, ceduto al Bayern Monaco per 67 milioni.", "Matthijs de Ligt", "Bayern Munich"},
		{" date 2022-07 Juventus replaced Matthijs de Ligt, sold to Bayern Munich for €67m.", "Matthijs de Ligt", "Bayern Munich"},
		{" date 2022-07 La Juventus remplace Matthijs de Ligt, vendu au Bayern Munich pour 67 millions.", "Matthijs de Ligt", "Bayern Munich"},
		{" date 2022-07 La Juventus sustituye a Matthijs de Ligt, vendido al Bayern de Múnich por 67 millones.", "Matthijs de Ligt", "Bayern Munich"},
		{" date 2022-07 Juventus midfielder Adrien Rabiot could be sold to Manchester United.", "Adrien Rabiot", "Juventus"},
	})
}

// TestTiedAndCloseTo: the club a player is tied to by contract is his;
// the club he is "a un passo dal" is where he goes, not where he comes from.
func TestTiedAndCloseTo(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2023-02 Il Galatasaray vuole Nicolò Zaniolo, legato alla Roma da un contratto in scadenza a giugno 2024.", "Nicolò Zaniolo", "Roma"},
		{" date 2023-02 Galatasaray want Nicolò Zaniolo, who is tied to Roma until 2024.", "Nicolò Zaniolo", "Roma"},
		{" date 2023-02 Galatasaray veut Nicolò Zaniolo, lié à la Roma jusqu'en 2024.", "Nicolò Zaniolo", "Roma"},
		{" date 2023-02 El Galatasaray quiere a Nicolò Zaniolo, vinculado a la Roma hasta 2024.", "Nicolò Zaniolo", "Roma"},
		{" date 2025-01 Khvicha Kvaratskhelia è a un passo dal Paris Saint-Germain.", "Khvicha Kvaratskhelia", ""},
	})
}
