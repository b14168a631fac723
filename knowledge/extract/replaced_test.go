package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestReplacedIsNoTarget: the player a club replaces ("to replace X", "pour
// remplacer X", "para sustituir a X", "per sostituire X", "als Ersatz für
// X", "a successor to X") is not whom it pursues: the clubs and deal words
// of the sentence after his apposition are not his. What his apposition
// tells of him stays his ("X, who is close to Napoli").
func TestReplacedIsNoTarget(t *testing.T) {
	x := New()
	const p = "Mario Rossi"
	none := func(name, text string, clubs ...string) []stageCase {
		var out []stageCase
		for _, c := range clubs {
			out = append(out, stageCase{name + " " + c, " date 2024-07 " + text, p, c, ""})
		}
		return out
	}
	var tests []stageCase
	for _, tc := range []struct {
		name, text string
		clubs      []string
	}{
		{"en colon", "Everton want a striker to replace Mario Rossi, who is close to Napoli: the Toffees have asked Torino about their captain.", []string{"Everton", "Torino"}},
		{"en fronted", "To replace Mario Rossi, Aston Villa have made an offer to Fulham for their young forward.", []string{"Aston Villa", "Fulham"}},
		{"en successor", "Brentford are looking for a successor to Mario Rossi and have opened talks with Leeds United over their winger.", []string{"Brentford", "Leeds United"}},
		{"en noun adjunct", "Real Madrid, searching for a Mario Rossi successor, have made an offer to Benfica for their midfielder.", []string{"Real Madrid", "Benfica"}},
		{"fr fronted", "Pour remplacer Mario Rossi, le LOSC a fait une offre au FC Nantes pour son milieu.", []string{"Lille", "Nantes"}},
		{"fr colon", "Le Stade Rennais veut remplacer Mario Rossi, proche de Naples : le club breton a contacté Montpellier pour son ailier.", []string{"Rennes", "Montpellier"}},
		{"fr successeur", "Lyon cherche un successeur à Mario Rossi et a ouvert des discussions avec Toulouse pour son attaquant.", []string{"Lyon", "Toulouse"}},
		{"es fronted", "Para sustituir a Mario Rossi, el Betis ha presentado una oferta al Celta por su delantero.", []string{"Real Betis", "Celta Vigo"}},
		{"es relevo", "El Sevilla busca un relevo para Mario Rossi y ya negocia con el Getafe por su extremo.", []string{"Sevilla", "Getafe"}},
		{"es colon", "El Valencia quiere sustituir a Mario Rossi, cerca del Nápoles: el club ha preguntado al Osasuna por su central.", []string{"Valencia", "Osasuna"}},
		{"it colon", "La Juventus vuole un difensore per sostituire Mario Rossi, ormai vicino al Napoli: i bianconeri hanno messo nel mirino il centrale del Torino.", []string{"Juventus", "Torino"}},
		{"it fronted", "Per sostituire Mario Rossi, la Fiorentina ha fatto un'offerta al Sassuolo per il suo esterno.", []string{"Fiorentina", "Sassuolo"}},
		{"it erede", "Il Bologna cerca l'erede di Mario Rossi e ha avviato i contatti con l'Udinese per il suo centrocampista.", []string{"Bologna", "Udinese"}},
		{"de fronted", "Als Ersatz für Mario Rossi hat der VfB Stuttgart ein Angebot für den Stürmer des SC Freiburg abgegeben.", []string{"VfB Stuttgart", "SC Freiburg"}},
		{"de Nachfolger", "Der VfL Wolfsburg sucht einen Nachfolger für Mario Rossi und verhandelt mit dem FC Augsburg über dessen Flügelspieler.", []string{"VfL Wolfsburg", "Augsburg"}},
		{"de colon", "Werder Bremen will Mario Rossi ersetzen, der vor einem Wechsel zu Napoli steht: Die Bremer haben beim 1. FC Köln angefragt.", []string{"Werder Bremen", "1. FC Köln"}},
	} {
		tests = append(tests, none(tc.name, tc.text, tc.clubs...)...)
	}
	checkStages(t, x, tests)
	// what his apposition tells of him stays his
	checkStages(t, x, []stageCase{
		{"en apposition", " date 2024-07 Everton want a striker to replace Mario Rossi, who is close to Napoli: the Toffees have asked Torino about their captain.", p, "Napoli", facts.StageAdvanced},
		{"it apposition", " date 2024-07 La Juventus vuole un difensore per sostituire Mario Rossi, ormai vicino al Napoli: i bianconeri hanno messo nel mirino il centrale del Torino.", p, "Napoli", facts.StageAdvanced},
		{"it relative", " date 2024-07 In attacco, per sostituire Mario Rossi, che piace al Chelsea, il Napoli pensa a un centravanti.", p, "Chelsea", facts.StageInterest},
	})
}

// TestReplacementSought: a sentence naming nobody whose club seeks or has
// found a replacement ("already have a replacement in sight", "hat
// bereits Ersatz im Blick") pursues someone else than the passage's
// player.
func TestReplacementSought(t *testing.T) {
	const lead = "Mario Rossi is close to Napoli, who have agreed a fee with Torino. "
	checkStages(t, New(), []stageCase{
		{"en in sight", " date 2024-07 " + lead + "Lazio already have a replacement in sight.", "Mario Rossi", "Lazio", ""},
		{"en eyeing", " date 2024-07 " + lead + "And Lazio? They are already eyeing a successor.", "Mario Rossi", "Lazio", ""},
		{"fr", " date 2024-07 Mario Rossi est proche de Naples, qui s'est entendu avec le Torino. La Lazio a déjà un remplaçant en vue.", "Mario Rossi", "Lazio", ""},
		{"fr cherche", " date 2024-07 Mario Rossi est proche de Naples, qui s'est entendu avec le Torino. De son côté, la Lazio cherche déjà un successeur.", "Mario Rossi", "Lazio", ""},
		{"es", " date 2024-07 Mario Rossi está cerca del Nápoles, que ha pactado con el Torino. La Lazio ya tiene un sustituto en el punto de mira.", "Mario Rossi", "Lazio", ""},
		{"es busca", " date 2024-07 Mario Rossi está cerca del Nápoles, que ha pactado con el Torino. La Lazio ya busca un relevo.", "Mario Rossi", "Lazio", ""},
		{"it", " date 2024-07 Mario Rossi è vicino al Napoli, che ha trovato l'accordo con il Torino. La Lazio ha già individuato il sostituto.", "Mario Rossi", "Lazio", ""},
		{"it cerca", " date 2024-07 Mario Rossi è vicino al Napoli, che ha trovato l'accordo con il Torino. La Lazio intanto cerca un erede.", "Mario Rossi", "Lazio", ""},
		{"de", " date 2024-07 Mario Rossi steht vor einem Wechsel zu Napoli, das sich mit dem FC Turin geeinigt hat. Lazio hat bereits Ersatz im Blick.", "Mario Rossi", "Lazio", ""},
		{"de sucht", " date 2024-07 Mario Rossi steht vor einem Wechsel zu Napoli, das sich mit dem FC Turin geeinigt hat. Lazio sucht schon einen Nachfolger.", "Mario Rossi", "Lazio", ""},
		// the passage's player keeps what the sentences about him tell
		{"en kept", " date 2024-07 " + lead + "Lazio already have a replacement in sight.", "Mario Rossi", "Napoli", facts.StageAdvanced},
	})
}

// TestReplacementNamedAfterColon: a replacement noun closed by a colon or
// a dash names the player who comes, not the one replaced ("have added
// goalkeeping cover: X joins on loan", "le remplaçant : X", "el relevo: X",
// "il sostituto: X", "der Nachfolger – X"): the buyer of the sentence
// signed him (a done suitor, or his club), in the five languages.
func TestReplacementNamedAfterColon(t *testing.T) {
	x := New()
	for _, tt := range []struct{ name, text, club string }{
		{"en cover", "Chelsea have made an offer for Luca Bianchi.\n\nManchester United have added cover: Mario Rossi joins on loan.", "Manchester United"},
		{"en successor dash", "Chelsea have made an offer for Luca Bianchi.\n\nManchester United have their successor – Mario Rossi has signed.", "Manchester United"},
		{"fr remplaçant", "Le PSG a fait une offre pour Luca Bianchi.\n\nLyon a trouvé son remplaçant : Mario Rossi a signé au club.", "Lyon"},
		{"es relevo", "El Betis ha hecho una oferta por Luca Bianchi.\n\nEl Sevilla ya tiene relevo: Mario Rossi ha fichado por el club.", "Sevilla"},
		{"it sostituto", "La Juventus ha fatto un'offerta per Luca Bianchi.\n\nIl Napoli ha trovato il sostituto: Mario Rossi ha firmato con il club.", "Napoli"},
		{"de Nachfolger", "Der FC Bayern hat ein Angebot für Luca Bianchi abgegeben.\n\nDer BVB hat einen Nachfolger – Mario Rossi hat beim Klub unterschrieben.", "Borussia Dortmund"},
	} {
		st, p := stageOfPair(x, " date 2024-07 "+tt.text, "Mario Rossi", tt.club)
		if st != facts.StageDone && p.CurrentClub != tt.club {
			t.Errorf("%s: Mario Rossi/%s stage %q club %q, want done", tt.name, tt.club, st, p.CurrentClub)
		}
	}
}
