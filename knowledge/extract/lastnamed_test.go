package extract

import "testing"

// TestDescriptionAfterAside: a sentence opening on a player description
// after one that names nobody is about the player named last in the
// paragraph, not the one the article told most of ("X is wanted. Talks go
// on. The striker, whose contract runs until 2026, ..."), in the five
// languages.
func TestDescriptionAfterAside(t *testing.T) {
	x := New()
	checkExpiry(t, x, []expiryCase{
		{" date 2024-06-21 Luca Bianchi has left for Dortmund. Luca Bianchi scored 28 goals. Stuttgart now want to sign Mario Rossi. Talks with Brighton are under way. The striker, whose contract runs until 2026, wants to stay.", "Mario Rossi", "2026"},
		{" date 2024-06-21 Luca Bianchi est parti à Dortmund. Luca Bianchi a marqué 28 buts. Lens veut maintenant recruter Mario Rossi. Les discussions avec Brighton ont commencé. L'attaquant, dont le contrat court jusqu'en 2026, veut rester.", "Mario Rossi", "2026"},
		{" date 2024-06-21 Luca Bianchi se ha ido al Dortmund. Luca Bianchi marcó 28 goles. El Betis quiere ahora fichar a Mario Rossi. Las negociaciones con el Brighton ya han empezado. El delantero, cuyo contrato termina en 2026, quiere quedarse.", "Mario Rossi", "2026"},
		{" date 2024-06-21 Luca Bianchi è passato al Dortmund. Luca Bianchi ha segnato 28 gol. Il Bologna vuole ora acquistare Mario Rossi. La trattativa con il Brighton è avviata. L'attaccante, il cui contratto scade nel 2026, vuole restare.", "Mario Rossi", "2026"},
		{" date 2024-06-21 Luca Bianchi ist nach Dortmund gewechselt. Luca Bianchi traf 28 Mal. Der VfB will nun Mario Rossi verpflichten. Mit Brighton laufen Verhandlungen. Der Stürmer, dessen Vertrag noch bis 2026 gilt, will bleiben.", "Mario Rossi", "2026"},
	})
}
