package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestPastInterestGoesOn: interest told in the past is over unless the
// text says it goes on ("and are still monitoring him"), or says it ended;
// clubs that go on following him ("continuano a seguire", "continuent de
// suivre") are interested, with no new approach; in the five languages.
func TestPastInterestGoesOn(t *testing.T) {
	x := New()
	const p = "Jonas Keller"
	checkStages(t, x, []stageCase{
		{"en still", " date 2024-08 Brentford had been interested in Jonas Keller and are still monitoring him.", p, "Brentford", facts.StageInterest},
		{"en over", " date 2024-08 Brentford had been interested in Jonas Keller but are no longer in the race.", p, "Brentford", facts.StageEnded},
		{"en still last summer", " date 2024-08 Brentford were still keen on Jonas Keller last summer.", p, "Brentford", facts.StageEnded},
		{"fr reste attentif", " date 2024-08 Le FC Nantes avait manifesté son intérêt pour Jonas Keller, et reste attentif à sa situation.", p, "Nantes", facts.StageInterest},
		{"es sigue atento", " date 2024-08 El Girona había mostrado interés por Jonas Keller y sigue atento a su situación.", p, "Girona", facts.StageInterest},
		{"it continua a", " date 2024-08 Il Torino si era interessato a Jonas Keller e continua a seguirlo.", p, "Torino", facts.StageInterest},
		{"de weiterhin", " date 2024-08 Der SC Freiburg hatte Interesse an Jonas Keller gezeigt und ist weiterhin im Rennen.", p, "SC Freiburg", facts.StageInterest},
		{"de nicht mehr im Rennen", " date 2024-08 Der SC Freiburg hatte Interesse an Jonas Keller gezeigt, ist aber nicht mehr im Rennen.", p, "SC Freiburg", facts.StageEnded},
		// clubs that go on following him are interested: "continuano a
		// seguire", "continuent de suivre", "continúan siguiendo" open no
		// new approach
		{"it continuano a seguire", " date 2024-08 Il Torino e il Bologna continuano a seguire Jonas Keller.", p, "Bologna", facts.StageInterest},
		{"fr continuent de suivre", " date 2024-08 Le FC Nantes et le Stade Rennais continuent de suivre Jonas Keller.", p, "Rennes", facts.StageInterest},
		{"es continúan siguiendo", " date 2024-08 El Girona y el Betis continúan siguiendo a Jonas Keller.", p, "Real Betis", facts.StageInterest},
		{"en continue to", " date 2024-08 Brentford and Fulham continue to monitor Jonas Keller.", p, "Fulham", facts.StageInterest},
	})
}

// TestLinkedNames: a player whose name the press attaches to a club is of
// interest to it, in the five languages ("the name most attached to the
// club", "le nom associé à l'OM", "relacionado con el Betis", "accostato
// al Genoa", "mit dem VfL Wolfsburg in Verbindung gebracht"); "top clubs"
// name clubs in general, not the club of the passage.
func TestLinkedNames(t *testing.T) {
	x := New()
	const p = "Jonas Keller"
	checkStages(t, x, []stageCase{
		{"en attached to", " date 2024-08 Jonas Keller has been the name most often attached to Brentford this summer.", p, "Brentford", facts.StageInterest},
		{"fr associé à", " date 2024-08 Le nom de Jonas Keller est associé au RC Lens depuis plusieurs jours.", p, "Lens", facts.StageInterest},
		{"es relacionado con", " date 2024-08 Jonas Keller, relacionado con el Villarreal en las últimas semanas, no tiene prisa.", p, "Villarreal", facts.StageInterest},
		{"it accostato", " date 2024-08 Jonas Keller, accostato al Genoa nelle ultime settimane, non ha fretta di decidere.", p, "Genoa", facts.StageInterest},
		{"de in Verbindung", " date 2024-08 Jonas Keller wird seit Wochen mit dem VfL Wolfsburg in Verbindung gebracht.", p, "VfL Wolfsburg", facts.StageInterest},
		{"it top club", " date 2024-08 Prendiamo il Genoa, che ha due difensori nella stessa situazione. Per Marco Rossi le trattative sul rinnovo sono in stallo. E poi c'è Jonas Keller, 25 anni, danese, in passato accostato ai top club italiani.", p, "Genoa", ""},
	})
}

// TestListedObjects: players listed as the objects of one verb, each with
// his club in brackets, share its stage with the club of the passage, in
// the five languages ("a écarté Romain Saïss (Wolverhampton, 31 ans) et
// Nicolas N'Koulou (Torino, 31 ans)").
func TestListedObjects(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2024-08 News\n\nBrentford need a centre-back this summer. They have already ruled out Marco Rossi (Fulham, 31) and Luca Bianchi (Everton, 29).", "Luca Bianchi", "Brentford", facts.StageEnded},
		{"fr", " date 2024-08 Mercato\n\nLe RC Lens cherche un défenseur central. Il a déjà écarté Marco Rossi (Lorient, 31 ans) et Luca Bianchi (Toulouse, 29 ans).", "Luca Bianchi", "Lens", facts.StageEnded},
		{"es", " date 2024-08 Mercado\n\nEl Villarreal busca un central. Ya ha descartado a Marco Rossi (Getafe, 31 años) y Luca Bianchi (Osasuna, 29 años).", "Luca Bianchi", "Villarreal", facts.StageEnded},
		{"it", " date 2024-08 Calciomercato\n\nIl Bologna cerca un difensore centrale. Ha già scartato Marco Rossi (Empoli, 31 anni) e Luca Bianchi (Udinese, 29 anni).", "Luca Bianchi", "Bologna", facts.StageEnded},
		{"de", " date 2024-08 Transfer-News\n\nDer VfL Wolfsburg sucht einen Innenverteidiger. Er verzichtet auf Marco Rossi (Mainz 05, 31) und Luca Bianchi (FC Augsburg, 29).", "Luca Bianchi", "VfL Wolfsburg", facts.StageEnded},
	})
}

// TestListsAndSights: a player on a club's list or in its sights, or
// highly rated there, is of interest to it, in the five languages ("in
// their sights", "sur sa liste", "en su lista", "nella lista", "hoch im
// Kurs").
func TestListsAndSights(t *testing.T) {
	x := New()
	const p = "Jonas Keller"
	checkStages(t, x, []stageCase{
		{"en sights", " date 2024-08 Gossip\n\nBrentford have Jonas Keller in their sights.", p, "Brentford", facts.StageInterest},
		{"fr liste", " date 2024-08 Mercato\n\nLe RC Lens a mis Jonas Keller sur sa liste.", p, "Lens", facts.StageInterest},
		{"fr cote", " date 2024-08 Mercato\n\nJonas Keller a la cote auprès du RC Lens.", p, "Lens", facts.StageInterest},
		{"es lista", " date 2024-08 Mercado\n\nEl Villarreal tiene a Jonas Keller en su lista.", p, "Villarreal", facts.StageInterest},
		{"es punto de mira", " date 2024-08 Mercado\n\nJonas Keller está en el punto de mira del Villarreal.", p, "Villarreal", facts.StageInterest},
		{"it lista", " date 2024-08 Calciomercato\n\nIl Genoa ha inserito Jonas Keller nella lista dei rinforzi.", p, "Genoa", facts.StageInterest},
		{"de Kurs", " date 2024-08 Transfer-News\n\nJonas Keller steht beim VfL Wolfsburg hoch im Kurs.", p, "VfL Wolfsburg", facts.StageInterest},
	})
}

// TestCoordinatedObjects: two players joined by "and" as the object of a
// club's pursuit are both pursued, in the five languages ("Brentford are
// keen on Marco Rossi and Luca Bianchi").
func TestCoordinatedObjects(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2024-08 Gossip\n\nBrentford are keen on Marco Rossi and Luca Bianchi.", "Luca Bianchi", "Brentford", facts.StageInterest},
		{"fr", " date 2024-08 Mercato\n\nLe RC Lens suit Marco Rossi et Luca Bianchi.", "Luca Bianchi", "Lens", facts.StageInterest},
		{"es", " date 2024-08 Mercado\n\nEl Villarreal sigue a Marco Rossi y Luca Bianchi.", "Luca Bianchi", "Villarreal", facts.StageInterest},
		{"it", " date 2024-08 Calciomercato\n\nIl Bologna segue Marco Rossi e Luca Bianchi.", "Luca Bianchi", "Bologna", facts.StageInterest},
		{"de", " date 2024-08 Transfer-News\n\nDer VfL Wolfsburg beobachtet Marco Rossi und Luca Bianchi.", "Luca Bianchi", "VfL Wolfsburg", facts.StageInterest},
	})
}
