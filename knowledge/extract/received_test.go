package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestReceivedOffer: the club that received an offer, or denies it has
// ("denied that the club had received an offer", "nié que le club ait reçu
// une offre", "negó que el club haya recibido una propuesta", "ha negato
// che il club abbia ricevuto un'offerta", "bestritt, dass der Klub ein
// Angebot erhalten habe"), is the one that sells: his club, no suitor, in
// the five languages.
func TestReceivedOffer(t *testing.T) {
	x := New()
	none := facts.Stage("")
	checkStages(t, x, []stageCase{
		{"en", " date 2024-07-10 Fulham want Marco Verdi. The director of Torino denied that the club had received an offer for the midfielder.", "Marco Verdi", "Torino", none},
		{"fr", " date 2024-07-10 Le RC Lens veut Marco Verdi. Le directeur sportif du Torino a nié que le club ait reçu une offre pour le milieu.", "Marco Verdi", "Torino", none},
		{"es", " date 2024-07-10 El Betis quiere a Marco Verdi. El director deportivo del Torino negó que el club haya recibido una propuesta formal por el centrocampista.", "Marco Verdi", "Torino", none},
		{"it", " date 2024-07-10 Il Genoa vuole Marco Verdi. Il direttore sportivo del Torino ha negato che il club abbia ricevuto un'offerta per il centrocampista.", "Marco Verdi", "Torino", none},
		{"de", " date 2024-07-10 Mainz 05 ist an Marco Verdi interessiert. Der Sportdirektor des FC Basel bestritt, dass der Klub ein Angebot für den Mittelfeldspieler erhalten habe.", "Marco Verdi", "Basel", none},
	})
	checkCurrent(t, x, []clubCase{
		{" date 2024-07-10 El Betis quiere a Marco Verdi. El director deportivo del Torino negó que el club haya recibido una propuesta formal por el centrocampista.", "Marco Verdi", "Torino"},
		{" date 2024-07-10 Mainz 05 ist an Marco Verdi interessiert. Der Sportdirektor des FC Basel bestritt, dass der Klub ein Angebot für den Mittelfeldspieler erhalten habe.", "Marco Verdi", "Basel"},
	})
}
