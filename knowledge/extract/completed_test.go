package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestCompletedSignings: a completed deal told after a pursuit in the past,
// and a deal that only waits for its announcement.
func TestCompletedSignings(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en moved on from seller", " date 2023-08 Manchester United had considered Harry Kane in the spring, but they have since moved on and completed the signing of Rasmus Højlund from Atalanta.", "Rasmus Højlund", "Manchester United", facts.StageDone},
		{"fr manque l'officialisation", " date 2023-08 Reims est sur le point de boucler le prêt de Folarin Balogun, et il ne manque plus que l'officialisation.", "Folarin Balogun", "Stade de Reims", facts.StageAdvanced},
		{"it manca l'ufficialità", " date 2023-08 L'Inter ha trovato l'accordo per Davide Frattesi, manca solo l'ufficialità.", "Davide Frattesi", "Inter Milan", facts.StageAdvanced},
		{"en awaiting announcement", " date 2023-08 Arsenal have agreed a deal for Declan Rice and are awaiting the official announcement.", "Declan Rice", "Arsenal", facts.StageAdvanced},
	})
}
