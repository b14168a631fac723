package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestLeftForClub: a player who has left his club for another one has
// made the move, even when a one-word club stands between the leaving verb
// and the buyer ("has left Brentford for Fulham").
func TestLeftForClub(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en has left", " date 2024-01 Ivan Toney has left Brentford for Fulham.", "Ivan Toney", "Fulham", facts.StageDone},
		{"en left", " date 2024-01 The striker Ivan Toney left Brentford for Aston Villa on Monday.", "Ivan Toney", "Aston Villa", facts.StageDone},
		{"en left the", " date 2024-01 Jarrod Bowen has officially left West Ham for Newcastle.", "Jarrod Bowen", "Newcastle United", facts.StageDone},
		{"en seller none", " date 2024-01 Ivan Toney has left Brentford for Fulham.", "Ivan Toney", "Brentford", ""},
		{"es dejó", " date 2024-01 Álex Baena dejó el Villarreal por el Atlético en verano.", "Álex Baena", "Atlético Madrid", facts.StageDone},
		{"es ha dejado", " date 2024-01 Joao Felix dejó el Atlético por el Barcelona.", "Joao Felix", "Barcelona", facts.StageDone},
		{"it ha lasciato", " date 2024-01 Romelu Lukaku ha lasciato il Chelsea per il Napoli.", "Romelu Lukaku", "Napoli", facts.StageDone},
		{"it lasciato", " date 2024-01 Davide Frattesi ha lasciato il Sassuolo per l'Inter.", "Davide Frattesi", "Inter Milan", facts.StageDone},
	})
}
