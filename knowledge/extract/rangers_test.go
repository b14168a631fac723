package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestRangersShortName: "Rangers" alone is the Glasgow club, the name the
// press of every language gives it ("Rangers have made enquiries", "les
// Rangers", "i Rangers"), unless the article named another club ending
// with it in full ("Queens Park Rangers ... the club informed Rangers").
func TestRangersShortName(t *testing.T) {
	x := New()
	in := facts.StageInterest
	checkStages(t, x, []stageCase{
		{"en", " date 2024-08-01 Celtic want Marco Verdi. Rangers have made enquiries.", "Marco Verdi", "Rangers", in},
		{"fr", " date 2024-08-01 Le Celtic veut Marco Verdi. Les Rangers se sont renseignés.", "Marco Verdi", "Rangers", in},
		{"es", " date 2024-08-01 El Celtic quiere a Marco Verdi. El Rangers también se ha interesado.", "Marco Verdi", "Rangers", in},
		{"it", " date 2024-08-01 Il Celtic vuole Marco Verdi. Anche i Rangers si sono interessati.", "Marco Verdi", "Rangers", in},
		{"de", " date 2024-08-01 Celtic will Marco Verdi. Auch die Rangers haben sich erkundigt.", "Marco Verdi", "Rangers", in},
	})
	checkNoLink(t, x, []stageCase{
		{"en QPR", " date 2024-08-01 Liverpool want Marco Verdi of Queens Park Rangers. Rangers are also keen on the midfielder.", "", "Rangers", ""},
	}, "Marco Verdi", " (Rangers after Queens Park Rangers is that club)")
}
