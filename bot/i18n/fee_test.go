package i18n

import (
	"slices"
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

func TestStageFee(t *testing.T) {
	bid := &facts.Fee{Amount: 30_000_000, Currency: "EUR", Kind: facts.FeeBid, Status: facts.FeeRejected}
	asking := &facts.Fee{Amount: 4_500_000, Currency: "GBP", Kind: facts.FeeAsking, Status: facts.FeeReported}
	for _, tt := range []struct {
		lang  string
		stage facts.Stage
		fee   *facts.Fee
		want  []string
	}{
		{"en", facts.StageAdvanced, nil, []string{"advanced"}},
		{"en", facts.StageAdvanced, bid, []string{"advanced", "bid €30M, rejected"}},
		{"en", facts.StageBid, bid, []string{"bid €30M, rejected"}}, // the stage says it already
		{"en", facts.StageTalks, asking, []string{"talks", "asking price £4.5M"}},
		{"fr", facts.StageBid, bid, []string{"offre €30M, refusée"}},
		{"es", facts.StageInterest, asking, []string{"interés", "precio pedido £4.5M"}},
		{"it", facts.StageDone, bid, []string{"concluso", "offerta €30M, rifiutata"}},
		{"de", facts.StageTalks, bid, []string{"Gespräche", "Angebot €30M, abgelehnt"}},
		{"en", facts.Stage("rumour"), nil, []string{"rumour"}},
	} {
		if got := StageFee(tt.lang, tt.stage, tt.fee); !slices.Equal(got, tt.want) {
			t.Errorf("StageFee(%s, %s, %v) = %q, want %q", tt.lang, tt.stage, tt.fee, got, tt.want)
		}
	}
}

func TestMoney(t *testing.T) {
	for _, tt := range []struct {
		amount   int64
		currency string
		want     string
	}{
		{12_000_000, "EUR", "€12M"}, {4_500_000, "GBP", "£4.5M"}, {300_000, "EUR", "€300K"},
		{1000, "CHF", "1000 CHF"}, {105_000_000, "USD", "$105M"},
	} {
		if got := Money(tt.amount, tt.currency); got != tt.want {
			t.Errorf("Money(%d, %s) = %q, want %q", tt.amount, tt.currency, got, tt.want)
		}
	}
}
