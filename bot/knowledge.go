package bot

import (
	"context"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// Knowledge is what the router asks of the knowledge base: the methods of
// knowledge base (a knowledge.Base) it uses. Tests answer it with a fake.
type Knowledge interface {
	Ingest(ctx context.Context, in knowledge.Input) (knowledge.IngestResult, error)

	FindPlayers(ctx context.Context, q string) ([]knowledge.PlayerRef, error)
	ClosestPlayers(ctx context.Context, q string, n int) ([]string, error)
	FindClubs(ctx context.Context, q string) ([]knowledge.ClubRef, error)
	Complete(ctx context.Context, kind, prefix string, n int) ([]string, error)

	Profile(ctx context.Context, playerID int64) (knowledge.Profile, error)
	Suitors(ctx context.Context, playerID int64) ([]knowledge.Suitor, error)
	Club(ctx context.Context, clubID int64, n int, since time.Time) (knowledge.ClubLinks, error)
	Latest(ctx context.Context, n int, playerID, clubID int64) ([]knowledge.Report, error)
	Sources(ctx context.Context, playerID, clubID int64) ([]knowledge.Report, error)
	Moves(ctx context.Context, n int, playerID, clubID int64) ([]knowledge.Move, error)
	Expiring(ctx context.Context, from, to facts.Date) ([]knowledge.Expiring, error)
	NewestDate(ctx context.Context) (facts.Date, error)
	Timeline(ctx context.Context, playerID int64, from time.Time) ([]knowledge.Report, error)
	Recent(ctx context.Context, since, from time.Time) ([]knowledge.Report, error)

	Subscribe(ctx context.Context, sub knowledge.Subscription) (knowledge.Subscription, error)
	Unsubscribe(ctx context.Context, platform, chat string, kind knowledge.SubKind) (int, error)
	DeleteSubscription(ctx context.Context, id int64) error
	Subscriptions(ctx context.Context, platform, chat string) ([]knowledge.Subscription, error)
}

// nameIndexer is what a knowledge base may offer besides (as
// knowledge.Store does): an in-memory index of the names it knows, so
// that spotting names in a question takes no query per word.
type nameIndexer interface {
	Names(ctx context.Context) (*knowledge.NameIndex, error)
}

// names returns the knowledge base's name index, or nil when it offers
// none (the names are then looked up one query at a time).
func (rt *Router) names(ctx context.Context) (*knowledge.NameIndex, error) {
	k, ok := rt.k.(nameIndexer)
	if !ok {
		return nil, nil
	}
	return k.Names(ctx)
}
