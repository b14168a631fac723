package extract

import "testing"

// TestEndOfYearExpiry: a contract told running to the end of a year
// ("until the end of 2026", "jusqu'à fin 2026", "hasta finales de 2026",
// "fino alla fine del 2026", "bis Ende 2026") ends in December of that
// year, in the five languages; the end of a month ("the end of June
// 2026") is no end of a year.
func TestEndOfYearExpiry(t *testing.T) {
	x := New()
	checkExpiry(t, x, []expiryCase{
		{" date 2025-07-25 Brentford want Mario Rossi, whose contract runs until the end of 2026.", "Mario Rossi", "2026-12"},
		{" date 2025-07-25 Brentford want Mario Rossi. His deal expires at the end of 2026.", "Mario Rossi", "2026-12"},
		{" date 2025-07-25 Le Stade Brestois veut Mario Rossi, dont le contrat expire fin 2026.", "Mario Rossi", "2026-12"},
		{" date 2025-07-25 Le Stade Brestois veut Mario Rossi, sous contrat jusqu'à la fin de l'année 2026.", "Mario Rossi", "2026-12"},
		{" date 2025-07-25 El Betis quiere a Mario Rossi, que tiene contrato hasta finales de 2026.", "Mario Rossi", "2026-12"},
		{" date 2025-07-25 El Betis quiere a Mario Rossi, que tiene contrato hasta final de 2026.", "Mario Rossi", "2026-12"},
		{" date 2025-07-25 Il Bologna vuole Mario Rossi, che ha un contratto fino alla fine del 2026.", "Mario Rossi", "2026-12"},
		{" date 2025-07-25 Der SC Freiburg will Mario Rossi, dessen Vertrag bis Ende 2026 läuft.", "Mario Rossi", "2026-12"},
		// the end of a month or of a season is no end of a year
		{" date 2025-07-25 Brentford want Mario Rossi, whose contract runs until the end of June 2026.", "Mario Rossi", "2026-06"},
	})
}
