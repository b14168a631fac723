package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestHeadlineSegments: a headline told as a list of deals, each of its
// own club ("Arsenal bid for X, Chelsea monitor a winger"), gives a club
// the player of its own part only: a part naming no player pursues
// someone the headline does not name, in the five languages. A headline
// opening on the player alone ("X: Arsenal bid, Chelsea watch") is about
// him in every part.
func TestHeadlineSegments(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en other part", " date 2024-08-01 Transfer news: Arsenal bid for Victor Osimhen, Chelsea monitor Brighton winger\n\nArsenal have made an offer for Victor Osimhen.", "Victor Osimhen", "Chelsea", ""},
		{"en own part", " date 2024-08-01 Transfer news: Arsenal bid for Victor Osimhen, Chelsea monitor Brighton winger\n\nArsenal have made an offer for Victor Osimhen.", "Victor Osimhen", "Arsenal", facts.StageBid},
		{"en subject of another part", " date 2024-08-01 Transfer gossip: Arsenal open talks over Victor Osimhen, Juventus rebuffed for Marco Rossi, Brentford close in on Tom Smith\n\nMarco Rossi is a striker.", "Marco Rossi", "Arsenal", ""},
		{"en player lead", " date 2024-08-01 Victor Osimhen: Arsenal bid, Chelsea monitor the striker\n\nArsenal have made an offer for Victor Osimhen.", "Victor Osimhen", "Chelsea", facts.StageInterest},
		{"en name then club", " date 2024-08-01 Victor Osimhen, Chelsea are monitoring the striker\n\nVictor Osimhen is wanted in London.", "Victor Osimhen", "Chelsea", facts.StageInterest},
		{"fr other part", " date 2024-08-01 Mercato : le PSG formule une offre pour Victor Osimhen, Lyon surveille un ailier de Lens\n\nLe PSG a formulé une offre pour Victor Osimhen.", "Victor Osimhen", "Lyon", ""},
		{"fr own part", " date 2024-08-01 Mercato : le PSG formule une offre pour Victor Osimhen, Lyon surveille un ailier de Lens\n\nLe PSG a formulé une offre pour Victor Osimhen.", "Victor Osimhen", "Paris Saint-Germain", facts.StageBid},
		{"es other part", " date 2024-08-01 Mercado: el Atlético ofrece 50 millones por Victor Osimhen, el Sevilla sigue a un lateral del Betis\n\nEl Atlético ha presentado una oferta por Victor Osimhen.", "Victor Osimhen", "Sevilla", ""},
		{"it other part", " date 2024-08-01 Calciomercato: la Juventus su Victor Osimhen, il Napoli tratta un difensore del Torino\n\nLa Juventus ha presentato un'offerta per Victor Osimhen.", "Victor Osimhen", "Napoli", ""},
		{"it own part", " date 2024-08-01 Calciomercato: la Juventus su Victor Osimhen, il Napoli tratta un difensore del Torino\n\nLa Juventus ha presentato un'offerta per Victor Osimhen.", "Victor Osimhen", "Juventus", facts.StageBid},
		{"de dash", " date 2024-08-01 Gerüchte: Bayern bietet für Victor Osimhen – Leipzig verhandelt in Madrid\n\nDer FC Bayern hat ein Angebot für Victor Osimhen abgegeben.", "Victor Osimhen", "RB Leipzig", ""},
		{"de comma", " date 2024-08-01 Gerüchte: Bayern bietet für Victor Osimhen, der BVB beobachtet ein Talent aus Belgien\n\nDer FC Bayern hat ein Angebot für Victor Osimhen abgegeben.", "Victor Osimhen", "Borussia Dortmund", ""},
		{"de own part", " date 2024-08-01 Gerüchte: Bayern bietet für Victor Osimhen, der BVB beobachtet ein Talent aus Belgien\n\nDer FC Bayern hat ein Angebot für Victor Osimhen abgegeben.", "Victor Osimhen", "Bayern Munich", facts.StageBid},
	})
}
