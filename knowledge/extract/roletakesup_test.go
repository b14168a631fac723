package extract

import "testing"

// TestRoleTakesUp: a sentence that opens on a role noun and names nobody
// by it ("The chairman said", "Le président nantais a", "Il presidente
// granata, intercettato", "Der Sportdirektor bestätigte") takes up the
// person the sentence before opened on: he is that official, no player,
// in the five languages. A role with a name of its own ("The manager
// Tom Ashworth") takes up nobody, nor does a role after a player's
// sentence whose player the text calls one again.
func TestRoleTakesUp(t *testing.T) {
	checkNotNames(t, []notNameCase{
		{"en", " date 2024-07-01 Tom Ashworth, the Burnley winger, is wanted by Everton.\n\nMarco Bellini spoke to reporters on Monday.\n\nThe Burnley chairman said Fulham have made an offer for the winger.", "Tom Ashworth", "Fulham", "Marco Bellini"},
		{"fr", " date 2024-07-01 Hugo Marchetti, l'ailier du FC Lorient, intéresse le Stade Rennais.\n\nMarco Bellini s'est exprimé lundi devant la presse.\n\nLe président lorientais a confirmé une offre du FC Nantes pour l'ailier.", "Hugo Marchetti", "Nantes", "Marco Bellini"},
		{"es", " date 2024-07-01 Tomás Herrera, extremo del Getafe, interesa al Valencia.\n\nMarco Bellini habló el lunes con la prensa.\n\nEl presidente del Getafe confirmó una oferta del Betis por el extremo.", "Tomás Herrera", "Real Betis", "Marco Bellini"},
		{"it", " date 2024-07-01 Tommaso Ferlini, esterno dell'Empoli, piace al Bologna.\n\nMarco Bellini spegne le voci: «Nessuna offerta».\n\nIl presidente azzurro, intercettato all'uscita, ha confermato un interessamento del Genoa per l'esterno.", "Tommaso Ferlini", "Genoa", "Marco Bellini"},
		{"de", " date 2024-07-01 Jonas Albrecht, Flügelspieler des FC Augsburg, ist beim VfL Bochum ein Thema.\n\nMarco Bellini äußerte sich am Montag vor der Presse.\n\nDer Sportdirektor bestätigte ein Angebot des SC Freiburg für den Flügelspieler.", "Jonas Albrecht", "SC Freiburg", "Marco Bellini"},
	})
	x := New()
	checkStages(t, x, []stageCase{
		{"en titled role", " date 2024-07-01 Tom Ashworth is wanted by Fulham. The manager Marco Bellini said he likes the winger.", "Tom Ashworth", "Fulham", "interest"},
		{"fr player again", " date 2024-07-01 Hugo Marchetti intéresse le FC Nantes. L'entraîneur a confirmé l'intérêt pour l'ailier, et le FC Nantes a formulé une offre pour Hugo Marchetti.", "Hugo Marchetti", "Nantes", "bid"},
	})
}
