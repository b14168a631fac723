package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestTerminatedBy: the club whose contract with him ended early ("Fulham
// have terminated the winger's contract", "after his Fulham contract was
// terminated by mutual consent", "a résilié le contrat de", "rescindió con
// el Getafe", "la rescissione con il Genoa", "hat den Vertrag ...
// aufgelöst") is a club he left: no suitor and not his club, in the five
// languages; the club he then signs for is.
func TestTerminatedBy(t *testing.T) {
	x := New()
	none, done := facts.Stage(""), facts.StageDone
	checkStages(t, x, []stageCase{
		{"en subject", " date 2024-07-10 Marco Verdi is off to Turkey. Fulham have terminated the winger's contract, and he has signed a two-year deal with Trabzonspor.", "Marco Verdi", "Fulham", none},
		{"en his club's contract", " date 2024-07-10 Marco Verdi has completed his move to Trabzonspor after his Fulham contract was terminated by mutual consent.", "Marco Verdi", "Fulham", none},
		{"en buyer kept", " date 2024-07-10 Marco Verdi has completed his move to Trabzonspor after his Fulham contract was terminated by mutual consent.", "Marco Verdi", "Trabzonspor", done},
		{"fr", " date 2024-07-10 Marco Verdi file en Turquie. Le FC Nantes a résilié le contrat de l'ailier, qui s'est engagé avec Trabzonspor.", "Marco Verdi", "Nantes", none},
		{"es", " date 2024-07-10 Marco Verdi se va a Turquía. El extremo rescindió con el Getafe y ha firmado con el Trabzonspor.", "Marco Verdi", "Getafe", none},
		{"it", " date 2024-07-10 Marco Verdi va in Turchia. L'esterno sta trattando la rescissione con il Genoa e ha già l'accordo con il Trabzonspor.", "Marco Verdi", "Genoa", none},
		{"de", " date 2024-07-10 Marco Verdi wechselt in die Türkei. Der VfL Bochum hat den Vertrag mit dem Flügelspieler aufgelöst, er unterschreibt bei Trabzonspor.", "Marco Verdi", "Bochum", none},
	})
	checkNotCurrent(t, x, []clubCase{
		{" date 2024-07-10 Marco Verdi is off to Turkey. Fulham have terminated the winger's contract, and he has signed a two-year deal with Trabzonspor.", "Marco Verdi", "Fulham"},
		{" date 2024-07-10 Marco Verdi se va a Turquía. El extremo rescindió con el Getafe y ha firmado con el Trabzonspor.", "Marco Verdi", "Getafe"},
	})
}
