package extract

import "testing"

// TestFormerRoleOf: a club after a former-word, a role or position noun
// and an of-word ("the former striker of Sturm Graz", "l'ancien capitaine
// de Manchester City", "der frühere Torjäger von Sturm Graz") is a club he
// left: neither his club nor a suitor, in the five languages. Without the
// former-word the club is his.
func TestFormerRoleOf(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2025-02 Werder Bremen are interested in Mika Biereth, the former striker of Sturm Graz.", "Mika Biereth", ""},
		{" date 2025-02 Le FC Nantes s'intéresse à Mika Biereth, l'ancien attaquant de Sturm Graz.", "Mika Biereth", ""},
		{" date 2025-02 El Sevilla se interesa por Mika Biereth, el ex delantero del Sturm Graz.", "Mika Biereth", ""},
		{" date 2025-02 Il Torino è interessato a Mika Biereth, l'ex attaccante dello Sturm Graz.", "Mika Biereth", ""},
		{" date 2025-02 Werder Bremen interessiert sich für Mika Biereth, den früheren Stürmer von Sturm Graz.", "Mika Biereth", ""},
		{" date 2025-02 Werder Bremen wollte Mika Biereth ausleihen. Der frühere Torjäger von Sturm Graz bleibt bei der AS Monaco.", "Mika Biereth", "Monaco"},
		// no former-word: the club of the role noun is his
		{" date 2025-02 Werder Bremen are interested in Mika Biereth, the striker of Sturm Graz.", "Mika Biereth", "Sturm Graz"},
		{" date 2025-02 Le FC Nantes s'intéresse à Mika Biereth, l'attaquant de Sturm Graz.", "Mika Biereth", "Sturm Graz"},
	})
	for _, text := range []string{
		" date 2025-02 Werder Bremen are interested in Mika Biereth, the former striker of Sturm Graz.",
		" date 2025-02 Il Torino è interessato a Mika Biereth, l'ex attaccante dello Sturm Graz.",
	} {
		_, p := stageOfPair(x, text, "Mika Biereth", "")
		for _, s := range p.Suitors {
			if s.Club == "Sturm Graz" {
				t.Errorf("%q: Sturm Graz is a suitor", text)
			}
		}
	}
}
