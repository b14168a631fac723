package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestFirstOfferRejected: a first or opening offer turned down is the
// opening of a negotiation, not its end: the pursuit is at talks ("had
// an opening bid rejected", "sa première offre a été repoussée", "su
// primera oferta fue rechazada", "la prima offerta è stata respinta",
// "das erste Angebot wurde abgelehnt"). An offer rejected with nothing
// calling it a first one still ends the pursuit.
func TestFirstOfferRejected(t *testing.T) {
	type c = stageCase
	const p = "Lucas Silva"
	checkStages(t, New(), []stageCase{
		c{"en opening", " date 2024-06 Everton have had an opening bid of £20m for Lucas Silva rejected by Porto.", p, "Everton", facts.StageTalks},
		c{"en first", " date 2024-06 Fulham's first offer for Lucas Silva, worth £18m, was turned down on Monday.", p, "Fulham", facts.StageTalks},
		c{"fr", " date 2024-06 La première offre de Lens pour Lucas Silva, 15 millions d'euros, a été repoussée par Porto.", p, "Lens", facts.StageTalks},
		c{"es", " date 2024-06 La primera oferta del Girona por Lucas Silva, de 15 millones, fue rechazada por el Oporto.", p, "Girona", facts.StageTalks},
		c{"it", " date 2024-06 La prima offerta del Torino per Lucas Silva, 15 milioni, è stata respinta dal Porto.", p, "Torino", facts.StageTalks},
		c{"de", " date 2024-06 Das erste Angebot des SC Freiburg für Lucas Silva über 15 Millionen Euro wurde vom FC Porto abgelehnt.", p, "SC Freiburg", facts.StageTalks},
		// no first offer: the rejection ends it
		c{"fr no follow-up", " date 2024-06 Lens avait formulé une première offre pour Lucas Silva, jugée insuffisante par Porto, et n'est pas revenu à la charge.", p, "Lens", facts.StageEnded},
		c{"en plain", " date 2024-06 Porto have rejected Everton's £20m offer for Lucas Silva.", p, "Everton", facts.StageEnded},
	})
}

// TestTalksAfterRejectedOffer: an offer turned down and talks told after
// it ("have opened talks over an improved package", "las conversaciones
// siguen abiertas") is a pursuit at talks, not at the offer refused.
func TestTalksAfterRejectedOffer(t *testing.T) {
	type c = stageCase
	const p = "Lucas Silva"
	checkStages(t, New(), []stageCase{
		c{"en", " date 2024-06 Porto have rejected an offer from Everton for Lucas Silva. Everton have opened talks with Porto over an improved package.", p, "Everton", facts.StageTalks},
		c{"fr", " date 2024-06 Porto a repoussé une offre de Lens pour Lucas Silva. Lens a entamé des discussions avec Porto autour d'une nouvelle proposition.", p, "Lens", facts.StageTalks},
		c{"es", " date 2024-06 El Oporto ha rechazado una oferta del Girona por Lucas Silva. El Girona mantiene conversaciones con el Oporto para una nueva propuesta.", p, "Girona", facts.StageTalks},
		c{"it", " date 2024-06 Il Porto ha respinto un'offerta del Torino per Lucas Silva. Il Torino ha avviato una trattativa con il Porto per una nuova proposta.", p, "Torino", facts.StageTalks},
		c{"de", " date 2024-06 Der FC Porto hat ein Angebot des SC Freiburg für Lucas Silva abgelehnt. Der SC Freiburg führt Gespräche mit Porto über eine neue Offerte.", p, "SC Freiburg", facts.StageTalks},
	})
}
