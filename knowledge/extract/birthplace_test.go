package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestBirthplaceIsNoClub: a town named as where a player was born is
// neither a suitor of his nor his club, in the five languages, even when
// a club bears its name; the club that wants him keeps its link.
func TestBirthplaceIsNoClub(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en native of", " date 2024-07 James Ward-Prowse impresses. Arsenal want the midfielder, a native of Southampton, this summer.", "James Ward-Prowse", "Southampton", ""},
		{"en native of suitor", " date 2024-07 James Ward-Prowse impresses. Arsenal want the midfielder, a native of Southampton, this summer.", "James Ward-Prowse", "Arsenal", facts.StageInterest},
		{"fr natif de", " date 2024-07 Aurélien Tchouaméni brille. Le PSG a fait du natif de Rouen une priorité.", "Aurélien Tchouaméni", "Rouen", ""},
		{"fr natif de suitor", " date 2024-07 Aurélien Tchouaméni brille. Le PSG a fait du natif de Rouen une priorité.", "Aurélien Tchouaméni", "Paris Saint-Germain", facts.StageInterest},
		{"it originario di", " date 2024-07 Gianluca Mancini brilla. La Juventus vuole il difensore, originario di Parma, per giugno.", "Gianluca Mancini", "Parma", ""},
	})
	checkCurrent(t, x, []clubCase{
		{" date 2024-07 Jesús Navas brilla. El Atlético quiere al lateral, natural de Sevilla, este verano.", "Jesús Navas", ""},
	})
	// "gebürtig aus Aachen": where he comes from by birth, not his club
	for _, p := range x.Extract(" date 2024-07 Kai Havertz überzeugt. Der FC Bayern will den Stürmer, gebürtig aus Aachen, holen.", Hints{}).Players {
		if p.CurrentClub == "Alemannia Aachen" {
			t.Errorf("de gebürtig aus: %s's club is his birthplace %s", p.Name, p.CurrentClub)
		}
	}
}

// TestCityExonymsAreWeak: the name of a city that is no club's usual name
// in the press ("Turin", "Antalya") or a common word ("Europa") counts as
// a club only when the club is named in full.
func TestCityExonymsAreWeak(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"fr Turin", " date 2024-07 Khéphren Thuram passe sa visite médicale à Turin avant de signer à la Juventus.", "Khéphren Thuram", "Torino", ""},
		{"en Antalya", " date 2023-01 Chelsea flew to Antalya and agreed a deal for Mykhailo Mudryk.", "Mykhailo Mudryk", "Antalyaspor", ""},
		{"en Antalya buyer", " date 2023-01 Chelsea flew to Antalya and agreed a deal for Mykhailo Mudryk.", "Mykhailo Mudryk", "Chelsea", facts.StageAdvanced},
		{"fr Europa", " date 2024-07 Hugo Ekitike brille. Plusieurs clubs s'étaient renseignés, mais l'attaquant veut jouer la Ligue Europa.", "Hugo Ekitike", "College Europa", ""},
	})
}

// TestBirthplaceIsNoPerson: a town of several words named as where a
// player was born ("le natif de Rio de Janeiro") is no person, so the
// passage's pursuits stay its player's, in the five languages.
func TestBirthplaceIsNoPerson(t *testing.T) {
	x := New()
	cases := []struct{ text, player, club string }{
		{" date 2024-07 Gossip\n\nBrentford want Luca Bianchi. The winger, a native of Porto Alegre, is also wanted by Fulham.", "Luca Bianchi", "Fulham"},
		{" date 2024-07 Mercato\n\nLe RC Lens veut Luca Bianchi. Le natif de Porto Alegre est aussi suivi par Brest.", "Luca Bianchi", "Brest"},
		{" date 2024-07 Mercado\n\nEl Betis quiere a Luca Bianchi. El extremo, natural de Porto Alegre, también interesa al Villarreal.", "Luca Bianchi", "Villarreal"},
		{" date 2024-07 Calciomercato\n\nIl Genoa vuole Luca Bianchi. L'esterno, nativo di Porto Alegre, piace anche al Bologna.", "Luca Bianchi", "Bologna"},
		{" date 2024-07 Transfer-News\n\nDer SC Freiburg will Luca Bianchi. Der Flügelspieler, gebürtig aus Porto Alegre, wird auch vom VfL Wolfsburg beobachtet.", "Luca Bianchi", "VfL Wolfsburg"},
	}
	for _, tt := range cases {
		if got, _ := stageOfPair(x, tt.text, tt.player, tt.club); got != facts.StageInterest {
			t.Errorf("%q: %s/%s stage %q, want interest", tt.text, tt.player, tt.club, got)
		}
		for _, p := range x.Extract(tt.text, Hints{}).Players {
			if p.Name == "Porto Alegre" {
				t.Errorf("%q: a birthplace read as a person", tt.text)
			}
		}
	}
}
