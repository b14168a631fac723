package extract

import "testing"

// TestBoughtFromBy: a club a relative clause tells taking him from another
// ("Barcelona, who signed him from Arsenal") is his club, and the club he
// came from is not, in the five languages.
func TestBoughtFromBy(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2022-09-01 Chelsea are in talks over Mario Rossi. Barcelona, who signed him from Arsenal on a free in February, had also been approached by United.", "Mario Rossi", "Barcelona"},
		{" date 2022-09-01 Mario Rossi is wanted by Chelsea. Everton, who bought him from Burnley last year, will not sell.", "Mario Rossi", "Everton"},
		{" date 2022-09-01 Chelsea discute pour Mario Rossi. Le FC Nantes, qui l'avait recruté en provenance de Lorient en février, attend une offre.", "Mario Rossi", "Nantes"},
		{" date 2022-09-01 Le PSG suit Mario Rossi. Le Stade Rennais, qui l'a acheté au FC Lorient l'an dernier, ne veut pas le vendre.", "Mario Rossi", "Rennes"},
		{" date 2022-09-01 El Chelsea sigue a Mario Rossi. El Betis, que lo fichó del Cádiz en febrero, no quiere venderlo.", "Mario Rossi", "Real Betis"},
		{" date 2022-09-01 Il Chelsea segue Mario Rossi. Il Torino, che lo aveva acquistato dal Genoa a febbraio, aspetta offerte.", "Mario Rossi", "Torino"},
		{" date 2022-09-01 Der FC Chelsea beobachtet Mario Rossi. Der VfL Bochum, der ihn im Februar von Schalke 04 geholt hatte, will ihn halten.", "Mario Rossi", "Bochum"},
	})
}
