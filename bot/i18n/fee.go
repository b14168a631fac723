package i18n

import (
	"fmt"
	"strings"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// Stage is stage s in lang ("advanced", "fortgeschritten"); a stage the
// catalogue does not know is shown as it is.
func Stage(lang string, s facts.Stage) string {
	if !s.Valid() {
		return string(s)
	}
	return T(lang, "stage."+string(s))
}

// Money is "€12M", "£4.5M", "€300K" or "1000 CHF".
func Money(amount int64, currency string) string {
	sym := map[string]string{"EUR": "€", "GBP": "£", "USD": "$"}[currency]
	var n string
	switch {
	case amount >= 1_000_000:
		n = strings.TrimSuffix(strings.TrimSuffix(fmt.Sprintf("%.1f", float64(amount)/1e6), "0"), ".") + "M"
	case amount >= 10_000:
		n = fmt.Sprintf("%dK", amount/1000)
	default:
		n = fmt.Sprint(amount)
	}
	if sym == "" {
		return n + " " + currency
	}
	return sym + n
}

// Fee is a link's fee as its line shows it in lang: "bid €30M, rejected",
// "asking price €20M" (a status "reported" goes unsaid).
func Fee(lang string, f facts.Fee) string {
	out := T(lang, "fee."+string(f.Kind)) + " " + Money(f.Amount, f.Currency)
	if f.Status != "" && f.Status != facts.FeeReported {
		out += ", " + T(lang, "status."+string(f.Status))
	}
	return out
}

// StageFee is the parts of a link's line that tell its stage and, when f
// is not nil, its fee: ["advanced", "bid €5M, rejected"], or the fee alone
// when the stage says the same (["bid €30M"] rather than ["bid", "bid
// €30M"]).
func StageFee(lang string, s facts.Stage, f *facts.Fee) []string {
	stage := Stage(lang, s)
	switch {
	case f == nil:
		return []string{stage}
	case stage == T(lang, "fee."+string(f.Kind)):
		return []string{Fee(lang, *f)}
	}
	return []string{stage, Fee(lang, *f)}
}
