package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestEndedLexicon: withdrawals and failures in the five languages end a
// pursuit.
func TestEndedLexicon(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en withdrew", " date 2023-06 Liverpool withdrew from the race for Jude Bellingham.", "Jude Bellingham", "Liverpool", facts.StageEnded},
		{"en out of the race", " date 2023-06 Manchester United are out of the race for Kim Min-jae.", "Kim Min-jae", "Manchester United", facts.StageEnded},
		{"fr échec", " date 2023-09 Marco Verratti a quitté Paris après l'échec des discussions avec Al-Hilal.", "Marco Verratti", "Al-Hilal", facts.StageEnded},
		{"fr plus dans la course", " date 2023-07 Aston Villa n'est plus dans la course pour Ismaïla Sarr.", "Ismaïla Sarr", "Aston Villa", facts.StageEnded},
		{"it tirato indietro", " date 2023-06 Il Milan si è tirato indietro per Davide Frattesi.", "Davide Frattesi", "AC Milan", facts.StageEnded},
		{"es se retiró", " date 2023-06 El Chelsea se retiró de la puja por Jules Koundé.", "Jules Koundé", "Chelsea", facts.StageEnded},
		{"de aus dem Rennen", " date 2023-07 Manchester United ist im Poker um Kim Min-jae aus dem Rennen.", "Kim Min-jae", "Manchester United", facts.StageEnded},
	})
}

// TestInterestLexicon: enquiries and courting in several languages.
func TestInterestLexicon(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"fr renseignés", " date 2024-08 Chelsea et Liverpool se sont renseignés sur Désiré Doué.", "Désiré Doué", "Liverpool", facts.StageInterest},
		{"it alla finestra", " date 2023-06 La Juventus resta alla finestra per Davide Frattesi.", "Davide Frattesi", "Juventus", facts.StageInterest},
		{"de bemüht", " date 2018-01 Manchester United hat sich intensiv um Leon Goretzka bemüht.", "Leon Goretzka", "Manchester United", facts.StageInterest},
		{"en won the race", " date 2024-01 Tottenham have won the race for Radu Drăgușin.", "Radu Drăgușin", "Tottenham Hotspur", facts.StageAdvanced},
	})
}

// TestNames: hyphenated given names, a shorter form of a full name met
// before, and a first name met alone are the same person.
func TestNames(t *testing.T) {
	x := New()
	tests := []struct{ text, want string }{
		{" date 2023-07 Der FC Bayern steht vor der Verpflichtung von Kim Min-jae.", "Kim Min-jae"},
		{" date 2023-09 Le PSG a officialisé l'arrivée de Randal Kolo Muani. Kolo Muani a signé jusqu'en 2028.", "Randal Kolo Muani"},
	}
	for _, tt := range tests {
		a := x.Extract(tt.text, Hints{})
		if len(a.Players) != 1 || a.Players[0].Name != tt.want {
			var got []string
			for _, p := range a.Players {
				got = append(got, p.Name)
			}
			t.Errorf("%q: players %q, want only %q", tt.text, got, tt.want)
		}
	}
}

// TestFromAndOf: the club a player comes from, and "the striker of the
// Club", are his club, not a suitor.
func TestFromAndOf(t *testing.T) {
	x := New()
	tests := []struct{ text, player, notSuitor string }{
		{" date 2020-07 Der FC Bayern hat den Transfer von Leroy Sané bestätigt. Der Flügelspieler wechselt von Manchester City zum FC Bayern.", "Leroy Sané", "Manchester City"},
		{" date 2024-08 Rennes a officialisé l'arrivée de Seko Fofana en provenance d'Al-Nassr.", "Seko Fofana", "Al-Nassr"},
		{" date 2023-09 Le PSG veut Randal Kolo Muani. L'attaquant de l'Eintracht Francfort a refusé de s'entraîner, et le PSG a formulé une offre.", "Randal Kolo Muani", "Eintracht Frankfurt"},
	}
	for _, tt := range tests {
		st, p := stageOfPair(x, tt.text, tt.player, tt.notSuitor)
		if st != "" {
			t.Errorf("%q: %s listed as a suitor (%s)", tt.text, tt.notSuitor, st)
		}
		if p.Name == "" {
			t.Errorf("%q: no player %s", tt.text, tt.player)
		}
	}
}

// TestParagraphLead: a player named once at the head of a paragraph, or as
// the one whose future a sentence is about, takes the passage over from the
// article's main player; a friend named in passing does not.
func TestParagraphLead(t *testing.T) {
	x := New()
	main := " date 2023-07 Der FC Bayern steht vor der Verpflichtung von Kim Min-jae. Kim soll fünf Jahre unterschreiben. Kim kommt aus Neapel.\n\n"
	checkStages(t, x, []stageCase{
		{"de future of", main + "Der Transfer hängt mit der Zukunft von Benjamin Pavard zusammen. Der Franzose will gehen. Inter Mailand ist interessiert.", "Benjamin Pavard", "Inter Milan", facts.StageInterest},
		{"de paragraph lead", main + "Vor dem Abschied steht auch Lucas Hernández. Paris Saint-Germain hat sich mit den Münchnern geeinigt.", "Lucas Hernández", "Paris Saint-Germain", facts.StageAdvanced},
		{"es friend aside", " date 2024-07 El Barcelona quiere a Nico Williams. Nico Williams sueña con Barcelona. Nico Williams es el objetivo.\n\nEl jugador sueña con compartir vestuario con su amigo Lamine Yamal en el Barcelona. El Chelsea también lo sigue.", "Nico Williams", "Chelsea", facts.StageInterest},
	})
}

// TestCurrentClubRules: a contract "beim" a club, a loan told in the next
// sentence, and a topic club that does not cross into a new paragraph.
func TestCurrentClubRules(t *testing.T) {
	x := New()
	tests := []clubCase{
		{" date 2023-07 Der FC Bayern will Kim Min-jae. Die Münchner ziehen die Klausel, die im Vertrag des Innenverteidigers beim SSC Neapel steht.", "Kim Min-jae", "Napoli"},
		{" date 2024-08-30 Jadon Sancho wechselt von Manchester United zum FC Chelsea. Die Blues leihen den Engländer für eine Saison aus.", "Jadon Sancho", "Manchester United"},
		{" date 2024-08-30 Youssoufa Moukoko verlässt den BVB auf Leihbasis und schließt sich OGC Nizza an.", "Youssoufa Moukoko", "Borussia Dortmund"},
		{" date 2023-06 Jadon Sancho wechselt von Manchester United zum FC Chelsea.", "Jadon Sancho", "Chelsea"},
	}
	checkCurrent(t, x, tests)
	// a new paragraph tells a new story: the club of the last one does not
	// pursue the player it opens with
	text := " date 2023-07 Paris Saint-Germain hat sich mit Lucas Hernández geeinigt.\n\nBereits fix ist die Ankunft von Konrad Laimer."
	if st, _ := stageOfPair(x, text, "Konrad Laimer", "Paris Saint-Germain"); st != "" {
		t.Errorf("topic crossed a paragraph: Laimer/PSG %q", st)
	}
}

// clubCase is one text and the current club it must give a player.
type clubCase struct{ text, player, want string }

// checkCurrent extracts every case and compares the player's current club.
func checkCurrent(t *testing.T, x *Extractor, tests []clubCase) {
	t.Helper()
	for _, tt := range tests {
		_, p := stageOfPair(x, tt.text, tt.player, "")
		if p.CurrentClub != tt.want {
			t.Errorf("%q: current club %q, want %q", tt.text, p.CurrentClub, tt.want)
		}
	}
}
