package extract

import "testing"

// TestHonorifics: a courtesy title ("Herr Berg", "Monsieur Berg", "Señor
// Berg", "Signor Berg", "Mr Berg") is no part of a name: the name after it
// is the person the article named before (here an official), not a new
// person read as a player. The names of a competition or a national team
// ("le Mondial", "international Espoirs") are no persons either.
func TestHonorifics(t *testing.T) {
	x := New()
	checkNoPlayer(t, x, []struct{ name, text, official string }{
		{"de", " date 2025-01 Sportdirektor Markus Berg über Mario Rossi.\n\nHerr Berg, wie weit ist der Wechsel?\n\nIch bestätige, dass wir mit dem FC Chelsea im Austausch sind.", "Herr Berg"},
		{"fr", " date 2025-01 Le directeur sportif Markus Berg évoque Mario Rossi.\n\nMonsieur Berg, où en est le transfert ?\n\nNous discutons avec Chelsea, je le confirme.", "Monsieur Berg"},
		{"es", " date 2025-01 El director deportivo Markus Berg habla de Mario Rossi.\n\nSeñor Berg, ¿cómo va el traspaso?\n\nEstamos negociando con el Chelsea, lo confirmo.", "Señor Berg"},
		{"it", " date 2025-01 Il direttore sportivo Markus Berg parla di Mario Rossi.\n\nSignor Berg, a che punto è la trattativa?\n\nSiamo in contatto con il Chelsea, lo confermo.", "Signor Berg"},
		{"en", " date 2025-01 Sporting director Markus Berg on Mario Rossi.\n\nMr Berg, where is the deal?\n\nWe are in talks with Chelsea, I can confirm that.", "Mr Berg"},
		{"fr mondial", " date 2024-01 Le demi-finaliste du Mondial au Qatar avait été approché par Al-Nassr.", "Mondial"},
		{"fr espoirs", " date 2024-01 Lens a entamé des discussions avec Montpellier, qui réclame 30 millions pour le jeune international Espoirs.", "Espoirs"},
	})
}
