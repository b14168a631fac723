package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestPresentSignings: a signing told in the present tense, as headlines
// and wire copy tell it, is a completed move in the five languages.
func TestPresentSignings(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en signs for", " date 2024-07 Marco Bellini signs for Aston Villa on a four-year deal.", "Marco Bellini", "Aston Villa", facts.StageDone},
		{"en joins", " date 2024-07 Marco Bellini joins Aston Villa from Bologna.", "Marco Bellini", "Aston Villa", facts.StageDone},
		{"en joins seller", " date 2024-07 Marco Bellini joins Aston Villa from Bologna.", "Marco Bellini", "Bologna", ""},
		{"fr signe à", " date 2024-07 Lucas Perrin signe à Lille pour quatre saisons.", "Lucas Perrin", "Lille", facts.StageDone},
		{"fr s'engage avec", " date 2024-07 Lucas Perrin s'engage avec le Stade Rennais jusqu'en 2029.", "Lucas Perrin", "Rennes", facts.StageDone},
		{"es ficha por", " date 2024-07 Pablo Ruiz ficha por el Villarreal para las próximas cinco temporadas.", "Pablo Ruiz", "Villarreal", facts.StageDone},
		{"es firma con", " date 2024-07 Pablo Ruiz firma con el Sevilla hasta 2028.", "Pablo Ruiz", "Sevilla", facts.StageDone},
		{"it firma con", " date 2024-07 Luca Ferri firma con la Fiorentina fino al 2028.", "Luca Ferri", "Fiorentina", facts.StageDone},
		{"it passa alla", " date 2024-07 Luca Ferri passa alla Lazio a titolo definitivo.", "Luca Ferri", "Lazio", facts.StageDone},
		{"it è un nuovo giocatore", " date 2024-07 Luca Ferri è un nuovo giocatore del Torino.", "Luca Ferri", "Torino", facts.StageDone},
		{"de holt", " date 2024-07 Der VfL Wolfsburg holt Jonas Keller vom SC Freiburg.", "Jonas Keller", "VfL Wolfsburg", facts.StageDone},
		{"de holt seller", " date 2024-07 Der VfL Wolfsburg holt Jonas Keller vom SC Freiburg.", "Jonas Keller", "SC Freiburg", ""},
		{"de unterschreibt bei", " date 2024-07 Jonas Keller unterschreibt bei Werder Bremen einen Vertrag bis 2028.", "Jonas Keller", "Werder Bremen", facts.StageDone},
		// a move still to come or wished is no signing
		{"en wants to join", " date 2024-07 Marco Bellini wants to join Aston Villa, who have made an offer.", "Marco Bellini", "Aston Villa", facts.StageBid},
		{"fr va s'engager", " date 2024-07 Lucas Perrin va s'engager avec Lille.", "Lucas Perrin", "Lille", facts.StageAdvanced},
	})
}
