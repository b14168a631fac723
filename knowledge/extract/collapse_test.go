package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestCollapsedMoves: a move that collapsed, at the medical or otherwise,
// is a pursuit that ended, in the five languages.
func TestCollapsedMoves(t *testing.T) {
	x := New()
	const p, c = "Jonas Keller", "Hellas Verona"
	checkStages(t, x, []stageCase{
		{"en failed medical", " date 2024-08 Jonas Keller failed his medical at Hellas Verona and the move is off.", p, c, facts.StageEnded},
		{"fr a capoté", " date 2024-08 Le transfert de Jonas Keller au FC Nantes a capoté après la visite médicale.", p, "Nantes", facts.StageEnded},
		{"es se ha caído", " date 2024-08 El fichaje de Jonas Keller por el Hellas Verona se ha caído tras el reconocimiento médico.", p, c, facts.StageEnded},
		{"es frustrado", " date 2024-08 El traspaso de Jonas Keller al Hellas Verona se ha frustrado.", p, c, facts.StageEnded},
		{"it visite non superate", " date 2024-08 Il trasferimento di Jonas Keller al Torino non si farà: il giocatore non ha superato le visite mediche.", p, "Torino", facts.StageEnded},
		{"de geplatzt", " date 2024-08 Der Wechsel von Jonas Keller zu Hellas Verona ist nach dem Medizincheck geplatzt.", p, c, facts.StageEnded},
		// a medical that goes on is a move close to done
		{"es reconocimiento médico", " date 2024-08 Jonas Keller pasa hoy el reconocimiento médico con el Hellas Verona.", p, c, facts.StageAdvanced},
		{"it visite mediche", " date 2024-08 Il Torino ha chiuso la trattativa e Jonas Keller è atteso per le visite mediche.", p, "Torino", facts.StageAdvanced},
	})
}

// TestAgreedWithPlayerNotClub: a buyer agreed with the player "but not yet
// with" his club, or still to agree "a fee with" it: that club sells him
// and is no suitor, in the five languages.
func TestAgreedWithPlayerNotClub(t *testing.T) {
	x := New()
	const p = "Jonas Keller"
	checkStages(t, x, []stageCase{
		{"en not yet with", " date 2024-08 Brentford have an agreement with Jonas Keller but not yet with Hellas Verona.", p, "Hellas Verona", ""},
		{"en buyer", " date 2024-08 Brentford have an agreement with Jonas Keller but not yet with Hellas Verona.", p, "Brentford", facts.StageAdvanced},
		{"fr pas encore avec", " date 2024-08 Brest s'est entendu avec Jonas Keller, mais pas encore avec l'Hellas Vérone.", p, "Hellas Verona", ""},
		{"es pero no con", " date 2024-08 El Girona tiene un acuerdo con Jonas Keller, pero no con el Hellas Verona.", p, "Hellas Verona", ""},
		{"it non ancora con", " date 2024-08 Il Bologna ha l'accordo con Jonas Keller, ma non ancora con l'Hellas Verona.", p, "Hellas Verona", ""},
		{"de noch nicht mit", " date 2024-08 Der SC Freiburg ist sich mit Jonas Keller einig, aber noch nicht mit Hellas Verona.", p, "Hellas Verona", ""},
		// the club a fee is still to be agreed with sells him
		{"en a fee with", " date 2024-08 Brentford have agreed personal terms with Jonas Keller but are yet to agree a fee with Hellas Verona.", p, "Hellas Verona", ""},
		{"en a fee with buyer", " date 2024-08 Brentford have agreed personal terms with Jonas Keller but are yet to agree a fee with Hellas Verona.", p, "Brentford", facts.StageAdvanced},
		{"fr l'indemnité avec", " date 2024-08 Brest s'est entendu avec Jonas Keller, mais doit encore trouver un accord sur l'indemnité avec l'Hellas Vérone.", p, "Hellas Verona", ""},
		{"es el traspaso con", " date 2024-08 El Girona tiene un acuerdo personal con Jonas Keller, pero aún debe pactar el traspaso con el Hellas Verona.", p, "Hellas Verona", ""},
		{"it sul prezzo con", " date 2024-08 Il Bologna ha l'accordo con Jonas Keller, ma deve ancora trovare l'intesa sul prezzo con l'Hellas Verona.", p, "Hellas Verona", ""},
		{"de die Ablöse mit", " date 2024-08 Der SC Freiburg ist sich mit Jonas Keller einig, muss aber noch eine Einigung über die Ablöse mit Hellas Verona finden.", p, "Hellas Verona", ""},
	})
}

// TestPulledOut: a club that pulled out of a pursuit ended it, in the five
// languages ("si è sfilato", "s'est désengagé", "se ha retirado"); a club
// that goes on thinking of a player is interested ("continua a pensare a").
func TestPulledOut(t *testing.T) {
	x := New()
	const p = "Jonas Keller"
	checkStages(t, x, []stageCase{
		{"en pulled out", " date 2024-08 Jonas Keller is wanted by Fulham. Brentford had also asked about him but have pulled out.", p, "Brentford", facts.StageEnded},
		{"fr désengagé", " date 2024-08 Jonas Keller plaît au LOSC. Le RC Lens, en revanche, s'est désengagé du dossier.", p, "Lens", facts.StageEnded},
		{"es se ha retirado", " date 2024-08 Jonas Keller gusta al Betis. El Villarreal, en cambio, se ha retirado.", p, "Villarreal", facts.StageEnded},
		{"it sfilato", " date 2024-08 Jonas Keller piace al Bologna. Il Genoa invece si è sfilato.", p, "Genoa", facts.StageEnded},
		{"de zurückgezogen", " date 2024-08 Jonas Keller gefällt dem SC Freiburg. Der VfL Wolfsburg hat sich aus dem Poker zurückgezogen.", p, "VfL Wolfsburg", facts.StageEnded},
		{"it pensare a", " date 2024-08 Il Genoa continua a pensare al centrocampista Jonas Keller, ma la società non ha ancora fatto un passo concreto per il giocatore.", p, "Genoa", facts.StageInterest},
	})
}
