package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// stageOfPair returns the stage of club for player in text, or "" when the
// pair is not reported.
func stageOfPair(x *Extractor, text, player, club string) (facts.Stage, facts.Player) {
	a := x.Extract(text, Hints{})
	for _, p := range a.Players {
		if p.Name != player {
			continue
		}
		for _, s := range p.Suitors {
			if s.Club == club {
				return s.Stage, p
			}
		}
		return "", p
	}
	return "", facts.Player{}
}

// TestStageRules covers conditionals, clause-scoped past markers, goals
// ("agreeing personal terms"), continuing talks after a rebuff, and a
// signing after a pursuit ended.
func TestStageRules(t *testing.T) {
	x := New()
	tests := []struct {
		name, text, player, club string
		want                     facts.Stage
	}{
		{"en if clause", " date 2023-06-23 Manchester United have agreed personal terms with Mason Mount. The club would walk away if the offer was refused.", "Mason Mount", "Manchester United", facts.StageAdvanced},
		{"fr si clause", " date 2023-06 Le PSG a trouvé un accord verbal avec Marcus Thuram. Si l'offre est refusée, le club partira.", "Marcus Thuram", "Paris Saint-Germain", facts.StageAdvanced},
		{"de wenn clause", " date 2023-06 Der FC Bayern hat eine Einigung mit Harry Kane erzielt, wenn das Angebot abgelehnt wird, ist alles vorbei.", "Harry Kane", "Bayern Munich", facts.StageAdvanced},
		{"en goal not advanced", " date 2024-06 Chelsea are in talks for Michael Olise and their focus is now on agreeing personal terms.", "Michael Olise", "Chelsea", facts.StageTalks},
		{"es goal not advanced", " date 2024-06 El Barcelona quiere llegar a un acuerdo con Nico Williams.", "Nico Williams", "Barcelona", facts.StageTalks},
		{"en not over", " date 2023-06 Manchester United's bid for Mason Mount has been rebuffed, but negotiations are not over.", "Mason Mount", "Manchester United", facts.StageTalks},
		{"it proseguono", " date 2023-02 L'offerta del Galatasaray per Nicolò Zaniolo è stata respinta, ma i contatti proseguono.", "Nicolò Zaniolo", "Galatasaray", facts.StageTalks},
		{"en even though", " date 2023-08 West Ham remain keen on Scott McTominay, even though their offer was turned down.", "Scott McTominay", "West Ham United", facts.StageInterest},
		{"es aunque", " date 2023-08 El Barcelona sigue a Nico Williams, aunque su oferta fue rechazada.", "Nico Williams", "Barcelona", facts.StageInterest},
		{"en past clause only", " date 2023-06 Liverpool were linked with Mason Mount in the spring, but the Reds moved on and completed the signing of Alexis Mac Allister.", "Alexis Mac Allister", "Liverpool", facts.StageDone},
		{"en past year", " date 2024-06 Michael Olise joined Crystal Palace from Reading in 2021.", "Michael Olise", "Crystal Palace", ""},
		{"en failing", " date 2023-02 Arsenal failed in their pursuit of Brighton's Moisés Caicedo.", "Moisés Caicedo", "Arsenal", facts.StageEnded},
	}
	for _, tt := range tests {
		got, _ := stageOfPair(x, tt.text, tt.player, tt.club)
		if got != tt.want {
			t.Errorf("%s: %s/%s stage %q, want %q", tt.name, tt.player, tt.club, got, tt.want)
		}
	}
}

// TestDoneIsCurrentClub: a completed signing makes the buyer his club.
func TestDoneIsCurrentClub(t *testing.T) {
	x := New()
	tests := []struct{ text, player, want string }{
		{" date 2023-06 Liverpool have completed the signing of Alexis Mac Allister from Brighton.", "Alexis Mac Allister", "Liverpool"},
		{" date 2023-06 Alexis Mac Allister ha firmato con il Liverpool.", "Alexis Mac Allister", "Liverpool"},
		{" date 2023-06 Le Real Madrid a officialisé l'arrivée de Jude Bellingham.", "Jude Bellingham", "Real Madrid"},
	}
	for _, tt := range tests {
		_, p := stageOfPair(x, tt.text, tt.player, "")
		if p.CurrentClub != tt.want {
			t.Errorf("%q: current club %q, want %q", tt.text, p.CurrentClub, tt.want)
		}
	}
}
