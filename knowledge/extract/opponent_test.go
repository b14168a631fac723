package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestOpponentIsNoSuitor: a club named as the opponent of a match or the
// rival of a title race is no suitor of the player the sentence is about,
// in the five languages; the club that wants him keeps its link.
func TestOpponentIsNoSuitor(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en edged past", " date 2024-04 After Arsenal edged past Porto, they are keen on Victor Osimhen.", "Victor Osimhen", "Porto", ""},
		{"en edged past suitor", " date 2024-04 After Arsenal edged past Porto, they are keen on Victor Osimhen.", "Victor Osimhen", "Arsenal", facts.StageInterest},
		{"en opener", " date 2024-08 Chelsea want to sign Victor Osimhen before their opener at Everton.", "Victor Osimhen", "Everton", ""},
		{"fr affronter", " date 2024-08 Le PSG surveille Victor Osimhen avant d'affronter Rennes samedi.", "Victor Osimhen", "Rennes", ""},
		{"fr affronter suitor", " date 2024-08 Le PSG surveille Victor Osimhen avant d'affronter Rennes samedi.", "Victor Osimhen", "Paris Saint-Germain", facts.StageInterest},
		{"es se enfrenta", " date 2024-08 El Atlético, que se enfrenta al Sevilla el domingo, sigue a Victor Osimhen.", "Victor Osimhen", "Sevilla", ""},
		{"it vantaggio", " date 2024-08 La Juventus, con due punti di vantaggio sulla Roma, segue Victor Osimhen.", "Victor Osimhen", "AS Roma", ""},
		{"it vantaggio suitor", " date 2024-08 La Juventus, con due punti di vantaggio sulla Roma, segue Victor Osimhen.", "Victor Osimhen", "Juventus", facts.StageInterest},
		{"de empfängt suitor", " date 2024-08 Der FC Bayern, der am Samstag den VfB Stuttgart empfängt, beobachtet Victor Osimhen.", "Victor Osimhen", "Bayern Munich", facts.StageInterest},
		{"de empfängt den", " date 2024-08 Der FC Bayern empfängt den VfB Stuttgart und beobachtet Victor Osimhen.", "Victor Osimhen", "VfB Stuttgart", ""},
		{"de empfängt", " date 2024-08 Der FC Bayern, der am Samstag den VfB Stuttgart empfängt, beobachtet Victor Osimhen.", "Victor Osimhen", "VfB Stuttgart", ""},
	})
}
