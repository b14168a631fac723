package sqlite

import (
	"context"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/storetest"
)

// A player stored under a tricky name is found however the name is
// written: the store folds what it stores and what it is asked with
// text.Fold, as the bot and the ingest pipeline do.
func TestTrickyNamesFoundAlike(t *testing.T) {
	names := map[string][]string{
		"N'Golo Kanté":          {"N’Golo Kanté", "NGOLO KANTE", "ngolo kante", "N'Golo Kante\u0301"},
		"Martin Ødegaard":       {"martin odegaard", "MARTIN ØDEGAARD"},
		"İlkay Gündoğan":        {"Ilkay Gundogan", "ilkay gündogan"},
		"Pierre-Emile Højbjerg": {"pierre emile hojbjerg", "Pierre Emile Højbjerg"},
		"Jonas Weiß":            {"jonas weiss", "JONAS WEISS"},
		"Samuel Eto'o":          {"Samuel Etoo", "samuel eto’o"},
	}
	var players []facts.Player
	for name := range names {
		players = append(players, facts.Player{Name: name, CurrentClub: "Marseille",
			Suitors: []facts.Suitor{{Club: "Arsenal", Stage: facts.StageInterest, Sentence: name + "."}}})
	}
	s := openTest(t, storetest.Extractor{"tricky": {Lang: "en", Players: players}})
	storetest.MustIngest(t, s, knowledge.Input{Text: "tricky"})
	for name, variants := range names {
		for _, v := range append(variants, name) {
			ps, err := s.FindPlayers(context.Background(), v)
			if err != nil || len(ps) != 1 || ps[0].Name != name {
				t.Errorf("FindPlayers(%q) = %v, %v; want %s", v, ps, err, name)
			}
		}
	}
}
