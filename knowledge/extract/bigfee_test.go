package extract

import "testing"

// TestBigFeeAsked: a club that would ask a big fee for a player with no
// figure told ("Celtic would want a big fee for X", "l'OM réclamera une
// grosse somme", "el Betis pedirá mucho dinero", "il Torino chiederà una
// cifra importante", "der SC Freiburg würde eine hohe Ablöse fordern")
// sells him: his club, no suitor. The club keen on him keeps its link.
func TestBigFeeAsked(t *testing.T) {
	x := New()
	cases := []sellerCase{
		{"en", "Everton are keen on Mario Rossi. Celtic would want a big fee for the striker, who signed a new deal last year.", "Celtic"},
		{"en demand", "Everton are keen on Mario Rossi, but Brighton will demand a hefty fee for the midfielder.", "Brighton & Hove Albion"},
		{"fr", "Everton s'intéresse à Mario Rossi. L'OM réclamera une grosse somme pour son attaquant.", "Marseille"},
		{"es", "El Everton sigue a Mario Rossi. El Betis pedirá mucho dinero por el delantero.", "Real Betis"},
		{"it", "L'Everton segue Mario Rossi. Il Torino chiederà una cifra importante per l'attaccante.", "Torino"},
		{"de", "Der FC Everton ist an Mario Rossi interessiert. Der SC Freiburg würde für den Stürmer eine hohe Ablöse fordern.", "SC Freiburg"},
	}
	checkSellerKeen(t, x, "Everton", cases)
}
