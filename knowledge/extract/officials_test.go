package extract

import "testing"

// TestOfficialsAreNoPlayers: a person the text shows acting for a club —
// the agent of a turned-down offer or an asked price, the coach of a club,
// its strongman, who deals or phones for another player — is never read
// as a player, in the five languages.
func TestOfficialsAreNoPlayers(t *testing.T) {
	x := New()
	tests := []struct{ name, text, official string }{
		{"fr agent", " date 2020-08 Arsenal avait vu plusieurs offres pour Houssem Aouar repoussées par Jean-Michel Aulas.", "Jean-Michel Aulas"},
		{"en agent", " date 2020-08 Arsenal saw two offers for Houssem Aouar turned down by Jean-Michel Aulas.", "Jean-Michel Aulas"},
		{"it agent", " date 2022-07 L'Inter non è arrivata ai 50 milioni per Gleison Bremer chiesti da Urbano Cairo.", "Urbano Cairo"},
		{"es agent", " date 2022-07 El Barcelona vio su oferta por Jules Koundé rechazada por José Castro.", "José Castro"},
		{"fr coach", " date 2023-07 Pierre-Emerick Aubameyang a décliné une offre d'Al-Ettifaq, le club entraîné par Steven Gerrard.", "Steven Gerrard"},
		{"en coach", " date 2023-07 Jordan Henderson is wanted by Al-Ettifaq, the club managed by Steven Gerrard.", "Steven Gerrard"},
		{"de coach", " date 2023-07 Jordan Henderson wechselt zu Al-Ettifaq, trainiert von Steven Gerrard.", "Steven Gerrard"},
		{"fr strongman", " date 2024-01 Mais Frédéric Massara, l'homme fort du mercato rennais, ne bouge pas sur Amine Gouiri. Marseille veut Amine Gouiri.", "Frédéric Massara"},
		{"it deals for another", " date 2020-01 Fabio Paratici ha trovato l'accordo con l'Atalanta per il talento svedese Dejan Kulusevski.", "Fabio Paratici"},
		{"en phones another", " date 2023-06 Mikel Arteta phoned Declan Rice to sell him the project at Arsenal.", "Mikel Arteta"},
	}
	for _, tt := range tests {
		a := x.Extract(tt.text, Hints{})
		for _, p := range a.Players {
			if p.Name == tt.official {
				t.Errorf("%s: %s read as a player: %+v", tt.name, tt.official, p)
			}
		}
	}
}
