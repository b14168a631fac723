package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestNameHeadings: a roundup whose sections are headed by a player's
// name in capitals on a line of its own, one word or several, any first
// name, names him there only: the descriptions of its section ("the
// winger", "le latéral", "el extremo", "il centrocampista", "der
// Stürmer") are him, in the five languages.
func TestNameHeadings(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2024-01 Gossip: where the big deals stand\n\nTOBIAS WRENFIELD\n\nBrentford have asked about the winger, who has a year left.\n\nOSKAR LINDQVIST\n\nWolves are keen on the Swedish defender.", "Oskar Lindqvist", "Wolverhampton Wanderers", facts.StageInterest},
		{"en one word", " date 2024-01 Gossip: where the big deals stand\n\nRAFINHOS\n\nFulham are in talks with Santos over the forward.\n\nBELTRANO\n\nEverton have made an offer for the midfielder.", "Rafinhos", "Fulham", facts.StageTalks},
		{"fr", " date 2024-01 Mercato : le point sur les dossiers\n\nTOBIAS WRENFIELD\n\nLe Stade Brestois s'intéresse à l'ailier, sous contrat jusqu'en 2026.\n\nOSKAR LINDQVIST\n\nLe RC Lens a formulé une offre pour le défenseur suédois.", "Oskar Lindqvist", "Lens", facts.StageBid},
		{"es", " date 2024-01 Mercado: así están las operaciones\n\nTOBIAS WRENFIELD\n\nEl Betis pregunta por el extremo, que termina contrato en junio.\n\nOSKAR LINDQVIST\n\nEl Villarreal negocia con el Getafe por el defensa sueco.", "Oskar Lindqvist", "Villarreal", facts.StageTalks},
		{"it", " date 2024-01 Calciomercato, il punto\n\nTOBIAS WRENFIELD\n\nIl Genoa ha chiesto informazioni per l'esterno.\n\nOSKAR LINDQVIST\n\nIl Bologna segue il difensore svedese.", "Oskar Lindqvist", "Bologna", facts.StageInterest},
		{"de", " date 2024-01 Transfer-News: der Überblick\n\nTOBIAS WRENFIELD\n\nDer SC Freiburg interessiert sich für den Flügelspieler.\n\nOSKAR LINDQVIST\n\nDer VfL Wolfsburg verhandelt mit dem Verteidiger.", "Oskar Lindqvist", "VfL Wolfsburg", facts.StageTalks},
	})
	// one line of capitals is no roundup: a shouted line tells news
	a := x.Extract(" date 2024-01 Blog\n\nWHAT A NIGHT\n\nBrentford have asked about the winger.", Hints{})
	for _, p := range a.Players {
		if len(p.Suitors) > 0 {
			t.Errorf("a lone line of capitals read as a player: %q %+v", p.Name, p.Suitors)
		}
	}
}

// TestReplacedIsAside: the player a buyer wants to replace ("to replace
// X", "cover for X", "pour remplacer X", "para sustituir a X", "per
// sostituire X", "als Ersatz für X") is no target: in a section about
// another player, the pursuit is that player's, in the five languages.
func TestReplacedIsAside(t *testing.T) {
	x := New()
	cases := []struct{ name, text, club string }{
		{"en replace", " date 2024-01 Gossip\n\nOskar Lindqvist (Malmö): Wolves are in talks with the Swedes to replace Luca Bianchi.\n\nTobias Wrenfield (Lens): Fulham like the winger.", "Wolverhampton Wanderers"},
		{"en cover", " date 2024-01 Gossip\n\nOSKAR LINDQVIST\n\nWolves have considered a move for the Malmö defender as cover for Luca Bianchi.\n\nTOBIAS WRENFIELD\n\nFulham like the winger.", "Wolverhampton Wanderers"},
		{"fr", " date 2024-01 Mercato\n\nOskar Lindqvist (Malmö) : Lens est en discussions avec Malmö pour remplacer Luca Bianchi.\n\nTobias Wrenfield (Lorient) : Brest suit l'ailier.", "Lens"},
		{"es", " date 2024-01 Mercado\n\nOskar Lindqvist (Malmö): El Villarreal negocia con el Malmö para sustituir a Luca Bianchi.\n\nTobias Wrenfield (Getafe): El Betis sigue al extremo.", "Villarreal"},
		{"it", " date 2024-01 Calciomercato\n\nOskar Lindqvist (Malmö): il Bologna tratta con il Malmö per sostituire Luca Bianchi.\n\nTobias Wrenfield (Empoli): il Genoa segue l'esterno.", "Bologna"},
		{"de", " date 2024-01 Transfer-News\n\nOskar Lindqvist (Malmö): Der VfL Wolfsburg verhandelt mit Malmö über einen Ersatz für Luca Bianchi.\n\nTobias Wrenfield (FC Augsburg): Der SC Freiburg beobachtet den Flügelspieler.", "VfL Wolfsburg"},
	}
	for _, tt := range cases {
		if st, _ := stageOfPair(x, tt.text, "Oskar Lindqvist", tt.club); st != facts.StageTalks && st != facts.StageInterest {
			t.Errorf("%s: Oskar Lindqvist/%s stage %q, want a pursuit", tt.name, tt.club, st)
		}
		if st, _ := stageOfPair(x, tt.text, "Luca Bianchi", tt.club); st != "" {
			t.Errorf("%s: the replaced Luca Bianchi pursued by %s (%s)", tt.name, tt.club, st)
		}
	}
}

// TestUnitDescriptionBeforeOthers: in a section about a player, a
// description opening a sentence that then names someone else ("Fulham's
// captain is in talks with X, whose coach Y ...") is the section's
// player, even when it says nothing particular (a captain, a player), in
// the five languages.
func TestUnitDescriptionBeforeOthers(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2024-01 Gossip: where the big deals stand\n\nTOBIAS WRENFIELD\n\nBrentford like the winger.\n\nOSKAR LINDQVIST\n\nFulham's captain is in talks with Al-Ettifaq and has spoken to his former team-mate Pieter Vandermolen.", "Oskar Lindqvist", "Al-Ettifaq", facts.StageTalks},
		{"fr", " date 2024-01 Mercato : le point\n\nTOBIAS WRENFIELD\n\nBrest suit l'ailier.\n\nOSKAR LINDQVIST\n\nLe capitaine du FC Nantes discute avec Al-Ettifaq, le club entraîné par son ami Pieter Vandermolen, qui l'a appelé.", "Oskar Lindqvist", "Al-Ettifaq", facts.StageTalks},
		{"es", " date 2024-01 Mercado: así están las operaciones\n\nTOBIAS WRENFIELD\n\nEl Betis sigue al extremo.\n\nOSKAR LINDQVIST\n\nEl capitán del Getafe negocia con el Al-Ettifaq, el club que entrena su amigo Pieter Vandermolen, que lo llamó.", "Oskar Lindqvist", "Al-Ettifaq", facts.StageTalks},
		{"it", " date 2024-01 Calciomercato, il punto\n\nTOBIAS WRENFIELD\n\nIl Genoa segue l'esterno.\n\nOSKAR LINDQVIST\n\nIl capitano del Torino tratta con l'Al-Ettifaq, il club allenato dal suo amico Pieter Vandermolen, che lo ha chiamato.", "Oskar Lindqvist", "Al-Ettifaq", facts.StageTalks},
		{"de", " date 2024-01 Transfer-News: der Überblick\n\nTOBIAS WRENFIELD\n\nDer SC Freiburg beobachtet den Flügelspieler.\n\nOSKAR LINDQVIST\n\nDer Kapitän des FC Augsburg verhandelt mit Al-Ettifaq, dem Klub seines Freundes Pieter Vandermolen, der ihn angerufen hat.", "Oskar Lindqvist", "Al-Ettifaq", facts.StageTalks},
	})
}

// TestSectionDescriptionAfterOther: in a section about a player, a
// sentence opening on a description after a sentence that named someone
// else goes on about the section's player, in the five languages.
func TestSectionDescriptionAfterOther(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2024-01 Gossip: where the big deals stand\n\nTOBIAS WRENFIELD\n\nBrentford like the winger.\n\nOSKAR LINDQVIST\n\nFulham are keen. He trained under Pieter Vandermolen at Malmö. The defender has also been watched by Everton.", "Oskar Lindqvist", "Everton", facts.StageInterest},
		{"fr", " date 2024-01 Mercato : le point\n\nTOBIAS WRENFIELD\n\nBrest suit l'ailier.\n\nOSKAR LINDQVIST\n\nLe FC Nantes est intéressé. Il a été formé par Pieter Vandermolen à Malmö. Le défenseur suédois est aussi suivi par le Stade Rennais.", "Oskar Lindqvist", "Rennes", facts.StageInterest},
		{"es", " date 2024-01 Mercado: así están las operaciones\n\nTOBIAS WRENFIELD\n\nEl Betis sigue al extremo.\n\nOSKAR LINDQVIST\n\nEl Getafe está interesado. Se formó con Pieter Vandermolen en el Malmö. El defensa sueco también interesa al Villarreal.", "Oskar Lindqvist", "Villarreal", facts.StageInterest},
		{"it", " date 2024-01 Calciomercato, il punto\n\nTOBIAS WRENFIELD\n\nIl Genoa segue l'esterno.\n\nOSKAR LINDQVIST\n\nIl Torino è interessato. È cresciuto con Pieter Vandermolen al Malmö. Il difensore svedese piace anche al Bologna.", "Oskar Lindqvist", "Bologna", facts.StageInterest},
		{"de", " date 2024-01 Transfer-News: der Überblick\n\nTOBIAS WRENFIELD\n\nDer SC Freiburg beobachtet den Flügelspieler.\n\nOSKAR LINDQVIST\n\nDer FC Augsburg ist interessiert. Er lernte bei Pieter Vandermolen in Malmö. Der schwedische Verteidiger wird auch vom VfL Wolfsburg beobachtet.", "Oskar Lindqvist", "VfL Wolfsburg", facts.StageInterest},
	})
}

// TestArrivesAt: a player told arriving at or moving to a club ("arrives
// at", "est arrivé au", "llega al", "è arrivato al", "kommt zum") has
// joined it, the club he comes from aside, in the five languages.
func TestArrivesAt(t *testing.T) {
	x := New()
	cases := []moveCase{
		{"en", " date 2024-01-31 Deadline day\n\n21:40 Oskar Lindqvist has arrived at Fulham from Malmö on loan.", "Fulham", "Malmö FF"},
		{"fr", " date 2024-01-31 Mercato en direct\n\n21h40 - Oskar Lindqvist est arrivé au Stade Rennais en provenance de Malmö.", "Rennes", "Malmö FF"},
		{"es", " date 2024-01-31 Directo\n\n21:40 Oskar Lindqvist llega al Betis procedente del Malmö.", "Real Betis", "Malmö FF"},
		{"it", " date 2024-01-31 Diretta mercato\n\n21:40 - Oskar Lindqvist è arrivato al Torino dal Malmö in prestito.", "Torino", "Malmö FF"},
		{"de", " date 2024-01-31 Ticker\n\n21:40 Uhr – Oskar Lindqvist kommt zum VfB Stuttgart, der Verteidiger wird von Malmö ausgeliehen.", "VfB Stuttgart", "Malmö FF"},
	}
	checkMoves(t, x, cases)
}

// TestMovesFromTo: a player told moving from one club to another ("moves
// from X to Y", "passe de X à Y", "pasa del X al Y", "passa dal X al Y",
// "wechselt von X zu Y") has joined the second, in the five languages.
func TestMovesFromTo(t *testing.T) {
	x := New()
	cases := []moveCase{
		{"en", " date 2024-01-31 Deadline day\n\n21:40 Oskar Lindqvist moves from Malmö to Fulham on loan.", "Fulham", "Malmö FF"},
		{"fr", " date 2024-01-31 Mercato en direct\n\n21h40 - Oskar Lindqvist passe de Malmö au Stade Rennais.", "Rennes", "Malmö FF"},
		{"es", " date 2024-01-31 Directo\n\n21:40 Oskar Lindqvist pasa del Malmö al Betis.", "Real Betis", "Malmö FF"},
		{"it", " date 2024-01-31 Diretta mercato\n\n21:40 - Oskar Lindqvist passa dal Malmö al Torino in prestito.", "Torino", "Malmö FF"},
		{"de", " date 2024-01-31 Ticker\n\n21:40 Uhr – Oskar Lindqvist wechselt von Malmö zum VfB Stuttgart.", "VfB Stuttgart", "Malmö FF"},
	}
	checkMoves(t, x, cases)
}

// moveCase is a text telling Oskar Lindqvist's move from one club to
// another.
type moveCase struct{ name, text, to, from string }

// checkMoves checks each move done (or the club he joins his own) and the
// club he leaves no suitor.
func checkMoves(t *testing.T, x *Extractor, cases []moveCase) {
	t.Helper()
	for _, tt := range cases {
		st, p := stageOfPair(x, tt.text, "Oskar Lindqvist", tt.to)
		if st != facts.StageDone && p.CurrentClub != tt.to {
			t.Errorf("%s: %s stage %q, club %q: want his move done", tt.name, tt.to, st, p.CurrentClub)
		}
		if st, _ := stageOfPair(x, tt.text, "Oskar Lindqvist", tt.from); st != "" {
			t.Errorf("%s: the club he comes from, %s, is a suitor (%s)", tt.name, tt.from, st)
		}
	}
}

// TestFullerName: a player named first by two of his names (a title) and
// then by his full name is one player, in the five languages.
func TestFullerName(t *testing.T) {
	x := New()
	for _, text := range []string{
		" date 2024-01 Tobias Wrenfield to Fulham\n\nTobias Wrenfield Osei will leave Brentford for Fulham.",
		" date 2024-01 Tobias Wrenfield à Lens\n\nTobias Wrenfield Osei quittera Lorient pour le RC Lens.",
		" date 2024-01 Tobias Wrenfield al Betis\n\nTobias Wrenfield Osei dejará el Getafe por el Betis.",
		" date 2024-01 Tobias Wrenfield al Torino\n\nTobias Wrenfield Osei lascerà l'Empoli per il Torino.",
		" date 2024-01 Tobias Wrenfield nach Mainz\n\nTobias Wrenfield Osei verlässt den FC Augsburg und wechselt zum FSV Mainz 05.",
	} {
		a := x.Extract(text, Hints{})
		if len(a.Players) != 1 {
			var got []string
			for _, p := range a.Players {
				got = append(got, p.Name)
			}
			t.Errorf("%q: players %q, want one", text, got)
		}
	}
}

// TestLeavesFor: the club a player leaves his own for ("leave X for Y",
// "quitter X pour Y", "dejar X por Y", "lasciare X per Y", "X für Y
// verlassen") is his next club, his own no suitor, in the five languages.
func TestLeavesFor(t *testing.T) {
	x := New()
	cases := []struct{ text, from, to string }{
		{" date 2024-01 Tobias Wrenfield will leave Brentford for Fulham.", "Brentford", "Fulham"},
		{" date 2024-01 Tobias Wrenfield quittera Lorient pour le RC Lens.", "Lorient", "Lens"},
		{" date 2024-01 Tobias Wrenfield dejará el Getafe por el Betis.", "Getafe", "Real Betis"},
		{" date 2024-01 Tobias Wrenfield lascerà l'Empoli per il Torino.", "Empoli", "Torino"},
		{" date 2024-01 Tobias Wrenfield verlässt den FC Augsburg für den VfB Stuttgart.", "Augsburg", "VfB Stuttgart"},
	}
	for _, tt := range cases {
		st, p := stageOfPair(x, tt.text, "Tobias Wrenfield", tt.to)
		if st != facts.StageAdvanced {
			t.Errorf("%q: %s stage %q, want advanced", tt.text, tt.to, st)
		}
		if p.CurrentClub != tt.from {
			t.Errorf("%q: club %q, want %q", tt.text, p.CurrentClub, tt.from)
		}
	}
}

// TestPaidFor: a club told having paid for a player ("have paid X £15m
// for", "a versé 20 millions à X pour", "pagó 20 millones al X por", "ha
// pagato 20 milioni per", "überwies X 20 Millionen für") has signed him,
// the club paid his seller, in the five languages.
func TestPaidFor(t *testing.T) {
	x := New()
	checkMoves(t, x, []moveCase{
		{"en", " date 2024-01-31 Deadline day\n\n21:40 Oskar Lindqvist is off. Fulham have paid Malmö £15m for the defender.", "Fulham", "Malmö FF"},
		{"fr", " date 2024-01-31 Mercato en direct\n\n21h40 - Oskar Lindqvist, c'est bouclé. Le Stade Rennais a versé 15 millions d'euros à Malmö pour le défenseur.", "Rennes", "Malmö FF"},
		{"es", " date 2024-01-31 Directo\n\n21:40 Oskar Lindqvist, operación cerrada. El Betis pagó 15 millones de euros al Malmö por el defensa.", "Real Betis", "Malmö FF"},
		{"it", " date 2024-01-31 Diretta mercato\n\n21:40 - Oskar Lindqvist, affare chiuso. Il Torino ha pagato 15 milioni al Malmö per il difensore.", "Torino", "Malmö FF"},
		{"de", " date 2024-01-31 Ticker\n\n21:40 Uhr – Oskar Lindqvist ist da. Der VfB Stuttgart überwies Malmö 15 Millionen Euro für den Verteidiger.", "VfB Stuttgart", "Malmö FF"},
	})
}

// TestCaseFileName: a single name right after a word for a transfer story
// ("the Wrenfield saga", "le dossier Wrenfield", "la vía Wrenfield", "il
// caso Wrenfield", "die Causa Wrenfield") is a player's, and a club that
// wants to replace a player named after it does not pursue him, in the
// five languages.
func TestCaseFileName(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2024-01 Transfer news\n\nFulham want to end the Wrenfield saga this week.", "Wrenfield", "Fulham", facts.StageInterest},
		{"fr", " date 2024-01 Mercato\n\nLe RC Lens s'intéresse au dossier Wrenfield.", "Wrenfield", "Lens", facts.StageInterest},
		{"es", " date 2024-01 Mercado\n\nEl Betis sigue la vía Wrenfield.", "Wrenfield", "Real Betis", facts.StageInterest},
		{"it", " date 2024-01 Calciomercato\n\nIl Torino segue il caso Wrenfield con interesse.", "Wrenfield", "Torino", facts.StageInterest},
		{"de", " date 2024-01 Transfer-News\n\nDer VfB Stuttgart beobachtet die Causa Wrenfield.", "Wrenfield", "VfB Stuttgart", facts.StageInterest},
	})
	for _, text := range []string{
		" date 2024-01 Gossip\n\nTobias Osei is unhappy at Brentford, who want to replace Oskar Lindqvist.",
		" date 2024-01 Mercato\n\nTobias Osei veut jouer à Lorient, qui cherche à remplacer Oskar Lindqvist.",
		" date 2024-01 Mercado\n\nTobias Osei quiere jugar en el Getafe, que busca sustituir a Oskar Lindqvist.",
		" date 2024-01 Calciomercato\n\nTobias Osei vuole giocare all'Empoli, che cerca di sostituire Oskar Lindqvist.",
		" date 2024-01 Transfer-News\n\nTobias Osei will zum FC Augsburg, der einen Nachfolger für Oskar Lindqvist sucht.",
	} {
		a := x.Extract(text, Hints{})
		for _, p := range a.Players {
			if p.Name == "Oskar Lindqvist" && len(p.Suitors) > 0 {
				t.Errorf("%q: the replaced player has suitors %+v", text, p.Suitors)
			}
		}
	}
}

// TestMailbagTwoQuestions: a reader's line may ask two questions, quoted,
// before the signature; the answer under it is about the player it names,
// in the five languages.
func TestMailbagTwoQuestions(t *testing.T) {
	x := New()
	cases := []struct{ lang, q1, a1, q2, a2, club string }{
		{"en", `"What is happening with Wrenfield? Is he off to Fulham?" — Dan, Leeds`, "Fulham have asked about the winger.", `"And Rossi? Will he stay at Everton?" — Anna, York`, "He stays.", "Fulham"},
		{"fr", "« Que devient Wrenfield ? Va-t-il partir à Lens ? » (Marc, Brest)", "Le RC Lens s'intéresse à l'ailier.", "« Et Rossi ? Va-t-il rester à Lorient ? » (Julie, Caen)", "Il reste.", "Lens"},
		{"es", "«¿Qué pasa con Wrenfield? ¿Se va al Betis?» (Marta, Cádiz)", "El Betis sigue al extremo.", "«¿Y qué pasa con Rossi? ¿Seguirá en el Getafe?» (Pablo, Lugo)", "Se queda.", "Real Betis"},
		{"it", "«Che succede con Wrenfield? Va al Torino?» (Marco, Pisa)", "Il Torino ha chiesto informazioni per l'esterno.", "«E Rossi? Resterà all'Empoli?» (Giulia, Bari)", "Resta.", "Torino"},
		{"de", "„Was ist mit Wrenfield? Geht er nach Stuttgart?“ (Jonas, Kiel)", "Der VfB Stuttgart beobachtet den Flügelspieler.", "„Und Rossi? Bleibt er in Augsburg?“ (Anna, Ulm)", "Er bleibt.", "VfB Stuttgart"},
	}
	for _, tt := range cases {
		text := " date 2024-01 Mailbag\n\nOur expert answers.\n\n" + tt.q1 + "\n\n" + tt.a1 + "\n\n" + tt.q2 + "\n\n" + tt.a2
		if got, _ := stageOfPair(x, text, "Wrenfield", tt.club); got != facts.StageInterest {
			t.Errorf("%s: Wrenfield/%s stage %q, want interest", tt.lang, tt.club, got)
		}
	}
}
