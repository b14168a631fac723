package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestWhoLeadsTheTalks: a person who leads a club's negotiations ("the
// talks, led by X", "X a mené les discussions", "la negociación,
// encabezada por X", "la trattativa, condotta da X", "die Verhandlungen
// leitete X") is an official, no player, and the player of the deal keeps
// the link.
func TestWhoLeadsTheTalks(t *testing.T) {
	x := New()
	tests := []struct{ name, text, official string }{
		{"en passive", " date 2024-06 Arsenal are in talks with Lille over Jonathan David. The negotiations, led by Tomas Rindell, have gone on for a week.", "Tomas Rindell"},
		{"en active", " date 2024-06 Arsenal are in talks with Lille over Jonathan David. Tomas Rindell personally conducted the negotiations.", "Tomas Rindell"},
		{"fr passive", " date 2024-06 Arsenal discute avec Lille pour Jonathan David. Les discussions, menées par Marc Oudin, durent depuis une semaine.", "Marc Oudin"},
		{"fr active", " date 2024-06 Arsenal discute avec Lille pour Jonathan David. Marc Oudin a personnellement mené les discussions.", "Marc Oudin"},
		{"es passive", " date 2024-06 El Arsenal negocia con el Lille por Jonathan David. La negociación, encabezada por Javier Roldán, dura ya una semana.", "Javier Roldán"},
		{"es active", " date 2024-06 El Arsenal negocia con el Lille por Jonathan David. Javier Roldán encabezó las negociaciones.", "Javier Roldán"},
		{"it passive", " date 2024-06 L'Arsenal tratta con il Lille per Jonathan David. La trattativa, condotta da Paolo Ferretti, va avanti da una settimana.", "Paolo Ferretti"},
		{"it active", " date 2024-06 L'Arsenal tratta con il Lille per Jonathan David. Paolo Ferretti ha condotto la trattativa.", "Paolo Ferretti"},
		{"de passive", " date 2024-06 Arsenal verhandelt mit Lille über Jonathan David. Die Gespräche, geführt von Jens Kohlmann, laufen seit einer Woche.", "Jens Kohlmann"},
		{"de active", " date 2024-06 Arsenal verhandelt mit Lille über Jonathan David. Jens Kohlmann leitete die Verhandlungen.", "Jens Kohlmann"},
	}
	checkNoPlayer(t, x, tests)
	var stages []stageCase
	for _, tt := range tests {
		stages = append(stages, stageCase{tt.name, tt.text, "Jonathan David", "Arsenal", facts.StageTalks})
	}
	checkStages(t, x, stages)
}

// TestWhoSellsHim: a person who wants to sell a player, or will not risk
// losing him, is the owner or an official of his club, no player.
func TestWhoSellsHim(t *testing.T) {
	checkNoPlayer(t, New(), []struct{ name, text, official string }{
		{"en", " date 2024-06 Everton are keen on Marco Rossi. Dario Pellegri wants to sell before August.", "Dario Pellegri"},
		{"fr", " date 2024-06 Everton s'intéresse à Marco Rossi. Dario Pellegri veut vendre avant le mois d'août.", "Dario Pellegri"},
		{"es", " date 2024-06 El Everton sigue a Marco Rossi. Dario Pellegri quiere vender antes de agosto.", "Dario Pellegri"},
		{"it", " date 2024-06 L'Everton segue Marco Rossi. Dario Pellegri vuole vendere prima di agosto.", "Dario Pellegri"},
		{"de", " date 2024-06 Everton ist an Marco Rossi interessiert. Dario Pellegri will vor August verkaufen.", "Dario Pellegri"},
	})
}

// TestWhoCallsOrCoachesHim: a person who phones a player or coaches him
// ("X, who has called him personally", "X l'a appelé", "X lo llamó", "X
// lo ha chiamato", "X hat ihn angerufen"; "X, who coached him at
// Brentford", "qui l'a entraîné", "que lo entrenó", "che lo ha allenato",
// "der ihn trainiert hat") is a coach or an official, no player.
func TestWhoCallsOrCoachesHim(t *testing.T) {
	checkNoPlayer(t, New(), []struct{ name, text, official string }{
		{"en call", " date 2024-06 Lucas Silva is wanted in Saudi Arabia. Pedro Sanches has called him personally and Al-Nassr are keen.", "Pedro Sanches"},
		{"en coach", " date 2024-06 Everton are keen on Lucas Silva. Pedro Sanches, who coached him at Braga, wants a reunion.", "Pedro Sanches"},
		{"fr call", " date 2024-06 Lucas Silva est courtisé. Pedro Sanches l'a appelé dimanche et Lens s'intéresse à lui.", "Pedro Sanches"},
		{"fr coach", " date 2024-06 Lens s'intéresse à Lucas Silva. Pedro Sanches, qui l'a entraîné à Braga, pousse pour sa venue.", "Pedro Sanches"},
		{"es call", " date 2024-06 Lucas Silva tiene pretendientes. Pedro Sanches lo llamó el domingo y el Girona lo quiere.", "Pedro Sanches"},
		{"es coach", " date 2024-06 El Girona sigue a Lucas Silva. Pedro Sanches, que lo entrenó en Braga, pide su fichaje.", "Pedro Sanches"},
		{"it call", " date 2024-06 Lucas Silva piace in Italia. Pedro Sanches lo ha chiamato domenica e il Torino lo vuole.", "Pedro Sanches"},
		{"it coach", " date 2024-06 Il Torino segue Lucas Silva. Pedro Sanches, che lo ha allenato al Braga, spinge per il suo arrivo.", "Pedro Sanches"},
		{"de call", " date 2024-06 Lucas Silva hat Interessenten. Pedro Sanches hat ihn am Sonntag angerufen, der SC Freiburg will ihn.", "Pedro Sanches"},
		{"de coach", " date 2024-06 Der SC Freiburg ist an Lucas Silva interessiert. Pedro Sanches, der ihn in Braga trainiert hat, wirbt um ihn.", "Pedro Sanches"},
	})
}

// TestWhoStrengthensTheSquad: a person keen to add to or strengthen a
// squad ("with X keen to add a physical presence to his attack", "X veut
// renforcer son milieu", "X quiere reforzar la defensa", "X vuole
// rinforzare il centrocampo", "X will die Abwehr verstärken") is its coach
// or an official, no player.
func TestWhoStrengthensTheSquad(t *testing.T) {
	checkNoPlayer(t, New(), []struct{ name, text, official string }{
		{"en", " date 2024-06 Everton have signed Lucas Silva on loan, with Pedro Sanches keen to add pace to his attack.", "Pedro Sanches"},
		{"fr", " date 2024-06 Lens a recruté Lucas Silva, Pedro Sanches voulant renforcer son milieu.", "Pedro Sanches"},
		{"es", " date 2024-06 El Girona ha fichado a Lucas Silva y Pedro Sanches quiere reforzar la defensa.", "Pedro Sanches"},
		{"it", " date 2024-06 Il Torino ha preso Lucas Silva e Pedro Sanches vuole rinforzare il centrocampo.", "Pedro Sanches"},
		{"de", " date 2024-06 Der SC Freiburg hat Lucas Silva geholt, Pedro Sanches will die Abwehr weiter verstärken.", "Pedro Sanches"},
	})
}
