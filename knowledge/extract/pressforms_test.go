package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestPressStageForms: stage phrases of the press, each in the languages
// where the form exists: a player in a club's sights or on its list, a
// club turning or going after him, a club statement announcing a signing,
// a signing just made, "poised to", an accepted offer, pulling back or out,
// a lead dropped, a pursuit no longer considered.
func TestPressStageForms(t *testing.T) {
	x := New()
	const p = "Jonas Keller"
	checkStages(t, x, []stageCase{
		// interest: in the sights, on the list, turning to, going after, high regard
		{"en in their sights", " date 2024-08 Brentford have Jonas Keller in their sights ahead of the window.", p, "Brentford", facts.StageInterest},
		{"fr se tourne vers", " date 2024-08 Faute de mieux, le FC Nantes se tourne vers Jonas Keller.", p, "Nantes", facts.StageInterest},
		{"es en su lista", " date 2024-08 El Villarreal tiene a Jonas Keller en su lista para el lateral.", p, "Villarreal", facts.StageInterest},
		{"es irá a por", " date 2024-08 El Villarreal irá a por Jonas Keller en las próximas semanas.", p, "Villarreal", facts.StageInterest},
		{"de hoch im Kurs", " date 2024-08 Jonas Keller steht beim SC Freiburg hoch im Kurs.", p, "SC Freiburg", facts.StageInterest},
		// advanced: poised to, an accepted offer
		{"en poised to", " date 2024-08 Brentford are poised to wrap up a deal for Jonas Keller.", p, "Brentford", facts.StageAdvanced},
		{"fr accepté", " date 2024-08 Le Stade de Reims a accepté l'offre du FC Nantes pour Jonas Keller.", p, "Nantes", facts.StageAdvanced},
		{"es acepta", " date 2024-08 El Getafe acepta la oferta del Villarreal por Jonas Keller.", p, "Villarreal", facts.StageAdvanced},
		{"it accettato", " date 2024-08 Il Lecce ha accettato l'offerta del Genoa per Jonas Keller.", p, "Genoa", facts.StageAdvanced},
		// done: a club statement, a signing just made, a player landed at a club
		{"en delighted to confirm", " date 2024-08 Brentford are delighted to confirm the arrival of Jonas Keller from Hoffenheim.", p, "Brentford", facts.StageDone},
		{"fr heureux d'annoncer", " date 2024-08 Le FC Nantes est heureux d'annoncer la venue de Jonas Keller.", p, "Nantes", facts.StageDone},
		{"es acaba de fichar", " date 2024-08 Jonas Keller acaba de fichar por el Villarreal tras dos temporadas en Alemania.", p, "Villarreal", facts.StageDone},
		{"it comunica di aver acquisito", " date 2024-08 Il Genoa comunica di aver acquisito a titolo definitivo Jonas Keller.", p, "Genoa", facts.StageDone},
		{"it è approdato", " date 2024-08 Jonas Keller è approdato al Genoa dopo una lunga trattativa.", p, "Genoa", facts.StageDone},
		// ended: turning one's back, no longer considered, pulling back or out, a lead dropped
		{"fr tournant le dos", " date 2024-08 Jonas Keller a choisi l'Allemagne, tournant le dos au FC Nantes.", p, "Nantes", facts.StageEnded},
		{"es ya no contempla", " date 2024-08 El Villarreal ya no contempla la llegada de Jonas Keller.", p, "Villarreal", facts.StageEnded},
		{"it si tira indietro", " date 2024-08 Il Genoa si tira indietro per Jonas Keller: costa troppo.", p, "Genoa", facts.StageEnded},
		{"it abbandonato la pista", " date 2024-08 Il Genoa ha abbandonato la pista Jonas Keller.", p, "Genoa", facts.StageEnded},
		{"de zieht sich zurück", " date 2024-08 Der SC Freiburg zieht sich aus dem Poker um Jonas Keller zurück.", p, "SC Freiburg", facts.StageEnded},
	})
}

// TestArticleAfterPreposition: a word that can be an object pronoun (le,
// la, lo) right after a preposition or a copula is an article, so the
// player before it is no one who wants another player ("Jonas Keller est
// dans le viseur du FC Nantes" lost him).
func TestArticleAfterPreposition(t *testing.T) {
	x := New()
	const p = "Jonas Keller"
	checkStages(t, x, []stageCase{
		{"fr dans le viseur", " date 2024-08 Jonas Keller est dans le viseur du FC Nantes.", p, "Nantes", facts.StageInterest},
		{"fr est le favori", " date 2024-08 Jonas Keller est le grand favori du FC Nantes pour le poste.", p, "Nantes", facts.StageAdvanced},
		{"fr clitic", " date 2024-08 Antoine Kombouaré le veut : le FC Nantes a fait une offre pour Jonas Keller.", "Antoine Kombouaré", "Nantes", ""},
		{"es clitic", " date 2024-08 Marcelino lo quiere y el Villarreal prepara una oferta por Jonas Keller.", "Marcelino", "Villarreal", ""},
	})
}
