package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestDoubleParticleNames: a surname opened by two particles ("de la",
// "de los", "de las") belongs to the name, in prose and in a roundup's
// headings in capitals, in the five languages.
func TestDoubleParticleNames(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en de la", " date 2024-07-01 Leeds have made a bid for Mateo de la Torre, the Valencia winger.", "Mateo de la Torre", "Leeds United", facts.StageBid},
		{"fr de los", " date 2024-07-01 Le FC Nantes a formulé une offre pour Julián de los Ríos, l'ailier de Lorient.", "Julián de los Ríos", "Nantes", facts.StageBid},
		{"es de la", " date 2024-07-01 El Sevilla ha presentado una oferta por Álvaro de la Peña, lateral del Getafe.", "Álvaro de la Peña", "Sevilla", facts.StageBid},
		{"it de las", " date 2024-07-01 Il Torino ha presentato un'offerta per Nicolás de las Nieves, terzino del Cadice.", "Nicolás de las Nieves", "Torino", facts.StageBid},
		{"de de la", " date 2024-07-01 Der SC Freiburg hat ein Angebot für Pablo de la Vega abgegeben.", "Pablo de la Vega", "SC Freiburg", facts.StageBid},
		{"en caps heading", " date 2024-07-01 Transfer round-up\n\nMATEO DE LA TORRE\n\nLeeds have made a bid for the winger.\n\nKEREM ÜNDER\n\nEverton are keen on the forward.", "Mateo de la Torre", "Leeds United", facts.StageBid},
		{"fr caps heading", " date 2024-07-01 Le point mercato\n\nJULIÁN DE LOS RÍOS\n\nLe FC Nantes a formulé une offre pour l'ailier.\n\nKEREM ÜNDER\n\nLe Stade Rennais s'intéresse à l'attaquant.", "Julián de los Ríos", "Nantes", facts.StageBid},
		{"es caps heading", " date 2024-07-01 Mercado de fichajes\n\nKEREM ÜNDER\n\nEl Sevilla ha presentado una oferta por el delantero.\n\nÁLVARO DE LA PEÑA\n\nEl Betis sigue al lateral.", "Kerem Ünder", "Sevilla", facts.StageBid},
		{"it caps heading", " date 2024-07-01 Il punto sul mercato\n\nNICOLÁS DE LAS NIEVES\n\nIl Torino ha presentato un'offerta per il terzino.\n\nKEREM ÜNDER\n\nLa Lazio segue l'attaccante.", "Nicolás de las Nieves", "Torino", facts.StageBid},
		{"de caps heading", " date 2024-07-01 Transfer-Ticker\n\nPABLO DE LA VEGA\n\nDer SC Freiburg hat ein Angebot für den Verteidiger abgegeben.\n\nKEREM ÜNDER\n\nDer VfL Wolfsburg ist am Stürmer interessiert.", "Kerem Ünder", "VfL Wolfsburg", facts.StageInterest},
	})
}
