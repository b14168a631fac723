package extract

import "testing"

// TestSpeakerLabel: in an interview, the name that labels two answers or
// more ("Hale: ...") is the speaker's: it tells nothing of a player, and
// an official the introduction names is no player, in the five languages.
func TestSpeakerLabel(t *testing.T) {
	checkNotNames(t, []notNameCase{
		{"en", " date 2024-07-01 Peter Hale, sporting director of Burnley, on the window.\n\nWhat about Tom Ashworth?\n\nHale: Fulham have made an offer for Tom Ashworth.\n\nAnd the others?\n\nHale: Everton asked about the winger in the autumn.\n\nAny news?\n\nHale: We keep working.", "Tom Ashworth", "Fulham", "Hale"},
		{"fr", " date 2024-07-01 Paul Dufresne, directeur sportif du FC Lorient, fait le point.\n\nEt Hugo Marchetti ?\n\nDufresne : Le FC Nantes a formulé une offre pour Hugo Marchetti.\n\nEt les autres ?\n\nDufresne : Le Stade Rennais s'est renseigné sur l'ailier cet automne.\n\nDes nouvelles ?\n\nDufresne : Nous continuons à travailler.", "Hugo Marchetti", "Nantes", "Dufresne"},
		{"es", " date 2024-07-01 Pablo Ortega, director deportivo del Getafe, hace balance.\n\n¿Y Tomás Herrera?\n\nOrtega: El Betis ha presentado una oferta por Tomás Herrera.\n\n¿Y los demás?\n\nOrtega: El Sevilla preguntó por el extremo en otoño.\n\n¿Novedades?\n\nOrtega: Seguimos trabajando.", "Tomás Herrera", "Real Betis", "Ortega"},
		{"it", " date 2024-07-01 Paolo Bellandi, direttore sportivo dell'Empoli, fa il punto.\n\nE Tommaso Ferlini?\n\nBellandi: Il Genoa ha presentato un'offerta per Tommaso Ferlini.\n\nE gli altri?\n\nBellandi: Il Torino si è informato sull'esterno in autunno.\n\nNovità?\n\nBellandi: Continuiamo a lavorare.", "Tommaso Ferlini", "Genoa", "Bellandi"},
		{"de", " date 2024-07-01 Im Interview spricht Peter Krämer, Sportdirektor des FC Augsburg, über den Winter.\n\nWas ist mit Jonas Albrecht?\n\nKrämer: Der SC Freiburg hat ein Angebot für Jonas Albrecht abgegeben.\n\nUnd die anderen?\n\nKrämer: Der VfL Wolfsburg hat sich im Herbst nach dem Flügelspieler erkundigt.\n\nGibt es Neuigkeiten?\n\nKrämer: Wir arbeiten weiter.", "Jonas Albrecht", "SC Freiburg", "Krämer"},
	})
}
