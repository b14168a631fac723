package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestWantsAnotherPlayer: a person the text makes the subject of a deal
// verb whose object is a player's description, a person, or an object
// pronoun ("wants the 22-year-old", "lo quiere", "möchte ihn") acts for a
// buying club: no player, in the five languages.
func TestWantsAnotherPlayer(t *testing.T) {
	x := New()
	checkNoPlayer(t, x, []struct{ name, text, official string }{
		{"en description", " date 2024-01 Everton are closing in on Vitaliy Mykolenko. Harold Benson wants the 22-year-old in place before the weekend.", "Harold Benson"},
		{"en pronoun", " date 2024-01 Chelsea have made an offer for Conor Gallagher. Harold Benson wants him in the squad by Friday.", "Harold Benson"},
		{"fr name", " date 2023-08 Pour compenser ce départ, Julien Morel a coché le nom de Ludovic Blas. Rennes a formulé une offre au FC Nantes pour le meneur de jeu.", "Julien Morel"},
		{"fr clitic", " date 2023-08 Le PSG discute avec le LOSC pour Lucas Chevalier. Julien Morel le veut à tout prix.", "Julien Morel"},
		{"es clitic", " date 2024-01 El Barcelona negocia con el Benfica por João Neves. Javier Ortega lo quiere para reforzar el centro del campo.", "Javier Ortega"},
		{"it clitic", " date 2024-01 Il Napoli ha presentato un'offerta per Teun Koopmeiners. Marco Ferri lo vuole a tutti i costi.", "Marco Ferri"},
		{"de pronoun", " date 2024-01 Der FC Bayern verhandelt mit Leverkusen über Florian Wirtz. Jonas Weber möchte ihn unbedingt haben.", "Jonas Weber"},
		// considering a player: "considers the Dutchman", "considera l'olandese"
		{"en considers", " date 2024-08 Atalanta want €60m for Teun Koopmeiners. Harold Benson considers the Dutchman the heart of his midfield, and Napoli are in contact.", "Harold Benson"},
		{"it considera", " date 2024-08 L'Atalanta chiede 60 milioni per Teun Koopmeiners. Marco Ferri considera l'olandese il cuore del suo centrocampo e il Napoli tratta.", "Marco Ferri"},
		// the past of want: "quiso", "voulait", "voleva", "wollte"
		{"es past", " date 2024-01 Javier Ortega ya lo quiso en verano, y el Barça mantiene contactos con el Benfica.", "Javier Ortega"},
		{"fr past", " date 2024-01 Julien Morel le voulait déjà cet été, et le Barça discute avec Benfica.", "Julien Morel"},
		{"it past", " date 2024-01 Marco Ferri lo voleva già in estate, e il Barcellona tratta con il Benfica.", "Marco Ferri"},
		{"de past", " date 2024-01 Jonas Weber wollte ihn schon im Sommer, und Barcelona verhandelt mit Benfica.", "Jonas Weber"},
	})
	// the player he wants keeps his link, and a verb after "and" is
	// another subject's
	checkStages(t, x, []stageCase{
		{"fr and", " date 2024-08 Brentford s'est renseigné sur Jonas Keller et le suit toujours.", "Jonas Keller", "Brentford", facts.StageInterest},
		{"es and", " date 2024-08 El Betis preguntó por Jonas Keller y lo sigue de cerca.", "Jonas Keller", "Real Betis", facts.StageInterest},
		{"it and", " date 2024-08 Il Bologna ha chiesto informazioni su Jonas Keller e lo segue da vicino.", "Jonas Keller", "Bologna", facts.StageInterest},
		{"de and", " date 2024-08 Der VfB Stuttgart hat sich nach Jonas Keller erkundigt und beobachtet ihn weiter.", "Jonas Keller", "VfB Stuttgart", facts.StageInterest},
		{"fr player", " date 2023-08 Pour compenser ce départ, Julien Morel a coché le nom de Ludovic Blas. Rennes a formulé une offre au FC Nantes pour le meneur de jeu.", "Ludovic Blas", "Rennes", facts.StageBid},
	})
}

// TestClubOfPerson: a person a club is named after ("le club de X", "X's
// club", "il club di X", "dem Klub von X") is its owner, coach or star, not
// the player of the deal told around him.
func TestClubOfPerson(t *testing.T) {
	checkNoPlayer(t, New(), []struct{ name, text, official string }{
		{"en", " date 2023-07 The Ivorian captain has agreed terms with Al-Nassr, Tomás Ferreira's club.", "Tomás Ferreira"},
		{"fr", " date 2023-07 Le capitaine ivoirien a trouvé un accord avec Al-Nassr, le club de Tomás Ferreira.", "Tomás Ferreira"},
		{"es", " date 2023-07 El capitán marfileño ha alcanzado un acuerdo con el Al-Nassr, el club de Tomás Ferreira.", "Tomás Ferreira"},
		{"it", " date 2023-07 Il capitano ivoriano ha trovato l'accordo con l'Al-Nassr, il club di Tomás Ferreira.", "Tomás Ferreira"},
		{"de", " date 2023-07 Der ivorische Kapitän hat sich mit Al-Nassr geeinigt, dem Klub von Tomás Ferreira.", "Tomás Ferreira"},
	})
}

// TestPluralRoles: names after a plural role ("the sporting directors X
// and Y") are officials, as after a singular one.
func TestPluralRoles(t *testing.T) {
	checkNoPlayer(t, New(), []struct{ name, text, official string }{
		{"en", " date 2023-08 Chelsea's sporting directors Paul Hendry and Laurence Webb led the talks with Brighton over Moisés Caicedo.", "Paul Hendry"},
		{"fr", " date 2023-08 Les dirigeants Paul Hendry et Laurence Webb ont mené les discussions avec Brighton.", "Laurence Webb"},
		{"es", " date 2023-08 Los directores deportivos Paul Hendry y Laurence Webb negociaron con el Brighton.", "Laurence Webb"},
		{"it", " date 2023-08 I dirigenti Paul Hendry e Laurence Webb hanno trattato con il Brighton per il centrocampista.", "Laurence Webb"},
		{"de", " date 2023-08 Die Sportdirektoren Paul Hendry und Laurence Webb verhandelten mit Brighton.", "Laurence Webb"},
	})
}

// TestYouthClub: the club that brought a player up ("formé à Guingamp",
// "cresciuto nell'Empoli", "came through the ranks at") is a former club,
// no suitor.
func TestYouthClub(t *testing.T) {
	x := New()
	for _, tt := range []stageCase{
		{"en", " date 2023-08 Rennes have made a bid for Ludovic Blas, who came through the ranks at Guingamp.", "Ludovic Blas", "Guingamp", ""},
		{"en came through at", " date 2024-08 Newcastle have made a bid for Marc Guéhi, who came through at Chelsea.", "Marc Guéhi", "Chelsea", ""},
		{"fr", " date 2023-08 Rennes a formulé une offre pour Ludovic Blas, le meneur formé à Guingamp.", "Ludovic Blas", "Guingamp", ""},
		{"es", " date 2023-08 El Valencia ha presentado una oferta por Hugo Duro, formado en el Getafe.", "Hugo Duro", "Getafe", ""},
		{"it", " date 2023-08 Il Torino ha presentato un'offerta per Samuele Ricci, cresciuto nell'Empoli.", "Samuele Ricci", "Empoli", ""},
		{"de", " date 2023-08 Der BVB hat ein Angebot für Felix Nmecha abgegeben, ein Eigengewächs des VfL Wolfsburg.", "Felix Nmecha", "VfL Wolfsburg", ""},
		{"de verb last", " date 2023-08 Der BVB hat ein Angebot für Felix Nmecha abgegeben, der beim VfL Wolfsburg ausgebildet wurde.", "Felix Nmecha", "VfL Wolfsburg", ""},
	} {
		st, p := stageOfPair(x, tt.text, tt.player, tt.club)
		if st != "" || p.CurrentClub == tt.club {
			t.Errorf("%s: %s/%s stage %q, club %q: the club that brought him up is neither", tt.name, tt.player, tt.club, st, p.CurrentClub)
		}
	}
	checkStages(t, x, []stageCase{
		{"fr buyer", " date 2023-08 Rennes a formulé une offre pour Ludovic Blas, formé à Guingamp.", "Ludovic Blas", "Rennes", facts.StageBid},
	})
}

// TestComesBackToSeller: the club a buyer comes back to with a new offer
// sells the player ("Tottenham a relancé l'OL"); Spanish, Italian and
// German tell it with "con", "mit" (see dealWith).
func TestComesBackToSeller(t *testing.T) {
	checkSeller(t, New(), []stageCase{
		{"fr", " date 2019-07 Tottenham a relancé l'Olympique Lyonnais pour Tanguy Ndombele après une première offre jugée insuffisante.", "Tanguy Ndombele", "Lyon", ""},
		{"es", " date 2019-07 El Tottenham ha reabierto las negociaciones con el Lyon por Tanguy Ndombele tras una primera oferta insuficiente.", "Tanguy Ndombele", "Lyon", ""},
		{"it", " date 2019-07 Il Tottenham ha riaperto la trattativa con il Lione per Tanguy Ndombele dopo una prima offerta respinta.", "Tanguy Ndombele", "Lyon", ""},
		{"de", " date 2019-07 Tottenham verhandelt erneut mit Olympique Lyon über Tanguy Ndombele, nachdem ein erstes Angebot abgelehnt wurde.", "Tanguy Ndombele", "Lyon", ""},
	})
}

// TestWingBackOfClub: a wing-back named by his position and his club ("le
// piston du RC Lens", "el carrilero del Betis") is that club's player: the
// club is no suitor.
func TestWingBackOfClub(t *testing.T) {
	checkSeller(t, New(), []stageCase{
		{"fr", " date 2022-07 Jonathan Clauss va partir. Le piston du RC Lens est tout proche de l'OM : les deux clubs se sont entendus.", "Jonathan Clauss", "Lens", ""},
		{"es", " date 2022-07 Jonathan Clauss se marcha. El carrilero del Lens está muy cerca del Marsella: los dos clubes han llegado a un acuerdo.", "Jonathan Clauss", "Lens", ""},
		{"it", " date 2022-07 Jonathan Clauss va via. Il laterale del Lens è vicinissimo al Marsiglia: i due club hanno trovato l'accordo.", "Jonathan Clauss", "Lens", ""},
		{"de", " date 2022-07 Jonathan Clauss geht. Der Schienenspieler des RC Lens steht vor einem Wechsel zu Olympique Marseille, die Klubs sind sich einig.", "Jonathan Clauss", "Lens", ""},
	})
}

// checkSeller fails when the club of a case is linked to its player, or
// when the player is given no club: the club sells him.
func checkSeller(t *testing.T, x *Extractor, tests []stageCase) {
	t.Helper()
	for _, tt := range tests {
		st, p := stageOfPair(x, tt.text, tt.player, tt.club)
		if st != "" || p.CurrentClub == "" {
			t.Errorf("%s: %s/%s stage %q, club %q: want no link, his club", tt.name, tt.player, tt.club, st, p.CurrentClub)
		}
	}
}

// sellerCase is a text (dated 2024-07 by checkSellerKeen) telling the
// club that sells Mario Rossi.
type sellerCase struct{ name, text, seller string }

// checkSellerKeen checks, for every case, that the seller is his club and
// no suitor (checkSeller), and that the keen club keeps its interest.
func checkSellerKeen(t *testing.T, x *Extractor, keenClub string, cases []sellerCase) {
	t.Helper()
	var sellers, keen []stageCase
	for _, c := range cases {
		text := " date 2024-07 " + c.text
		sellers = append(sellers, stageCase{c.name, text, "Mario Rossi", c.seller, ""})
		keen = append(keen, stageCase{c.name + " keen", text, "Mario Rossi", keenClub, facts.StageInterest})
	}
	checkSeller(t, x, sellers)
	checkStages(t, x, keen)
}

// TestPartiesOfADeal: of two clubs told agreeing on a player ("A and B
// have reached an agreement"), the one the article tells pursuing him
// elsewhere buys him and the other sells: it is his club, no suitor. Clubs
// only listed together ("Manchester City and Chelsea are keen") both pursue.
func TestPartiesOfADeal(t *testing.T) {
	x := New()
	texts := map[string]string{
		"en": "Chelsea want Samu Omorodion. Atlético Madrid and Chelsea have reached an agreement for the striker.",
		"fr": "Chelsea veut Samu Omorodion. L'Atlético de Madrid et Chelsea se sont entendus pour l'attaquant.",
		"es": "El Chelsea quiere a Samu Omorodion. El Atlético de Madrid y el Chelsea han cerrado un acuerdo por el delantero.",
		"it": "Il Chelsea vuole Samu Omorodion. L'Atlético Madrid e il Chelsea hanno raggiunto l'accordo per l'attaccante.",
		"de": "Chelsea ist an Samu Omorodion interessiert. Atlético Madrid und Chelsea haben sich über den Stürmer geeinigt.",
	}
	checkSeller(t, x, perLanguage(texts, "2024-07", "Samu Omorodion", pairWant{"Atlético Madrid", ""}))
	checkStages(t, x, perLanguage(texts, "2024-07", "Samu Omorodion", pairWant{"Chelsea", facts.StageAdvanced}))
	checkStages(t, x, perLanguage(map[string]string{
		"en": "Manchester City and Chelsea are keen on Samu Omorodion.",
		"fr": "Manchester City et Chelsea s'intéressent à Samu Omorodion.",
		"es": "El Manchester City y el Chelsea siguen a Samu Omorodion.",
		"it": "Il Manchester City e il Chelsea seguono Samu Omorodion.",
		"de": "Manchester City und Chelsea sind an Samu Omorodion interessiert.",
	}, "2024-07", "Samu Omorodion", pairWant{"Manchester City", facts.StageInterest}, pairWant{"Chelsea", facts.StageInterest}))
}

// TestLoanHost: the club a player is on loan at ("on loan at Sunderland",
// "cedido en el Girona", "leihweise beim FC Burnley"), or one a comma sets
// apart from the deal of the sentence ("…, attualmente in prestito al
// Parma"), is where he plays for now: no suitor.
func TestLoanHost(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2023-08 Coventry are in talks with Everton over a permanent deal for Ellis Simms, who impressed on loan at Sunderland last season.", "Ellis Simms", "Sunderland", ""},
		{"fr", " date 2023-08 Le PSG négocie avec Lyon pour Rayan Cherki, actuellement en prêt à Lens.", "Rayan Cherki", "Lens", ""},
		{"es", " date 2023-08 El Betis negocia con el Barcelona por Ansu Fati, que está cedido en el Girona.", "Ansu Fati", "Girona", ""},
		{"it", " date 2020-01 La Juventus ha trovato l'accordo con l'Atalanta per Dejan Kulusevski, attualmente in prestito al Parma.", "Dejan Kulusevski", "Parma", ""},
		{"de", " date 2023-08 Der BVB verhandelt mit dem FC Chelsea über Ian Maatsen, der leihweise beim FC Burnley spielt.", "Ian Maatsen", "Burnley", ""},
		// a loan the deal is about is a move
		{"en move", " date 2023-08 Burnley have agreed a loan with Chelsea for Ian Maatsen.", "Ian Maatsen", "Burnley", facts.StageAdvanced},
	})
}

// TestLoanRequestTurnedDown: a request for a loan is an offer, and the
// club that turns it down sells ("Chelsea have turned down Bayern's loan
// request", "die Leihanfrage der Bayern abgelehnt"); a German "lehnt … ab"
// turns an offer down as "abgelehnt" does; the club a German request goes
// to ("an den FC Chelsea") receives it.
func TestLoanRequestTurnedDown(t *testing.T) {
	x := New()
	cases := []stageCase{
		{"en", " date 2025-01 Chelsea have turned down Bayern's loan request for Trevoh Chalobah.", "Trevoh Chalobah", "Chelsea", ""},
		{"fr", " date 2025-01 Chelsea a refusé la demande de prêt du Bayern pour Trevoh Chalobah.", "Trevoh Chalobah", "Chelsea", ""},
		{"es", " date 2025-01 El Chelsea ha rechazado la petición de cesión del Bayern por Trevoh Chalobah.", "Trevoh Chalobah", "Chelsea", ""},
		{"it", " date 2025-01 Il Chelsea ha respinto la richiesta di prestito del Bayern per Trevoh Chalobah.", "Trevoh Chalobah", "Chelsea", ""},
		{"de", " date 2025-01 Der FC Chelsea hat die Leihanfrage der Bayern für Trevoh Chalobah abgelehnt.", "Trevoh Chalobah", "Chelsea", ""},
		{"de lehnt ab", " date 2025-01 Eintracht Frankfurt lehnt das Angebot von Newcastle für Hugo Ekitiké ab.", "Hugo Ekitiké", "Eintracht Frankfurt", ""},
	}
	checkSeller(t, x, cases)
	checkStages(t, x, perLanguage(map[string]string{
		"en": "Bayern have sent a loan request to Chelsea for Trevoh Chalobah.",
		"fr": "Le Bayern a envoyé une demande de prêt à Chelsea pour Trevoh Chalobah.",
		"es": "El Bayern ha enviado una petición de cesión al Chelsea por Trevoh Chalobah.",
		"it": "Il Bayern ha inviato una richiesta di prestito al Chelsea per Trevoh Chalobah.",
		"de": "Der FC Bayern hat eine Leihanfrage an den FC Chelsea für Trevoh Chalobah geschickt.",
	}, "2025-01", "Trevoh Chalobah", pairWant{"Bayern Munich", facts.StageBid}, pairWant{"Chelsea", ""}))
}

// TestFeeAgreedWithSeller: a deal with a club for an amount is made with
// the club that sells, even when the player is the sentence's subject
// ("X is close: there is an agreement with Chelsea for €16m").
func TestFeeAgreedWithSeller(t *testing.T) {
	checkSeller(t, New(), []stageCase{
		{"en", " date 2023-06 Ruben Loftus-Cheek is close: there is an agreement with Chelsea for €16m plus add-ons.", "Ruben Loftus-Cheek", "Chelsea", ""},
		{"fr", " date 2023-06 Ruben Loftus-Cheek est tout proche : il y a un accord avec Chelsea pour 16 millions d'euros.", "Ruben Loftus-Cheek", "Chelsea", ""},
		{"es", " date 2023-06 Ruben Loftus-Cheek está muy cerca: hay acuerdo con el Chelsea por 16 millones de euros.", "Ruben Loftus-Cheek", "Chelsea", ""},
		{"it", " date 2023-06 Ruben Loftus-Cheek è a un passo: c'è l'accordo con il Chelsea per 16 milioni più bonus.", "Ruben Loftus-Cheek", "Chelsea", ""},
		{"de", " date 2023-06 Ruben Loftus-Cheek steht kurz vor dem Wechsel: Es gibt eine Einigung mit dem FC Chelsea über 16 Millionen Euro.", "Ruben Loftus-Cheek", "Chelsea", ""},
	})
}

// TestTermsWithPlayerTalksWithClub: "terms agreed with the player and
// talks with Udinese" — the club of the second clause is talked to, so it
// sells; who is agreed with in the first clause does not deal ("è", is,
// is no Italian "e", and).
func TestTermsWithPlayerTalksWithClub(t *testing.T) {
	texts := map[string]string{
		"en": "Napoli are ahead for Lorenzo Lucca: there is an agreement with the player and talks with Udinese are going on.",
		"fr": "Naples est en avance pour Lorenzo Lucca : il y a un accord avec le joueur et les discussions avec l'Udinese avancent.",
		"es": "El Nápoles va por delante por Lorenzo Lucca: hay acuerdo con el jugador y negocia con el Udinese.",
		"it": "Il Napoli è in vantaggio per Lorenzo Lucca: c'è l'intesa con il giocatore e si tratta con l'Udinese.",
		"de": "Neapel liegt bei Lorenzo Lucca vorn: Mit dem Spieler ist man sich einig und verhandelt mit Udinese.",
	}
	checkSeller(t, New(), perLanguage(texts, "2025-08", "Lorenzo Lucca", pairWant{"Udinese", ""}))
}

// TestAndAsWritten: the Italian "è" (is) folds to "e" (and) but is no
// "and"; the Spanish "y", the French "et" and the German "und" are.
func TestAndAsWritten(t *testing.T) {
	x := New()
	for _, tt := range []struct {
		text, word string
		want       bool
	}{
		{"Il Napoli è pronto e il Milan aspetta la risposta del giocatore.", "è", false},
		{"Il Napoli è pronto e il Milan aspetta la risposta del giocatore.", "e", true},
		{"El Valencia y el Manchester City han alcanzado un acuerdo.", "y", true},
		{"L'OM et West Ham se sont entendus sur la base d'une indemnité.", "et", true},
		{"Brighton und Chelsea haben sich über den Spieler geeinigt.", "und", true},
	} {
		d := newDoc(x, tt.text)
		found := false
		for i, w := range d.words {
			if d.text[w.start:w.end] == tt.word {
				found = true
				if got := d.andAt(i); got != tt.want {
					t.Errorf("%q in %q: andAt %v, want %v", tt.word, tt.text, got, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%q not in %q", tt.word, tt.text)
		}
	}
}

// TestAnswersFee: a person who turns down, accepts or asks a fee acts for
// the selling club ("Jean Morel had turned down a first offer of €35m"), no
// player; one who turns down a contract may be the player.
func TestAnswersFee(t *testing.T) {
	x := New()
	checkNoPlayer(t, x, []struct{ name, text, official string }{
		{"en", " date 2022-01 Jean Morel had turned down a first offer of €35m last week. Arsenal are also keen on the Brazilian midfielder.", "Jean Morel"},
		{"fr", " date 2022-01 Jean Morel avait repoussé une première offre de 35 millions d'euros. Arsenal suit aussi le milieu brésilien.", "Jean Morel"},
		{"es", " date 2022-01 Jean Morel rechazó una primera oferta de 35 millones de euros. El Arsenal también sigue al centrocampista brasileño.", "Jean Morel"},
		{"it", " date 2022-01 Jean Morel ha respinto una prima offerta da 35 milioni di euro. Anche l'Arsenal segue il centrocampista brasiliano.", "Jean Morel"},
		{"de", " date 2022-01 Jean Morel lehnte ein erstes Angebot über 35 Millionen Euro ab. Auch Arsenal beobachtet den brasilianischen Mittelfeldspieler.", "Jean Morel"},
		{"it asks", " date 2022-07 Urbano Rossi chiede 50 milioni di euro. La Juventus segue il difensore brasiliano.", "Urbano Rossi"},
	})
	checkStages(t, x, []stageCase{
		{"en contract", " date 2023-08 Harry Kane has turned down a new contract worth £400,000 a week. Bayern Munich are keen on Kane.", "Harry Kane", "Bayern Munich", facts.StageInterest},
	})
}

// TestWishOf: a person whose priority, list or wish the text tells ("la
// prioridad de X", "sulla lista di X", "X's top target") wants a player:
// he buys for a club, no player.
func TestWishOf(t *testing.T) {
	checkNoPlayer(t, New(), []struct{ name, text, official string }{
		{"en", " date 2024-07 Atlético Madrid are in talks with Villarreal: the midfielder is Diego Ortega's top target.", "Diego Ortega"},
		{"fr", " date 2024-07 L'Atlético de Madrid discute avec Villarreal : le milieu est la priorité de Diego Ortega.", "Diego Ortega"},
		{"es", " date 2024-07 El Atlético de Madrid negocia con el Villarreal por el centrocampista, que es la prioridad de Diego Ortega.", "Diego Ortega"},
		{"it", " date 2024-07 L'Atlético Madrid tratta con il Villarreal: il centrocampista è il primo nome sulla lista di Diego Ortega.", "Diego Ortega"},
		{"de", " date 2024-07 Atlético Madrid verhandelt mit Villarreal: Der Mittelfeldspieler ist die Priorität von Diego Ortega.", "Diego Ortega"},
	})
}

// TestFormerPositionPrefix: "the ex-goalkeeper of Athletic" names a former
// club, no suitor; Spanish writes the prefix as one word with the noun
// ("el exportero del Athletic"), the other languages apart or hyphened.
func TestFormerPositionPrefix(t *testing.T) {
	checkStages(t, New(), perLanguage(map[string]string{
		"en": "Kepa Arrizabalaga is wanted by Real Madrid. The ex-goalkeeper of Athletic Club wanted to come back to Madrid.",
		"fr": "Kepa Arrizabalaga est voulu par le Real Madrid. L'ex-gardien de l'Athletic Bilbao voulait revenir à Madrid.",
		"es": "Kepa Arrizabalaga es seguido por el Real Madrid. El exportero del Athletic quería volver a Madrid.",
		"it": "Kepa Arrizabalaga è seguito dal Real Madrid. L'ex portiere dell'Athletic Bilbao voleva tornare a Madrid.",
		"de": "Kepa Arrizabalaga wird von Real Madrid umworben. Der Ex-Torhüter von Athletic Bilbao wollte zurück nach Madrid.",
	}, "2018-08", "Kepa Arrizabalaga", pairWant{"Athletic Club", ""}))
}

// TestAcceptsInThePresent: the club that accepts an offer, told in the
// present ("City accept €75m", "el City acepta 75 millones"), sells.
func TestAcceptsInThePresent(t *testing.T) {
	checkSeller(t, New(), perLanguage(map[string]string{
		"en": "Atlético Madrid are close to Julián Álvarez: Manchester City accept €75m for the striker.",
		"fr": "L'Atlético de Madrid est proche de Julián Álvarez : Manchester City acceptent 75 millions d'euros pour l'attaquant.",
		"es": "El Atlético de Madrid, a un paso de Julián Álvarez: el City acepta 75 millones fijos por el delantero.",
		"it": "L'Atlético Madrid è vicino a Julián Álvarez: il Manchester City accetta 75 milioni per l'attaccante.",
		"de": "Atlético Madrid steht vor der Verpflichtung von Julián Álvarez: Manchester City akzeptierte 75 Millionen Euro für den Stürmer.",
	}, "2024-08", "Julián Álvarez", pairWant{"Manchester City", ""}))
}

// TestDeniedStep: a step of a deal right after a denial word is denied,
// not taken ("Liverpool have denied making an offer", "niega cualquier
// oferta"); in German the denial closes the clause ("hat ein Angebot …
// dementiert"). The club has made no bid.
func TestDeniedStep(t *testing.T) {
	x := New()
	for _, tt := range perLanguage(map[string]string{
		"en": "Liverpool have denied making an offer for Nicolas Pépé.",
		"fr": "Liverpool dément toute offre pour Nicolas Pépé.",
		"es": "El Liverpool niega cualquier oferta por Nicolas Pépé.",
		"it": "Il Liverpool smentisce qualsiasi offerta per Nicolas Pépé.",
		"de": "Der FC Liverpool hat ein Angebot für Nicolas Pépé dementiert.",
	}, "2019-07", "Nicolas Pépé", pairWant{"Liverpool", ""}) {
		if st, _ := stageOfPair(x, tt.text, tt.player, tt.club); st == facts.StageBid {
			t.Errorf("%s: %s/%s stage bid: the offer is denied", tt.name, tt.player, tt.club)
		}
	}
}

// TestAskedClub: the club a buyer asks about a player sells him ("Barcelona
// have asked Manchester City about João Cancelo", "ha preguntado al
// Manchester City por", "ha chiesto informazioni al", "s'est renseigné
// auprès de"). German puts the verb last ("bei City angefragt"): not read.
func TestAskedClub(t *testing.T) {
	checkSeller(t, New(), perLanguage(map[string]string{
		"en": "Barcelona have asked Manchester City about João Cancelo.",
		"fr": "Le Barça s'est renseigné auprès de Manchester City pour João Cancelo.",
		"es": "El Barcelona ha preguntado al Manchester City por la situación de João Cancelo.",
		"it": "Il Barcellona ha chiesto informazioni al Manchester City per João Cancelo.",
	}, "2023-08", "João Cancelo", pairWant{"Manchester City", ""}))
}

// TestSpeaksOfAnother: a person whose words about another player the text
// quotes after a colon ("Paul Moreau l'a répété : Jonathan David ne partira
// pas") speaks for the player's club, no player; a heading's name and colon
// ("Harry Kane: …") is the player of the section.
func TestSpeaksOfAnother(t *testing.T) {
	x := New()
	checkNoPlayer(t, x, []struct{ name, text, official string }{
		{"en", " date 2023-08 Paul Moreau has been clear: Jonathan David will not leave this summer. The Canadian striker has been approached by Tottenham.", "Paul Moreau"},
		{"fr", " date 2023-08 Paul Moreau l'a répété : Jonathan David ne partira pas cet été. L'attaquant canadien a pourtant été approché par Tottenham.", "Paul Moreau"},
		{"es", " date 2023-08 Paul Moreau lo tiene claro: «Jonathan David se queda». El Tottenham sigue al delantero canadiense.", "Paul Moreau"},
		{"it", " date 2023-08 Paul Moreau l'ha ribadito: Jonathan David non partirà. Il Tottenham segue l'attaccante canadese.", "Paul Moreau"},
		{"de", " date 2023-08 Paul Moreau stellte klar: Jonathan David bleibt. Tottenham beobachtet den kanadischen Stürmer.", "Paul Moreau"},
	})
	checkStages(t, x, []stageCase{
		{"en heading", " date 2023-08 Transfer news\n\nHarry Kane: Bayern Munich are in talks with Daniel Levy over the striker.", "Harry Kane", "Bayern Munich", facts.StageTalks},
	})
}
