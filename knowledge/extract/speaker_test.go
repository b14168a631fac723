package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestSpeakersClub: in an interview with a club's director (a role and
// the club after it in the introduction), "we" following or asking about
// a player ("We are monitoring X", "On suit X", "Hemos preguntado por
// X", "Abbiamo chiesto informazioni", "Wir beobachten X") is his club
// pursuing him, in the five languages.
func TestSpeakersClub(t *testing.T) {
	x := New()
	in := facts.StageInterest
	checkStages(t, x, []stageCase{
		{"en", " date 2024-07-10 The director speaks\n\nThe sporting director of Brentford spoke to reporters on Monday at the training ground.\n\nWho is on your list this summer?\n\nWe are monitoring Marco Verdi closely, he is a good player with a lot of pace.\n\nWhat about the budget?\n\nWe will see at the end of the window, nothing is decided yet.", "Marco Verdi", "Brentford", in},
		{"fr", " date 2024-07-10 Le directeur parle\n\nLe directeur sportif du LOSC a reçu la presse lundi au centre d'entraînement.\n\nQui est sur votre liste cet été ?\n\nOn suit Marco Verdi de près, c'est un bon joueur avec beaucoup de vitesse.\n\nEt le budget ?\n\nNous verrons à la fin du mercato, rien n'est encore décidé.", "Marco Verdi", "Lille", in},
		{"es", " date 2024-07-10 Habla el director\n\nEl director deportivo del Sevilla atendió a la prensa el lunes en la ciudad deportiva.\n\n¿Quién está en su lista este verano?\n\nHemos preguntado por Marco Verdi, es un buen jugador con mucha velocidad.\n\n¿Y el presupuesto?\n\nLo veremos al final del mercado, todavía no hay nada decidido.", "Marco Verdi", "Sevilla", in},
		{"it", " date 2024-07-10 Parla il direttore\n\nIl direttore sportivo del Torino ha parlato alla stampa lunedì al centro sportivo.\n\nChi c'è sulla vostra lista quest'estate?\n\nAbbiamo chiesto informazioni su Marco Verdi, è un buon giocatore molto veloce.\n\nE il budget?\n\nVedremo alla fine del mercato, non è ancora deciso nulla.", "Marco Verdi", "Torino", in},
		{"de", " date 2024-07-10 Der Sportdirektor spricht\n\nDer Sportdirektor des SC Freiburg sprach am Montag am Trainingsgelände mit Journalisten.\n\nWer steht in diesem Sommer auf Ihrer Liste?\n\nWir beobachten Marco Verdi schon lange, er ist ein guter und schneller Spieler.\n\nUnd das Budget?\n\nDas sehen wir am Ende der Transferperiode, noch ist nichts entschieden.", "Marco Verdi", "SC Freiburg", in},
	})
}
