package bot

import (
	"fmt"
	"strings"

	"github.com/mercato-bot/mercato/bot/i18n"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
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

// dateText is the date, or "undated" in lang.
func dateText(lang string, d facts.Date) string {
	if d.IsZero() {
		return i18n.T(lang, "undated")
	}
	return d.String()
}

// reportsText is "3 reports" in lang.
func reportsText(lang string, n int) string {
	return i18n.Count(lang, "report", n)
}

// suitorDetail is "advanced · 3 reports · latest 2022-03-24 · GOAL".
func suitorDetail(lang string, s knowledge.Suitor) string {
	parts := []string{stageName(lang, s.Stage), reportsText(lang, s.Reports),
		i18n.T(lang, "latest_on", dateText(lang, s.LastReported))}
	if s.Source != "" {
		parts = append(parts, s.Source)
	}
	return strings.Join(parts, sep)
}

// reportDetail is "advanced · 2022-03-24 · GOAL".
func reportDetail(lang string, r knowledge.Report) string {
	parts := []string{stageName(lang, r.Stage), dateText(lang, r.Published)}
	if r.Source != "" {
		parts = append(parts, r.Source)
	}
	return strings.Join(parts, sep)
}

// withArticle adds the number of a report's article to its detail, by
// which an admin can /forget it: "advanced · 2022-03-24 · article #12".
func withArticle(lang, detail string, r knowledge.Report) string {
	if r.ArticleID == 0 {
		return detail
	}
	return detail + sep + i18n.T(lang, "article", r.ArticleID)
}

// playerHeading is "Boubacar Kamara (Marseille, contract until 2022-06)".
func playerHeading(lang string, p knowledge.Profile) string {
	club := p.CurrentClub
	if club == "" {
		club = i18n.T(lang, "club_unknown")
	}
	contract := i18n.T(lang, "contract_unknown")
	if !p.ContractExpires.IsZero() {
		contract = i18n.T(lang, "contract_until", p.ContractExpires)
	}
	return p.Name + " (" + club + ", " + contract + ")"
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

// feeLine is "€12M bid · AC Milan · rejected · 2021-07 · Foot Mercato".
func feeLine(lang string, f knowledge.FeeReport) string {
	parts := []string{money(f.Amount, f.Currency) + " " + i18n.T(lang, "fee."+string(f.Kind))}
	if f.Club != "" {
		parts = append(parts, f.Club)
	}
	if f.Status != "" {
		parts = append(parts, i18n.T(lang, "status."+string(f.Status)))
	}
	parts = append(parts, dateText(lang, f.Published))
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
