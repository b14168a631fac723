package extract

import "testing"

// TestLeavesHisClub: the club a player is told leaving, now or to come, is
// his club, in the five languages; one he left in the past is not
// (French "a quitté" is no "quitte": the accent tells them apart).
func TestLeavesHisClub(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2022-01-15 According to reports, Mario Rossi will leave Everton this summer.", "Mario Rossi", "Everton"},
		{" date 2022-01-15 Selon la presse, le dossier avance. Mario Rossi va quitter le FC Nantes.", "Mario Rossi", "Nantes"},
		{" date 2022-01-15 Selon la presse, le dossier avance : Mario Rossi quitte le FC Nantes pour le Stade Rennais.", "Mario Rossi", "Nantes"},
		{" date 2022-01-15 Según la prensa, Mario Rossi dejará el Real Betis este verano.", "Mario Rossi", "Real Betis"},
		{" date 2022-01-15 Secondo la stampa, Mario Rossi lascerà il Torino in estate.", "Mario Rossi", "Torino"},
		{" date 2022-01-15 Laut Medienberichten wird Mario Rossi den VfL Bochum im Sommer verlassen.", "Mario Rossi", "Bochum"},
		{" date 2022-01-15 Selon la presse, Mario Rossi a quitté le FC Nantes et joue désormais au Stade Rennais.", "Mario Rossi", "Rennes"},
	})
}

// TestContractPlace: a city right after a locative that a contract word
// touches is his club ("Vertrag in Mainz", "son contrat à Lyon"); a city
// after a locative otherwise stays a place.
func TestContractPlace(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2025-06-05 Eintracht Frankfurt will Mario Rossi holen. Sein Vertrag in Mainz läuft noch bis Juni 2026.", "Mario Rossi", "FSV Mainz 05"},
		{" date 2025-06-05 Eintracht Frankfurt will Mario Rossi holen. Er besitzt in Mainz einen Vertrag bis 2026.", "Mario Rossi", "FSV Mainz 05"},
		{" date 2025-06-05 Selon la presse, le Stade Rennais veut Mario Rossi. Son contrat à Lyon court jusqu'en 2026.", "Mario Rossi", "Lyon"},
		{" date 2025-06-05 Secondo la stampa, il Napoli segue Mario Rossi. Il suo contratto a Torino scade nel 2026.", "Mario Rossi", "Torino"},
		{" date 2025-06-05 Según la prensa, el Betis sigue a Mario Rossi. Su contrato en Sevilla termina en 2026.", "Mario Rossi", "Sevilla"},
		{" date 2025-06-05 Mario Rossi, who lives in Manchester, has a contract until 2026.", "Mario Rossi", ""},
	})
}

// TestFormerFromClub: the club he moved from in a move told in the past,
// from one club to another, is no longer his, in the five languages; a
// loan word beside the from-club keeps it his parent club, one elsewhere
// in the sentence does not; people "of" a club ("Vertreter von") say
// nothing of where he comes from.
func TestFormerFromClub(t *testing.T) {
	x := New()
	checkNotCurrent(t, x, []clubCase{
		{" date 2021-02-12 In 2019, Mario Rossi moved from Everton to Leeds United for £20m.", "Mario Rossi", "Everton"},
		{" date 2021-02-12 En 2019, Mario Rossi est passé en provenance du FC Nantes au Stade Rennais pour 20 millions d'euros.", "Mario Rossi", "Nantes"},
		{" date 2021-02-12 En 2019, Mario Rossi pasó procedente del Real Betis al Sevilla por 20 millones.", "Mario Rossi", "Real Betis"},
		{" date 2021-02-12 Nel 2019, Mario Rossi è passato dal Torino al Napoli per 20 milioni.", "Mario Rossi", "Torino"},
		{" date 2021-02-12 Der Abwehrspieler Mario Rossi kam 2019 für 20 Millionen Euro vom VfL Bochum nach Dortmund, nachdem er zuvor an Union Berlin ausgeliehen war.", "Mario Rossi", "Bochum"},
		{" date 2024-07-12 Mario Rossi, who starred on loan at Ajax in 2022-23 and joined Everton from Carlisle United as a teenager, is wanted by Chelsea.", "Mario Rossi", "Carlisle United"},
		{" date 2024-11-12 Laut Sky haben Vertreter von Manchester United bei Mario Rossi vorgefühlt. Der VfL Bochum will verlängern.", "Mario Rossi", "Manchester United"},
	})
	checkCurrent(t, x, []clubCase{
		{" date 2021-02-12 Mario Rossi joined Newcastle United on loan from Chelsea this season.", "Mario Rossi", "Chelsea"},
	})
}

// TestRelativeContractHeld: a deal verb before a relative clause is not
// what the clause's contract does: "have met X, whose contract expires in
// 2026" is the contract he holds (rule contract:held-until), not a new one.
func TestRelativeContractHeld(t *testing.T) {
	x := New()
	for _, text := range []string{
		" date 2024-02-12 Representatives from Manchester United have met Mario Rossi, whose contract at Everton expires in 2026.",
		" date 2024-02-12 Le PSG a rencontré Mario Rossi, dont le contrat avec Lorient expire en 2026.",
		" date 2024-02-12 El Betis negocia con Mario Rossi, cuyo contrato con el Cádiz termina en 2026.",
		" date 2024-02-12 Il Napoli tratta con Mario Rossi, il cui contratto con il Torino scade nel 2026.",
		" date 2024-02-12 Der BVB verhandelt mit Mario Rossi, dessen Vertrag beim VfL Bochum 2026 ausläuft.",
	} {
		if rule := contractRule(x, text, "Mario Rossi"); rule != "contract:held-until" {
			t.Errorf("%q: contract rule %q, want contract:held-until", text, rule)
		}
	}
}

// checkNotCurrent extracts every case and fails when the player's current
// club is the one the case names (want: the club he must not have).
func checkNotCurrent(t *testing.T, x *Extractor, tests []clubCase) {
	t.Helper()
	for _, tt := range tests {
		if _, p := stageOfPair(x, tt.text, tt.player, ""); p.CurrentClub == tt.want {
			t.Errorf("%q: current club %q", tt.text, p.CurrentClub)
		}
	}
}

// contractRule returns the first rule that read the player's contract.
func contractRule(x *Extractor, text, player string) string {
	_, e := x.Explain(text, Hints{})
	for _, p := range e.Players {
		if p.Name == player && len(p.Contract) > 0 {
			return p.Contract[0].Rule
		}
	}
	return ""
}

// TestValuingClub: the club that puts a figure on the player ("Leicester
// value Barnes at £40m") is his, in the five languages (rule
// selling-club).
func TestValuingClub(t *testing.T) {
	x := New()
	tests := []clubCase{
		{" date 2023-06-26 Arsenal are keen on Mario Rossi, but Leicester value him at around £40m.", "Mario Rossi", "Leicester City"},
		{" date 2023-06-26 Le Stade Rennais suit Mario Rossi, mais l'OL estime le joueur à 40 millions d'euros.", "Mario Rossi", "Lyon"},
		{" date 2023-06-26 El Sevilla sigue a Mario Rossi, pero el Betis valora al jugador en 40 millones de euros.", "Mario Rossi", "Real Betis"},
		{" date 2023-06-26 Il Napoli segue Mario Rossi, ma il Torino valuta il giocatore 40 milioni di euro.", "Mario Rossi", "Torino"},
		{" date 2023-06-26 Schalke beobachtet Mario Rossi, aber der VfL Bochum bewertet den Spieler mit 40 Millionen Euro.", "Mario Rossi", "Bochum"},
	}
	checkCurrent(t, x, tests)
	for _, tt := range tests {
		if !hasClubRule(x, tt.text, tt.player, "selling-club") {
			t.Errorf("%q: no selling-club rule for his club", tt.text)
		}
	}
}

// hasClubRule reports whether rule weighed a club as the player's.
func hasClubRule(x *Extractor, text, player, rule string) bool {
	_, e := x.Explain(text, Hints{})
	for _, p := range e.Players {
		for _, r := range p.CurrentClub {
			if p.Name == player && r.Rule == rule {
				return true
			}
		}
	}
	return false
}

// TestClubBeforeName: a club named right before a player in a description
// is his ("il centrocampista del Torino Mario Rossi": the club article
// keeps "Torino" from his name), and so is the club whose possessive
// opens an apposition naming him ("Leicester's other prized asset, Harvey
// Barnes"), in the languages where each form exists.
func TestClubBeforeName(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2024-06-05 El Sevilla sigue al delantero del Betis Mario Rossi.", "Mario Rossi", "Real Betis"},
		{" date 2024-06-05 Il Napoli segue il centrocampista del Torino Mario Rossi.", "Mario Rossi", "Torino"},
		{" date 2024-06-05 Le Stade Rennais suit le milieu du Milan Mario Rossi.", "Mario Rossi", "AC Milan"},
		{" date 2024-06-05 Newcastle are in the running for Leicester's other prized asset, Mario Rossi.", "Mario Rossi", "Leicester City"},
		{" date 2024-06-05 Die Bayern wollen Leverkusens größtes Juwel, Mario Rossi, holen.", "Mario Rossi", "Bayer Leverkusen"},
		{" date 2024-06-05 Arsenal's bid for the player, Mario Rossi, was rejected.", "Mario Rossi", ""},
	})
}

// TestLoanParentClub: the club that loans a player out is his club, the
// club he is loaned to is not ("Le PSG a prêté X au FC Nantes" is no "X
// of Nantes"), in the five languages.
func TestLoanParentClub(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2024-08-31 According to reports, Chelsea have loaned out Mario Rossi to Everton for the season.", "Mario Rossi", "Chelsea"},
		{" date 2024-08-31 Selon la presse, le PSG a prêté Mario Rossi au FC Nantes pour une saison.", "Mario Rossi", "Paris Saint-Germain"},
		{" date 2024-08-31 Según la prensa, el Atlético ha cedido a Mario Rossi al Getafe hasta final de temporada.", "Mario Rossi", "Atlético Madrid"},
		{" date 2024-08-31 Secondo la stampa, la Juventus ha ceduto in prestito Mario Rossi al Torino per una stagione, con il diritto di riscatto.", "Mario Rossi", "Juventus"},
		{" date 2024-08-31 Laut Medienberichten verleiht der FC Bayern Mario Rossi an den VfL Bochum.", "Mario Rossi", "Bayern Munich"},
	})
}

// TestContractAtGround: a name right after the contract word and a
// preposition is where he plays ("his deal at Turf Moor"), not who holds
// the contract.
func TestContractAtGround(t *testing.T) {
	x := New()
	checkExpiry(t, x, []expiryCase{
		{" date 2022-01-12 James Tarkowski is wanted by Newcastle. The 29-year-old's deal at Turf Moor expires at the end of the season.", "James Tarkowski", "2022-06"},
		{" date 2022-01-12 Selon la presse, Rennes suit Mario Rossi. Son contrat à Geoffroy-Guichard expire en 2026.", "Mario Rossi", "2026"},
		{" date 2022-01-12 Según la prensa, el Betis sigue a Mario Rossi. Su contrato en Anoeta termina en 2026.", "Mario Rossi", "2026"},
		{" date 2022-01-12 Secondo la stampa, il Napoli segue Mario Rossi. Il suo contratto al Bentegodi scade nel 2026.", "Mario Rossi", "2026"},
	})
}

// TestClubRoleNoun: the club before a noun of his standing in its squad is
// his ("the Everton academy graduate X", "il pilastro del Torino X", "der
// Stammspieler des VfL Bochum X"), in the five languages.
func TestClubRoleNoun(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2024-06-05 Newcastle are keen on the Everton academy graduate Mario Rossi.", "Mario Rossi", "Everton"},
		{" date 2024-06-05 Newcastle are keen on the Everton skipper Mario Rossi.", "Mario Rossi", "Everton"},
		{" date 2024-06-05 Le Stade Rennais s'intéresse au titulaire nantais Mario Rossi.", "Mario Rossi", "Nantes"},
		{" date 2024-06-05 El Sevilla sigue al pilar del Betis Mario Rossi.", "Mario Rossi", "Real Betis"},
		{" date 2024-06-05 Il Napoli segue il pilastro del Torino Mario Rossi.", "Mario Rossi", "Torino"},
		{" date 2024-06-05 Schalke beobachtet den Stammspieler des VfL Bochum Mario Rossi.", "Mario Rossi", "Bochum"},
	})
}

// TestHeadingMove: a club a heading sends a player to ("Jadon Sancho to
// Chelsea", "Sancho zu Chelsea") is where a move goes, not the club the
// article is a roundup of: the players it names later are not its own.
func TestHeadingMove(t *testing.T) {
	x := New()
	checkNotCurrent(t, x, []clubCase{
		{"Transfer news: Jadon Sancho to Chelsea\n\nMario Rossi is happy, the coach said.", "Mario Rossi", "Chelsea"},
		{"Mercato : Jadon Sancho au PSG\n\nMario Rossi est heureux, a dit l'entraîneur.", "Mario Rossi", "Paris Saint-Germain"},
		{"Fichajes: Jadon Sancho al Betis\n\nMario Rossi está contento, dijo el entrenador.", "Mario Rossi", "Real Betis"},
		{"Calciomercato: Jadon Sancho al Napoli\n\nMario Rossi è contento, ha detto l'allenatore.", "Mario Rossi", "Napoli"},
		{"Transfer-Ticker: Jadon Sancho zu Chelsea\n\nMario Rossi ist zufrieden, sagte der Trainer.", "Mario Rossi", "Chelsea"},
	})
}

// TestKeepsHim: the club that keeps hold of a player is his ("Everton
// have kept hold of X", "le FC Nantes a conservé X"); a club whose offers
// were turned down is the bidder, not his club ("Chelsea had three offers
// rejected for X").
func TestKeepsHim(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2024-06-05 16:15 Everton have kept hold of Mario Rossi. Chelsea had three offers rejected for the forward during August.", "Mario Rossi", "Everton"},
		{" date 2024-06-05 Malgré les offres, le FC Nantes a conservé Mario Rossi.", "Mario Rossi", "Nantes"},
		{" date 2024-06-05 Pese a las ofertas, el Betis ha retenido a Mario Rossi.", "Mario Rossi", "Real Betis"},
		{" date 2024-06-05 Nonostante le offerte, il Torino ha trattenuto Mario Rossi.", "Mario Rossi", "Torino"},
		{" date 2024-06-05 Der VfL Bochum hat trotz der Angebote an Mario Rossi festgehalten.", "Mario Rossi", "Bochum"},
		{" date 2024-06-05 Chelsea had three offers rejected for Mario Rossi during August.", "Mario Rossi", ""},
		{" date 2024-06-05 El Betis ha visto rechazadas tres ofertas por Mario Rossi este verano.", "Mario Rossi", ""},
	})
}

// TestStaysAt: the club a player stays at, told in the past or the future,
// is his, and a city a staying phrase ends on is that club ("seguirá en
// París"), in the five languages; "out of contract at the end of the
// season" ends his deal then.
func TestStaysAt(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2020-06-02 Despite the interest, Mario Rossi stayed at Everton last summer and remains there.", "Mario Rossi", "Everton"},
		{" date 2020-06-02 Jean-Michel Aulas a confirmé que Mario Rossi restait à l'OL, malgré les 60 millions d'euros convenus.", "Mario Rossi", "Lyon"},
		{" date 2020-06-02 El Barcelona se retira de la puja por Mario Rossi tras no alcanzar un acuerdo con el PSG. El brasileño seguirá en París.", "Mario Rossi", "Paris Saint-Germain"},
		{" date 2020-06-02 Secondo la stampa, il Napoli rinuncia: Mario Rossi resterà al Torino anche la prossima stagione.", "Mario Rossi", "Torino"},
		{" date 2020-06-02 Trotz der Angebote: Mario Rossi blieb beim VfL Bochum, sagte sein Berater.", "Mario Rossi", "Bochum"},
	})
	checkExpiry(t, x, []expiryCase{
		{" date 2020-06-02 Mario Rossi, out of contract at Everton at the end of the season, has been approached by Arsenal.", "Mario Rossi", "2020-06"},
	})
}

// TestCityClubSubject: a club name that is also a city is the club when it
// opens its clause as the subject of a deal verb ("but Frankfurt want
// north of €80m", "aber Frankfurt fordert 80 Millionen Euro"): only a club
// asks, refuses or bids. (French, Spanish and Italian name such clubs with
// an article, which already made them clubs.)
func TestCityClubSubject(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2025-06-10 Everton have enquired about Mario Rossi, but Frankfurt want north of €80m.", "Mario Rossi", "Eintracht Frankfurt"},
		{" date 2025-06-10 Der FC Schalke 04 will Mario Rossi holen, aber Frankfurt fordert nach Informationen des kicker 80 Millionen Euro für den Stürmer.", "Mario Rossi", "Eintracht Frankfurt"},
		{" date 2025-06-10 Le PSG veut Mario Rossi, mais l'OL refuse de vendre.", "Mario Rossi", "Lyon"},
	})
}

// TestHeldBesideNew: a sentence telling a new deal and the one he holds
// gives each its date ("a contract until 2027 to replace his current deal,
// which ends in 2025"), and a contract told not renewed ends with the
// season, in the five languages.
func TestHeldBesideNew(t *testing.T) {
	x := New()
	checkExpiry(t, x, []expiryCase{
		{" date 2024-04-03 Brighton want to keep Mario Rossi. They have tabled a contract until 2027 to replace his current deal, which ends in 2025.", "Mario Rossi", "2025"},
		{" date 2024-04-03 Le FC Nantes veut garder Mario Rossi. Il a proposé un contrat jusqu'en 2028 pour remplacer son contrat actuel, qui expire en 2025.", "Mario Rossi", "2025"},
		{" date 2024-04-03 El Betis quiere retener a Mario Rossi. Le ha ofrecido un contrato hasta 2028 para sustituir su contrato actual, que vence en 2025.", "Mario Rossi", "2025"},
		{" date 2024-04-03 Il Torino vuole trattenere Mario Rossi. Ha offerto un contratto fino al 2028 per sostituire il suo contratto attuale, che scade nel 2025.", "Mario Rossi", "2025"},
		{" date 2024-04-03 Der VfL Bochum will Mario Rossi halten. Er hat einen Vertrag bis 2028 angeboten, um den aktuellen Vertrag zu ersetzen, der 2025 ausläuft.", "Mario Rossi", "2025"},
		{" date 2024-04-03 Mario Rossi leaves Everton at the end of the season: his contract will not be renewed.", "Mario Rossi", "2024-06"},
		{" date 2024-04-03 Mario Rossi quittera le FC Nantes à la fin de la saison : son contrat ne sera pas prolongé.", "Mario Rossi", "2024-06"},
		{" date 2024-04-03 Mario Rossi dejará el Betis: su contrato no será renovado.", "Mario Rossi", "2024-06"},
		{" date 2024-04-03 Mario Rossi lascerà il Torino: il suo contratto non sarà rinnovato.", "Mario Rossi", "2024-06"},
		{" date 2024-04-03 Mario Rossi verlässt den VfL Bochum, sein Vertrag wird nicht verlängert.", "Mario Rossi", "2024-06"},
	})
}

// TestOfficialMoves: a club's announcement of a signing, a presentation,
// a signing just made is a completed move, so the buyer is his club, in
// the five languages; the club he has just landed from ("débarqué de
// Naples") is a former one.
func TestOfficialMoves(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2024-07-10 Aston Villa is delighted to confirm the signing of Mario Rossi from Everton for an undisclosed fee.", "Mario Rossi", "Aston Villa"},
		{" date 2024-07-10 Le Stade Rennais a le plaisir d'annoncer l'arrivée de Mario Rossi en provenance du FC Nantes.", "Mario Rossi", "Rennes"},
		{" date 2024-07-10 Mario Rossi, que acaba de fichar por el Sevilla procedente del Betis, ya se entrena con el grupo.", "Mario Rossi", "Sevilla"},
		{" date 2024-07-10 Il Napoli comunica di aver acquisito dal Torino, a titolo definitivo, i diritti di Mario Rossi.", "Mario Rossi", "Napoli"},
		{" date 2024-07-10 Mario Rossi wurde beim FC Schalke 04 offiziell vorgestellt, er kommt vom VfL Bochum.", "Mario Rossi", "Schalke 04"},
		{" date 2024-07-10 Fraîchement débarqué de Naples, Mario Rossi a été présenté au Parc des Princes.", "Mario Rossi", "Paris Saint-Germain"},
	})
}

// TestWillNotPart: a club that will not part with him is his ("will Mario
// Rossi nicht abgeben").
func TestWillNotPart(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2024-07-10 Der VfL Bochum will Mario Rossi eigentlich nicht abgeben, doch Schalke lockt.", "Mario Rossi", "Bochum"},
	})
}

// TestDeniedDealWith: the club a seller denies dealing with is the would-be
// buyer, not his club ("L'OGC Nice dément tout accord avec West Ham pour
// X"), in the five languages.
func TestDeniedDealWith(t *testing.T) {
	x := New()
	checkNotCurrent(t, x, []clubCase{
		{" date 2024-07-17 Everton denied any agreement with Arsenal for Mario Rossi on Wednesday.", "Mario Rossi", "Arsenal"},
		{" date 2024-07-17 L'OGC Nice dément tout accord avec West Ham pour Mario Rossi.", "Mario Rossi", "West Ham United"},
		{" date 2024-07-17 El Betis desmiente cualquier acuerdo con el Sevilla por Mario Rossi.", "Mario Rossi", "Sevilla"},
		{" date 2024-07-17 La Lazio smentisce qualsiasi contatto con il Manchester United per Mario Rossi.", "Mario Rossi", "Manchester United"},
		{" date 2024-07-17 Der VfL Bochum dementiert eine Einigung mit Schalke über Mario Rossi.", "Mario Rossi", "Schalke 04"},
	})
}

// TestPronounClubContract: the club between a possessive pronoun and a
// running contract is his ("whose Arsenal contract expires next summer",
// "dessen Bochum-Vertrag im Sommer ausläuft"), not the club he talks to.
func TestPronounClubContract(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2018-11-15 Mario Rossi, whose Arsenal contract expires next summer, is in talks with Juventus over a pre-contract agreement.", "Mario Rossi", "Arsenal"},
		{" date 2018-11-15 Schalke verhandelt mit Mario Rossi, dessen Bochum-Vertrag im Sommer ausläuft.", "Mario Rossi", "Bochum"},
	})
}

// TestOtherSignings: a signing word whose object is other players tells
// nothing of him ("after they completed other signings", "après avoir
// bouclé d'autres recrues"): the club that cooled on him stays ended.
func TestOtherSignings(t *testing.T) {
	x := New()
	for _, text := range []string{
		" date 2023-07-18 Mario Rossi is no longer a priority for Liverpool, who cooled their interest after they completed other signings in midfield.",
		" date 2023-07-18 Mario Rossi n'est plus une priorité de Liverpool, qui a refroidi son intérêt après avoir bouclé d'autres recrues au milieu de terrain.",
		" date 2023-07-18 Mario Rossi non è più una priorità del Liverpool, che si è raffreddato dopo aver chiuso altri acquisti a centrocampo.",
	} {
		if st, p := stageOfPair(x, text, "Mario Rossi", "Liverpool"); st != "ended" || p.CurrentClub == "Liverpool" {
			t.Errorf("%q: Liverpool %q, current club %q", text, st, p.CurrentClub)
		}
	}
}

// TestCityOfSeveralClubs: a city adjective after a player description
// whose city has several clubs ("el portero madrileño", "il
// centrocampista romano", "le milieu milanais") may tell where he was
// born and names none of them; one that fits a single club ("le minot
// marseillais", "il regista granata") is his club.
func TestCityOfSeveralClubs(t *testing.T) {
	x := New()
	checkNotCurrent(t, x, []clubCase{
		{" date 2024-01-20 El Real Madrid ganó el derbi. El fichaje del portero madrileño Mario Rossi por el Sevilla está cerca.", "Mario Rossi", "Real Madrid"},
		{" date 2024-01-20 El Atlético de Madrid perdió el domingo. El lateral madrileño Mario Rossi interesa al Betis.", "Mario Rossi", "Atlético Madrid"},
		{" date 2024-01-20 La Lazio ha vinto il derby. Il centrocampista romano Mario Rossi piace al Napoli.", "Mario Rossi", "Lazio"},
		{" date 2024-01-20 Il Milan ha pareggiato. L'attaccante milanese Mario Rossi è seguito dal Torino.", "Mario Rossi", "AC Milan"},
		{" date 2024-01-20 Le Milan a fait match nul. Le milieu milanais Mario Rossi intéresse Lille.", "Mario Rossi", "AC Milan"},
	})
	checkCurrent(t, x, []clubCase{
		{" date 2024-01-20 L'OM a gagné. Le minot marseillais Mario Rossi intéresse Lille.", "Mario Rossi", "Marseille"},
		{" date 2024-01-20 Il Torino ha vinto. Il regista granata Mario Rossi piace al Napoli.", "Mario Rossi", "Torino"},
	})
}

// TestPlaysAt: a present play verb whose subject is the player or a
// relative pronoun puts him at the club after it ("who plays for
// Everton", "qui joue au FC Nantes", "que juega en el Real Betis", "che
// gioca nella Lazio", "der seit 2021 beim VfL Bochum spielt"); a wish to
// play somewhere or a past spell does not.
func TestPlaysAt(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2024-06-20 Chelsea want Mario Rossi, who plays for Everton.", "Mario Rossi", "Everton"},
		{" date 2024-06-20 Lyon suit Mario Rossi, qui joue au FC Nantes depuis deux ans.", "Mario Rossi", "Nantes"},
		{" date 2024-06-20 El Sevilla sigue a Mario Rossi, que juega en el Real Betis desde 2021.", "Mario Rossi", "Real Betis"},
		{" date 2024-06-20 Mario Rossi juega en el Real Betis, pero el Sevilla lo quiere.", "Mario Rossi", "Real Betis"},
		{" date 2024-06-20 Il Napoli segue Mario Rossi, che gioca nella Lazio dal 2021.", "Mario Rossi", "Lazio"},
		{" date 2024-06-20 Il Napoli segue Mario Rossi, che milita nell'Atalanta.", "Mario Rossi", "Atalanta"},
		{" date 2024-06-20 Schalke 04 beobachtet Mario Rossi, der seit 2021 beim VfL Bochum spielt.", "Mario Rossi", "Bochum"},
		{" date 2024-06-20 Mario Rossi kickt beim VfL Bochum, Schalke 04 ist interessiert.", "Mario Rossi", "Bochum"},
	})
	checkNotCurrent(t, x, []clubCase{
		{" date 2024-06-20 Mario Rossi wants to play for Chelsea next season.", "Mario Rossi", "Chelsea"},
		{" date 2024-06-20 Mario Rossi, who played for Everton until 2022, is wanted by Chelsea.", "Mario Rossi", "Everton"},
	})
}
