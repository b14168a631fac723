package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestEachClubItsOwnVerb: in a sentence where two clubs each do something
// of their own, joined by "and", a comma or "also" ("Fulham have opened
// talks ..., and Brentford are keen"), each club takes the stage of its
// own verb, not the other's.
func TestEachClubItsOwnVerb(t *testing.T) {
	type c = stageCase
	const tl, ls = "Kenneth Taylor", "Lucas Silva"
	en := " date 2024-06 Fulham have opened talks with Ajax over Kenneth Taylor, and Brentford are also keen on the midfielder."
	fr := " date 2024-06 Lille a entamé des discussions avec l'Ajax pour Kenneth Taylor, et Rennes suit aussi le milieu."
	es := " date 2024-06 El Sevilla negocia con el Ajax por Kenneth Taylor y el Betis también sigue al centrocampista."
	it := " date 2024-06 Il Torino ha avviato una trattativa con l'Ajax per Kenneth Taylor e anche il Bologna segue il centrocampista."
	de := " date 2024-06 Der VfB Stuttgart führt Gespräche mit Ajax über Kenneth Taylor, auch der SC Freiburg hat sich nach dem Mittelfeldspieler erkundigt."
	// the order reversed: the first club's verb is the weaker one
	en2 := " date 2024-06 Wolves are monitoring Lucas Silva, and Everton have tabled a bid for the Brazilian."
	fr2 := " date 2024-06 L'OGC Nice observe Lucas Silva, et Lens a formulé une offre pour le Brésilien."
	es2 := " date 2024-06 El Villarreal sigue a Lucas Silva y el Girona ha presentado una oferta por el brasileño."
	it2 := " date 2024-06 La Fiorentina segue Lucas Silva e l'Udinese ha presentato un'offerta per il brasiliano."
	de2 := " date 2024-06 Der VfL Wolfsburg beobachtet Lucas Silva und der SC Freiburg hat ein Angebot für den Brasilianer abgegeben."
	checkStages(t, New(), []stageCase{
		c{"en first", en, tl, "Fulham", facts.StageTalks}, c{"en second", en, tl, "Brentford", facts.StageInterest},
		c{"fr first", fr, tl, "Lille", facts.StageTalks}, c{"fr second", fr, tl, "Rennes", facts.StageInterest},
		c{"es first", es, tl, "Sevilla", facts.StageTalks}, c{"es second", es, tl, "Real Betis", facts.StageInterest},
		c{"it first", it, tl, "Torino", facts.StageTalks}, c{"it second", it, tl, "Bologna", facts.StageInterest},
		c{"de first", de, tl, "VfB Stuttgart", facts.StageTalks}, c{"de second", de, tl, "SC Freiburg", facts.StageInterest},
		c{"en2 first", en2, ls, "Wolverhampton Wanderers", facts.StageInterest}, c{"en2 second", en2, ls, "Everton", facts.StageBid},
		c{"fr2 first", fr2, ls, "Nice", facts.StageInterest}, c{"fr2 second", fr2, ls, "Lens", facts.StageBid},
		c{"es2 first", es2, ls, "Villarreal", facts.StageInterest}, c{"es2 second", es2, ls, "Girona", facts.StageBid},
		c{"it2 first", it2, ls, "Fiorentina", facts.StageInterest}, c{"it2 second", it2, ls, "Udinese", facts.StageBid},
		c{"de2 first", de2, ls, "VfL Wolfsburg", facts.StageInterest}, c{"de2 second", de2, ls, "SC Freiburg", facts.StageBid},
	})
}
