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
