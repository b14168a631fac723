package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestPursuitGivenUp: a pursuit the same sentence tells given up ("were
// keen on him before moving on", "avant de renoncer", "abandonaron la
// operación", "ha chiuso la pista", "hat sich zurückgezogen") is ended,
// in the five languages.
func TestPursuitGivenUp(t *testing.T) {
	type c = stageCase
	const p = "Lucas Silva"
	checkStages(t, New(), []stageCase{
		c{"en moving on", " date 2024-06 Everton were keen on Lucas Silva in March before moving on to cheaper options.", p, "Everton", facts.StageEnded},
		c{"en turning", " date 2024-06 Fulham asked about Lucas Silva before turning their attention elsewhere.", p, "Fulham", facts.StageEnded},
		c{"en over", " date 2024-06 Burnley's pursuit of Lucas Silva is over.", p, "Burnley", facts.StageEnded},
		c{"fr renoncer", " date 2024-06 Nantes a longtemps suivi Lucas Silva avant de renoncer.", p, "Nantes", facts.StageEnded},
		c{"fr cible", " date 2024-06 Lens s'est intéressé à Lucas Silva, mais le club a changé de cible.", p, "Lens", facts.StageEnded},
		c{"fr concrétisé", " date 2024-06 Rennes a été cité pour Lucas Silva mais n'a jamais concrétisé son intérêt.", p, "Rennes", facts.StageEnded},
		c{"es abandonaron", " date 2024-06 El Girona quería a Lucas Silva, pero los catalanes abandonaron la operación.", p, "Girona", facts.StageEnded},
		c{"es enfrió", " date 2024-06 El Villarreal, que siguió a Lucas Silva durante meses, enfrió su interés en abril.", p, "Villarreal", facts.StageEnded},
		c{"es paso atrás", " date 2024-06 El Betis preguntó por Lucas Silva y después dio un paso atrás.", p, "Real Betis", facts.StageEnded},
		c{"it pista", " date 2024-06 Il Torino, che aveva sondato Lucas Silva, ha chiuso la pista.", p, "Torino", facts.StageEnded},
		c{"it rinunciato", " date 2024-06 L'Udinese ha seguito Lucas Silva prima di rinunciare.", p, "Udinese", facts.StageEnded},
		c{"de zurückgezogen", " date 2024-06 Der VfL Wolfsburg hat sich aus dem Rennen um Lucas Silva zurückgezogen.", p, "VfL Wolfsburg", facts.StageEnded},
		c{"de ad acta", " date 2024-06 Der SC Freiburg hat sein Interesse an Lucas Silva ad acta gelegt.", p, "SC Freiburg", facts.StageEnded},
		c{"de verabschiedet", " date 2024-06 Der VfB Stuttgart hat sich aus dem Poker um Lucas Silva verabschiedet.", p, "VfB Stuttgart", facts.StageEnded},
		// the end of another club's pursuit leaves this one as it is
		c{"en other", " date 2024-06 Everton are keen on Lucas Silva, while Fulham have moved on.", p, "Everton", facts.StageInterest},
	})
}

// TestPursuitWithdrawn: a club that backs out of a deal it had nearly
// made ("backtracked", "s'est désisté", "dio marcha atrás", "ha fatto
// marcia indietro", "einen Rückzieher gemacht") has ended its pursuit,
// in the five languages.
func TestPursuitWithdrawn(t *testing.T) {
	type c = stageCase
	const p = "Lucas Silva"
	checkStages(t, New(), []stageCase{
		c{"en", " date 2024-06 Everton agreed terms with Lucas Silva but are now backtracking over his wages.", p, "Everton", facts.StageEnded},
		c{"fr", " date 2024-06 Lens se désiste dans le dossier Lucas Silva, malgré un accord avec le joueur.", p, "Lens", facts.StageEnded},
		c{"es", " date 2024-06 El Girona tenía un acuerdo con Lucas Silva, pero finalmente dio marcha atrás.", p, "Girona", facts.StageEnded},
		c{"it", " date 2024-06 Il Torino ha l'accordo con Lucas Silva, ma ora fa marcia indietro.", p, "Torino", facts.StageEnded},
		c{"de", " date 2024-06 Der SC Freiburg macht bei Lucas Silva trotz der Einigung mit dem Spieler einen Rückzieher.", p, "SC Freiburg", facts.StageEnded},
	})
}
