package bot

import (
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
	return i18n.Stage(lang, s)
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

// stageFee is the parts of a link's line that tell its stage and its
// fee f when not nil: "advanced", "bid €30M, rejected" (i18n.StageFee).
func stageFee(lang string, s facts.Stage, f *knowledge.FeeReport) []string {
	if f == nil {
		return i18n.StageFee(lang, s, nil)
	}
	return i18n.StageFee(lang, s, &f.Fee)
}

// reportFee is the fee r's own article reported for its link, nil when
// none: r.Fee (the link's newest fee) when its article is r's.
func reportFee(r knowledge.Report) *knowledge.FeeReport {
	if r.Fee == nil || r.ArticleID == 0 || r.Fee.ArticleID != r.ArticleID {
		return nil
	}
	return r.Fee
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
	parts := append(stageFee(c.lang, s.Stage, s.Fee), reportsText(c.lang, s.Reports),
		i18n.T(c.lang, "latest_on", c.date(s.LastReported)))
	if s.Source != "" {
		parts = append(parts, s.Source)
	}
	return strings.Join(parts, sep)
}

// reportDetail is "advanced · 24 March 2022 · GOAL", with the link's fee
// when fee is not nil ("bid €30M, rejected · 24 March 2022 · GOAL").
func reportDetail(c *call, r knowledge.Report, fee *knowledge.FeeReport) string {
	parts := append(stageFee(c.lang, r.Stage, fee), c.date(r.Published))
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

// feeLine is "€12M bid · AC Milan · rejected · July 2021 · Foot Mercato".
func feeLine(c *call, f knowledge.FeeReport) string {
	lang := c.lang
	parts := []string{i18n.Money(f.Amount, f.Currency) + " " + i18n.T(lang, "fee."+string(f.Kind))}
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
