package extract

import (
	"strings"
	"testing"
)

// notNameCase is a text where a capitalised word is no player's name: the
// player keeps his suitor and no output player's name holds the word.
type notNameCase struct {
	name, text, player, club, word string
}

func checkNotNames(t *testing.T, tests []notNameCase) {
	t.Helper()
	x := New()
	for _, tt := range tests {
		a := x.Extract(tt.text, Hints{})
		kept := false
		for _, p := range a.Players {
			if strings.Contains(p.Name, tt.word) {
				t.Errorf("%s: %q read as a player", tt.name, p.Name)
			}
			for _, s := range p.Suitors {
				kept = kept || p.Name == tt.player && s.Club == tt.club
			}
		}
		if !kept {
			t.Errorf("%s: %s lost his suitor %s", tt.name, tt.player, tt.club)
		}
	}
}

// TestHonorificNoName: a title before a surname ("Herr Krösche, ...",
// "Señor Ortega") is no part of the name, and who is addressed by it in an
// interview is no player, in the five languages.
func TestHonorificNoName(t *testing.T) {
	checkNotNames(t, []notNameCase{
		{"en Mr", " date 2024-07-01 An interview with Burnley's sporting director, Peter Hale.\n\nMr Hale, Fulham want Tom Ashworth. How far are the talks?", "Tom Ashworth", "Fulham", "Hale"},
		{"en Sir", " date 2024-07-01 Sir Peter Hale spoke on Monday. Fulham have made an offer for Tom Ashworth.", "Tom Ashworth", "Fulham", "Sir"},
		{"fr Monsieur", " date 2024-07-01 Entretien avec le directeur sportif du FC Nantes, Paul Dufresne.\n\nMonsieur Dufresne, le Stade Rennais veut Hugo Marchetti. Où en sont les discussions ?", "Hugo Marchetti", "Rennes", "Dufresne"},
		{"es Señor", " date 2024-07-01 Entrevista con el director deportivo del Betis, Pablo Ortega.\n\nSeñor Ortega, el Sevilla quiere a Tomás Herrera. ¿En qué punto están las negociaciones?", "Tomás Herrera", "Sevilla", "Ortega"},
		{"es Don", " date 2024-07-01 Don Pablo Ortega no quiere vender. El Sevilla ha presentado una oferta por Tomás Herrera.", "Tomás Herrera", "Sevilla", "Don"},
		{"it Signor", " date 2024-07-01 Intervista al direttore sportivo del Genoa, Paolo Bellandi.\n\nSignor Bellandi, il Torino vuole Tommaso Ferlini. A che punto è la trattativa?", "Tommaso Ferlini", "Torino", "Bellandi"},
		{"it Mister", " date 2024-07-01 Mister Bellandi ha parlato in conferenza. Il Torino ha presentato un'offerta per Tommaso Ferlini.", "Tommaso Ferlini", "Torino", "Mister"},
		{"de Herr", " date 2024-07-01 Interview mit dem Sportdirektor des SC Freiburg, Peter Krämer.\n\nHerr Krämer, der VfL Wolfsburg interessiert sich für Jonas Albrecht. Wie weit sind die Gespräche?", "Jonas Albrecht", "VfL Wolfsburg", "Krämer"},
	})
}

// TestCommonNounNoName: a competition or a team's level, written with a
// capital by the language ("le demi-finaliste du Mondial", "l'international
// Espoirs", "der WM-Teilnehmer", "the Euros semi-finalist"), is no player.
func TestCommonNounNoName(t *testing.T) {
	checkNotNames(t, []notNameCase{
		{"en Euros", " date 2024-07-01 Fulham want Tom Ashworth. The Euros semi-finalist has also been approached by Brentford.", "Tom Ashworth", "Brentford", "Euros"},
		{"en Olympics", " date 2024-07-01 Fulham want Tom Ashworth. The Olympics winner has also been approached by Brentford.", "Tom Ashworth", "Brentford", "Olympics"},
		{"fr Mondial", " date 2024-07-01 Le FC Nantes veut Hugo Marchetti. Le demi-finaliste du Mondial au Qatar a aussi été approché par le Stade Rennais.", "Hugo Marchetti", "Rennes", "Mondial"},
		{"fr Espoirs", " date 2024-07-01 Le FC Nantes veut Hugo Marchetti. Le Stade Rennais a aussi approché le jeune international Espoirs.", "Hugo Marchetti", "Rennes", "Espoirs"},
		{"es Mundial", " date 2024-07-01 El Sevilla quiere a Tomás Herrera. El subcampeón del Mundial también ha sido sondeado por el Betis.", "Tomás Herrera", "Real Betis", "Mundial"},
		{"es San", " date 2024-07-01 El Betis ha presentado una oferta por Tomás Herrera. El Sevilla lo quiere y también gusta en San Sebastián.", "Tomás Herrera", "Real Betis", "San"},
		{"it Mondiale", " date 2024-07-01 Il Torino vuole Tommaso Ferlini. Il vice campione del Mondiale è stato cercato anche dal Genoa.", "Tommaso Ferlini", "Genoa", "Mondiale"},
		{"it Nazionale", " date 2024-07-01 Il Torino vuole Tommaso Ferlini. Il Genoa ha presentato un'offerta per il gioiello della Nazionale.", "Tommaso Ferlini", "Torino", "Nazionale"},
		{"de WM", " date 2024-07-01 Der VfL Wolfsburg ist an Jonas Albrecht interessiert. Der WM-Teilnehmer wurde auch vom SC Freiburg beobachtet.", "Jonas Albrecht", "SC Freiburg", "WM"},
	})
}

// TestGermanCompoundNoName: a German compound of a name and a noun the
// text uses on its own ("Koné-Abschied ... Der Abschied von Manu Koné") is
// the player, not a person of its own; a double first name stays whole.
func TestGermanCompoundNoName(t *testing.T) {
	checkNotNames(t, []notNameCase{
		{"Abschied", " date 2024-07-01 Albrecht-Abschied rückt näher: Freiburg legt nach. Der Abschied von Jonas Albrecht aus Wolfsburg zeichnet sich ab. Der SC Freiburg hat sein Angebot erhöht.", "Jonas Albrecht", "SC Freiburg", "-"},
		{"Poker", " date 2024-07-01 Albrecht-Poker: Der SC Freiburg bietet 15 Millionen Euro für Jonas Albrecht. Der Poker dürfte noch dauern.", "Jonas Albrecht", "SC Freiburg", "-"},
		{"Wechsel", " date 2024-07-01 Albrecht-Wechsel perfekt? Der SC Freiburg verhandelt mit Jonas Albrecht. Der Wechsel soll bald über die Bühne gehen.", "Jonas Albrecht", "SC Freiburg", "-"},
		{"double first name", " date 2024-07-01 Der SC Freiburg hat ein Angebot für Jan-Niklas Albrecht abgegeben. Jan-Niklas Albrecht spielt beim VfL Wolfsburg.", "Jan-Niklas Albrecht", "SC Freiburg", "Jan-Niklas Albrecht-"},
	})
}
