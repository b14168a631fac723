package extract

import (
	"fmt"
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

// TestSpeakersBidAndCounterpart: in an interview with a club's director,
// "we" making an offer ("Nous avons formulé une offre", "Hemos hecho una
// oferta") is his club bidding, and "we" talking with the club a with-word
// names ("Wir sind mit Red Bull Salzburg im Austausch") his club talking,
// the club between being the one dealt with; when only the title's
// brackets name his club ("Frédéric Massart (Stade Rennais) : ..."), a
// player the text gives another club is the one pursued, in the five
// languages.
func TestSpeakersBidAndCounterpart(t *testing.T) {
	x := New()
	bid, talks := facts.StageBid, facts.StageTalks
	intro := map[string]string{
		"en": " date 2024-07-10 The director speaks\n\nThe sporting director of Brentford spoke to reporters on Monday.\n\nWho is on your list this summer?\n\n%s\n\nWhat about the budget?\n\nWe will see at the end of the window.",
		"fr": " date 2024-07-10 Le directeur parle\n\nLe directeur sportif du LOSC a reçu la presse lundi.\n\nQui est sur votre liste cet été ?\n\n%s\n\nEt le budget ?\n\nNous verrons à la fin du mercato.",
		"es": " date 2024-07-10 Habla el director\n\nEl director deportivo del Sevilla atendió a la prensa el lunes.\n\n¿Quién está en su lista este verano?\n\n%s\n\n¿Y el presupuesto?\n\nLo veremos al final del mercado.",
		"it": " date 2024-07-10 Parla il direttore\n\nIl direttore sportivo del Torino ha parlato alla stampa lunedì.\n\nChi c'è sulla vostra lista quest'estate?\n\n%s\n\nE il budget?\n\nVedremo alla fine del mercato.",
		"de": " date 2024-07-10 Der Sportdirektor spricht\n\nDer Sportdirektor des SC Freiburg sprach am Montag mit Journalisten.\n\nWer steht in diesem Sommer auf Ihrer Liste?\n\n%s\n\nUnd das Budget?\n\nDas sehen wir am Ende der Transferperiode.",
	}
	in := func(lang, answer string) string { return fmt.Sprintf(intro[lang], answer) }
	checkStages(t, x, []stageCase{
		{"en offer", in("en", "We made a first offer for Marco Verdi, which Leeds turned down."), "Marco Verdi", "Brentford", bid},
		{"fr offre", in("fr", "Nous avons formulé une première offre pour Marco Verdi, qui a été repoussée par Bruges."), "Marco Verdi", "Lille", bid},
		{"es oferta", in("es", "Hemos hecho una oferta por Marco Verdi, que el Getafe ha rechazado."), "Marco Verdi", "Sevilla", bid},
		{"it offerta", in("it", "Abbiamo fatto un'offerta per Marco Verdi, che l'Empoli ha respinto."), "Marco Verdi", "Torino", bid},
		{"de Angebot", in("de", "Wir haben ein Angebot für Marco Verdi abgegeben, das der FC Augsburg abgelehnt hat."), "Marco Verdi", "SC Freiburg", bid},
		{"de mit", " date 2024-07-10 Der Sportdirektor spricht\n\nDer Sportdirektor des SC Freiburg sprach am Montag mit Journalisten.\n\nStimmt es, dass Sie mit Salzburg über Marco Verdi sprechen?\n\nWir sind mit Red Bull Salzburg im Austausch, ja.\n\nUnd das Budget?\n\nDas sehen wir am Ende der Transferperiode.", "Marco Verdi", "SC Freiburg", talks},
		{"fr brackets", " date 2024-07-10 Frédéric Massart (Stade Rennais) : « Nous ne vendrons pas »\n\nLe directeur sportif fait le point sur le mercato.\n\nQui cherchez-vous cet été ?\n\nUn latéral droit. Marco Verdi, du Club Bruges, est un joueur qu'on apprécie. Nous avons formulé une première offre pour lui.\n\nEt le budget ?\n\nOn verra.", "Marco Verdi", "Rennes", bid},
	})
	checkNoLink(t, x, []stageCase{
		{"fr object nous", in("fr", "Et Marco Verdi, courtisé par l'Inter ? L'Inter ne nous a jamais fait d'offre. Marco reste chez nous."), "", "Lille", ""},
		{"en never", in("en", "Marco Verdi of Leeds? That is false. We have never made an offer for him."), "", "Brentford", ""},
	}, "Marco Verdi", " (the we-word is no subject, or the pursuit is denied)")
	checkNoLink(t, x, []stageCase{
		{"fr brackets own player", " date 2024-07-10 Frédéric Massart (Stade Rennais) : « Nous ne vendrons pas »\n\nLe directeur sportif fait le point sur le mercato.\n\nLe jeune Luca Bianchi est en fin de contrat en juin. Va-t-il prolonger ?\n\nOn est en discussions avancées avec lui et ses représentants.\n\nEt le budget ?\n\nOn verra.", "", "Rennes", ""},
	}, "Luca Bianchi", " (a club known from the title's brackets talks of its own players)")
}
