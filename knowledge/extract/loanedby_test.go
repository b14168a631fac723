package extract

import "testing"

// TestLoanedByAfterAdverbial: the agent of a loan participle lends him
// even with an adverbial between ("prêté pour une saison par Nottingham
// Forest", "prestado de nuevo por el Manchester City"): that club is his
// parent club, no suitor, in the five languages.
func TestLoanedByAfterAdverbial(t *testing.T) {
	x := New()
	texts := map[string]string{
		"en": "Marseille have confirmed the arrival of Youssef El Idrissi, loaned for a season by Nottingham Forest with an option to buy.",
		"fr": "L'Olympique de Marseille a officialisé l'arrivée de Youssef El Idrissi, prêté pour une saison par Nottingham Forest avec une option d'achat.",
		"es": "El Girona ha cerrado la llegada de Youssef El Idrissi, prestado de nuevo por el Nottingham Forest con opción de compra.",
		"it": "Il Bologna ha ufficializzato l'arrivo di Youssef El Idrissi, ceduto in prestito per una stagione dal Nottingham Forest.",
		"de": "Werder Bremen hat die Ankunft von Youssef El Idrissi bestätigt, für eine Saison ausgeliehen vom Nottingham Forest.",
	}
	checkNoLink(t, x, perLanguage(texts, "2024-08", "Youssef El Idrissi", pairWant{"Nottingham Forest", ""}), "Youssef El Idrissi", " (the club that lends him)")
	checkCurrent(t, x, clubPerLanguage(texts, "2024-08", "Youssef El Idrissi", "Nottingham Forest"))
}
