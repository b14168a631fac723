package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestPaidClubSells: the club money goes to sells the player and is no
// suitor of his, in the five languages; the club that pays keeps its link.
func TestPaidClubSells(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en paying", " date 2024-07 Fulham have signed Joao Palhinha, paying Sporting around £20m for the midfielder.", "Joao Palhinha", "Sporting CP", ""},
		{"en paying buyer", " date 2024-07 Fulham have signed Joao Palhinha, paying Sporting around £20m for the midfielder.", "Joao Palhinha", "Fulham", facts.StageDone},
		{"en paid once", " date 2024-07 Brentford, who paid Lens £10m for him in 2021, are in talks with Arsenal over Ivan Toney.", "Ivan Toney", "RC Lens", ""},
		{"fr versé aux", " date 2024-07 Le milieu Khéphren Thuram s'est engagé avec la Juventus, qui a versé environ 20 millions d'euros, bonus compris, aux Aiglons.", "Khéphren Thuram", "Nice", ""},
		{"fr versé buyer", " date 2024-07 Le milieu Khéphren Thuram s'est engagé avec la Juventus, qui a versé environ 20 millions d'euros, bonus compris, aux Aiglons.", "Khéphren Thuram", "Juventus", facts.StageDone},
		{"es pagará al", " date 2024-07 El Atlético ha cerrado el fichaje de Robin Le Normand y pagará 34 millones de euros a la Real Sociedad.", "Robin Le Normand", "Real Sociedad", ""},
		{"es pagará buyer", " date 2024-07 El Atlético ha cerrado el fichaje de Robin Le Normand y pagará 34 millones de euros a la Real Sociedad.", "Robin Le Normand", "Atlético Madrid", facts.StageDone},
		{"it andranno al", " date 2024-07 Teun Koopmeiners ha firmato con la Juventus: all'Atalanta andranno 51 milioni di euro.", "Teun Koopmeiners", "Atalanta", ""},
		{"it andranno buyer", " date 2024-07 Teun Koopmeiners ha firmato con la Juventus: all'Atalanta andranno 51 milioni di euro.", "Teun Koopmeiners", "Juventus", facts.StageDone},
		{"de kassieren", " date 2024-07 Michael Olise hat beim FC Bayern unterschrieben, die Eagles kassieren rund 53 Millionen Euro.", "Michael Olise", "Crystal Palace", ""},
		{"de kassieren buyer", " date 2024-07 Michael Olise hat beim FC Bayern unterschrieben, die Eagles kassieren rund 53 Millionen Euro.", "Michael Olise", "Bayern Munich", facts.StageDone},
		// a wage pays the player, not a club
		{"en wage", " date 2024-07 Newcastle are in talks with Ivan Toney, who would receive £150,000 a week at Newcastle.", "Ivan Toney", "Newcastle United", facts.StageTalks},
	})
}

// TestClubThatAnswersAnOffer: the club whose yes or no to an offer the
// sentence tells, or that an offer must convince, sells the player, in
// the five languages; the bidder keeps its link.
func TestClubThatAnswersAnOffer(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en say no", " date 2024-07 Crystal Palace say no to Chelsea's £50m offer for Marc Guéhi.", "Marc Guéhi", "Crystal Palace", ""},
		{"en say no bidder", " date 2024-07 Crystal Palace say no to Chelsea's £50m offer for Marc Guéhi.", "Marc Guéhi", "Chelsea", facts.StageBid},
		{"en convince", " date 2024-07 Newcastle need a bigger offer to convince Crystal Palace to sell Marc Guéhi.", "Marc Guéhi", "Crystal Palace", ""},
		{"fr dit oui", " date 2024-07 Nice dit oui à la nouvelle offre de Chelsea pour Jean-Clair Todibo.", "Jean-Clair Todibo", "Nice", ""},
		{"fr le non du", " date 2024-07 Après le non du LOSC, le PSG prépare une nouvelle offre pour Leny Yoro.", "Leny Yoro", "Lille", ""},
		{"fr le non du bidder", " date 2024-07 Après le non du LOSC, le PSG prépare une nouvelle offre pour Leny Yoro.", "Leny Yoro", "Paris Saint-Germain", facts.StageBid},
		{"es convencer", " date 2024-07 El Barcelona necesita 60 millones para convencer al Athletic por Nico Williams.", "Nico Williams", "Athletic Bilbao", ""},
		{"es el no del", " date 2024-07 Tras el no del Valencia a la primera oferta, el Barcelona prepara otra por Javi Guerra.", "Javi Guerra", "Valencia", ""},
		{"it il no del", " date 2024-07 Dopo il no del Bologna alla prima offerta, la Juventus rilancia per Riccardo Calafiori.", "Riccardo Calafiori", "Bologna", ""},
		{"it il no del bidder", " date 2024-07 Dopo il no del Bologna alla prima offerta, la Juventus rilancia per Riccardo Calafiori con una proposta migliorata.", "Riccardo Calafiori", "Juventus", facts.StageBid},
		{"de das Nein des", " date 2024-07 Nach dem Nein des VfB Stuttgart bietet der FC Bayern erneut für Hiroki Ito.", "Hiroki Ito", "VfB Stuttgart", ""},
		{"de sagen nein", " date 2024-07 Die Stuttgarter sagen nein: Der FC Bayern muss für Hiroki Ito mehr bieten.", "Hiroki Ito", "VfB Stuttgart", ""},
	})
}
