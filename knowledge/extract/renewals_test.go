package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestRenewalMade: a player told renewing his contract with a club (the
// verb made, with a with-word, a ground word, or German verb-last) is that
// club's player, and the renewal is no signing for another club the
// sentence names, in the five languages.
func TestRenewalMade(t *testing.T) {
	x := New()
	tests := []clubCase{
		{" date 2016-06-23 Mario Rossi has turned his back on Arsenal and signed a new four-year contract with Leicester City.", "Mario Rossi", "Leicester City"},
		{" date 2016-06-23 Mario Rossi has signed a new contract with Everton, ending talk of a move to Chelsea.", "Mario Rossi", "Everton"},
		{" date 2016-06-23 Despite interest from Chelsea, Mario Rossi has extended his contract with Everton until 2026.", "Mario Rossi", "Everton"},
		{" date 2022-05-21 Mario Rossi a prolongé son contrat au FC Nantes jusqu'en 2025, tournant le dos au Real Madrid.", "Mario Rossi", "Nantes"},
		{" date 2022-05-21 Mario Rossi a prolongé avec le FC Nantes jusqu'en 2025 malgré l'intérêt de Lyon.", "Mario Rossi", "Nantes"},
		{" date 2022-05-21 Mario Rossi renueva con el Real Betis hasta 2026 y da la espalda al Sevilla.", "Mario Rossi", "Real Betis"},
		{" date 2022-05-21 Mario Rossi ha renovado su contrato con el Real Betis hasta 2026 pese al interés del Sevilla.", "Mario Rossi", "Real Betis"},
		{" date 2022-05-21 Mario Rossi ha rinnovato con il Torino fino al 2026, nonostante l'interesse del Napoli.", "Mario Rossi", "Torino"},
		{" date 2022-05-21 Mario Rossi ha prolungato il contratto con il Torino fino al 2026 e dice no al Napoli.", "Mario Rossi", "Torino"},
		{" date 2022-05-21 Mario Rossi hat seinen Vertrag beim VfL Bochum bis 2026 verlängert und Schalke 04 abgesagt.", "Mario Rossi", "Bochum"},
		{" date 2022-05-21 Mario Rossi verlängert beim VfL Bochum bis 2026, trotz des Interesses von Schalke 04.", "Mario Rossi", "Bochum"},
	}
	checkCurrent(t, x, tests)
	for _, tt := range tests {
		_, p := stageOfPair(x, tt.text, tt.player, "")
		for _, s := range p.Suitors {
			if s.Stage == facts.StageDone {
				t.Errorf("%q: %s done", tt.text, s.Club)
			}
		}
	}
}
