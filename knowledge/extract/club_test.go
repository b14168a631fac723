package extract

import "testing"

// TestLeavesHisClub: the club a player is told leaving, now or to come, is
// his club, in the five languages; one he left in the past is not
// (French "a quitté" is no "quitte": the accent tells them apart).
func TestLeavesHisClub(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2022-01-15 According to reports, Mario Rossi will leave Everton this summer.", "Mario Rossi", "Everton"},
		{" date 2022-01-15 Selon la presse, le dossier avance. Mario Rossi va quitter le FC Nantes.", "Mario Rossi", "Nantes"},
		{" date 2022-01-15 Selon la presse, le dossier avance : Mario Rossi quitte le FC Nantes pour le Stade Rennais.", "Mario Rossi", "Nantes"},
		{" date 2022-01-15 Según la prensa, Mario Rossi dejará el Real Betis este verano.", "Mario Rossi", "Real Betis"},
		{" date 2022-01-15 Secondo la stampa, Mario Rossi lascerà il Torino in estate.", "Mario Rossi", "Torino"},
		{" date 2022-01-15 Laut Medienberichten wird Mario Rossi den VfL Bochum im Sommer verlassen.", "Mario Rossi", "Bochum"},
		{" date 2022-01-15 Selon la presse, Mario Rossi a quitté le FC Nantes et joue désormais au Stade Rennais.", "Mario Rossi", "Rennes"},
	})
}

// TestContractPlace: a city right after a locative that a contract word
// touches is his club ("Vertrag in Mainz", "son contrat à Lyon"); a city
// after a locative otherwise stays a place.
func TestContractPlace(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2025-06-05 Eintracht Frankfurt will Mario Rossi holen. Sein Vertrag in Mainz läuft noch bis Juni 2026.", "Mario Rossi", "FSV Mainz 05"},
		{" date 2025-06-05 Eintracht Frankfurt will Mario Rossi holen. Er besitzt in Mainz einen Vertrag bis 2026.", "Mario Rossi", "FSV Mainz 05"},
		{" date 2025-06-05 Selon la presse, le Stade Rennais veut Mario Rossi. Son contrat à Lyon court jusqu'en 2026.", "Mario Rossi", "Lyon"},
		{" date 2025-06-05 Secondo la stampa, il Napoli segue Mario Rossi. Il suo contratto a Torino scade nel 2026.", "Mario Rossi", "Torino"},
		{" date 2025-06-05 Según la prensa, el Betis sigue a Mario Rossi. Su contrato en Sevilla termina en 2026.", "Mario Rossi", "Sevilla"},
		{" date 2025-06-05 Mario Rossi, who lives in Manchester, has a contract until 2026.", "Mario Rossi", ""},
	})
}
