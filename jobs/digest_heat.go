package jobs

import (
	"context"
	"fmt"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/heat"
)

// heatReader is what a Store may also offer (knowledge.Store does) for
// digests to rank their links by heat: the base's newest date, a player
// by name and the reports of his links.
type heatReader interface {
	NewestDate(ctx context.Context) (facts.Date, error)
	FindPlayers(ctx context.Context, q string) ([]knowledge.PlayerRef, error)
	Timeline(ctx context.Context, playerID int64, from time.Time) ([]knowledge.Report, error)
}

// heats computes the heat of digest links during one run of the digest
// job, reading each player's reports once for every subscription.
type heats struct {
	r         heatReader
	cfg       heat.Config
	asOf      time.Time
	timelines map[string][]knowledge.Report // by player name
}

// newHeats returns the heats of a run over store, or nil when store
// cannot tell them.
func newHeats(ctx context.Context, store Store, cfg heat.Config, now time.Time) (*heats, error) {
	r, ok := store.(heatReader)
	if !ok {
		return nil, nil
	}
	d, err := r.NewestDate(ctx)
	if err != nil {
		return nil, fmt.Errorf("jobs: digest: %w", err)
	}
	return &heats{r: r, cfg: cfg, asOf: heat.AsOf(d, now), timelines: map[string][]knowledge.Report{}}, nil
}

// timeline returns the reports of a player's links.
func (h *heats) timeline(ctx context.Context, player string) ([]knowledge.Report, error) {
	if tl, ok := h.timelines[player]; ok {
		return tl, nil
	}
	var tl []knowledge.Report
	ps, err := h.r.FindPlayers(ctx, player)
	if err != nil {
		return nil, err
	}
	for _, p := range ps {
		if p.Name == player {
			if tl, err = h.r.Timeline(ctx, p.ID, heat.From(h.asOf)); err != nil {
				return nil, err
			}
			break
		}
	}
	h.timelines[player] = tl
	return tl, nil
}

// rate sets the heat of each link and whether it heated up since the
// subscription's last digest: a link reported before then whose stage
// rose or which a new independent source reported since.
func (h *heats) rate(ctx context.Context, sub knowledge.Subscription, links []link) error {
	for i := range links {
		l := &links[i]
		tl, err := h.timeline(ctx, l.player)
		if err != nil {
			return fmt.Errorf("jobs: digest: %w", err)
		}
		var all, before []knowledge.Report
		for _, r := range tl {
			if r.Club != l.club {
				continue
			}
			all = append(all, r)
			if r.LinkID <= sub.Watermark {
				before = append(before, r)
			}
		}
		if len(all) == 0 { // no report in the last year: the link's latest alone
			all = []knowledge.Report{l.latest}
		}
		now := h.cfg.Link(all, h.asOf)
		l.heat, l.rated = now.Heat, true
		l.heated = len(before) > 0 && now.Heated(h.cfg.Link(before, h.asOf))
	}
	return nil
}
