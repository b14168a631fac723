package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestInterestNoun: interest told as a noun whose of-phrase or possessive
// names the club ("the interest of Newcastle", "l'intérêt du FC Lorient",
// "el interés del Sevilla", "l'interesse della Lazio", "das Interesse von
// Werder Bremen") makes that club a suitor at stage interest, in the five
// languages, also when a concession tells it ("despite", "malgré", "pese
// a", "nonostante", "trotz"): the club is still interested, only the
// seller holds on to him.
func TestInterestNoun(t *testing.T) {
	x := New()
	in := facts.StageInterest
	checkStages(t, x, []stageCase{
		{"en despite", " date 2024-07-10 Despite the interest of Newcastle, Leicester will not sell Harvey Barnes this summer.", "Harvey Barnes", "Newcastle United", in},
		{"en possessive", " date 2024-07-10 Newcastle's interest in Harvey Barnes has grown in recent weeks.", "Harvey Barnes", "Newcastle United", in},
		{"en attracting", " date 2024-07-10 Harvey Barnes is attracting interest from Newcastle and Aston Villa.", "Harvey Barnes", "Aston Villa", in},
		{"fr malgré", " date 2024-07-10 Malgré l'intérêt du FC Lorient, l'OM ne compte pas prêter Bilal Nadir cet été.", "Bilal Nadir", "Lorient", in},
		{"fr l'intérêt de", " date 2024-07-10 L'intérêt de l'OGC Nice pour Bilal Nadir se confirme depuis quelques jours.", "Bilal Nadir", "Nice", in},
		{"fr manifesté", " date 2024-07-10 Le Stade Rennais a manifesté son intérêt pour Bilal Nadir.", "Bilal Nadir", "Rennes", in},
		{"fr suscite", " date 2024-07-10 Bilal Nadir suscite l'intérêt du RC Lens et du FC Nantes.", "Bilal Nadir", "Nantes", in},
		{"es pese al", " date 2024-07-10 Pese al interés del Sevilla, el Villarreal no venderá a Jorge Cuenca este verano.", "Jorge Cuenca", "Sevilla", in},
		{"es el interés del", " date 2024-07-10 El interés del Valencia por Jorge Cuenca es real desde hace semanas.", "Jorge Cuenca", "Valencia", in},
		{"es despierta", " date 2024-07-10 Jorge Cuenca despierta el interés del Getafe y de Osasuna.", "Jorge Cuenca", "CA Osasuna", in},
		{"it nonostante", " date 2024-07-10 Nonostante l'interesse della Lazio, la Juventus non ha intenzione di cedere Nicolò Rovella a gennaio.", "Nicolò Rovella", "Lazio", in},
		{"it c'è l'interesse", " date 2024-07-10 Su Nicolò Rovella c'è l'interesse del Torino, che ci pensa da tempo.", "Nicolò Rovella", "Torino", in},
		{"it l'interesse del", " date 2024-07-10 L'interesse del Bologna per Nicolò Rovella è concreto.", "Nicolò Rovella", "Bologna", in},
		{"it attirato", " date 2024-07-10 Nicolò Rovella ha attirato l'interesse di Fiorentina e Atalanta.", "Nicolò Rovella", "Atalanta", in},
		{"de trotz", " date 2024-07-10 Ko Itakura bleibt trotz des Interesses von Eintracht Frankfurt bei der Borussia.", "Ko Itakura", "Eintracht Frankfurt", in},
		{"de das Interesse des", " date 2024-07-10 Das Interesse des VfB Stuttgart an Ko Itakura ist groß.", "Ko Itakura", "VfB Stuttgart", in},
		{"de weckt", " date 2024-07-10 Ko Itakura weckt das Interesse von Werder Bremen und dem SC Freiburg.", "Ko Itakura", "SC Freiburg", in},
	})
}
