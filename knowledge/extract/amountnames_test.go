package extract

import (
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestAmountWordsAreNoNames: the capitalised words of an amount after its
// number ("15 Millionen US-Dollar", "drei Millionen Pfund", "20 Million
// Pounds" in a heading) are no person's name, and the fee is the
// player's; a name that is also a currency's ("Raheem Sterling") stays a
// name.
func TestAmountWordsAreNoNames(t *testing.T) {
	x := New()
	cases := []feeCase{
		{"de us-dollar", " date 2024-07-10 Transfer-News\n\nMario Rossi spielt beim FC Augsburg. Der SC Freiburg hat ein Angebot über 15 Millionen US-Dollar für Mario Rossi abgegeben.", "Mario Rossi", facts.FeeBid, 15e6, "SC Freiburg"},
		{"de pfund", " date 2024-07-10 Transfer-News\n\nMario Rossi spielt beim FC Augsburg. Der FC Fulham überwies für Mario Rossi drei Millionen Pfund, beim Klub ist er nun die Nummer eins.", "Mario Rossi", facts.FeeBid, 3e6, "Fulham"},
		{"en pounds", " date 2024-07-10 News\n\nBrentford Bid 20 Million Pounds For Mario Rossi\n\nMario Rossi plays for Fulham. Brentford have made an offer for Mario Rossi.", "Mario Rossi", facts.FeeBid, 20e6, "Brentford"},
	}
	checkFees(t, cases)
	for _, tt := range cases {
		for _, p := range x.Extract(tt.text, Hints{}).Players {
			for _, w := range []string{"Dollar", "Pfund", "Pounds", "Million"} {
				if strings.Contains(p.Name, w) {
					t.Errorf("%s: %q read as a name", tt.name, p.Name)
				}
			}
		}
	}
	a := x.Extract(" date 2024-07-10 News\n\nArsenal want Raheem Sterling. Chelsea value Raheem Sterling at £30m.", Hints{})
	if p := player(t, a, "Raheem Sterling"); len(p.Fees) == 0 {
		t.Errorf("Raheem Sterling has no fee: %+v", p)
	}
}
