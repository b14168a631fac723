package extract

import "testing"

// TestHeldBeforeRenewal: a contract told in the past ("his deal ran
// until", "dont le bail courait jusqu'en", "tenía contrato hasta", "era
// legato fino al", "sein Vertrag lief bis") gives way to the one the
// sentence then tells he holds now, in the five languages.
func TestHeldBeforeRenewal(t *testing.T) {
	x := New()
	checkExpiry(t, x, []expiryCase{
		{" date 2025-10-03 Brentford keep Mario Rossi. His deal ran until June 2027, and he is now under contract until June 2029.", "Mario Rossi", "2029-06"},
		{" date 2025-10-03 Lorient garde Mario Rossi. Le milieu, dont le bail courait jusqu'en juin 2027, est désormais sous contrat jusqu'en juin 2029.", "Mario Rossi", "2029-06"},
		{" date 2025-10-03 El Getafe retiene a Mario Rossi. El centrocampista tenía contrato hasta 2027 y ahora tiene contrato hasta junio de 2030.", "Mario Rossi", "2030-06"},
		{" date 2025-10-03 Il Genoa trattiene Mario Rossi. Il suo contratto scadeva nel 2027, ora il contratto scade nel giugno 2030.", "Mario Rossi", "2030-06"},
		{" date 2025-10-03 Der VfL Bochum hält Mario Rossi. Sein Vertrag lief bis 2027, nun läuft sein Vertrag bis Juni 2030.", "Mario Rossi", "2030-06"},
	})
}
