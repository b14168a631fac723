package extract

import "testing"

// TestFeeAnsweredInRelative: who turns down or asks a fee a relative
// pronoun takes up ("an offer of £30m, which X rejected", "les 40 millions
// que X réclamait", "los 40 millones que X pedía", "i 40 milioni che X
// chiedeva", "40 Millionen Euro, die X forderte") acts for the selling
// club, as does the agent of a refusal an adverb parts from its verb
// ("rechazada de inmediato por X"): no player, in the five languages.
func TestFeeAnsweredInRelative(t *testing.T) {
	checkNotNames(t, []notNameCase{
		{"en", " date 2024-07-01 Fulham want Tom Ashworth.\n\nMarco Bellini is a tough negotiator. Fulham made an offer of £30m for the winger, which Marco Bellini rejected.", "Tom Ashworth", "Fulham", "Bellini"},
		{"fr", " date 2024-07-01 Le FC Nantes veut Hugo Marchetti.\n\nMarco Bellini est un négociateur coriace. Le FC Nantes a proposé 30 millions d'euros pour l'ailier, loin des 40 millions que Marco Bellini réclamait.", "Hugo Marchetti", "Nantes", "Bellini"},
		{"es", " date 2024-07-01 El Betis quiere a Tomás Herrera.\n\nMarco Bellini es un negociador duro. El Betis presentó una oferta de 30 millones de euros por el extremo, que Marco Bellini rechazó.", "Tomás Herrera", "Real Betis", "Bellini"},
		{"es two", " date 2024-07-01 El Betis quiere a Tomás Herrera.\n\nMarco Bellini es un negociador duro. El Betis presentó una oferta de 30 millones de euros por el extremo, que Marco Bellini y Pablo Ortega rechazaron.", "Tomás Herrera", "Real Betis", "Ortega"},
		{"es adverb", " date 2024-07-01 El Betis quiere a Tomás Herrera.\n\nMarco Bellini es un negociador duro. La oferta de 30 millones de euros por el extremo fue rechazada de inmediato por Marco Bellini.", "Tomás Herrera", "Real Betis", "Bellini"},
		{"it", " date 2024-07-01 Il Genoa vuole Tommaso Ferlini.\n\nMarco Bellini è un osso duro. Il Genoa ha offerto 30 milioni per l'esterno, lontani dai 40 milioni che Marco Bellini chiedeva.", "Tommaso Ferlini", "Genoa", "Bellini"},
		{"de", " date 2024-07-01 Der Transfermarkt nimmt Fahrt auf. Der SC Freiburg interessiert sich für Jonas Albrecht.\n\nMarco Bellini gilt als harter Verhandler. Der SC Freiburg bot 30 Millionen Euro für den Flügelspieler, weit weg von den 40 Millionen Euro, die Marco Bellini forderte.", "Jonas Albrecht", "SC Freiburg", "Bellini"},
	})
}
