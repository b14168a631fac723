package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestFormerApposition: a club an apposition calls the one he left ("Torino,
// the club he left in 2020", "le club qu'il a quitté", "su anterior club",
// "el club que dejó", "il club che ha lasciato", "sein früherer Verein") is
// a former club, no suitor, even when it rules out a reunion, in the five
// languages. The Italian "che" there is no Valencia (los Che).
func TestFormerApposition(t *testing.T) {
	x := New()
	none := facts.Stage("")
	checkStages(t, x, []stageCase{
		{"en", " date 2024-07-10 Fulham want Marco Verdi. Torino, the club he left in 2020, have ruled out a reunion.", "Marco Verdi", "Torino", none},
		{"fr", " date 2024-07-10 Le RC Lens veut Marco Verdi. Le Torino, le club qu'il a quitté en 2020, a exclu un retour.", "Marco Verdi", "Torino", none},
		{"es anterior", " date 2024-07-10 El Betis quiere a Marco Verdi. El Torino, su anterior club, ha descartado su regreso.", "Marco Verdi", "Torino", none},
		{"es dejó", " date 2024-07-10 El Betis quiere a Marco Verdi. El Torino, el club que dejó en 2020, ha descartado su regreso.", "Marco Verdi", "Torino", none},
		{"it", " date 2024-07-10 Il Genoa vuole Marco Verdi. Il Torino, il club che ha lasciato nel 2020, ha escluso un ritorno.", "Marco Verdi", "Torino", none},
		{"it che", " date 2024-07-10 Il Genoa vuole Marco Verdi. Il Torino, il club che ha lasciato nel 2020, ha escluso un ritorno.", "Marco Verdi", "Valencia", none},
		{"de", " date 2024-07-10 Mainz 05 ist an Marco Verdi interessiert. Der FC Basel, sein früherer Verein, hat eine Rückkehr ausgeschlossen.", "Marco Verdi", "Basel", none},
	})
	checkNotCurrent(t, x, []clubCase{
		{" date 2024-07-10 Il Genoa vuole Marco Verdi. Il Torino, il club che ha lasciato nel 2020, ha escluso un ritorno.", "Marco Verdi", "Valencia"},
		{" date 2024-07-10 Il Genoa vuole Marco Verdi. «Non posso convocare un giocatore che non vuole giocare», ha detto il tecnico.", "Marco Verdi", "Valencia"},
	})
}
