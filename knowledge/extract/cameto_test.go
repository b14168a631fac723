package extract

import "testing"

// TestCameToClub: a past arrival told with the club he left and the club
// he joined makes the club he joined his own and the club he left none of
// his, in every language; the arrival verb may stand several words before
// the club he left, a fee or a time between them.
func TestCameToClub(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2024-05-01 Arsenal want Youssouf Fofana, who arrived at Monaco from Lille in 2022.", "Youssouf Fofana", "Monaco"},
		{" date 2024-05-01 Arsenal s'intéresse à Youssouf Fofana, arrivé à Monaco en provenance de Lille en 2022.", "Youssouf Fofana", "Monaco"},
		{" date 2024-05-01 El Arsenal quiere a Youssouf Fofana, que llegó al Mónaco procedente del Lille en 2022.", "Youssouf Fofana", "Monaco"},
		{" date 2024-05-01 L'Arsenal vuole Youssouf Fofana, arrivato al Monaco dal Lille nel 2022.", "Youssouf Fofana", "Monaco"},
		{" date 2024-05-01 Arsenal will Youssouf Fofana, der 2022 vom OSC Lille zur AS Monaco kam.", "Youssouf Fofana", "Monaco"},
		{" date 2024-05-01 Mika Biereth kam 2023 für rund vier Millionen Euro plus Boni von Sturm Graz zur AS Monaco.", "Mika Biereth", "Monaco"},
		// the verb far from the club he left: that club is no longer his
		{" date 2024-05-01 Mika Biereth kam im Sommer 2023 für rund vier Millionen Euro von Sturm Graz.", "Mika Biereth", ""},
		{" date 2024-05-01 Youssouf Fofana, que llegó a Francia hace apenas dos años procedente del Lille, interesa al Arsenal.", "Youssouf Fofana", ""},
		// a loan at another club is no loan from the club he left
		{" date 2024-05-01 Ethan Ampadu, who spent last season on loan at Spezia, arrived from Chelsea for £7m.", "Ethan Ampadu", ""},
	})
}

// TestCameToPassageClub: a player told coming from a club in a passage
// about another club is that club's, unless that club is told pursuing
// him.
func TestCameToPassageClub(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2024-05-01 Monaco ont bouclé leur mercato. Youssouf Fofana, arrivé de Lille l'été dernier, est devenu titulaire.", "Youssouf Fofana", "Monaco"},
		{" date 2024-05-01 Monaco have had a busy summer. Youssouf Fofana, who arrived from Lille last summer, is now a regular.", "Youssouf Fofana", "Monaco"},
		{" date 2024-05-01 El Mónaco ha cerrado su mercado. Youssouf Fofana, que llegó procedente del Lille el verano pasado, ya es titular.", "Youssouf Fofana", "Monaco"},
		{" date 2024-05-01 Il Monaco ha chiuso il mercato. Youssouf Fofana, arrivato dal Lille la scorsa estate, è ormai titolare.", "Youssouf Fofana", "Monaco"},
		{" date 2024-05-01 Die AS Monaco hat ihren Kader beisammen. Youssouf Fofana, der im vergangenen Sommer vom OSC Lille kam, ist Stammspieler.", "Youssouf Fofana", "Monaco"},
		// the club of the passage pursues him: not his
		{" date 2024-05-01 Arsenal want Youssouf Fofana. The midfielder arrived from Lille last summer.", "Youssouf Fofana", ""},
	})
}
