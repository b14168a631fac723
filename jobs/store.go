package jobs

import (
	"context"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// Store is what the jobs use of the knowledge base (a knowledge.Store).
type Store interface {
	// Subscriptions lists every subscription when platform and chat are empty.
	Subscriptions(ctx context.Context, platform, chat string) ([]knowledge.Subscription, error)
	// Unsubscribe removes a chat's subscriptions of kind (empty: all).
	Unsubscribe(ctx context.Context, platform, chat string, kind knowledge.SubKind) (int, error)
	// DigestReports returns up to n reports above the subscription's watermark.
	DigestReports(ctx context.Context, sub knowledge.Subscription, n int) ([]knowledge.Report, error)
	// FollowReports returns the reports above a follow's watermark about
	// its player or club, at most n, with every earlier report of the same
	// links, in LinkID order.
	FollowReports(ctx context.Context, sub knowledge.Subscription, n int) ([]knowledge.Report, error)
	// SetWatermark records that a digest subscription has had every link up to linkID.
	SetWatermark(ctx context.Context, subID, linkID int64) error
	// RewindWatermark moves a watermark back from claimed to back, unless it moved on since.
	RewindWatermark(ctx context.Context, subID, claimed, back int64) error
	// ClaimWatermark moves a watermark from from to to, ErrClaimed when another run moved it first.
	ClaimWatermark(ctx context.Context, subID, from, to int64) error
	// ReminderSent reports whether a reminder went out.
	ReminderSent(ctx context.Context, subID int64, player string, days int) (bool, error)
	// MarkReminder records that a reminder went out.
	MarkReminder(ctx context.Context, subID int64, player string, days int) error
	// UnmarkReminder forgets that a reminder went out.
	UnmarkReminder(ctx context.Context, subID int64, player string, days int) error
	// ClaimReminder marks a reminder as gone out, ErrClaimed when it was already.
	ClaimReminder(ctx context.Context, subID int64, player string, days int) error
	// Expiring returns the players whose contract ends between from and to.
	Expiring(ctx context.Context, from, to facts.Date) ([]knowledge.Expiring, error)
}

var _ Store = knowledge.Store(nil)
