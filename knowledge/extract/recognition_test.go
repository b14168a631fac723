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

// TestClubExonyms: a German club named by its city's French, Italian or
// Spanish name is the club.
func TestClubExonyms(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"fr Mayence", " date 2024-07-01 Le FSV Mayence a formulé une offre pour Lucas Bernardet, l'ailier de Lorient.", "Lucas Bernardet", "FSV Mainz 05", facts.StageBid},
		{"fr Cologne", " date 2024-07-01 Le FC Cologne s'intéresse à Lucas Bernardet, le milieu de Reims.", "Lucas Bernardet", "Köln", facts.StageInterest},
		{"it Stoccarda", " date 2024-07-01 Lo Stoccarda ha presentato un'offerta per Marco Ventresca, terzino del Lecce.", "Marco Ventresca", "VfB Stuttgart", facts.StageBid},
		{"it Salisburgo", " date 2024-07-01 Il Salisburgo ha presentato un'offerta per Marco Ventresca, terzino del Lecce.", "Marco Ventresca", "Red Bull Salzburg", facts.StageBid},
		{"es Maguncia", " date 2024-07-01 El Maguncia ha presentado una oferta por Álvaro Ruiz Sotillo, lateral del Getafe.", "Álvaro Ruiz Sotillo", "FSV Mainz 05", facts.StageBid},
		{"es Friburgo", " date 2024-07-01 El Friburgo sigue a Álvaro Ruiz Sotillo, lateral del Getafe.", "Álvaro Ruiz Sotillo", "SC Freiburg", facts.StageInterest},
		{"en Copenhagen", " date 2024-07-01 FC Copenhagen have made a bid for Tom Ashworth, the Burnley winger.", "Tom Ashworth", "FC Copenhagen", facts.StageBid},
		{"de Schwarz-Gelben", " date 2024-07-01 Die Schwarz-Gelben haben ein Angebot für Jonas Albrecht vom SC Paderborn abgegeben.", "Jonas Albrecht", "Borussia Dortmund", facts.StageBid},
	})
}

// TestCommonWordClubs: a club name that is also a city or a common word
// does not fire in ordinary prose: no club of the table is read.
func TestCommonWordClubs(t *testing.T) {
	x := New()
	for _, text := range []string{
		" date 2024-07-01 Tom Ashworth spent the summer in Cologne with his family and the union of players met him.",
		" date 2024-07-01 Lucas Bernardet a passé ses vacances à Cologne puis à Fribourg avec sa famille.",
		" date 2024-07-01 Álvaro Ruiz Sotillo pasó el verano en Colonia con su familia, en una colonia de vacaciones.",
		" date 2024-07-01 Marco Ventresca ha passato l'estate a Colonia con la famiglia, come un vero capitano dell'unione.",
		" date 2024-07-01 Jonas Albrecht hat den Sommer in Köln verbracht, bei seiner Großmutter Hertha Albrecht, der Union der Familie.",
		" date 2024-07-01 The real problem for Tom Ashworth is his inter-club union with the real staff.",
	} {
		a := x.Extract(text, Hints{})
		for _, p := range a.Players {
			if p.CurrentClub != "" || len(p.Suitors) > 0 {
				t.Errorf("%q: %s read with club %q, suitors %v", text, p.Name, p.CurrentClub, p.Suitors)
			}
		}
	}
}

// TestBoughtFrom: the club a player was bought from is a former club, no
// suitor, in the five languages.
func TestBoughtFrom(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en signed from", " date 2024-07-01 Roma have ended their pursuit of Tom Ashworth. Burnley, who had signed him from Augsburg in 2021, declined to comment.", "Tom Ashworth", "Augsburg", ""},
		{"fr recruté à", " date 2024-07-01 La Roma a renoncé à Lucas Bernardet. Le club nordiste, qui l'avait recruté à Augsbourg en 2021, n'a pas souhaité commenter.", "Lucas Bernardet", "Augsburg", ""},
		{"es fichado del", " date 2024-07-01 La Roma ha renunciado a Álvaro Ruiz Sotillo. El club andaluz, que lo había fichado del Augsburgo en 2021, no quiso comentar.", "Álvaro Ruiz Sotillo", "Augsburg", ""},
		{"it acquistato dal", " date 2024-07-01 La Roma ha rinunciato a Marco Ventresca. Il club pugliese, che lo aveva acquistato dal Sassuolo nel 2021, non ha commentato.", "Marco Ventresca", "Sassuolo", ""},
		{"de vom ... geholt", " date 2024-07-01 Die AS Roma hat das Interesse an Jonas Albrecht beendet. Der Klub, der ihn 2021 vom FC Augsburg geholt hatte, äußerte sich nicht.", "Jonas Albrecht", "Augsburg", ""},
	})
}
