package extract

import "testing"

// TestContractForms: expiry forms in five languages, resolved against the
// publication date, and given to the right player.
func TestContractForms(t *testing.T) {
	x := New()
	tests := []expiryCase{
		// the end of the season or of the month
		{" date 2020-01-19 Atletico Madrid have opened negotiations with Paris St-Germain over Edinson Cavani, whose contract expires at the end of the season.", "Edinson Cavani", "2020-06"},
		{" date 2020-09-19 Lyon are talking to Memphis Depay, whose contract runs out at the end of the season.", "Memphis Depay", "2021-06"},
		{" date 2023-06-20 N'Golo Kanté will join Al-Ittihad when his deal expires at the end of the month.", "Golo Kanté", "2023-06"},
		{" date 2021-01 Le PSG suit Memphis Depay, en fin de contrat à la fin de la saison.", "Memphis Depay", "2021-06"},
		// the date after the expiry word, not a past month before it
		{" date 2022-07-28 Marc Cucurella joined Brighton last August and has a contract running until 2026.", "Marc Cucurella", "2026"},
		{" date 2017-08-26 Philippe Coutinho renovó el pasado mes de enero hasta 2022.", "Philippe Coutinho", "2022"},
		{" date 2025-08-14 Nick Woltemade kam im vergangenen Sommer ablösefrei und besitzt beim VfB einen Vertrag bis 2028.", "Nick Woltemade", "2028"},
		{" date 2023-06-23 Sandro Tonali, che l'estate scorsa aveva rinnovato fino al 2027, era il simbolo del nuovo corso.", "Sandro Tonali", "2027"},
		// expiry verbs and time left
		{" date 2023-06 Pau Torres quiere salir. Su contrato con el Villarreal expira en junio de 2024.", "Pau Torres", "2024-06"},
		{" date 2024-08-18 Désiré Doué n'avait plus qu'un an de contrat avec Rennes.", "Désiré Doué", "2025-06"},
		{" date 2024-08-09 El Atlético negocia por Conor Gallagher, al que le queda un año de contrato.", "Conor Gallagher", "2025-06"},
		// an age is no "old" contract: "the 21-year-old's contract"
		{" date 2023-08-14 Chelsea have agreed a fee with Brighton for Mario Rossi. The 21-year-old's contract runs until 2027.", "Mario Rossi", "2027"},
		{" date 2022-01-09 Newcastle want Mario Rossi. The 29-year-old forward, whose contract at Old Trafford expires in the summer, has barely played.", "Mario Rossi", "2022-06"},
		// the player nearest before the contract word, in a sentence naming two
		{" date 2022-06 In München gilt Sadio Mané als Ersatz für Robert Lewandowski, der seinen bis Juni 2023 gültigen Vertrag nicht erfüllen möchte.", "Robert Lewandowski", "2023-06"},
		// a new contract is not the one he is under, unless the signing is done
		{" date 2022-07-28 Jules Koundé tiene contrato con el Sevilla hasta 2024. El Barça negocia con el jugador un contrato hasta 2027.", "Jules Koundé", "2024"},
		{" date 2021-08-31 Eduardo Camavinga tenía contrato con el Rennes hasta 2022. Oficial: Camavinga ha firmado con el Real Madrid hasta 2027.", "Eduardo Camavinga", "2027"},
	}
	checkExpiry(t, x, tests)
}

// expiryCase is one text and the contract expiry it must give a player.
type expiryCase struct{ text, player, want string }

// checkExpiry extracts every case and compares the player's expiry.
func checkExpiry(t *testing.T, x *Extractor, tests []expiryCase) {
	t.Helper()
	for _, tt := range tests {
		_, p := stageOfPair(x, tt.text, tt.player, "")
		if got := p.ContractExpires.String(); got != tt.want {
			t.Errorf("%q: contract %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestRelativeExpiry: an expiry told as a duration from the article's date
// ("in 18 months") or as the end of next season, in the five languages.
func TestRelativeExpiry(t *testing.T) {
	x := New()
	checkExpiry(t, x, []expiryCase{
		{" date 2024-01-15 Brentford are keen on Mario Rossi, whose contract expires in 18 months.", "Mario Rossi", "2025-06"},
		{" date 2024-01-15 Le Stade Brestois suit Mario Rossi, dont le contrat expire dans 18 mois.", "Mario Rossi", "2025-06"},
		{" date 2024-01-15 El Betis sigue a Mario Rossi, cuyo contrato vence dentro de 18 meses.", "Mario Rossi", "2025-06"},
		{" date 2024-01-15 Il Bologna segue Mario Rossi, il cui contratto scade tra 18 mesi.", "Mario Rossi", "2025-06"},
		{" date 2024-01-15 Der SC Freiburg beobachtet Mario Rossi, dessen Vertrag in 18 Monaten ausläuft.", "Mario Rossi", "2025-06"},
		{" date 2024-01-15 Brentford are keen on Mario Rossi, whose deal ends at the end of next season.", "Mario Rossi", "2025-06"},
		{" date 2024-01-15 Le Stade Brestois suit Mario Rossi, dont le contrat se termine à la fin de la saison prochaine.", "Mario Rossi", "2025-06"},
		{" date 2024-01-15 El Betis sigue a Mario Rossi, cuyo contrato termina al final de la próxima temporada.", "Mario Rossi", "2025-06"},
		{" date 2024-01-15 Il Bologna segue Mario Rossi, il cui contratto scade alla fine della prossima stagione.", "Mario Rossi", "2025-06"},
		{" date 2024-01-15 Der SC Freiburg beobachtet Mario Rossi, dessen Vertrag am Ende der nächsten Saison ausläuft.", "Mario Rossi", "2025-06"},
		// this season's end stays this season's
		{" date 2024-01-15 Brentford are keen on Mario Rossi, whose deal ends at the end of the season.", "Mario Rossi", "2024-06"},
	})
}

// TestContractHeldOrOffered: a renewal he signs is the contract he holds
// from now on; a deal a buyer offers is not; a later mention with the
// month refines a year, in the five languages.
func TestContractHeldOrOffered(t *testing.T) {
	x := New()
	checkExpiry(t, x, []expiryCase{
		// a signed renewal replaces the contract told before
		{" date 2024-07-04 Mario Rossi had a contract until 2026. Mario Rossi has signed an extension with Fulham until June 2030.", "Mario Rossi", "2030-06"},
		{" date 2024-07-04 Mario Rossi avait un contrat jusqu'en 2026. Mario Rossi a signé sa prolongation avec Lorient jusqu'en juin 2030.", "Mario Rossi", "2030-06"},
		{" date 2024-07-04 Mario Rossi tenía contrato hasta 2026. Mario Rossi ha firmado su renovación con el Getafe hasta junio de 2030.", "Mario Rossi", "2030-06"},
		{" date 2024-07-04 Mario Rossi aveva un contratto fino al 2026. Mario Rossi ha firmato il rinnovo con il Genoa fino al giugno 2030.", "Mario Rossi", "2030-06"},
		{" date 2024-07-04 Mario Rossi hatte einen Vertrag bis 2026. Mario Rossi hat die Verlängerung beim SC Freiburg bis Juni 2030 unterschrieben.", "Mario Rossi", "2030-06"},
		// a deal offered by a buyer is not the one he holds
		{" date 2023-06-10 Mario Rossi's contract at Fulham expires in June 2024. Brentford are ready to offer him a five-year deal until 2028.", "Mario Rossi", "2024-06"},
		// the month told later refines the year told first
		{" date 2023-12-21 Mario Rossi renews with Fulham until 2026. The new contract of Mario Rossi runs until 30 June 2026.", "Mario Rossi", "2026-06"},
	})
}

// TestTiedUntil: "tied to a club until", in the five languages, gives the
// expiry and the club he is tied to.
func TestTiedUntil(t *testing.T) {
	x := New()
	checkExpiry(t, x, []expiryCase{
		{" date 2024-01-15 Brentford want Mario Rossi, who is tied to Fulham until 2028.", "Mario Rossi", "2028"},
		{" date 2024-01-15 Le Stade Brestois veut Mario Rossi, lié au FC Lorient jusqu'en 2028.", "Mario Rossi", "2028"},
		{" date 2024-01-15 El Betis quiere a Mario Rossi, que está vinculado al Getafe hasta 2028.", "Mario Rossi", "2028"},
		{" date 2024-01-15 Il Bologna vuole Mario Rossi, legato al Genoa fino al 2028.", "Mario Rossi", "2028"},
		{" date 2024-01-15 Der SC Freiburg will Mario Rossi, der beim FC Augsburg bis 2028 gebunden ist.", "Mario Rossi", "2028"},
	})
	checkCurrent(t, x, []clubCase{
		{" date 2024-01-15 Brentford want Mario Rossi, who is tied to Fulham until 2028.", "Mario Rossi", "Fulham"},
		{" date 2024-01-15 Der SC Freiburg will Mario Rossi, der beim FC Augsburg bis 2028 gebunden ist.", "Mario Rossi", "Augsburg"},
	})
}

// TestNewDealWithClub: a contract agreed with a club named between the
// verb and the contract word ("agreed with Barcelona a deal until 2027") is
// a new deal, not the one he holds; and a new deal's year is made precise
// by a later date of the same year.
func TestNewDealWithClub(t *testing.T) {
	x := New()
	checkExpiry(t, x, []expiryCase{
		{" date 2022-07 Jules Koundé has agreed with Barcelona a contract until 2027. He has a contract with Sevilla until 2024.", "Jules Koundé", "2024"},
		{" date 2022-07 Jules Koundé a trouvé un accord avec le Barça pour un contrat jusqu'en 2027. Il est sous contrat avec Séville jusqu'en 2024.", "Jules Koundé", "2024"},
		{" date 2022-07 Jules Koundé ya tenía apalabrado con el Barcelona un contrato hasta 2027. Tiene contrato con el Sevilla hasta 2024.", "Jules Koundé", "2024"},
		{" date 2022-07 Jules Koundé ha raggiunto un accordo con il Barcellona per un contratto fino al 2027. Ha un contratto con il Siviglia fino al 2024.", "Jules Koundé", "2024"},
		{" date 2022-07 Jules Koundé hat sich mit dem FC Barcelona auf einen Vertrag bis 2027 geeinigt. Beim FC Sevilla hat er einen Vertrag bis 2024.", "Jules Koundé", "2024"},
		// "renews until 2026", then "until 30 June 2026"
		{" date 2023-12-21 Victor Osimhen signs new deal with Napoli until 2026. Victor Osimhen has signed a new contract with Napoli until June 30, 2026.", "Victor Osimhen", "2026-06"},
		{" date 2023-12-21 Victor Osimhen rinnova con il Napoli fino al 2026. Victor Osimhen ha rinnovato il suo contratto con il Napoli fino al 30 giugno 2026.", "Victor Osimhen", "2026-06"},
	})
}

// TestExpiringNoDate: a contract told running out with no date ends with
// the season running at publication, in the five languages; a club after
// "and" past the contract is no club he is under contract with.
func TestExpiringNoDate(t *testing.T) {
	x := New()
	checkExpiry(t, x, []expiryCase{
		{" date 2023-01-20 Arsenal are tracking Youri Tielemans, who is in the final year of his contract.", "Youri Tielemans", "2023-06"},
		{" date 2021-10-13 Le PSG surveille Franck Kessié, en fin de contrat avec l'AC Milan.", "Franck Kessié", "2022-06"},
		{" date 2024-03-02 El Barcelona sigue a Mikel Merino, que está en el último año de contrato.", "Mikel Merino", "2024-06"},
		{" date 2021-10-13 L'Inter ha messo gli occhi su Franck Kessié, in scadenza con il Milan.", "Franck Kessié", "2022-06"},
		{" date 2017-08-10 Der FC Liverpool will Leon Goretzka und seinen auslaufenden Vertrag nutzen.", "Leon Goretzka", "2018-06"},
		// a date, when told, wins; a past running-out is no expiry
		{" date 2021-10-13 L'Inter segue Franck Kessié, in scadenza a giugno 2023.", "Franck Kessié", "2023-06"},
		{" date 2023-01-20 Youri Tielemans was in the final year of his contract last season.", "Youri Tielemans", ""},
	})
	checkCurrent(t, x, []clubCase{
		{" date 2024-06-05 Lloyd Kelly will be a free agent once his deal runs out, and Newcastle are nearing an agreement.", "Lloyd Kelly", ""},
	})
}

// TestSignsUntil: a signing told in the present tense with its end date
// ("signs for Real Madrid until 2027") gives the contract of the move, in
// the five languages.
func TestSignsUntil(t *testing.T) {
	x := New()
	checkExpiry(t, x, []expiryCase{
		{" date 2021-08-31 Official: Eduardo Camavinga signs for Real Madrid until 2027.", "Eduardo Camavinga", "2027"},
		{" date 2021-08-31 Officiel : Eduardo Camavinga signe au Real Madrid jusqu'en 2027.", "Eduardo Camavinga", "2027"},
		{" date 2021-08-31 Oficial: Eduardo Camavinga firma por el Real Madrid hasta 2027.", "Eduardo Camavinga", "2027"},
		{" date 2021-08-31 Ufficiale: Eduardo Camavinga firma con il Real Madrid fino al 2027.", "Eduardo Camavinga", "2027"},
		{" date 2021-08-31 Offiziell: Eduardo Camavinga unterzeichnet bei Real Madrid bis 2027.", "Eduardo Camavinga", "2027"},
	})
}

// TestAbbreviatedDateline: a wire dateline whose month is abbreviated
// ("TORINO, 18 LUG 2023", "MADRID, 12 Ago. 2024") dates an article that
// has no header, in the five languages; "ago" and "set" in running text
// stay words.
func TestAbbreviatedDateline(t *testing.T) {
	x := New()
	for _, tt := range []struct{ text, want string }{
		{"TORINO, 18 LUG 2023 - La Juventus ha chiesto Teun Koopmeiners all'Atalanta.", "2023-07-18"},
		{"MILANO, 3 GIU 2022 - Il Milan segue Sven Botman.", "2022-06-03"},
		{"MADRID, 12 Ago. 2024 (EUROPA PRESS) - El Atlético sigue a Conor Gallagher.", "2024-08-12"},
		{"BARCELONA, 2 Ene. 2025 (EFE) - El Barcelona sigue a Dani Olmo.", "2025-01-02"},
		{"PARIS, 3 avr. 2023 (AFP) - Le PSG suit Randal Kolo Muani.", "2023-04-03"},
		{"MÜNCHEN, 3. Jul. 2020 - Der FC Bayern holt Leroy Sané.", "2020-07-03"},
		{"LONDON, Aug 3, 2023 (Reuters) - Arsenal want Declan Rice.", "2023-08-03"},
	} {
		if got := x.Extract(tt.text, Hints{}).Published.String(); got != tt.want {
			t.Errorf("%q: published %q, want %q", tt.text, got, tt.want)
		}
	}
	checkExpiry(t, x, []expiryCase{
		{" date 2023-03 Arsenal are set to offer Bukayo Saka a new deal: two years ago he signed until 2024.", "Bukayo Saka", "2024"},
	})
}

// TestPluralContracts: a plural contract noun ends the deal of every
// player its sentence names, in the five languages; and the possessive
// words for a player's deal ("il suo accordo", "su vínculo", "son
// engagement") are contract words.
func TestPluralContracts(t *testing.T) {
	x := New()
	checkExpiry(t, x, []expiryCase{
		{" date 2024-11-02 Mario Rossi and Luigi Verdi are both on contracts that expire in 2025.", "Luigi Verdi", "2025"},
		{" date 2024-11-02 Les contrats de Mario Rossi et de Luigi Verdi expirent en juin 2025.", "Luigi Verdi", "2025-06"},
		{" date 2024-11-02 Los contratos de Mario Rossi y Luigi Verdi vencen en junio de 2025.", "Luigi Verdi", "2025-06"},
		{" date 2024-11-02 I contratti di Mario Rossi e Luigi Verdi scadono nel 2025.", "Luigi Verdi", "2025"},
		{" date 2024-11-02 Die Verträge von Mario Rossi und Luigi Verdi laufen am 30. Juni 2025 aus.", "Luigi Verdi", "2025-06"},
		{" date 2024-11-02 Il Bologna segue Mario Rossi. Il suo accordo con il Cagliari scade il prossimo giugno.", "Mario Rossi", "2025-06"},
		{" date 2024-11-02 El Betis sigue a Mario Rossi. Su vínculo con el Cádiz vence en 2026.", "Mario Rossi", "2026"},
		{" date 2024-11-02 Le Stade Brestois suit Mario Rossi. Son engagement avec Lorient court jusqu'en 2026.", "Mario Rossi", "2026"},
	})
}

// TestEndOfNamedMonth: "the end of the month" is the article's month, but
// "the end of the month of June" is June, in the five languages.
func TestEndOfNamedMonth(t *testing.T) {
	x := New()
	checkExpiry(t, x, []expiryCase{
		{" date 2022-05-20 Lyon veut Mario Rossi. Le contrat de Mario Rossi avec Arsenal expire à la fin du mois de juin.", "Mario Rossi", "2022-06"},
		{" date 2022-05-20 Chelsea want Mario Rossi. His contract expires at the end of the month of June.", "Mario Rossi", "2022-06"},
		{" date 2022-05-20 El Sevilla quiere a Mario Rossi, cuyo contrato termina a finales del mes de junio.", "Mario Rossi", "2022-06"},
		{" date 2022-05-20 Il Napoli vuole Mario Rossi, il cui contratto scade alla fine del mese di giugno.", "Mario Rossi", "2022-06"},
		{" date 2022-05-20 Schalke will Mario Rossi, dessen Vertrag am Ende des Monats Juni ausläuft.", "Mario Rossi", "2022-06"},
		{" date 2022-05-20 Chelsea want Mario Rossi, whose contract expires at the end of the month.", "Mario Rossi", "2022-05"},
		{" date 2022-05-20 Lyon veut Mario Rossi, dont le contrat expire à la fin du mois.", "Mario Rossi", "2022-05"},
	})
}

// TestExpiryBeforeMove: the contract a player held before a move, its
// expiry told in the imperfect or the conditional past ("terminaba
// contrato en junio de 2024", "sarebbe scaduto a giugno 2024", "2024
// ausgelaufen wäre"), is his contract's expiry, in the five languages.
func TestExpiryBeforeMove(t *testing.T) {
	x := New()
	checkExpiry(t, x, []expiryCase{
		{" date 2023-08-28 Chelsea have signed Mario Rossi from Everton, where his contract would have expired in 2024.", "Mario Rossi", "2024"},
		{" date 2023-08-28 Lyon a recruté Mario Rossi, dont le contrat avec Nantes aurait expiré en 2024.", "Mario Rossi", "2024"},
		{" date 2023-08-28 El Sevilla ha fichado a Mario Rossi, que terminaba contrato con el Betis en junio de 2024.", "Mario Rossi", "2024-06"},
		{" date 2023-08-28 El Sevilla ha fichado a Mario Rossi, cuyo contrato con el Betis habría expirado en 2024.", "Mario Rossi", "2024"},
		{" date 2023-08-28 Il Napoli ha preso Mario Rossi, il cui contratto con il Torino sarebbe scaduto a giugno 2024.", "Mario Rossi", "2024-06"},
		{" date 2023-08-28 Il contratto di Mario Rossi con il Torino sarebbe scaduto a giugno 2024.", "Mario Rossi", "2024-06"},
		{" date 2023-08-28 Schalke hat Mario Rossi verpflichtet, dessen Vertrag beim VfL Bochum 2024 ausgelaufen wäre.", "Mario Rossi", "2024"},
		{" date 2023-08-28 Der Vertrag von Mario Rossi beim VfL Bochum wäre 2024 ausgelaufen.", "Mario Rossi", "2024"},
	})
}
