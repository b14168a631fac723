package extract

import "testing"

// TestRequestingClub: a club named after a request noun and an of-word
// ("die Anfrage der Münchner", "a request from Chelsea", "la demande du
// Stade Rennais") asks for the player: the club that turns the request
// down is his, in the five languages, whether the verb comes first, last
// or in a passive; a request priced with an amount stays the seller's
// price.
func TestRequestingClub(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2024-01-20 Everton have rejected a request from Chelsea for Mario Rossi.", "Mario Rossi", "Everton"},
		{" date 2024-01-20 Everton turned down an enquiry from Chelsea for the midfielder Mario Rossi.", "Mario Rossi", "Everton"},
		{" date 2024-01-20 A request by Chelsea for Mario Rossi was rejected by Everton.", "Mario Rossi", "Everton"},
		{" date 2024-01-20 Le FC Nantes a repoussé la demande du Stade Rennais pour Mario Rossi.", "Mario Rossi", "Nantes"},
		{" date 2024-01-20 Le FC Nantes a refusé une demande de prêt de l'OL pour Mario Rossi.", "Mario Rossi", "Nantes"},
		{" date 2024-01-20 La demande de Lyon pour Mario Rossi a été refusée par le FC Nantes.", "Mario Rossi", "Nantes"},
		{" date 2024-01-20 El Real Betis ha rechazado la petición del Sevilla por Mario Rossi.", "Mario Rossi", "Real Betis"},
		{" date 2024-01-20 La solicitud del Valencia por Mario Rossi fue rechazada por el Real Betis.", "Mario Rossi", "Real Betis"},
		{" date 2024-01-20 El Betis rechazó una petición de Osasuna por el lateral Mario Rossi.", "Mario Rossi", "Real Betis"},
		{" date 2024-01-20 Il Torino ha respinto la richiesta del Napoli per Mario Rossi.", "Mario Rossi", "Torino"},
		{" date 2024-01-20 La richiesta della Lazio per Mario Rossi è stata respinta dal Torino.", "Mario Rossi", "Torino"},
		{" date 2024-01-20 Il Torino ha rifiutato le richieste dell'Atalanta per Mario Rossi.", "Mario Rossi", "Torino"},
		{" date 2024-01-20 Der FC Bayern sucht einen Verteidiger. Der FC Barcelona hat die Anfrage der Münchner für Innenverteidiger Mario Rossi abgelehnt.", "Mario Rossi", "Barcelona"},
		{" date 2024-01-20 Der VfL Bochum lehnte die Anfrage von Borussia Dortmund für Mario Rossi ab.", "Mario Rossi", "Bochum"},
		{" date 2024-01-20 Die Anfrage des BVB für Mario Rossi wurde vom VfL Bochum abgelehnt.", "Mario Rossi", "Bochum"},
		// a request with an amount is the seller's price
		{" date 2024-01-20 Il Napoli segue Mario Rossi, ma la richiesta del Torino è di 40 milioni.", "Mario Rossi", "Torino"},
		{" date 2024-01-20 Le Stade Rennais suit Mario Rossi, mais la demande du FC Nantes est de 40 millions d'euros.", "Mario Rossi", "Nantes"},
	})
}

// TestClosesTheDoor: a club that closes the door to another for a player
// turns that club down and keeps him, and a club that will not sell him
// is his, in the five languages.
func TestClosesTheDoor(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2024-06-20 Il Torino chiude la porta al Napoli per Mario Rossi.", "Mario Rossi", "Torino"},
		{" date 2024-06-20 Le FC Nantes ferme la porte à Lyon pour Mario Rossi.", "Mario Rossi", "Nantes"},
		{" date 2024-06-20 El Real Betis cierra la puerta al Sevilla por Mario Rossi.", "Mario Rossi", "Real Betis"},
		{" date 2024-06-20 Everton have closed the door on Chelsea for Mario Rossi.", "Mario Rossi", "Everton"},
		{" date 2024-06-20 Der VfL Bochum schließt die Tür für Schalke 04: Mario Rossi bleibt.", "Mario Rossi", "Bochum"},
		{" date 2024-06-20 Il Torino non vende Mario Rossi, nonostante l'interesse del Napoli.", "Mario Rossi", "Torino"},
		{" date 2024-06-20 Le FC Nantes ne vendra pas Mario Rossi malgré l'intérêt de Lyon.", "Mario Rossi", "Nantes"},
		{" date 2024-06-20 El Real Betis no vende a Mario Rossi pese al interés del Sevilla.", "Mario Rossi", "Real Betis"},
	})
}
