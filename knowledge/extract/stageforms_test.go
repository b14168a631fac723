package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestSourceCloseToAClub: a source close to a club ("a source close to
// the club", "une source proche du club", "una fuente cercana al club",
// "una fonte vicina al club", "eine dem Klub nahestehende Quelle") tells
// who speaks, not a deal close to done; in the five languages.
func TestSourceCloseToAClub(t *testing.T) {
	x := New()
	const p = "Jonas Keller"
	checkStages(t, x, []stageCase{
		{"en", " date 2024-08 Brentford are monitoring Jonas Keller, a source close to the club said.", p, "Brentford", facts.StageInterest},
		{"en sources", " date 2024-08 Sources close to Brentford say they are keeping tabs on Jonas Keller.", p, "Brentford", facts.StageInterest},
		{"fr", " date 2024-08 Le FC Nantes suit Jonas Keller, selon une source proche du club.", p, "Nantes", facts.StageInterest},
		{"es", " date 2024-08 El Girona sigue a Jonas Keller, según una fuente cercana al club.", p, "Girona", facts.StageInterest},
		{"it", " date 2024-08 Il Torino segue Jonas Keller, come conferma una fonte vicina al club.", p, "Torino", facts.StageInterest},
		{"it fonti", " date 2024-08 Il Torino segue Jonas Keller: lo confermano fonti vicine alla società.", p, "Torino", facts.StageInterest},
		{"de", " date 2024-08 Der SC Freiburg beobachtet Jonas Keller, wie eine dem Klub nahestehende Quelle bestätigt.", p, "SC Freiburg", facts.StageInterest},
	})
}

// TestNoImprovedOffer: a rejected offer the bidder will not follow with
// an improved one ("would not return with an improved offer", "n'est pas
// revenu avec une offre améliorée", "no ha vuelto con una oferta
// mejorada", "non è tornato con un'offerta migliorata", "hat kein
// verbessertes Angebot vorgelegt") ends the pursuit; in the five
// languages.
func TestNoImprovedOffer(t *testing.T) {
	x := New()
	const p = "Jonas Keller"
	checkStages(t, x, []stageCase{
		{"en would not", " date 2024-08 Hellas Verona rejected a £20m bid from Brentford for Jonas Keller, and Brentford would not return with an improved offer.", p, "Brentford", facts.StageEnded},
		{"en have not", " date 2024-08 Brentford made an offer for Jonas Keller, which Hellas Verona rejected, and Brentford have not returned with an improved bid.", p, "Brentford", facts.StageEnded},
		{"fr", " date 2024-08 L'Hellas Vérone a repoussé une offre du FC Nantes pour Jonas Keller, et le FC Nantes n'est pas revenu avec une offre améliorée.", p, "Nantes", facts.StageEnded},
		{"es", " date 2024-08 El Hellas Verona rechazó una oferta del Girona por Jonas Keller, y el Girona no ha vuelto con una oferta mejorada.", p, "Girona", facts.StageEnded},
		{"it", " date 2024-08 L'Hellas Verona ha respinto un'offerta del Torino per Jonas Keller, e il Torino non è tornato con un'offerta migliorata.", p, "Torino", facts.StageEnded},
		{"de", " date 2024-08 Hellas Verona lehnte ein Angebot des SC Freiburg für Jonas Keller ab, und der SC Freiburg hat kein verbessertes Angebot vorgelegt.", p, "SC Freiburg", facts.StageEnded},
	})
}

// TestInterestThatFizzled: interest told as having faded or led nowhere
// ("their interest fizzled out", "those talks went nowhere", "les
// discussions n'ont rien donné", "las conversaciones quedaron en nada",
// "i contatti non hanno portato a nulla", "die Gespräche verliefen im
// Sande") is a pursuit that ended; in the five languages.
func TestInterestThatFizzled(t *testing.T) {
	x := New()
	const p = "Jonas Keller"
	checkStages(t, x, []stageCase{
		{"en fizzled out", " date 2024-08 Brentford showed interest in Jonas Keller, but it fizzled out.", p, "Brentford", facts.StageEnded},
		{"en went nowhere", " date 2024-08 Brentford held talks over Jonas Keller, but those talks went nowhere.", p, "Brentford", facts.StageEnded},
		{"en faded", " date 2024-08 Brentford were interested in Jonas Keller, but that interest seems to have faded.", p, "Brentford", facts.StageEnded},
		{"fr", " date 2024-08 Le FC Nantes a discuté avec Jonas Keller, mais les échanges n'ont rien donné.", p, "Nantes", facts.StageEnded},
		{"es", " date 2024-08 El Girona se interesó por Jonas Keller, pero el interés quedó en nada.", p, "Girona", facts.StageEnded},
		{"it", " date 2024-08 Il Torino ha avuto contatti per Jonas Keller, ma i contatti non hanno portato a nulla.", p, "Torino", facts.StageEnded},
		{"de", " date 2024-08 Der SC Freiburg führte Gespräche mit Jonas Keller, doch die Gespräche verliefen im Sande.", p, "SC Freiburg", facts.StageEnded},
	})
}

// TestSecondOfferRejected: a second or improved offer turned down tells
// clubs that are negotiating, not a pursuit that ended ("have turned down
// a second offer from", "a repoussé une deuxième offre", "rechazó una
// segunda oferta", "ha respinto una seconda offerta", "hat ein zweites
// Angebot abgelehnt"); in the five languages.
func TestSecondOfferRejected(t *testing.T) {
	x := New()
	const p = "Jonas Keller"
	checkStages(t, x, []stageCase{
		{"en", " date 2024-08 Hellas Verona have turned down a second offer from Brentford for Jonas Keller.", p, "Brentford", facts.StageTalks},
		{"en improved", " date 2024-08 Hellas Verona rejected an improved bid from Brentford for Jonas Keller on Monday.", p, "Brentford", facts.StageTalks},
		{"fr", " date 2024-08 Le FC Lorient a repoussé une deuxième offre du FC Nantes pour Jonas Keller.", p, "Nantes", facts.StageTalks},
		{"es", " date 2024-08 El Hellas Verona rechazó una segunda oferta del Girona por Jonas Keller.", p, "Girona", facts.StageTalks},
		{"it", " date 2024-08 L'Hellas Verona ha respinto una seconda offerta del Torino per Jonas Keller.", p, "Torino", facts.StageTalks},
		{"de", " date 2024-08 Hellas Verona hat ein zweites Angebot des SC Freiburg für Jonas Keller abgelehnt.", p, "SC Freiburg", facts.StageTalks},
		// one offer turned down with no follow-up still ends it
		{"en one offer", " date 2024-08 Hellas Verona have turned down an offer from Brentford for Jonas Keller.", p, "Brentford", facts.StageEnded},
	})
}
