package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestNameComesUp: a player's name told coming up again and again ("The
// name that keeps coming up is X", "le nom de X revient avec insistance",
// "el nombre de X suena con insistencia", "il nome di X torna con
// insistenza", "der Name X fällt immer wieder") is wanted by the club the
// passage is about, in the five languages.
func TestNameComesUp(t *testing.T) {
	x := New()
	in := facts.StageInterest
	checkStages(t, x, []stageCase{
		{"en", " date 2024-08-01 Celtic need a full-back. The name that keeps coming up is Marco Verdi of Leeds.", "Marco Verdi", "Celtic", in},
		{"fr", " date 2024-08-01 L'OM cherche un milieu. Le nom de Marco Verdi revient avec insistance.", "Marco Verdi", "Marseille", in},
		{"es", " date 2024-08-01 El Betis busca un central. El nombre de Marco Verdi suena con insistencia.", "Marco Verdi", "Real Betis", in},
		{"it", " date 2024-08-01 Il Genoa cerca un centrocampista. Il nome di Marco Verdi torna con insistenza.", "Marco Verdi", "Genoa", in},
		{"de", " date 2024-08-01 Der SC Freiburg sucht einen Stürmer. Der Name Marco Verdi fällt immer wieder.", "Marco Verdi", "SC Freiburg", in},
	})
}
