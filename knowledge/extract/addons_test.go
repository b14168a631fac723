package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestAddOnsAreNoFee: the add-ons told beside a fee are no fee of their
// own; a figure told with its add-ons counted in is one; in the five
// languages.
func TestAddOnsAreNoFee(t *testing.T) {
	x := New()
	tests := []struct {
		name, text string
		want       []string // amounts, in order
	}{
		{"en", " date 2024-07 News\n\nBrentford have offered £30m plus £5m in add-ons for Mario Rossi.", []string{"30000000"}},
		{"fr", " date 2024-07 Mercato\n\nLe Stade Brestois a offert 30 millions d'euros plus 5 millions de bonus pour Mario Rossi.", []string{"30000000"}},
		{"es", " date 2024-07 Mercado\n\nEl Betis ofrece 30 millones de euros más 5 en variables por Mario Rossi.", []string{"30000000"}},
		{"it", " date 2024-07 Calciomercato\n\nIl Bologna ha offerto 30 milioni di euro più 5 di bonus per Mario Rossi.", []string{"30000000"}},
		{"de", " date 2024-07 Transfer-News\n\nDer SC Freiburg bietet 30 Millionen Euro plus 5 Millionen Euro an Boni für Mario Rossi.", []string{"30000000"}},
		{"it counted in", " date 2024-07 Calciomercato\n\nIl Bologna ha offerto 35 milioni bonus compresi per Mario Rossi.", []string{"35000000"}},
		{"fr counted in", " date 2024-07 Mercato\n\nLe Stade Brestois a offert 35 millions d'euros bonus compris pour Mario Rossi.", []string{"35000000"}},
	}
	for _, tt := range tests {
		p := player(t, x.Extract(tt.text, Hints{}), "Mario Rossi")
		var got []string
		for _, f := range p.Fees {
			got = append(got, fmt.Sprint(f.Amount))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: fees %q, want %q", tt.name, got, tt.want)
		}
	}
}
