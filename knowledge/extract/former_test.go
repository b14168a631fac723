package extract

import "testing"

// TestCameFrom: the club a player came from, told with a past arrival verb,
// is his former club, not his club; a loan still leaves him the lender's.
func TestCameFrom(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2024-01 Newcastle are monitoring Moussa Diaby, who arrived from Leverkusen last summer.", "Moussa Diaby", ""},
		{" date 2024-01 Le RC Lens suit de près Elye Wahi, arrivé de Montpellier l'été dernier.", "Elye Wahi", ""},
		{" date 2017-08 El Barcelona sigue a Philippe Coutinho, que llegó procedente del Inter.", "Philippe Coutinho", ""},
		{" date 2023-06 L'Al-Hilal segue Kalidou Koulibaly, arrivato dal Napoli un anno fa.", "Kalidou Koulibaly", ""},
		{" date 2024-08 Der FC Arsenal beobachtet Serhou Guirassy, der im Sommer vom VfB Stuttgart kam.", "Serhou Guirassy", ""},
		// a contract word before the club he came from does not make it his
		{" date 2024-01 Newcastle are monitoring Marcus Thuram, who arrived on a free transfer from Borussia Mönchengladbach.", "Marcus Thuram", ""},
		{" date 2024-01 Le PSG suit Marcus Thuram, arrivé libre en provenance du Borussia Mönchengladbach.", "Marcus Thuram", ""},
		{" date 2024-01 El Barcelona sigue a Marcus Thuram, que llegó libre procedente del Borussia Mönchengladbach.", "Marcus Thuram", ""},
		{" date 2024-01 Il Milan segue Marcus Thuram, arrivato a parametro zero dal Borussia Mönchengladbach.", "Marcus Thuram", ""},
		{"Omar Marmoush war im Sommer 2023 ablösefrei vom VfL Wolfsburg gekommen und trifft seither.", "Omar Marmoush", ""},
		{"Manu Koné arrived as a free agent from Borussia Mönchengladbach in 2023.", "Manu Koné", ""},
		// no arrival verb: the club he would leave is his
		{" date 2023-09 Newcastle want to sign Moussa Diaby from Leverkusen.", "Moussa Diaby", "Bayer Leverkusen"},
		{" date 2019-07 Schon im vergangenen Sommer wollten die Sachsen Ademola Lookman vom FC Everton holen.", "Ademola Lookman", "Everton"},
		// a loan: the lender stays his club
		{" date 2023-09 Arnaut Danjuma joined Everton on loan from Villarreal.", "Arnaut Danjuma", "Villarreal"},
	})
}

// TestFromRightBefore: a from-word makes the club after it his only when
// nothing but an article stands between ("dall'altra la Juventus" is "on
// the other side, Juventus"), in the five languages.
func TestFromRightBefore(t *testing.T) {
	x := New()
	for _, text := range []string{
		" date 2025-05 Per Jonathan David da una parte c'è il Napoli, dall'altra la Juventus.",
		" date 2025-05 Napoli want Jonathan David, away from the spotlight Juventus also watch.",
	} {
		_, e := x.Explain(text, Hints{})
		for _, p := range e.Players {
			for _, r := range p.CurrentClub {
				if r.Rule == "club-he-comes-from" {
					t.Errorf("%q: club-he-comes-from on %q", text, r.Words)
				}
			}
		}
	}
	checkCurrent(t, x, []clubCase{
		{" date 2025-05 Napoli want to sign Jonathan David from Lille.", "Jonathan David", "Lille"},
		{" date 2025-05 Le Napoli veut recruter Jonathan David en provenance du LOSC.", "Jonathan David", "Lille"},
		{" date 2025-05 El Nápoles quiere fichar a Jonathan David procedente del Lille.", "Jonathan David", "Lille"},
		{" date 2025-05 Il Napoli vuole prelevare Jonathan David dal Lille.", "Jonathan David", "Lille"},
		{" date 2025-05 Der SSC Neapel möchte Jonathan David vom OSC Lille verpflichten.", "Jonathan David", "Lille"},
	})
}

// TestValuedBy: the club whose valuation or asking price is told ("la
// valutazione dei Citizens") is his, in the five languages.
func TestValuedBy(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2022-06 Arsenal made an offer for Gabriel Jesus, still far from the valuation of Manchester City.", "Gabriel Jesus", "Manchester City"},
		{" date 2022-06 Arsenal a fait une offre pour Gabriel Jesus, loin de l'estimation de Manchester City.", "Gabriel Jesus", "Manchester City"},
		{" date 2022-06 El Arsenal ofreció 35 millones por Gabriel Jesus, lejos de la valoración del Manchester City.", "Gabriel Jesus", "Manchester City"},
		{" date 2022-06 L'Arsenal ha offerto 35 milioni per Gabriel Jesus, ancora distante dalla valutazione del Manchester City.", "Gabriel Jesus", "Manchester City"},
		{" date 2022-06 Arsenal bietet 35 Millionen für Gabriel Jesus, weit unter der Forderung von Manchester City.", "Gabriel Jesus", "Manchester City"},
	})
}

// TestPlayersClubTenure: a player's possessive before a club and a
// contract, tenure or departure noun ("Kelly's Bournemouth exit") gives
// his club. The form is English: the other four languages say "his exit
// from Bournemouth", which the departure rules read.
func TestPlayersClubTenure(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2024-06-05 Lloyd Kelly's Bournemouth exit was confirmed as Newcastle close in.", "Lloyd Kelly", "Bournemouth"},
		{" date 2022-05-25 West Ham are in talks with Jesse Lingard, whose Manchester United contract expires in June. Jesse Lingard's Manchester United contract has not been renewed.", "Jesse Lingard", "Manchester United"},
		{" date 2023-03-01 Newcastle are watching Bukayo Saka's Arsenal future closely.", "Bukayo Saka", "Arsenal"},
		// no tenure noun after the club: nothing said of his club
		{" date 2023-03-01 Newcastle are watching Bukayo Saka's Arsenal team-mates closely.", "Bukayo Saka", ""},
	})
}
