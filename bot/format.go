package bot

import (
	"fmt"
	"strings"
	"time"

	"github.com/mercato-bot/mercato/bot/i18n"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/text"
)

// sep separates the parts of an item's detail.
const sep = " · "

// stageName is the stage in lang.
func stageName(lang string, s facts.Stage) string {
	if !s.Valid() {
		return string(s)
	}
	return i18n.T(lang, "stage."+string(s))
}

// dateText is the date in words in lang ("24 March 2022"), or
// "undated"; answers that know the knowledge base's now use call.date.
func dateText(lang string, d facts.Date) string {
	return dateWords(lang, d, time.Time{})
}

// reportsText is "3 reports" in lang.
func reportsText(lang string, n int) string {
	return i18n.Count(lang, "report", n)
}

// feeText is a link's fee as its line shows it: "bid €30M, rejected",
// "asking price €20M".
func feeText(lang string, f knowledge.FeeReport) string {
	out := i18n.T(lang, "fee."+string(f.Kind)) + " " + money(f.Amount, f.Currency)
	if f.Status != "" && f.Status != facts.FeeReported {
		out += ", " + i18n.T(lang, "status."+string(f.Status))
	}
	return out
}

// withFee is parts with the fee f after its first part (the stage) when f
// is not nil, or in its place when they say the same ("bid" and "bid
// €30M, rejected").
func withFee(lang string, parts []string, f *knowledge.FeeReport) []string {
	if f == nil {
		return parts
	}
	if parts[0] == i18n.T(lang, "fee."+string(f.Kind)) {
		return append([]string{feeText(lang, *f)}, parts[1:]...)
	}
	return append(parts[:1:1], append([]string{feeText(lang, *f)}, parts[1:]...)...)
}

// linkFee is the newest fee of fees (newest first) a club offered or was
// asked, nil when none: the fee a link's line shows.
func linkFee(fees []knowledge.FeeReport, club string) *knowledge.FeeReport {
	for i, f := range fees {
		if f.Kind != facts.FeeWage && f.Amount > 0 && text.Fold(f.Club) == text.Fold(club) {
			return &fees[i]
		}
	}
	return nil
}

// suitorDetail is "advanced · 3 reports · latest 24 March 2022 · GOAL",
// with the link's fee when one is known ("bid €30M, rejected · 3
// reports · ...").
func suitorDetail(c *call, s knowledge.Suitor) string {
	parts := []string{stageName(c.lang, s.Stage), reportsText(c.lang, s.Reports),
		i18n.T(c.lang, "latest_on", c.date(s.LastReported))}
	if s.Source != "" {
		parts = append(parts, s.Source)
	}
	return strings.Join(withFee(c.lang, parts, s.Fee), sep)
}

// reportDetail is "advanced · 24 March 2022 · GOAL", with the link's fee
// when fee is not nil ("bid €30M, rejected · 24 March 2022 · GOAL").
func reportDetail(c *call, r knowledge.Report, fee *knowledge.FeeReport) string {
	parts := []string{stageName(c.lang, r.Stage), c.date(r.Published)}
	if r.Source != "" {
		parts = append(parts, r.Source)
	}
	return strings.Join(withFee(c.lang, parts, fee), sep)
}

// withArticle adds the number of a report's article to its detail, by
// which an admin can /forget it: "advanced · 2022-03-24 · article #12".
func withArticle(lang, detail string, r knowledge.Report) string {
	if r.ArticleID == 0 {
		return detail
	}
	return detail + sep + i18n.T(lang, "article", r.ArticleID)
}

// playerHeading is "Boubacar Kamara (Marseille, contract until June
// 2022)", "contract ended June 2022" when it ended before asOf (the
// knowledge base's now; zero when not known).
func playerHeading(lang string, p knowledge.Profile, asOf time.Time) string {
	club := p.CurrentClub
	if club == "" {
		club = i18n.T(lang, "club_unknown")
	}
	return p.Name + " (" + club + ", " + contractWords(lang, p.ContractExpires, asOf) + ")"
}

// money is "€12M", "£4.5M", "€300K" or "1,000 CHF".
func money(amount int64, currency string) string {
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

// feeLine is "€12M bid · AC Milan · rejected · July 2021 · Foot Mercato".
func feeLine(c *call, f knowledge.FeeReport) string {
	lang := c.lang
	parts := []string{money(f.Amount, f.Currency) + " " + i18n.T(lang, "fee."+string(f.Kind))}
	if f.Club != "" {
		parts = append(parts, f.Club)
	}
	if f.Status != "" {
		parts = append(parts, i18n.T(lang, "status."+string(f.Status)))
	}
	parts = append(parts, c.date(f.Published))
	if f.Source != "" {
		parts = append(parts, f.Source)
	}
	return strings.Join(parts, sep)
}

// playerJSON is a player in -json answers.
type playerJSON struct {
	Name            string     `json:"name"`
	CurrentClub     *string    `json:"current_club"`
	ContractExpires facts.Date `json:"contract_expires"`
}

func playerData(p knowledge.Profile) playerJSON {
	pj := playerJSON{Name: p.Name, ContractExpires: p.ContractExpires}
	if p.CurrentClub != "" {
		club := p.CurrentClub
		pj.CurrentClub = &club
	}
	return pj
}

// capItems keeps the first max items of a reply and counts the others.
func capItems(r *Reply, max int) {
	if len(r.Items) > max {
		r.More += len(r.Items) - max
		r.Items = r.Items[:max]
	}
}

// commandFor returns the function that builds "/name <arg>" for choices.
func commandFor(name string, extra ...string) func(string) string {
	return func(arg string) string {
		return strings.Join(append([]string{"/" + name, arg}, extra...), " ")
	}
}
