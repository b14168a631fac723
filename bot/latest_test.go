package bot

import (
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestLatestFeeOfItsArticle: /latest shows a fee on the report whose own
// article stated it, as /sources does, not the link's newest fee on
// every report (the store gives each report its link's newest fee).
func TestLatestFeeOfItsArticle(t *testing.T) {
	f := newFake()
	fee := &knowledge.FeeReport{Fee: facts.Fee{Club: "AC Milan", Amount: 12_000_000, Currency: "EUR",
		Kind: facts.FeeBid, Status: facts.FeeRejected}, Published: date("2021-11"), ArticleID: 40}
	for i, r := range f.reports {
		if r.Player == "Boubacar Kamara" && r.Club == "AC Milan" {
			f.reports[i].ArticleID, f.reports[i].Fee = int64(30+10*(i%2)), fee // talks in article 30, bid in 40
		}
	}
	text := serve(t, testRouter(t, f, Options{}), "/latest Kamara").Text(0)
	for _, line := range []string{
		"• Boubacar Kamara → AC Milan — talks · January 2022 · Foot Mercato · article #30\n",
		"• Boubacar Kamara → AC Milan — bid €12M, rejected · November 2021 · TV Dello Sport · article #40\n",
	} {
		if !strings.Contains(text+"\n", line) {
			t.Errorf("no line %q in\n%s", line, text)
		}
	}
}
