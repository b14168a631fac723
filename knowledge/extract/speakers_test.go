package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestSaysThatOfAnother: a person who says, admits or confirms that a
// player's description did or will do something ("X has all but admitted
// that the 28-year-old has played his last game", "X a reconnu que
// l'attaquant", "X ha admitido que el delantero", "X ha ammesso che
// l'attaccante", "X hat zugegeben, dass der Stürmer") speaks of another:
// he is no player, and the pursuit of the passage stays its player's.
func TestSaysThatOfAnother(t *testing.T) {
	x := New()
	texts := map[string]string{
		"en": "Ivan Rossi has one year left on his Brentford contract. Thomas Berg has all but admitted that the 28-year-old has played his last game for the club. Berg spoke after training. Al-Ahli have opened talks with Brentford.",
		"fr": "Ivan Rossi n'a plus qu'un an de contrat au FC Nantes. Thomas Berg a reconnu que l'attaquant avait joué son dernier match. Berg s'exprimait après l'entraînement. Al-Ahli a ouvert des discussions avec Nantes.",
		"es": "A Ivan Rossi le queda un año de contrato con el Betis. Thomas Berg ha admitido que el delantero ha jugado su último partido. Berg habló tras el entrenamiento. El Al-Ahli ha abierto negociaciones con el Betis.",
		"it": "Ivan Rossi ha un solo anno di contratto con il Torino. Thomas Berg ha ammesso che l'attaccante ha giocato l'ultima partita. Berg ha parlato dopo l'allenamento. L'Al-Ahli ha avviato una trattativa con il Torino.",
		"de": "Ivan Rossi hat nur noch ein Jahr Vertrag beim SC Freiburg. Thomas Berg hat zugegeben, dass der Stürmer sein letztes Spiel gemacht hat. Berg sprach nach dem Training. Al-Ahli hat Gespräche mit dem SC Freiburg aufgenommen.",
	}
	var none []struct{ name, text, official string }
	for lang, text := range texts {
		none = append(none, struct{ name, text, official string }{lang, " date 2024-07 " + text, "Thomas Berg"})
	}
	checkNoPlayer(t, x, none)
	checkStages(t, x, perLanguage(texts, "2024-07", "Ivan Rossi", pairWant{"Al-Ahli", facts.StageTalks}))
}
