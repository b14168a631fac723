package jobs

import (
	"context"
	"errors"
)

// FeedPoller polls the configured news feeds and ingests each new item's
// article once.
type FeedPoller struct{}

// FeedStats counts what one polling round did.
type FeedStats struct {
	Feeds, Failed      int // feeds polled, feeds that failed
	New, Seen, Refused int // items ingested, already known, refused
}

// Run polls every feed once. A feed that fails is logged and counted and
// does not stop the others.
func (p *FeedPoller) Run(ctx context.Context) (FeedStats, error) {
	return FeedStats{}, errors.New("jobs: feeds: not implemented")
}
