package extract

import (
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestSurnameBeforeName: a surname of two words met before the player's
// full name (a heading's "O'Riley", "Kolo Muani", "Calvert-Lewin") is
// that player, who keeps his full name and the suitors of both, in the
// five languages.
func TestSurnameBeforeName(t *testing.T) {
	x := New()
	tests := []stageCase{
		{"en apostrophe", " date 2024-07-10 O'Connor, Idah and the striker search\n\nQ: Is Sean O'Connor going to leave? - Tom, Leeds\n\nA: Brentford have made an offer for him.", "Sean O'Connor", "Brentford", facts.StageBid},
		{"fr two words", " date 2024-07-10 Mercato : Kolo Touré vers Lille ?\n\nYann Kolo Touré est suivi par le LOSC depuis des semaines.", "Yann Kolo Touré", "Lille", facts.StageInterest},
		{"es hyphen", " date 2024-07-10 El Sevilla sigue a Ruiz-Vega\n\nMarco Ruiz-Vega está en la agenda del Sevilla, que ha preguntado por sus condiciones.", "Marco Ruiz-Vega", "Sevilla", facts.StageInterest},
		{"it hyphen", " date 2024-07-10 Il Torino pensa a Rossi-Bianchi\n\nLuca Rossi-Bianchi piace al Torino, che ha chiesto informazioni.", "Luca Rossi-Bianchi", "Torino", facts.StageInterest},
		{"de hyphen", " date 2024-07-10 Schulz-Berger im Visier\n\nDer SC Freiburg beobachtet Jan Schulz-Berger seit Wochen.", "Jan Schulz-Berger", "SC Freiburg", facts.StageInterest},
	}
	for _, tt := range tests {
		if got, _ := stageOfPair(x, tt.text, tt.player, tt.club); got != tt.want {
			t.Errorf("%s: %s/%s stage %q, want %q", tt.name, tt.player, tt.club, got, tt.want)
		}
		apart := 0 // players named by his surname alone
		for _, p := range x.Extract(tt.text, Hints{}).Players {
			if p.Name != tt.player && strings.HasSuffix(tt.player, " "+p.Name) {
				apart++
			}
		}
		if apart > 0 {
			t.Errorf("%s: %d players apart from %q named by his surname", tt.name, apart, tt.player)
		}
	}
}
