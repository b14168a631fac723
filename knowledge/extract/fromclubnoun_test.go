package extract

import "testing"

// TestFromClubNoun: a club noun and its description may stand between a
// from-word and the club he comes from ("from Belgian side KRC Genk",
// "procedente del club belga KRC Genk", "vom belgischen Klub KRC Genk"):
// that club is where he comes from, no suitor, in the five languages.
func TestFromClubNoun(t *testing.T) {
	x := New()
	texts := map[string]string{
		"en": "Norwich City have completed the signing of Oscar Lindqvist from Belgian side KRC Genk.",
		"fr": "Le FC Nantes a officialisé l'arrivée d'Oscar Lindqvist en provenance du club belge de KRC Genk.",
		"es": "El Betis ha cerrado el fichaje de Oscar Lindqvist procedente del club belga KRC Genk.",
		"it": "Il Bologna ha ufficializzato l'arrivo di Oscar Lindqvist dal club belga del Genk.",
		"de": "Der SC Freiburg hat Oscar Lindqvist vom belgischen Klub KRC Genk verpflichtet.",
	}
	checkNoLink(t, x, perLanguage(texts, "2025-07", "Oscar Lindqvist", pairWant{"Genk", ""}), "Oscar Lindqvist", " (the club he comes from)")
}
