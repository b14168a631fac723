package extract

import "testing"

// TestNameDepartureCompound: a German heading's compound of a surname and
// a departure or move noun ("Koné-Abschied", "Rossi-Weggang",
// "Rossi-Leihe") names no person of its own: the talks it heads are the
// player's.
func TestNameDepartureCompound(t *testing.T) {
	x := New()
	const body = "\n\nMario Rossi steht bei Borussia Mönchengladbach unter Vertrag. Die AS Rom ist am Mittelfeldspieler interessiert."
	for _, head := range []string{
		"Rossi-Abschied rückt näher: Roma legt nach, die Fohlen bleiben hart",
		"Rossi-Weggang: Roma legt nach, Gladbach bleibt hart",
		"Rossi-Leihe? Roma verhandelt mit Gladbach",
		"Rossi-Abgang: Roma erhöht das Angebot",
	} {
		a := x.Extract(" date 2024-07 "+head+body, Hints{})
		for _, p := range a.Players {
			if p.Name != "Mario Rossi" {
				t.Errorf("%q: %q read as a player: %+v", head, p.Name, p)
			}
		}
	}
}
