package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestDealWith: the club a buyer negotiates or agrees with is the seller,
// his club and no suitor; the club the player himself agrees with is a
// suitor.
func TestDealWith(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2023-07 Manchester City are negotiating with Leipzig over Joško Gvardiol.", "Joško Gvardiol", "RB Leipzig"},
		{" date 2024-06 L'AC Milan a entamé les discussions avec l'AS Monaco pour Youssouf Fofana.", "Youssouf Fofana", "Monaco"},
		{" date 2023-01 El Chelsea mantiene conversaciones con el Benfica por Enzo Fernández.", "Enzo Fernández", "Benfica"},
		{" date 2025-08 L'Inter ha avviato una trattativa con l'Atalanta per Ademola Lookman.", "Ademola Lookman", "Atalanta"},
		{" date 2023-07 Manchester City verhandelt mit RB Leipzig über Joško Gvardiol.", "Joško Gvardiol", "RB Leipzig"},
	})
	for _, tc := range []struct{ name, text, player, club string }{
		{"en seller", " date 2023-07 Manchester City are negotiating with Leipzig over Joško Gvardiol.", "Joško Gvardiol", "RB Leipzig"},
		{"it seller", " date 2025-08 L'Inter ha avviato una trattativa con l'Atalanta per Ademola Lookman.", "Ademola Lookman", "Atalanta"},
		{"en comma with", " date 2023-07 Emile Smith Rowe could leave Arsenal, with Newcastle United ahead of the pack in the chase.", "Emile Smith Rowe", "Arsenal"},
	} {
		if st, _ := stageOfPair(x, tc.text, tc.player, tc.club); st != "" {
			t.Errorf("%s: %s/%s reported as suitor (%s)", tc.name, tc.player, tc.club, st)
		}
	}
	// the player deals: the club is his suitor
	for _, tc := range []struct{ name, text, player, club string }{
		{"fr s'engager avec", " date 2023-06 L'attaquant du Borussia Mönchengladbach Marcus Thuram va s'engager avec l'Inter Milan, avec qui un accord verbal a été trouvé.", "Marcus Thuram", "Inter Milan"},
		{"es player agrees", " date 2022-07 César Azpilicueta tiene un acuerdo con el Barcelona.", "César Azpilicueta", "Barcelona"},
		{"en comma with", " date 2023-07 Emile Smith Rowe could leave Arsenal, with Newcastle United ahead of the pack in the chase.", "Emile Smith Rowe", "Newcastle United"},
	} {
		if st, _ := stageOfPair(x, tc.text, tc.player, tc.club); st == "" {
			t.Errorf("%s: %s/%s not reported as suitor", tc.name, tc.player, tc.club)
		}
	}
}

// TestApposition: a role noun in an apposition after the name gives his
// club: "Orkun Kökçü, capitán del Feyenoord".
func TestApposition(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2023-01 El Benfica sigue a Orkun Kökçü, capitán del Feyenoord.", "Orkun Kökçü", "Feyenoord"},
		{" date 2024-06 L'ASM s'intéresse à Lamine Camara, le milieu sénégalais de 20 ans du FC Metz.", "Lamine Camara", "Metz"},
		{" date 2023-08 Chelsea are tracking Conor Gallagher, the captain of Crystal Palace.", "Conor Gallagher", "Crystal Palace"},
		{" date 2023-08 La Juventus segue Teun Koopmeiners, il centrocampista dell'Atalanta.", "Teun Koopmeiners", "Atalanta"},
		{" date 2025-06 Der FC Bayern beobachtet Nick Woltemade, Stürmer des VfB Stuttgart.", "Nick Woltemade", "VfB Stuttgart"},
	})
}

// TestStayRejectDemonym: the club a player stays at, the club that turns
// an offer down, and a demonym standing for a club ("die Leipziger", "les
// Lyonnais") are his club.
func TestStayRejectDemonym(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2019-08 Paulo Dybala resta alla Juventus.", "Paulo Dybala", "Juventus"},
		{" date 2019-08 Paulo Dybala stays at Juventus for now.", "Paulo Dybala", "Juventus"},
		{" date 2019-08 Adrien Rabiot reste au PSG.", "Adrien Rabiot", "Paris Saint-Germain"},
		{" date 2019-08 Saúl Ñíguez se queda en el Atlético de Madrid.", "Saúl Ñíguez", "Atlético Madrid"},
		{" date 2019-08 Leon Goretzka bleibt beim FC Bayern.", "Leon Goretzka", "Bayern Munich"},
		{" date 2017-08 Pese a que el Liverpool ya ha rechazado dos ofertas por Philippe Coutinho, el Barcelona insiste.", "Philippe Coutinho", "Liverpool"},
		{" date 2019-07 Il Cagliari ha respinto la prima proposta dell'Inter per Nicolò Barella.", "Nicolò Barella", "Cagliari"},
	})
	for _, tc := range []struct{ name, text, player, club string }{
		{"de reject after bid", " date 2023-07 RB Leipzig will Joško Gvardiol halten. Der FC Chelsea hatte ein Angebot abgegeben, das die Leipziger ablehnten.", "Joško Gvardiol", "RB Leipzig"},
		{"fr demonym", " date 2023-07 Manchester City a trouvé un accord avec l'Olympique Lyonnais. Les Lyonnais vendent Rayan Cherki.", "Rayan Cherki", "Lyon"},
		{"es reject", " date 2017-08 Pese a que el Liverpool ya ha rechazado dos ofertas por Philippe Coutinho, el Barcelona insiste.", "Philippe Coutinho", "Liverpool"},
	} {
		if st, _ := stageOfPair(x, tc.text, tc.player, tc.club); st != "" {
			t.Errorf("%s: %s/%s reported as suitor (%s)", tc.name, tc.player, tc.club, st)
		}
	}
}

// TestLoanedAt: the club a player is on loan at is no suitor.
func TestLoanedAt(t *testing.T) {
	x := New()
	for _, tc := range []struct{ name, text, player, club string }{
		{"it in prestito al", " date 2020-06 L'Inter segue Achraf Hakimi, reduce da due stagioni in prestito al Borussia Dortmund.", "Achraf Hakimi", "Borussia Dortmund"},
		{"en on loan at", " date 2020-06 Arsenal are tracking Conor Gallagher, who is on loan at Crystal Palace.", "Conor Gallagher", "Crystal Palace"},
		{"fr en prêt à", " date 2020-06 Le PSG suit Malo Gusto, actuellement en prêt à l'OL.", "Malo Gusto", "Lyon"},
	} {
		if st, _ := stageOfPair(x, tc.text, tc.player, tc.club); st != "" {
			t.Errorf("%s: %s/%s reported as suitor (%s)", tc.name, tc.player, tc.club, st)
		}
	}
}

// TestDealOverPlayer: the club a deal is made with sells the player it is
// about ("talks with Villarreal over X"), even when no buying club is
// named nearby, in the five languages; the buyer keeps its stage.
func TestDealOverPlayer(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en over", " date 2022-08 Sporting director Dan Ashworth has opened talks with Villarreal over Pervis Estupiñán.", "Pervis Estupiñán", "Villarreal", ""},
		{"en brackets", " date 2023-08 Chelsea have agreed a fee (£100m) with Brighton for Moisés Caicedo.", "Moisés Caicedo", "Brighton & Hove Albion", ""},
		{"en brackets buyer", " date 2023-08 Chelsea have agreed a fee (£100m) with Brighton for Moisés Caicedo.", "Moisés Caicedo", "Chelsea", facts.StageAdvanced},
		{"fr pour", " date 2024-07 Le directeur sportif Luis Campos a ouvert des discussions avec Lille pour Leny Yoro.", "Leny Yoro", "Lille", ""},
		{"es por", " date 2024-07 El director deportivo Deco negocia con el Benfica por João Neves.", "João Neves", "Benfica", ""},
		{"it per", " date 2024-07 Il direttore sportivo Cristiano Giuntoli tratta con l'Atalanta per Teun Koopmeiners.", "Teun Koopmeiners", "Atalanta", ""},
		{"de über", " date 2024-07 Sportvorstand Max Eberl verhandelt mit Leverkusen über Jonathan Tah.", "Jonathan Tah", "Bayer Leverkusen", ""},
	})
}

// TestRenewalMadeOfficial: a renewal of his contract made official is no
// signing: the club is his, not a suitor, in the five languages.
func TestRenewalMadeOfficial(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2024-07 Arsenal have officially confirmed the extension of Bukayo Saka's contract.", "Bukayo Saka", "Arsenal", ""},
		{"fr", " date 2024-07 C'est officiel : le PSG a signé la prolongation de Warren Zaïre-Emery.", "Warren Zaïre-Emery", "Paris Saint-Germain", ""},
		{"es", " date 2024-07 El Real Madrid ha hecho oficial la renovación de Fede Valverde.", "Fede Valverde", "Real Madrid", ""},
		{"it", " date 2024-07 La Juventus ha reso ufficiale il rinnovo di Federico Gatti.", "Federico Gatti", "Juventus", ""},
		{"de", " date 2024-07 Nico Schlotterbeck hat die Verlängerung unterschrieben, sagt der BVB.", "Nico Schlotterbeck", "Borussia Dortmund", ""},
	})
	checkCurrent(t, x, []clubCase{
		{" date 2024-07 La Juventus ha reso ufficiale il rinnovo di Federico Gatti.", "Federico Gatti", "Juventus"},
	})
}

// TestAzzurriAfterTheirClub: "gli azzurri" is the club of that name the
// article named before (Napoli or Empoli; the national team otherwise): an
// official's bid after it is that club's (an Italian form).
func TestAzzurriAfterTheirClub(t *testing.T) {
	x := New()
	text := " date 2024-07 Calciomercato\n\nIl Napoli ha ceduto Luca Bianchi al Genoa.\n\nOra gli azzurri cercano un sostituto. Il presidente ha offerto alla Fiorentina 30 milioni di euro per Marco Rossi."
	checkStages(t, x, []stageCase{{"it azzurri", text, "Marco Rossi", "Napoli", facts.StageBid}})
	checkStages(t, x, []stageCase{{"it azzurri national team", " date 2024-07 Calciomercato\n\nGli azzurri cercano un attaccante. Il presidente ha offerto alla Fiorentina 30 milioni di euro per Marco Rossi.", "Marco Rossi", "Napoli", ""}})
}

// TestLoanedByTo: "loaned by his club to another" names where he plays on
// loan, no suitor ("Prêté par Chelsea au RC Strasbourg", "on loan from
// Chelsea at Strasbourg", "cedido por el Chelsea al Girona", "in prestito
// dal Chelsea al Parma"), while the club that wants him keeps its link.
func TestLoanedByTo(t *testing.T) {
	x := New()
	cases := []struct{ lang, text, host, suitor string }{
		{"en", " date 2025-03 Gossip\n\nMarco Rossi, on loan from Chelsea at Strasbourg, is wanted by Fulham.", "Strasbourg", "Fulham"},
		{"fr", " date 2025-03 Mercato\n\nPrêté par Chelsea au RC Strasbourg, Marco Rossi est suivi par le RC Lens.", "Strasbourg", "Lens"},
		{"es", " date 2025-03 Mercado\n\nMarco Rossi, cedido por el Chelsea al Girona, interesa al Betis.", "Girona", "Real Betis"},
		{"it", " date 2025-03 Calciomercato\n\nMarco Rossi, in prestito dal Chelsea al Parma, piace al Bologna.", "Parma", "Bologna"},
	}
	for _, tt := range cases {
		checkStages(t, x, []stageCase{
			{tt.lang + " host", tt.text, "Marco Rossi", tt.host, ""},
			{tt.lang + " suitor", tt.text, "Marco Rossi", tt.suitor, facts.StageInterest},
		})
	}
}

// TestDealsAfterRelative: the player who deals with a club, a relative
// clause about his contract between him and the verb, is not the club's
// seller: the club is his suitor, in the five languages ("Aaron Ramsey,
// whose Arsenal contract expires next summer, is in talks with Juventus").
func TestDealsAfterRelative(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2024-01 Gossip\n\nMarco Rossi, whose Fulham contract expires next summer, is in talks with Brentford.", "Marco Rossi", "Brentford", facts.StageTalks},
		{"fr", " date 2024-01 Mercato\n\nMarco Rossi, dont le contrat à Lorient expire l'été prochain, est en discussions avec le RC Lens.", "Marco Rossi", "Lens", facts.StageTalks},
		{"es", " date 2024-01 Mercado\n\nMarco Rossi, cuyo contrato en el Getafe termina en junio, negocia con el Betis.", "Marco Rossi", "Real Betis", facts.StageTalks},
		{"it", " date 2024-01 Calciomercato\n\nMarco Rossi, il cui contratto all'Empoli scade a giugno, è in trattativa con il Bologna.", "Marco Rossi", "Bologna", facts.StageTalks},
		{"de", " date 2024-01 Transfer-News\n\nMarco Rossi, dessen Vertrag beim FC Augsburg ausläuft, verhandelt mit dem VfL Wolfsburg.", "Marco Rossi", "VfL Wolfsburg", facts.StageTalks},
	})
}
