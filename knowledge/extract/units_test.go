package extract

import (
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestSectionUnits: a short line of its own heading a section gives the
// section its player, so that a description in the section ("the
// striker", "le milieu", "il difensore", "der Stürmer") is him, in the five
// languages; a byline heads no section.
func TestSectionUnits(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en capitals", " date 2024-01 Chelsea open to offers for Armando Broja and Conor Gallagher\n\nGALLAGHER\nConor Gallagher could stay.\n\nBROJA\nArmando Broja is wanted by many. Wolves asked about taking the striker on loan.", "Armando Broja", "Wolverhampton Wanderers", facts.StageInterest},
		{"fr name", " date 2021-06 Le point mercato\n\nIntro du jour.\n\nBlas, deux clubs sur les rangs\nLudovic Blas pourrait partir de Nantes. Le RB Leipzig s'intéresse au milieu de terrain.", "Ludovic Blas", "RB Leipzig", facts.StageInterest},
		{"es name", " date 2021-06 Mercado\n\nResumen del día.\n\nOlmo, el Barça insiste\nDani Olmo puede salir del Leipzig. El Barcelona sigue al centrocampista.", "Dani Olmo", "Barcelona", facts.StageInterest},
		{"it name", " date 2021-06 Calciomercato\n\nIl punto del giorno.\n\nScamacca, c'è il West Ham\nGianluca Scamacca può lasciare il Sassuolo. Il West Ham ha chiesto informazioni per l'attaccante.", "Gianluca Scamacca", "West Ham United", facts.StageInterest},
		{"de name", " date 2021-06 Transfer-News\n\nDer Überblick.\n\nSchick bleibt begehrt\nPatrik Schick kann Leverkusen verlassen. Borussia Dortmund ist am Stürmer interessiert.", "Patrik Schick", "Borussia Dortmund", facts.StageInterest},
	})
	// a byline is no section's player
	a := x.Extract(" date 2022-03 Dans : OM.\n\nPar Corentin Facy\n\nBoubacar Kamara est en fin de contrat. Le minot est suivi par Chelsea et Barcelone.", Hints{})
	for _, p := range a.Players {
		if p.Name == "Corentin Facy" && len(p.Suitors) > 0 {
			t.Errorf("the byline's author has suitors %+v", p.Suitors)
		}
	}
}

// TestRoundupClubs: a club in brackets right after a name is his even with
// his age beside it; a club the title shows pursuing someone is no club the
// roundup is about; a club open to offers in the title sells.
func TestRoundupClubs(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2021-06 Stade Rennais : Badé trop cher\n\nLe Stade Rennais a écarté Romain Saïss (Wolverhampton, 31 ans).", "Romain Saïss", "Wolverhampton Wanderers"},
		{" date 2021-06 Rennes scarta Saïss\n\nIl Rennes ha scartato Romain Saïss (Wolverhampton, 31 anni).", "Romain Saïss", "Wolverhampton Wanderers"},
		{" date 2021-06 JT Foot Mercato : Lille revient à la charge pour Lukebakio\n\nLukebakio\nDodi Lukebakio est suivi par Lille. Dodi Lukebakio pourrait partir.", "Dodi Lukebakio", ""},
		{" date 2024-01 Chelsea open to offers for Gallagher\n\nTottenham like Conor Gallagher.", "Conor Gallagher", "Chelsea"},
	})
}

// TestCapitalHeadings: a name in capitals heading a section, with his club
// in brackets, is a player: the section's descriptions are him and the
// bracketed club is his, in the five languages, also when the section
// goes on on the heading's line ("NAME (Club): ..."); a line of capitals
// telling news is no name.
func TestCapitalHeadings(t *testing.T) {
	x := New()
	cases := []struct{ name, text, club, suitor string }{
		{"en", " date 2024-01 Gossip\n\nThe latest.\n\nMARIO ROSSI (Fulham)\nBrentford have asked about the winger.\n\nLUCA BIANCHI (Everton)\nWolves are keen on the 24-year-old defender.", "Everton", "Wolverhampton Wanderers"},
		{"fr", " date 2024-01 Mercato\n\nLe point.\n\nMARIO ROSSI (Lorient)\nBrest s'intéresse à l'ailier.\n\nLUCA BIANCHI (Toulouse)\nLe RC Lens suit le défenseur de 24 ans.", "Toulouse", "Lens"},
		{"es", " date 2024-01 Mercado\n\nEl resumen.\n\nMARIO ROSSI (Getafe)\nEl Betis pregunta por el extremo.\n\nLUCA BIANCHI (Osasuna)\nEl Villarreal sigue al defensa de 24 años.", "CA Osasuna", "Villarreal"},
		{"it", " date 2024-01 Calciomercato\n\nIl punto.\n\nMARIO ROSSI (Empoli)\nIl Genoa ha chiesto informazioni per l'esterno.\n\nLUCA BIANCHI (Udinese)\nIl Bologna segue il difensore classe 2000.", "Udinese", "Bologna"},
		{"de", " date 2024-01 Transfer-News\n\nDer Überblick.\n\nMARIO ROSSI (Mainz 05)\nDer SC Freiburg interessiert sich für den Flügelspieler.\n\nLUCA BIANCHI (FC Augsburg)\nDer VfL Wolfsburg beobachtet den Verteidiger.", "Augsburg", "VfL Wolfsburg"},
		{"en lead", " date 2024-01 Gossip\n\nMARIO ROSSI (Fulham): Brentford have asked about the winger, who has two years left on his deal.\n\nLUCA BIANCHI (Everton): Wolves are keen on the defender and could make a move in the summer.", "Everton", "Wolverhampton Wanderers"},
		{"fr lead", " date 2024-01 Mercato\n\nMARIO ROSSI (Lorient) : Brest s'intéresse à l'ailier, qui n'a pas encore prolongé.\n\nLUCA BIANCHI (Toulouse) : le RC Lens suit le défenseur et pourrait passer à l'action cet été.", "Toulouse", "Lens"},
		{"es lead", " date 2024-01 Mercado\n\nMARIO ROSSI (Getafe): el Betis pregunta por el extremo, que termina contrato en junio.\n\nLUCA BIANCHI (Osasuna): el Villarreal sigue al defensa y podría moverse en verano.", "CA Osasuna", "Villarreal"},
		{"it lead", " date 2024-01 Calciomercato\n\nMARIO ROSSI (Empoli): il Genoa ha chiesto informazioni per l'esterno, in scadenza a giugno.\n\nLUCA BIANCHI (Udinese): il Bologna segue il difensore e potrebbe muoversi in estate.", "Udinese", "Bologna"},
		{"de lead", " date 2024-01 Transfer-News\n\nMARIO ROSSI (Mainz 05): Der SC Freiburg interessiert sich für den Flügelspieler, dessen Vertrag ausläuft.\n\nLUCA BIANCHI (FC Augsburg): Der VfL Wolfsburg beobachtet den Verteidiger und könnte im Sommer zuschlagen.", "Augsburg", "VfL Wolfsburg"},
	}
	for _, tt := range cases {
		checkStages(t, x, []stageCase{{tt.name, tt.text, "Luca Bianchi", tt.suitor, facts.StageInterest}})
		checkCurrent(t, x, []clubCase{{tt.text, "Luca Bianchi", tt.club}})
	}
	a := x.Extract(" date 2024-01 Gossip\n\nThe latest.\n\nDEAL STRUCK FOR ROSSI\nFulham have agreed a fee.", Hints{})
	for _, p := range a.Players {
		if strings.Contains(strings.ToLower(p.Name), "deal") {
			t.Errorf("a heading of news read as a name: %q", p.Name)
		}
	}
}

// TestBirthYearIsNoPast: a birth year ("classe 2001", "Jahrgang 2001")
// before the article's year tells no past of the pursuit, in the five
// languages.
func TestBirthYearIsNoPast(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2024-01 Gossip\n\nBrentford are keen on Luca Bianchi, born in 2001.", "Luca Bianchi", "Brentford", facts.StageInterest},
		{"fr", " date 2024-01 Mercato\n\nLe RC Lens suit Luca Bianchi, né en 2001.", "Luca Bianchi", "Lens", facts.StageInterest},
		{"es", " date 2024-01 Mercado\n\nEl Villarreal sigue a Luca Bianchi, nacido en 2001.", "Luca Bianchi", "Villarreal", facts.StageInterest},
		{"it", " date 2024-01 Calciomercato\n\nIl Bologna segue Luca Bianchi, classe 2001.", "Luca Bianchi", "Bologna", facts.StageInterest},
		{"de", " date 2024-01 Transfer-News\n\nDer VfL Wolfsburg beobachtet Luca Bianchi (Jahrgang 2001).", "Luca Bianchi", "VfL Wolfsburg", facts.StageInterest},
	})
}

// TestHeadingEndsUnit: a heading line that names no player (a live blog's
// time, a topic) ends the section before it: what follows is not about the
// previous entry's player, in the five languages.
func TestHeadingEndsUnit(t *testing.T) {
	x := New()
	cases := []struct{ name, text, club string }{
		{"en", " date 2024-01-31 Deadline day live\n\nWelcome.\n\n22:48\nMario Rossi has joined Fulham from Lyon.\n\n21:30\nBusy night in the north. Everton have made an offer for the winger.", "Everton"},
		{"fr", " date 2024-01-31 Mercato en direct\n\nBienvenue.\n\n22:48\nMario Rossi s'est engagé avec Lorient.\n\n21:30\nSoirée agitée dans le Nord. Le LOSC a formulé une offre pour l'ailier.", "Lille"},
		{"es", " date 2024-01-31 Mercado en directo\n\nBienvenidos.\n\n22:48\nMario Rossi ha firmado con el Getafe.\n\n21:30\nNoche movida en el norte. El Athletic ha presentado una oferta por el extremo.", "Athletic Club"},
		{"it", " date 2024-01-31 Calciomercato in diretta\n\nBenvenuti.\n\n22:48\nMario Rossi ha firmato con l'Empoli.\n\n21:30\nSerata movimentata al nord. L'Udinese ha presentato un'offerta per l'esterno.", "Udinese"},
		{"de", " date 2024-01-31 Transfer-Ticker\n\nWillkommen.\n\n22:48 Uhr\nMario Rossi wechselt zum FC Augsburg.\n\n21:30 Uhr\nUnruhiger Abend im Norden. Der VfL Wolfsburg hat ein Angebot für den Flügelspieler abgegeben.", "VfL Wolfsburg"},
	}
	for _, tt := range cases {
		if st, _ := stageOfPair(x, tt.text, "Mario Rossi", tt.club); st != "" {
			t.Errorf("%s: %s has bled into the entry before it (%s)", tt.name, tt.club, st)
		}
	}
}

// TestSurnameSections: a roundup naming its players by surname only, each
// section headed by a short line "Surname, ..." (full stop or not), reads
// each section as its player's, a particle included ("De Rossi"), in the
// five languages.
func TestSurnameSections(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2024-07 Three to watch: Bianchi, De Rossi and Verdi\n\nThe summer market turns to the club.\n\nBianchi, off to London.\nFulham have agreed a fee for the defender.\n\nDe Rossi, still no renewal.\nBrentford have asked about the midfielder.", "De Rossi", "Brentford", facts.StageInterest},
		{"fr", " date 2024-07 Trois dossiers : Bianchi, De Rossi et Verdi\n\nLe marché s'emballe.\n\nBianchi, direction Lorient.\nLe FC Lorient a trouvé un accord pour le défenseur.\n\nDe Rossi, pas de prolongation.\nLe Stade Brestois s'intéresse au milieu.", "De Rossi", "Brest", facts.StageInterest},
		{"es", " date 2024-07 Tres nombres: Bianchi, De Rossi y Verdi\n\nEl mercado apunta al club.\n\nBianchi, rumbo a Getafe.\nEl Getafe ha llegado a un acuerdo por el central.\n\nDe Rossi, sin renovar.\nEl Betis ha preguntado por el centrocampista.", "De Rossi", "Real Betis", facts.StageInterest},
		{"it", " date 2024-07 Tre nomi: Bianchi, De Rossi e Verdi\n\nIl mercato si accende.\n\nBianchi, verso Empoli.\nL'Empoli ha trovato l'intesa per il difensore.\n\nDe Rossi, niente rinnovo.\nIl Genoa ha chiesto informazioni per il centrocampista.", "De Rossi", "Genoa", facts.StageInterest},
		{"de", " date 2024-07 Drei Namen: Bianchi, De Rossi und Verdi\n\nDer Markt kommt in Fahrt.\n\nBianchi, ab nach Augsburg.\nDer FC Augsburg hat sich mit dem Verteidiger geeinigt.\n\nDe Rossi, keine Verlängerung.\nDer SC Freiburg interessiert sich für den Mittelfeldspieler.", "De Rossi", "SC Freiburg", facts.StageInterest},
	})
	// the contract of one clause is no club of the next one
	checkCurrent(t, x, []clubCase{
		{" date 2024-07 Mercado\n\nMario Rossi, con contrato hasta 2027, ya rechazó al Getafe.", "Mario Rossi", ""},
		{" date 2024-07 Calciomercato\n\nMario Rossi, con un contratto fino al 2027, ha già detto no al Genoa.", "Mario Rossi", ""},
	})
}

// TestMailbagUnits: in a mailbag each reader's question and its answer are
// one unit: an answer under a question that names nobody is not about the
// player of the question before, in the five languages.
func TestMailbagUnits(t *testing.T) {
	x := New()
	cases := []struct{ name, text, club string }{
		{"en", " date 2024-02 Mailbag\n\nYour questions.\n\nQ: Is Mario Rossi leaving Lyon? — Ann\n\nA: Fulham are keen on him, but Lyon want more.\n\nQ: Who is the new winger? — Bob\n\nA: Brentford signed the Italy international on Friday.", "Brentford"},
		{"fr", " date 2024-02 Courrier des lecteurs\n\nVos questions.\n\nQuestion : Mario Rossi va-t-il quitter Lyon ? — Anne\n\nRéponse : Lorient s'intéresse à lui, mais Lyon en veut plus.\n\nQuestion : Qui est le nouvel ailier ? — Paul\n\nRéponse : Le Stade Brestois s'intéresse à l'ailier.", "Brest"},
		{"es", " date 2024-02 Consultorio\n\nSus preguntas.\n\nPregunta: ¿Dejará Mario Rossi el Sevilla? — Ana\n\nRespuesta: Al Getafe le interesa, pero el Sevilla pide más.\n\nPregunta: ¿Quién es el nuevo extremo? — Pablo\n\nRespuesta: El Betis sigue al extremo.", "Real Betis"},
		{"it", " date 2024-02 La posta dei lettori\n\nLe vostre domande.\n\nDomanda: Mario Rossi lascerà il Torino? — Anna\n\nRisposta: L'Empoli è interessato, ma il Torino chiede di più.\n\nDomanda: Chi è il nuovo esterno? — Paolo\n\nRisposta: Il Genoa segue l'esterno.", "Genoa"},
		{"de", " date 2024-02 Leserfragen\n\nIhre Fragen.\n\nFrage: Verlässt Mario Rossi den VfB Stuttgart? — Anna\n\nAntwort: Der FC Augsburg ist interessiert, aber der VfB will mehr.\n\nFrage: Wer ist der neue Flügelspieler? — Paul\n\nAntwort: Der SC Freiburg interessiert sich für den Flügelspieler.", "SC Freiburg"},
	}
	for _, tt := range cases {
		if st, _ := stageOfPair(x, tt.text, "Mario Rossi", tt.club); st != "" {
			t.Errorf("%s: the answer to another question gave Mario Rossi %s (%s)", tt.name, tt.club, st)
		}
	}
}

// TestDealObjectTakesOver: a player named once as what a bid is for takes
// the passage over from the player named before, so the next sentence
// naming nobody is about him, in the five languages.
func TestDealObjectTakesOver(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2023-06 News\n\nLuca Bianchi has joined Fulham. Luca Bianchi signed for four years.\n\nElsewhere, Brentford have made an offer of £20m for Mario Rossi. Wolves have also asked about the defender.", "Mario Rossi", "Wolverhampton Wanderers", facts.StageInterest},
		{"fr", " date 2023-06 Mercato\n\nLuca Bianchi s'est engagé avec Lorient.\n\nPar ailleurs, le Stade Brestois a formulé une offre de 20 millions d'euros pour Mario Rossi. Le RC Lens a également pris des renseignements.", "Mario Rossi", "Lens", facts.StageInterest},
		{"es", " date 2023-06 Mercado\n\nLuca Bianchi ha fichado por el Getafe.\n\nAdemás, el Betis ha presentado una oferta de 20 millones de euros por Mario Rossi. El Villarreal también ha preguntado por el central.", "Mario Rossi", "Villarreal", facts.StageInterest},
		{"it", " date 2023-06 Calciomercato\n\nLuca Bianchi ha firmato con l'Empoli.\n\nIntanto il Genoa ha presentato un'offerta da 20 milioni di euro per Mario Rossi. Anche il Bologna ha chiesto informazioni.", "Mario Rossi", "Bologna", facts.StageInterest},
		{"de", " date 2023-06 Transfer-News\n\nLuca Bianchi wechselt zum FC Augsburg.\n\nDer SC Freiburg hat ein Angebot über 20 Millionen Euro für Mario Rossi abgegeben. Auch der VfL Wolfsburg hat sich erkundigt.", "Mario Rossi", "VfL Wolfsburg", facts.StageInterest},
	})
}

// TestLiveBlogOrder: a live blog told newest first is read in the order
// things happened: a signing in the top entry comes after a bid rejected
// in an entry below it, in the five languages.
func TestLiveBlogOrder(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2024-01-31 Deadline day live\n\nAll the news.\n\n22:48\nMario Rossi has joined Brentford.\n\n18:10\nFulham have rejected a £20m bid from Brentford for Mario Rossi.", "Mario Rossi", "Brentford", facts.StageDone},
		{"fr", " date 2024-01-31 Mercato en direct\n\nToutes les infos.\n\n22:48\nMario Rossi s'est engagé avec le Stade Brestois.\n\n18:10\nLe FC Lorient a refusé une offre de 20 millions d'euros du Stade Brestois pour Mario Rossi.", "Mario Rossi", "Brest", facts.StageDone},
		{"es", " date 2024-01-31 Mercado en directo\n\nTodas las noticias.\n\n22:48\nMario Rossi ha fichado por el Betis.\n\n18:10\nEl Getafe ha rechazado una oferta de 20 millones de euros del Betis por Mario Rossi.", "Mario Rossi", "Real Betis", facts.StageDone},
		{"it", " date 2024-01-31 Calciomercato in diretta\n\nTutte le notizie.\n\n22:48\nMario Rossi ha firmato con il Bologna.\n\n18:10\nIl Genoa ha respinto un'offerta da 20 milioni di euro del Bologna per Mario Rossi.", "Mario Rossi", "Bologna", facts.StageDone},
		{"de", " date 2024-01-31 Transfer-Ticker\n\nAlle News.\n\n22:48 Uhr\nMario Rossi wechselt zum SC Freiburg.\n\n18:10 Uhr\nDer FC Augsburg hat ein Angebot des SC Freiburg über 20 Millionen Euro für Mario Rossi abgelehnt.", "Mario Rossi", "SC Freiburg", facts.StageDone},
	})
}

// TestSwapMakeweight: a player named as the makeweight of a swap ("a swap
// with Y") is not whom the next sentence's description is about, in the
// five languages.
func TestSwapMakeweight(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2024-01 News\n\nMario Rossi is close to Brentford. Fulham had discussed a swap with Luca Bianchi. The Italian also rejected an offer from Everton.", "Mario Rossi", "Everton", facts.StageEnded},
		{"fr", " date 2024-01 Mercato\n\nMario Rossi est tout proche du Stade Brestois. Le FC Lorient avait évoqué un échange avec Luca Bianchi. L'Italien a aussi refusé une offre du RC Lens.", "Mario Rossi", "Lens", facts.StageEnded},
		{"es", " date 2024-01 Mercado\n\nMario Rossi está muy cerca del Betis. El Getafe había planteado un intercambio con Luca Bianchi. El italiano también rechazó una oferta del Villarreal.", "Mario Rossi", "Villarreal", facts.StageEnded},
		{"it", " date 2024-01 Calciomercato\n\nMario Rossi è vicino al Bologna. Il Genoa aveva discusso uno scambio con Luca Bianchi. L'italiano aveva anche rifiutato la proposta dell'Udinese.", "Mario Rossi", "Udinese", facts.StageEnded},
		{"de", " date 2024-01 Transfer-News\n\nMario Rossi steht vor einem Wechsel zum SC Freiburg. Der FC Augsburg hatte einen Tausch mit Luca Bianchi besprochen. Der Italiener hat auch ein Angebot des VfL Wolfsburg abgelehnt.", "Mario Rossi", "VfL Wolfsburg", facts.StageEnded},
	})
}

// TestCommaItems: in a list of deals split by commas ("Fulham close in on
// Bianchi, Brentford want Rossi"), a club goes with the name of its own
// item, not with the name just across the comma, in the five languages.
func TestCommaItems(t *testing.T) {
	x := New()
	cases := []struct{ name, text, club string }{
		{"en", " date 2024-01 Gossip: Fulham close in on Luca Bianchi, Brentford keen on Mario Rossi\n\nThe latest news.", "Brentford"},
		{"fr", " date 2024-01 Mercato : Lorient tout proche de Luca Bianchi, Brest s'intéresse à Mario Rossi\n\nLes dernières infos.", "Brest"},
		{"es", " date 2024-01 Mercado: el Getafe, muy cerca de Luca Bianchi, el Betis sigue a Mario Rossi\n\nLas últimas noticias.", "Real Betis"},
		{"it", " date 2024-01 Calciomercato: Luca Bianchi a un passo dall'Empoli, il Bologna segue Mario Rossi\n\nLe ultime notizie.", "Bologna"},
		{"de", " date 2024-01 Transfer-News: Luca Bianchi kurz vor Wechsel zum FC Augsburg, der SC Freiburg beobachtet Mario Rossi\n\nDie neuesten Meldungen.", "SC Freiburg"},
	}
	for _, tt := range cases {
		if st, _ := stageOfPair(x, tt.text, "Luca Bianchi", tt.club); st != "" {
			t.Errorf("%s: %s went to Luca Bianchi across the comma (%s)", tt.name, tt.club, st)
		}
		if st, _ := stageOfPair(x, tt.text, "Mario Rossi", tt.club); st == "" {
			t.Errorf("%s: %s is no suitor of Mario Rossi", tt.name, tt.club)
		}
	}
}

// TestParagraphLeads: a paragraph opening on a player's name closed by a
// colon, his club in brackets or not ("Luca Bianchi (Everton): ..."), is
// his unit to its end, even when it names another player the article
// named more often, in the five languages.
func TestParagraphLeads(t *testing.T) {
	x := New()
	cases := []struct{ lang, first, second, club string }{
		{"en", "Marco Rossi (Fulham): Brentford are keen on Marco Rossi. Rossi could leave in the summer.", "Luca Bianchi (Everton): Wolves have asked about the defender as a replacement for Rossi. Wolves have made an offer of £20m.", "Wolverhampton Wanderers"},
		{"fr", "Marco Rossi (Lorient) : Brest suit Marco Rossi. Rossi pourrait partir cet été.", "Luca Bianchi (Toulouse) : le RC Lens a coché le nom du défenseur pour remplacer Rossi. Le RC Lens a formulé une offre de 20 millions d'euros.", "Lens"},
		{"es", "Marco Rossi (Getafe): el Betis sigue a Marco Rossi. Rossi podría salir en verano.", "Luca Bianchi (Osasuna): el Villarreal pregunta por el defensa para sustituir a Rossi. El Villarreal ha presentado una oferta de 20 millones de euros.", "Villarreal"},
		{"it", "Marco Rossi (Empoli): il Genoa segue Marco Rossi. Rossi potrebbe partire in estate.", "Luca Bianchi (Udinese): il Bologna ha chiesto informazioni per il difensore per sostituire Rossi. Il Bologna ha presentato un'offerta da 20 milioni di euro.", "Bologna"},
		{"de", "Marco Rossi (Mainz 05): Der SC Freiburg beobachtet Marco Rossi. Rossi könnte im Sommer gehen.", "Luca Bianchi (FC Augsburg): Der VfL Wolfsburg sieht den Verteidiger als Ersatz für Rossi. Der VfL Wolfsburg hat ein Angebot über 20 Millionen Euro abgegeben.", "VfL Wolfsburg"},
	}
	for _, tt := range cases {
		text := " date 2024-01 News\n\n" + tt.first + "\n\n" + tt.second
		if got, _ := stageOfPair(x, text, "Luca Bianchi", tt.club); got != facts.StageBid {
			t.Errorf("%s: Luca Bianchi/%s stage %q, want bid", tt.lang, tt.club, got)
		}
		if got, _ := stageOfPair(x, text, "Marco Rossi", tt.club); got != "" {
			t.Errorf("%s: Marco Rossi/%s stage %q, want none", tt.lang, tt.club, got)
		}
	}
}

// TestMailbagQuestionLines: readers' questions on lines of their own with
// a question mark and a signature ("Is Bianchi leaving Everton? — Dan,
// Liverpool"), each answered under it, make a mailbag: a single name in a
// question is a player, the answer is about him, and the place the reader
// signs from names no club, in the five languages.
func TestMailbagQuestionLines(t *testing.T) {
	x := New()
	cases := []struct{ lang, q1, a1, q2, a2, club, sign string }{
		{"en", "Is Bianchi really leaving Everton this summer? — Dan, Liverpool", "It looks likely. Wolves have asked about the defender and Bianchi is keen.", "What next for Rossi after his injury? — Anna, Leeds", "He stays at Fulham for now.", "Wolverhampton Wanderers", "Liverpool"},
		{"fr", "Bianchi va-t-il quitter Toulouse cet été ? (Marc, Marseille)", "C'est probable. Le RC Lens s'intéresse au défenseur. Bianchi est ouvert à un départ.", "Que devient Rossi après sa blessure ? (Julie, Nantes)", "Il reste à Lorient pour l'instant.", "Lens", "Marseille"},
		{"es", "¿Dejará Bianchi el Osasuna este verano? (Marta, Sevilla)", "Es probable. El Villarreal pregunta por el defensa. Bianchi quiere salir.", "¿Qué pasa con Rossi tras su lesión? (Pablo, Valencia)", "Sigue en el Getafe por ahora.", "Villarreal", "Sevilla"},
		{"it", "Bianchi lascia l'Udinese a gennaio? (Marco, Roma)", "Difficile. Il Bologna ha chiesto informazioni per il difensore. Bianchi vorrebbe partire.", "Che ne sarà di Rossi dopo l'infortunio? (Giulia, Napoli)", "Resta all'Empoli per ora.", "Bologna", "Roma"},
		{"de", "Verlässt Bianchi den FC Augsburg im Sommer? (Jonas, Dortmund)", "Wahrscheinlich. Der VfL Wolfsburg beobachtet den Verteidiger. Bianchi will wechseln.", "Was wird aus Rossi nach seiner Verletzung? (Anna, Bremen)", "Er bleibt vorerst in Mainz.", "VfL Wolfsburg", "Borussia Dortmund"},
	}
	for _, tt := range cases {
		text := " date 2024-01 Mailbag\n\nOur expert answers.\n\n" + tt.q1 + "\n\n" + tt.a1 + "\n\n" + tt.q2 + "\n\n" + tt.a2
		if got, _ := stageOfPair(x, text, "Bianchi", tt.club); got != facts.StageInterest {
			t.Errorf("%s: Bianchi/%s stage %q, want interest", tt.lang, tt.club, got)
		}
		for _, p := range x.Extract(text, Hints{}).Players {
			for _, s := range p.Suitors {
				if s.Club == tt.sign {
					t.Errorf("%s: the reader's town %s read as a suitor of %s", tt.lang, tt.sign, p.Name)
				}
			}
			if p.CurrentClub == tt.sign {
				t.Errorf("%s: the reader's town %s read as %s's club", tt.lang, tt.sign, p.Name)
			}
		}
	}
}
