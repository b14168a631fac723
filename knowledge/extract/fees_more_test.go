package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestFeeConversions checks that an amount restated in another currency is
// one fee, the one written first, and that distinct amounts stay apart.
func TestFeeConversions(t *testing.T) {
	x := New()
	tests := []struct {
		text, player string
		want         []string // amount currency, in order
	}{
		{"Atletico Madrid are keen on Boubacar Kamara, but a €5 million (£4m/$5m) approach was knocked back.", "Boubacar Kamara", []string{"5000000 EUR"}},
		{"Chelsea have bid £40m, or about €46m, for Declan Rice.", "Declan Rice", []string{"40000000 GBP"}},
		{"Chelsea have bid $50m (£40m) for Declan Rice.", "Declan Rice", []string{"50000000 USD"}},
		{"Le Real Madrid a transmis une offre de 70 millions d'euros (soit environ 60 millions de livres) pour Aurélien Tchouaméni.", "Aurélien Tchouaméni", []string{"70000000 EUR"}},
		{"El Barcelona ofrece 40 millones de euros (unos 34 millones de libras) por Frenkie de Jong.", "Frenkie de Jong", []string{"40000000 EUR"}},
		{"La Juventus ha offerto 40 milioni di euro, circa 34 milioni di sterline, per Dusan Vlahovic.", "Dusan Vlahovic", []string{"40000000 EUR"}},
		{"Der FC Bayern bietet 40 Millionen Euro (rund 34 Millionen Pfund) für Harry Kane.", "Harry Kane", []string{"40000000 EUR"}},
		// not conversions: the same currency, or something else between
		{"Chelsea have bid £30m or £35m for Declan Rice.", "Declan Rice", []string{"30000000 GBP", "35000000 GBP"}},
		{"Manchester United's offer of £50m for Mason Mount was rejected by Chelsea, who want £65m.", "Mason Mount", []string{"50000000 GBP", "65000000 GBP"}},
		{"Chelsea have bid €60m for Declan Rice, and West Ham want £100m.", "Declan Rice", []string{"60000000 EUR", "100000000 GBP"}},
	}
	for _, tt := range tests {
		p := player(t, x.Extract(" date 2023-06-23 "+tt.text, Hints{}), tt.player)
		var got []string
		for _, f := range p.Fees {
			got = append(got, fmt.Sprintf("%d %s", f.Amount, f.Currency))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q: fees %q, want %q", tt.text, got, tt.want)
		}
	}
}
