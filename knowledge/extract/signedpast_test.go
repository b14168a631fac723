package extract

import "testing"

// TestTiedDownUntil: "tied down until", "contracted to a club until" and
// their kin in the other languages ("lié jusqu'en", "atado hasta",
// "legato fino al", "gebunden bis") give the contract he holds.
func TestTiedDownUntil(t *testing.T) {
	x := New()
	checkExpiry(t, x, []expiryCase{
		{" date 2024-01-15 Brentford want Mario Rossi, who is tied down until 2028.", "Mario Rossi", "2028"},
		{" date 2024-01-15 Brentford want Mario Rossi. He is contracted to Fulham until June 2028.", "Mario Rossi", "2028-06"},
		{" date 2024-01-15 Le Stade Brestois veut Mario Rossi, lié jusqu'en 2028.", "Mario Rossi", "2028"},
		{" date 2024-01-15 El Betis quiere a Mario Rossi. El Getafe lo tiene atado hasta 2028.", "Mario Rossi", "2028"},
		{" date 2024-01-15 Il Bologna vuole Mario Rossi, legato fino al 2028.", "Mario Rossi", "2028"},
		{" date 2024-01-15 Der SC Freiburg will Mario Rossi, der bis 2028 gebunden ist.", "Mario Rossi", "2028"},
	})
}

// TestSignedUntilPast: a signing told in the past with its end date
// ("unterschrieb bis 2029", "firmò fino al 2029") gives the contract of the
// move once it is done, in the five languages.
func TestSignedUntilPast(t *testing.T) {
	x := New()
	checkExpiry(t, x, []expiryCase{
		{" date 2025-09-02 News\n\nMario Rossi joined Brentford from Fulham for £4m and signed until 2029.", "Mario Rossi", "2029"},
		{" date 2025-09-02 Mercato\n\nMario Rossi est arrivé du FC Lorient pour 4 millions d'euros et a signé jusqu'en 2029.", "Mario Rossi", "2029"},
		{" date 2025-09-02 Mercado\n\nMario Rossi llegó del Getafe por 4 millones de euros y firmó hasta 2029.", "Mario Rossi", "2029"},
		{" date 2025-09-02 Calciomercato\n\nMario Rossi è arrivato dal Genoa per 4 milioni di euro e firmò fino al 2029.", "Mario Rossi", "2029"},
		{" date 2025-09-02 Transfer-News\n\nMario Rossi kam für vier Millionen Euro vom FC Augsburg und unterschrieb bis 2029.", "Mario Rossi", "2029"},
	})
}
