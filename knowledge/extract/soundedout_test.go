package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestSoundedOutForms: a club that got in touch ("have been in touch"),
// had a look, hoped to bring him back, ticked his name ("a coché son
// nom"), took an interest in him ("se interesaron por él") or sent scouts
// ("ont envoyé des recruteurs", "inviato osservatori", "Scouts
// geschickt") in a sentence after his is a suitor, in the five languages.
func TestSoundedOutForms(t *testing.T) {
	x := New()
	in, talks, ended := facts.StageInterest, facts.StageTalks, facts.StageEnded
	checkStages(t, x, []stageCase{
		{"en in touch", " date 2024-07-10 Marco Verdi wants to leave Fulham this summer. Brentford have been in touch with his agent.", "Marco Verdi", "Brentford", talks},
		{"en had a look", " date 2024-07-10 Marco Verdi wants to leave Fulham this summer. Everton have had a look at the midfielder.", "Marco Verdi", "Everton", in},
		{"en hoped to bring", " date 2024-07-10 Marco Verdi has joined Fulham. Burnley had hoped to bring him back last summer but could not afford his wages.", "Marco Verdi", "Burnley", ended},
		{"fr coché son nom", " date 2024-07-10 Marco Verdi veut quitter le FC Nantes. Le Stade Rennais a coché son nom depuis plusieurs semaines.", "Marco Verdi", "Rennes", in},
		{"fr recruteurs", " date 2024-07-10 Marco Verdi brille au FC Nantes. Le LOSC et le RC Lens ont envoyé des recruteurs le suivre ce week-end.", "Marco Verdi", "Lens", in},
		{"es se interesaron", " date 2024-07-10 Marco Verdi quiere salir del Getafe. El Sevilla y el Betis se interesaron por él hace unas semanas.", "Marco Verdi", "Real Betis", in},
		{"es ojeadores", " date 2024-07-10 Marco Verdi brilla en el Getafe. El Villarreal ha enviado ojeadores a verle en los últimos partidos.", "Marco Verdi", "Villarreal", in},
		{"it osservatori", " date 2024-07-10 Marco Verdi brilla nel Genoa. Il Torino ha inviato osservatori a seguirlo nelle ultime partite.", "Marco Verdi", "Torino", in},
		{"de Scouts", " date 2024-07-10 Marco Verdi glänzt beim FC Augsburg. Der SC Freiburg hat mehrfach Scouts geschickt.", "Marco Verdi", "SC Freiburg", in},
	})
}
