package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestListeningToOffers: the club that listens to, considers or is open to
// offers for a player sells him ("Everton are considering offers for X",
// "l'OM est à l'écoute des offres pour X", "el Betis escucha ofertas por
// X", "la Lazio valuta le offerte per X", "der VfB Stuttgart ist offen für
// Angebote für X"): it is his club, no bidder, and the offers it hears are
// no bid of another club.
func TestListeningToOffers(t *testing.T) {
	x := New()
	cases := []sellerCase{
		{"en considering", "Everton are considering offers for Mario Rossi, with Chelsea keen.", "Everton"},
		{"en listening", "Everton are listening to offers for Mario Rossi and Chelsea are keen.", "Everton"},
		{"en entertain", "Everton would entertain offers for Mario Rossi this summer, and Chelsea are keen.", "Everton"},
		{"en consider", "Brighton will consider offers for Mario Rossi, who is wanted by Chelsea.", "Brighton & Hove Albion"},
		{"fr écoute", "L'OM est à l'écoute des offres pour Mario Rossi, et Chelsea est intéressé.", "Marseille"},
		{"fr étudiera", "Le FC Nantes étudiera les offres pour Mario Rossi, qui intéresse Chelsea.", "Nantes"},
		{"fr ouvert", "Le LOSC est ouvert aux offres pour Mario Rossi, suivi par Chelsea.", "Lille"},
		{"es escucha", "El Betis escucha ofertas por Mario Rossi y el Chelsea está interesado.", "Real Betis"},
		{"es dispuesto", "El Sevilla está dispuesto a escuchar ofertas por Mario Rossi, que gusta al Chelsea.", "Sevilla"},
		{"es estudiará", "El Villarreal estudiará ofertas por Mario Rossi, pretendido por el Chelsea.", "Villarreal"},
		{"it ascolta", "La Lazio ascolta offerte per Mario Rossi, che piace al Chelsea.", "Lazio"},
		{"it valuta", "La Lazio valuta le offerte per Mario Rossi e il Chelsea è interessato.", "Lazio"},
		{"it aperto", "Il Torino è aperto a offerte per Mario Rossi, che piace al Chelsea.", "Torino"},
		{"de offen", "Der VfB Stuttgart ist offen für Angebote für Mario Rossi, und der FC Chelsea ist interessiert.", "VfB Stuttgart"},
		{"de anhören", "Der VfB Stuttgart würde sich Angebote für Mario Rossi anhören, der FC Chelsea ist interessiert.", "VfB Stuttgart"},
		{"de sich", "Der SC Freiburg will sich Angebote für Mario Rossi anhören, der FC Chelsea ist interessiert.", "SC Freiburg"},
	}
	checkSellerKeen(t, x, "Chelsea", cases)
}

// TestCircling: clubs told circling a player ("with Chelsea and Aston
// Villa circling", "Chelsea et Aston Villa rôdent autour", "merodean",
// "ronzano attorno", "lauern") are interested in him.
func TestCircling(t *testing.T) {
	checkStages(t, New(), perLanguage(map[string]string{
		"en": "Everton are listening to offers for Mario Rossi, with Chelsea and Aston Villa circling.",
		"fr": "L'OM est à l'écoute des offres pour Mario Rossi. Chelsea et Aston Villa rôdent autour du joueur.",
		"es": "El Betis escucha ofertas por Mario Rossi. El Chelsea y el Aston Villa merodean.",
		"it": "La Lazio ascolta offerte per Mario Rossi. Chelsea e Aston Villa ronzano attorno al giocatore.",
		"de": "Der VfB Stuttgart hört sich Angebote für Mario Rossi an. Chelsea und Aston Villa lauern.",
	}, "2024-07", "Mario Rossi", pairWant{"Chelsea", facts.StageInterest}, pairWant{"Aston Villa", facts.StageInterest}))
}
