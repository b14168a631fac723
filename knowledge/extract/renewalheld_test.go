package extract

import "testing"

// TestRenewalSupersedes: a renewal told made is the contract he holds from
// now on, in the five languages, whether the deal it replaces is told
// after it or before it; a renewal still talked about is not, nor one
// another club offers.
func TestRenewalSupersedes(t *testing.T) {
	x := New()
	checkExpiry(t, x, []expiryCase{
		{" date 2022-05-21 Mario Rossi has extended his contract with Everton until 2027. His previous deal was due to expire in June.", "Mario Rossi", "2027"},
		{" date 2022-05-21 Mario Rossi, whose contract was due to run out in June, has signed a new deal with Everton until 2027.", "Mario Rossi", "2027"},
		{" date 2022-05-21 Everton confirmed that Mario Rossi has renewed his deal until June 2026, ending talk of a free transfer. He had been out of contract this summer.", "Mario Rossi", "2026-06"},
		{" date 2022-05-21 Mario Rossi prolonge au FC Nantes jusqu'en 2025. En fin de contrat le 30 juin, le milieu était libre de s'engager ailleurs.", "Mario Rossi", "2025"},
		{" date 2022-05-21 Mario Rossi a paraphé un nouveau contrat avec le FC Nantes, soit jusqu'en juin 2026. Son bail expirait le 30 juin.", "Mario Rossi", "2026-06"},
		{" date 2022-05-21 Le Stade Rennais a annoncé que Mario Rossi a prolongé son contrat jusqu'en 2027. Il était en fin de contrat en juin.", "Mario Rossi", "2027"},
		{" date 2022-05-21 Mario Rossi renueva con el Betis hasta 2027. Su contrato terminaba en junio.", "Mario Rossi", "2027"},
		{" date 2022-05-21 Mario Rossi, cuyo contrato terminaba en junio, ha renovado con el Betis hasta junio de 2026.", "Mario Rossi", "2026-06"},
		{" date 2022-05-21 Mario Rossi ha firmado un nuevo contrato con el Valencia hasta 2027. Le quedaba un mes de contrato.", "Mario Rossi", "2027"},
		{" date 2022-05-21 Mario Rossi ha rinnovato con il Torino fino al 2027. Il suo contratto scadeva a giugno.", "Mario Rossi", "2027"},
		{" date 2022-05-21 Mario Rossi, in scadenza a giugno, ha prolungato il contratto con la Lazio fino al 2026.", "Mario Rossi", "2026"},
		{" date 2022-05-21 Mario Rossi ha firmato un nuovo contratto con il Bologna fino al 30 giugno 2027. Il vecchio accordo scadeva a giugno.", "Mario Rossi", "2027-06"},
		{" date 2022-05-21 Mario Rossi hat seinen Vertrag beim VfL Bochum bis 2027 verlängert. Sein alter Vertrag wäre im Juni ausgelaufen.", "Mario Rossi", "2027"},
		{" date 2022-05-21 Mario Rossi, dessen Vertrag im Juni ausgelaufen wäre, hat beim SC Freiburg bis 2026 verlängert.", "Mario Rossi", "2026"},
		{" date 2022-05-21 Der FC Augsburg hat den Vertrag mit Mario Rossi bis 2027 verlängert. Sein bisheriger Vertrag lief im Juni aus.", "Mario Rossi", "2027"},
		// the deal a renewal replaces, told expiring in its sentence, is no renewal
		{" date 2023-01-04 Mario Rossi verlängert beim VfL Bochum bis 2026. Mario Rossi hat seinen zum 30. Juni auslaufenden Vertrag vorzeitig verlängert.", "Mario Rossi", "2026"},
		// a renewal told again with a month refines its year
		{" date 2022-05-21 Mario Rossi prolonge au FC Nantes jusqu'en 2025. Le milieu a paraphé samedi un nouveau contrat de trois saisons, soit jusqu'en juin 2025.", "Mario Rossi", "2025-06"},
		// a renewal talked about or refused is not made: the deal he holds
		{" date 2022-05-21 Everton are in talks with Mario Rossi over an extension until 2027; his contract expires in June.", "Mario Rossi", "2022-06"},
		{" date 2022-05-21 Le FC Nantes négocie une prolongation jusqu'en 2026 avec Mario Rossi, dont le contrat expire en juin.", "Mario Rossi", "2022-06"},
		{" date 2022-05-21 Il Torino ha offerto a Mario Rossi il rinnovo fino al 2027, ma il giocatore, in scadenza a giugno, ha detto no.", "Mario Rossi", "2022-06"},
	})
}
