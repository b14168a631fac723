package extract

import "testing"

// TestReplacingClub: the club that pursues a player to replace another is
// the replaced player's own, in the five languages, whether the
// replacement is told before or after the pursuit, with the club named or
// only the subject of the passage; the clubs a relative clause on the
// replaced player names are his suitors, not the club replacing him.
func TestReplacingClub(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2024-02-10 To replace Mario Rossi, Everton have made enquiries about Luca Verdi.", "Mario Rossi", "Everton"},
		{" date 2024-02-10 Brighton want Luca Verdi as a replacement for Mario Rossi, who has a year left on his deal.", "Mario Rossi", "Brighton & Hove Albion"},
		{" date 2024-02-10 Fulham have opened talks for Luca Verdi, who would replace Mario Rossi.", "Mario Rossi", "Fulham"},
		{" date 2024-02-10 Pour remplacer Mario Rossi, le FC Nantes a coché le nom de Luca Verdi.", "Mario Rossi", "Nantes"},
		{" date 2024-02-10 Le Stade Rennais pense à Luca Verdi pour remplacer Mario Rossi.", "Mario Rossi", "Rennes"},
		{" date 2024-02-10 Lille a fait une offre pour Luca Verdi afin de remplacer Mario Rossi, courtisé par le PSG.", "Mario Rossi", "Lille"},
		{" date 2024-02-10 Para sustituir a Mario Rossi, el Real Betis se fija en Luca Verdi.", "Mario Rossi", "Real Betis"},
		{" date 2024-02-10 El Sevilla quiere a Luca Verdi para reemplazar a Mario Rossi.", "Mario Rossi", "Sevilla"},
		{" date 2024-02-10 El Valencia negocia por Luca Verdi como relevo de Mario Rossi, que interesa al Atlético.", "Mario Rossi", "Valencia"},
		{" date 2024-02-10 Per sostituire Mario Rossi, il Torino pensa a Luca Verdi.", "Mario Rossi", "Torino"},
		{" date 2024-02-10 La Lazio vuole Luca Verdi per rimpiazzare Mario Rossi.", "Mario Rossi", "Lazio"},
		{" date 2024-02-10 Per sostituire Mario Rossi, che piace al Chelsea e all'Arsenal, il Bologna ha chiesto Luca Verdi.", "Mario Rossi", "Bologna"},
		{" date 2024-02-10 Als Ersatz für Mario Rossi hat der VfL Bochum Luca Verdi im Blick.", "Mario Rossi", "Bochum"},
		{" date 2024-02-10 Der SC Freiburg hat Luca Verdi im Blick, um Mario Rossi zu ersetzen.", "Mario Rossi", "SC Freiburg"},
		{" date 2024-02-10 Um Mario Rossi zu ersetzen, beobachtet Werder Bremen Luca Verdi.", "Mario Rossi", "Werder Bremen"},
		// the player sought is no name the text knows as a player
		{" date 2024-02-10 Per sostituire Mario Rossi, che piace al Chelsea, il Napoli pensa a Gianni Verdi del Genoa.", "Mario Rossi", "Napoli"},
		{" date 2024-02-10 Pour remplacer Mario Rossi, le FC Nantes recherche un milieu expérimenté.", "Mario Rossi", "Nantes"},
		// the club replacing him is the subject of the passage
		{" date 2024-02-10 Everton are busy. To replace Mario Rossi, they have made an offer for Luca Verdi.", "Mario Rossi", "Everton"},
	})
	// the replacing club is no club of the player who replaces him
	checkNotCurrent(t, x, []clubCase{
		{" date 2024-02-10 El Sevilla quiere a Luca Verdi para reemplazar a Mario Rossi.", "Luca Verdi", "Sevilla"},
		{" date 2024-02-10 La Lazio vuole Luca Verdi per rimpiazzare Mario Rossi.", "Luca Verdi", "Lazio"},
	})
}
