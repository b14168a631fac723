package extract

import "testing"

// TestRenewalOffered: a club offering its player a new or improved
// contract, talking with him about one, or being told no to it, is his
// club keeping him, no pursuit: the offer, talks or refusal words have the
// renewal for object, with his name between ("offered Bukayo Saka a new
// contract", "in talks with Saka over a new deal") or, in German, the
// renewal noun before the verb at the end of its clause ("hat Šeško ein
// verbessertes Vertragsangebot vorgelegt", "eine Verlängerung abgelehnt").
// A renewal made official is no signing: "è ufficiale: Lautaro rinnova
// fino al 2029".
func TestRenewalOffered(t *testing.T) {
	x := New()
	groups := []struct {
		player, club string
		texts        map[string]string
	}{
		{"Bukayo Saka", "Arsenal", map[string]string{
			"en": "Arsenal have offered Bukayo Saka a new contract.",
			"fr": "Arsenal a proposé un nouveau contrat à Bukayo Saka.",
			"es": "El Arsenal ha ofrecido un nuevo contrato a Bukayo Saka.",
			"it": "L'Arsenal ha offerto un nuovo contratto a Bukayo Saka.",
			"de": "Arsenal hat Bukayo Saka einen neuen Vertrag angeboten.",
		}},
		{"Bukayo Saka", "Arsenal", map[string]string{
			"en": "Arsenal are in talks with Bukayo Saka over an improved contract.",
			"fr": "Arsenal négocie avec Bukayo Saka un contrat revalorisé.",
			"es": "El Arsenal negocia con Bukayo Saka un contrato mejorado.",
			"it": "L'Arsenal tratta con Bukayo Saka per un contratto migliorato.",
			"de": "Arsenal hat Bukayo Saka ein verbessertes Vertragsangebot vorgelegt.",
		}},
		{"Dušan Vlahović", "Fiorentina", map[string]string{
			"en": "The Fiorentina president confirmed that Dušan Vlahović has said no to a renewal.",
			"fr": "Le président de la Fiorentina a confirmé que Dušan Vlahović a refusé la prolongation.",
			"es": "El presidente de la Fiorentina confirmó que Dušan Vlahović ha rechazado la renovación.",
			"it": "Il presidente della Fiorentina ha confermato che Dušan Vlahović ha detto no al rinnovo.",
			"de": "Der Präsident der Fiorentina bestätigte, dass Dušan Vlahović eine Verlängerung abgelehnt hat.",
		}},
		{"Lautaro Martínez", "Inter Milan", map[string]string{
			"en": "Inter, it's official: Lautaro Martínez extends until 2029.",
			"fr": "Inter, c'est officiel : Lautaro Martínez prolonge jusqu'en 2029.",
			"es": "Inter, es oficial: Lautaro Martínez renueva hasta 2029.",
			"it": "Inter, è ufficiale: Lautaro Martínez rinnova fino al 2029.",
			"de": "Inter, es ist offiziell: Lautaro Martínez verlängert bis 2029.",
		}},
	}
	for _, g := range groups {
		checkStages(t, x, perLanguage(g.texts, "2022-01", g.player, pairWant{g.club, ""}))
	}
	// an offer of a contract of a given length is a buyer's: still a link
	checkStages(t, x, perLanguage(map[string]string{
		"en": "Chelsea have offered Adrien Rabiot a four-year contract.",
		"fr": "Chelsea a proposé un contrat de quatre ans à Adrien Rabiot.",
		"es": "El Chelsea ha ofrecido un contrato de cuatro años a Adrien Rabiot.",
		"it": "Il Chelsea ha offerto un contratto di quattro anni a Adrien Rabiot.",
		"de": "Chelsea hat Adrien Rabiot einen Vierjahresvertrag angeboten.",
	}, "2022-01", "Adrien Rabiot", pairWant{"Chelsea", "bid"}))
}
