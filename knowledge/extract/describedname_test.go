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

// TestOpenerNoName: a function word opening a sentence with a capital —
// a conjunction, a possessive determiner, a quantifier ("If Ashworth
// stays", "Your Fulham questions", "Car Marchetti", "Nuestro Herrera",
// "Beide Klubs", "Ihr Fazit") — is no part of the name after it, in the
// five languages.
func TestOpenerNoName(t *testing.T) {
	checkNotNames(t, []notNameCase{
		{"en if", " date 2024-07-01 Fulham have made an offer for Tom Ashworth. If Ashworth stays, Burnley will be pleased.", "Tom Ashworth", "Fulham", "If"},
		{"en your", " date 2024-07-01 Fulham have made an offer for Tom Ashworth. Your Ashworth verdict is in.", "Tom Ashworth", "Fulham", "Your"},
		{"fr car", " date 2024-07-01 Le FC Nantes a formulé une offre pour Hugo Marchetti. Car Marchetti plaît aussi au Stade Rennais.", "Hugo Marchetti", "Nantes", "Car"},
		{"es nuestro", " date 2024-07-01 El Betis ha presentado una oferta por Tomás Herrera. Nuestro Herrera es muy deseado.", "Tomás Herrera", "Real Betis", "Nuestro"},
		{"it nostro", " date 2024-07-01 Il Genoa ha presentato un'offerta per Tommaso Ferlini. Nostro Ferlini piace a tutti.", "Tommaso Ferlini", "Genoa", "Nostro"},
		{"de beide", " date 2024-07-01 Der SC Freiburg hat ein Angebot für Jonas Albrecht abgegeben. Beide Vereine verhandeln.", "Jonas Albrecht", "SC Freiburg", "Beide"},
		{"de ihr", " date 2024-07-01 Der SC Freiburg hat ein Angebot für Jonas Albrecht abgegeben. Ihr Fazit nach dem Winter?", "Jonas Albrecht", "SC Freiburg", "Ihr"},
	})
}
