package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestCounterpartSells: the club a deal is made with sells. A club's
// people who say "we are in talks with X" ("nous sommes en discussions
// avec", "on discute avec", "estamos negociando con", "abbiamo avuto
// contatti con", "wir sind mit X im Gespräch") speak for the club that
// buys, in the five languages; a club the text told pursuing him before
// stays his suitor: then the speakers sell. In German the verb may close
// the clause after what the deal is about ("hat sich mit dem FC Basel auf
// einen Wechsel von X geeinigt", "ist sich mit Hertha BSC über eine Leihe
// von X einig"). A club noun and its adjective may stand between the
// with-word and the club ("with the Danish club Midtjylland", "con el club
// danés", "mit dem dänischen Klub FC Midtjylland").
func TestCounterpartSells(t *testing.T) {
	x := New()
	none, in, bid, adv := facts.Stage(""), facts.StageInterest, facts.StageBid, facts.StageAdvanced
	checkStages(t, x, []stageCase{
		{"en we", " date 2024-07-10 Interview. The Marco Verdi file is open. \"We are in talks with Torino, and I hope it goes quickly,\" the director said.", "Marco Verdi", "Torino", none},
		{"fr on", " date 2024-07-10 Entretien. Le dossier Marco Verdi avance. « On discute avec le Torino, c'est vrai », a reconnu le président.", "Marco Verdi", "Torino", none},
		{"fr nous", " date 2024-07-10 Entretien. Le dossier Marco Verdi avance. « Nous sommes en discussions avec le Torino », a reconnu le président.", "Marco Verdi", "Torino", none},
		{"es estamos", " date 2024-07-10 Entrevista. El caso de Marco Verdi avanza. «Estamos negociando con el Torino», confirmó el director deportivo.", "Marco Verdi", "Torino", none},
		{"it abbiamo", " date 2024-07-10 Intervista. Il caso di Marco Verdi va avanti. «Abbiamo avuto contatti con il Lens», ha ammesso il direttore sportivo.", "Marco Verdi", "Lens", none},
		{"de wir", " date 2024-07-10 Interview. Der Fall Marco Verdi ist offen. „Wir sind mit dem FC Basel im Gespräch“, sagte der Sportdirektor.", "Marco Verdi", "Basel", none},
		{"en buyer kept", " date 2024-07-10 Brentford are keen on Marco Verdi. \"We are in talks with Torino, and I hope it goes quickly,\" the director said.", "Marco Verdi", "Brentford", in},
		{"en sellers speak", " date 2024-07-10 Brentford have made an offer for Marco Verdi. \"We are in talks with Brentford,\" the Torino director said.", "Marco Verdi", "Brentford", bid},
		{"de sellers speak", " date 2024-07-10 Der VfL Bochum hat ein Angebot für Marco Verdi abgegeben. „Wir sind mit Bochum im Gespräch“, sagte der Sportdirektor des FC Basel.", "Marco Verdi", "Bochum", bid},
		{"de geeinigt", " date 2024-07-10 Der VfL Bochum hat sich mit dem FC Basel auf einen ablösefreien Wechsel von Marco Verdi im Sommer geeinigt.", "Marco Verdi", "Basel", none},
		{"de geeinigt, buyer", " date 2024-07-10 Der VfL Bochum hat sich mit dem FC Basel auf einen ablösefreien Wechsel von Marco Verdi im Sommer geeinigt.", "Marco Verdi", "Bochum", adv},
		{"de einig", " date 2024-07-10 Der SC Freiburg ist sich mit Hertha BSC über eine Leihe von Marco Verdi bis zum Sommer einig.", "Marco Verdi", "Hertha Berlin", none},
		{"de einig, buyer", " date 2024-07-10 Der SC Freiburg ist sich mit Hertha BSC über eine Leihe von Marco Verdi bis zum Sommer einig.", "Marco Verdi", "SC Freiburg", adv},
		{"en club noun", " date 2024-07-10 Fulham are in talks with the Danish club Midtjylland over Marco Verdi.", "Marco Verdi", "Midtjylland", none},
		{"fr club noun", " date 2024-07-10 Le RC Lens négocie avec le club danois de Midtjylland pour Marco Verdi.", "Marco Verdi", "Midtjylland", none},
		{"es club noun", " date 2024-07-10 El Betis negocia con el club danés Midtjylland por Marco Verdi.", "Marco Verdi", "Midtjylland", none},
		{"it club noun", " date 2024-07-10 Il Genoa tratta con il club danese del Midtjylland per Marco Verdi.", "Marco Verdi", "Midtjylland", none},
		{"de club noun", " date 2024-07-10 Der VfL Bochum verhandelt mit dem dänischen Klub FC Midtjylland über Marco Verdi.", "Marco Verdi", "Midtjylland", none},
		{"en verb first", " date 2024-07-10 VfL Bochum have agreed a fee with FC Basel for Marco Verdi.", "Marco Verdi", "Basel", none},
	})
}
