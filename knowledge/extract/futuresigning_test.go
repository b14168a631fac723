package extract

import "testing"

// TestFutureSigningUntil: a signing told to come with the end of the deal
// he will sign ("signera jusqu'en 2029", "firmará hasta 2029", "soll bis
// 2027 unterschreiben") is a new deal in the five languages: his contract
// when nothing else is told, never the one he holds when it is.
func TestFutureSigningUntil(t *testing.T) {
	x := New()
	checkExpiry(t, x, []expiryCase{
		{" date 2023-06-07 Real Madrid have agreed a fee with Everton for Mario Rossi. The midfielder will sign until June 2029.", "Mario Rossi", "2029-06"},
		{" date 2023-06-07 Newcastle are closing in on Mario Rossi, who is due to sign until 2028 once the fee is settled.", "Mario Rossi", "2028"},
		{" date 2023-06-07 Le Real Madrid a trouvé un accord avec le FC Nantes pour Mario Rossi. Le milieu signera jusqu'en juin 2029.", "Mario Rossi", "2029-06"},
		{" date 2023-06-07 Mario Rossi va s'engager jusqu'en 2028 avec le Stade Rennais.", "Mario Rossi", "2028"},
		{" date 2023-06-07 El Real Madrid ha cerrado el fichaje de Mario Rossi. El centrocampista firmará por seis temporadas, hasta el 30 de junio de 2029.", "Mario Rossi", "2029-06"},
		{" date 2023-06-07 El Barcelona ha cerrado el fichaje de Mario Rossi. El centrocampista se comprometerá con el club azulgrana hasta 2028.", "Mario Rossi", "2028"},
		{" date 2023-06-07 Il Napoli ha chiuso per Mario Rossi. Il centrocampista firmerà fino al 2028.", "Mario Rossi", "2028"},
		{" date 2023-06-07 Mario Rossi si legherà alla Lazio fino al 30 giugno 2028.", "Mario Rossi", "2028-06"},
		{" date 2023-06-07 Der FC Bayern steht vor der Verpflichtung von Mario Rossi. Der Mittelfeldspieler soll bis 2027 unterschreiben.", "Mario Rossi", "2027"},
		{" date 2023-06-07 Mario Rossi wird beim VfB Stuttgart einen Vertrag bis 2028 unterschreiben.", "Mario Rossi", "2028"},
		// the deal he holds, told too, is his contract
		{" date 2023-06-07 Mario Rossi, dont le contrat à Lorient expire en 2025, signera jusqu'en 2029 au Stade Rennais.", "Mario Rossi", "2025"},
		{" date 2023-06-07 Mario Rossi, cuyo contrato con el Cádiz termina en 2025, firmará con el Betis hasta 2029.", "Mario Rossi", "2025"},
		{" date 2023-06-07 Mario Rossi, dessen Vertrag beim VfL Bochum 2025 ausläuft, soll beim SC Freiburg bis 2029 unterschreiben.", "Mario Rossi", "2025"},
	})
}
