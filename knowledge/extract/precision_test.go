package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestSellerOfCompletedSigning: the club a player leaves in a completed
// signing is no suitor, even when a sentence about him gives it a stage
// word ("Brighton and Chelsea reached an agreement").
func TestSellerOfCompletedSigning(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2023-08 Brighton midfielder Moisés Caicedo is on his way. Brighton and Chelsea reached an agreement for Caicedo on Sunday. Chelsea have completed the signing of Caicedo.", "Moisés Caicedo", "Brighton & Hove Albion", ""},
		{"fr", " date 2023-08 Moisés Caicedo, le milieu de Brighton, va partir. Brighton et Chelsea ont trouvé un accord pour Caicedo dimanche. Chelsea a officialisé l'arrivée de Caicedo.", "Moisés Caicedo", "Brighton & Hove Albion", ""},
		{"es", " date 2023-08 Moisés Caicedo, centrocampista del Brighton, se marcha. El Brighton y el Chelsea alcanzaron un acuerdo por Caicedo el domingo. El Chelsea ha cerrado el fichaje de Caicedo.", "Moisés Caicedo", "Brighton & Hove Albion", ""},
		{"it", " date 2023-08 Moisés Caicedo, centrocampista del Brighton, va via. Il Brighton e il Chelsea hanno trovato l'accordo per Caicedo domenica. Il Chelsea ha ufficializzato l'arrivo di Caicedo.", "Moisés Caicedo", "Brighton & Hove Albion", ""},
		{"de", " date 2023-08 Brightons Mittelfeldspieler Moisés Caicedo geht. Brighton und Chelsea haben sich am Sonntag über Caicedo geeinigt. Chelsea hat Caicedo verpflichtet.", "Moisés Caicedo", "Brighton & Hove Albion", ""},
		{"en buyer", " date 2023-08 Brighton midfielder Moisés Caicedo is on his way. Brighton and Chelsea reached an agreement for Caicedo on Sunday. Chelsea have completed the signing of Caicedo.", "Moisés Caicedo", "Chelsea", facts.StageDone},
	})
}
