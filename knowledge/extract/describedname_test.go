package extract

import "testing"

// TestDescriptionBeforeName: what the press puts with a capital before a
// player's name — a French demonym or nationality after an article ("Le
// Monégasque Youssouf Fofana", "le Bondynois"), a German compound of a
// club and a player noun ("Bayern-Profi Serge Gnabry"), a German
// genitive of a player noun ("des Offensivspielers") — is no part of a
// name, and the player keeps his suitor.
func TestDescriptionBeforeName(t *testing.T) {
	checkNotNames(t, []notNameCase{
		{"fr demonym", " date 2024-07-01 Le mercato s'accélère. Le Monégasque Hugo Marchetti intéresse le FC Nantes.", "Hugo Marchetti", "Nantes", "Monégasque"},
		{"fr club demonym", " date 2024-07-01 Le mercato s'accélère. Le FC Nantes a formulé une offre pour le Lorientais Hugo Marchetti.", "Hugo Marchetti", "Nantes", "Lorientais"},
		{"fr alone", " date 2024-07-01 Marchetti reste à Nantes : le Bondynois prolonge jusqu'en 2027.\n\nHugo Marchetti était suivi par le Stade Rennais depuis janvier.", "Hugo Marchetti", "Rennes", "Bondynois"},
		{"de club compound", " date 2024-07-01 Der Transfermarkt nimmt Fahrt auf. Augsburg-Profi Jonas Albrecht steht beim SC Freiburg hoch im Kurs.", "Jonas Albrecht", "SC Freiburg", "Profi"},
		{"de genitive", " date 2024-07-01 Der SC Freiburg hat ein Angebot für Jonas Albrecht abgegeben. Der VfL Wolfsburg hat den Transfer des 20-jährigen Offensivspielers ebenfalls angefragt.", "Jonas Albrecht", "SC Freiburg", "Offensivspielers"},
	})
}

// TestGermanClubGenitive: a German genitive of a club's city before a
// surname ("Freiburgs Bachmann", "Stuttgarts Albrecht") is his club's,
// whether the club's short name is ambiguous or not, and no part of his
// name.
func TestGermanClubGenitive(t *testing.T) {
	checkNotNames(t, []notNameCase{
		{"named in full", " date 2025-12-29 Bayern hat Freiburgs Albrecht im Visier\n\nJonas Albrecht (SC Freiburg): Der FC Bayern hat den Sechser im Visier.", "Jonas Albrecht", "Bayern Munich", "Freiburgs"},
		{"city only", " date 2025-12-29 Der FC Bayern hat Stuttgarts Albrecht im Visier. Jonas Albrecht ist 22 Jahre alt.", "Jonas Albrecht", "Bayern Munich", "Stuttgarts"},
	})
}
