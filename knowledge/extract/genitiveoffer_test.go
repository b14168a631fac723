package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestGermanGenitiveOffer: the genitive of an offer noun ("eines Angebots
// von", "des Gebots") is an offer: the club after its from-word makes it,
// and is no club he comes from.
func TestGermanGenitiveOffer(t *testing.T) {
	checkLinkAndClub(t, New(), "2025-09-01", "Jonas Weber", []linkCase{
		{"Kapitän Jonas Weber bleibt trotz eines Angebots von Hertha BSC.", "Hertha Berlin", facts.StageBid, ""},
		{"Die Höhe des Gebots von Hertha BSC für Jonas Weber überraschte alle.", "Hertha Berlin", facts.StageBid, ""},
	})
}
