package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestInterviewStatementQuestion: in an interview (question lines, each
// with its answer under it), a short line that names a player without
// asking ("There is also talk of X.", "On parle aussi de X.") is a
// question too: the answer under it is about him, in the five languages.
func TestInterviewStatementQuestion(t *testing.T) {
	x := New()
	in := facts.StageInterest
	cases := []stageCase{
		{"en", " date 2024-07-10 Brentford's director: we will not sell cheaply\n\nThe sporting director spoke to reporters on Monday at the training ground.\n\nIs Marco Verdi going to leave this summer?\n\nNo. Marco stays with us, he has a contract until 2027 and we are happy with him.\n\nThere is also talk of Luca Bianchi.\n\nHe is a great player, everybody knows it. Fulham have asked about him and we listen.\n\nWhat about the budget?\n\nWe will see at the end of the window, nothing is decided yet.", "Luca Bianchi", "Fulham", in},
		{"fr", " date 2024-07-10 Le directeur du LOSC : nous ne vendrons pas à bas prix\n\nLe directeur sportif a reçu la presse lundi au centre d'entraînement.\n\nMarco Verdi va-t-il partir cet été ?\n\nNon. Marco reste avec nous, il a un contrat jusqu'en 2027 et nous sommes contents.\n\nOn parle aussi de Luca Bianchi.\n\nC'est un grand joueur, tout le monde le sait. Le FC Nantes s'est renseigné et nous écoutons.\n\nEt le budget ?\n\nNous verrons à la fin du mercato, rien n'est encore décidé.", "Luca Bianchi", "Nantes", in},
		{"es", " date 2024-07-10 El director del Betis: no venderemos barato\n\nEl director deportivo atendió a la prensa el lunes en la ciudad deportiva.\n\n¿Se marchará Marco Verdi este verano?\n\nNo. Marco se queda con nosotros, tiene contrato hasta 2027 y estamos contentos.\n\nTambién se habla de Luca Bianchi.\n\nEs un gran jugador, todo el mundo lo sabe. El Sevilla ha preguntado por él y escuchamos.\n\n¿Y el presupuesto?\n\nLo veremos al final del mercado, todavía no hay nada decidido.", "Luca Bianchi", "Sevilla", in},
		{"it", " date 2024-07-10 Il direttore del Genoa: non venderemo a poco\n\nIl direttore sportivo ha parlato alla stampa lunedì al centro sportivo.\n\nMarco Verdi lascerà il club quest'estate?\n\nNo. Marco resta con noi, ha un contratto fino al 2027 e siamo contenti.\n\nSi parla anche di Luca Bianchi.\n\nÈ un grande giocatore, lo sanno tutti. Il Torino ha chiesto informazioni e noi ascoltiamo.\n\nE il budget?\n\nVedremo alla fine del mercato, non è ancora deciso nulla.", "Luca Bianchi", "Torino", in},
		{"de", " date 2024-07-10 Der Sportdirektor von Mainz 05: Wir verkaufen nicht billig\n\nDer Sportdirektor sprach am Montag am Trainingsgelände mit Journalisten.\n\nWird Marco Verdi den Verein im Sommer verlassen?\n\nNein. Marco bleibt bei uns, er hat einen Vertrag bis 2027 und wir sind zufrieden.\n\nMan spricht auch über Luca Bianchi.\n\nEr ist ein großartiger Spieler, das weiß jeder. Der SC Freiburg hat sich nach ihm erkundigt und wir hören zu.\n\nUnd das Budget?\n\nDas sehen wir am Ende der Transferperiode, noch ist nichts entschieden.", "Luca Bianchi", "SC Freiburg", in},
	}
	checkStages(t, x, cases)
	checkNoLink(t, x, cases, "Marco Verdi", ": the answer is about the player of the line above it")
}
