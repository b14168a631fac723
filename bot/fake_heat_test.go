package bot

import (
	"context"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/heat"
)

// NewestDate is the newest date of the fake's reports.
func (f *fakeKnowledge) NewestDate(ctx context.Context) (facts.Date, error) {
	var d facts.Date
	for _, r := range f.reports {
		if r.Published.Compare(d) > 0 {
			d = r.Published
		}
	}
	return d, nil
}

// Timeline is the reports of a player but those with his current club.
func (f *fakeKnowledge) Timeline(ctx context.Context, playerID int64, from time.Time) ([]knowledge.Report, error) {
	p, ok := f.player(playerID)
	if !ok {
		return []knowledge.Report{}, nil
	}
	out := []knowledge.Report{}
	for _, r := range f.reports {
		if r.Player == p.Name && r.Club != p.CurrentClub && (r.Published.IsZero() || !r.Published.Start().Before(from.Truncate(24*time.Hour))) {
			out = append(out, r)
		}
	}
	return out, nil
}

// Recent is the reports of the links with a report counting from since.
func (f *fakeKnowledge) Recent(ctx context.Context, since, from time.Time) ([]knowledge.Report, error) {
	recent := map[[2]string]bool{}
	for _, r := range f.reports {
		if !heat.When(r, since.AddDate(100, 0, 0)).Before(since) {
			recent[[2]string{r.Player, r.Club}] = true
		}
	}
	var out []knowledge.Report
	for _, r := range f.reports {
		if recent[[2]string{r.Player, r.Club}] && r.Club != f.clubOfPlayer(r.Player) &&
			(r.Published.IsZero() || !r.Published.Start().Before(from.Truncate(24*time.Hour))) {
			out = append(out, r)
		}
	}
	return out, nil
}
