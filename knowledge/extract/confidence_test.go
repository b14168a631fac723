package extract

import "testing"

// TestConfidenceWeighsEvidence: a link about a player the article names
// often and calls a player is firmer than the same link about a name met
// once, so a reader can hide weak links without losing the article's main
// story.
func TestConfidenceWeighsEvidence(t *testing.T) {
	x := New()
	tests := []struct{ lang, text string }{
		{"en", "Chelsea want the midfielder Mario Rossi. Rossi has a year left on his deal and Rossi's agent is in London. Everton want Luca Bianchi."},
		{"fr", "Chelsea veut le milieu Mario Rossi. Rossi n'a plus qu'un an de contrat et l'agent de Rossi est à Londres. Everton veut Luca Bianchi."},
		{"es", "El Chelsea quiere al centrocampista Mario Rossi. A Rossi le queda un año de contrato y el agente de Rossi está en Londres. El Everton quiere a Luca Bianchi."},
		{"it", "Il Chelsea vuole il centrocampista Mario Rossi. Rossi ha un anno di contratto e l'agente di Rossi è a Londra. L'Everton vuole Luca Bianchi."},
		{"de", "Der FC Chelsea ist am Mittelfeldspieler Mario Rossi interessiert. Rossi hat noch ein Jahr Vertrag und Rossis Berater ist in London. Der FC Everton ist an Luca Bianchi interessiert."},
	}
	for _, tt := range tests {
		a := x.Extract(" date 2024-07 "+tt.text, Hints{})
		conf := map[string]float64{}
		for _, p := range a.Players {
			for _, s := range p.Suitors {
				conf[p.Name+"/"+s.Club] = s.Confidence
			}
		}
		firm, weak := conf["Mario Rossi/Chelsea"], conf["Luca Bianchi/Everton"]
		if firm == 0 || weak == 0 || firm <= weak {
			t.Errorf("%s: confidences %v: want Rossi/Chelsea (named often) above Bianchi/Everton (named once)", tt.lang, conf)
		}
	}
}
