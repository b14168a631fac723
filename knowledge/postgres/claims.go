package postgres

import (
	"context"
	"fmt"

	"github.com/mercato-bot/mercato/knowledge"
)

// ClaimWatermark moves a digest subscription's watermark from from to to,
// only while it is still from: the claim of one delivery. ErrClaimed when
// another run moved it first, ErrNotFound for an unknown subscription.
//
// Two replicas claiming at once both reach the row; the second's update
// waits for the first's to commit, then finds the watermark moved and
// changes nothing (PostgreSQL re-checks an updated row's condition under
// READ COMMITTED): exactly one claim wins, as a row taken with FOR UPDATE
// SKIP LOCKED would be, with no lock held past the statement.
func (s *Store) ClaimWatermark(ctx context.Context, subID, from, to int64) error {
	err := s.claim(ctx, `WITH moved AS (
			UPDATE subscriptions SET watermark = $3 WHERE id = $1 AND watermark = $2 RETURNING id)
		SELECT EXISTS (SELECT 1 FROM moved), EXISTS (SELECT 1 FROM subscriptions WHERE id = $1)`,
		subID, from, to)
	if err != nil {
		return fmt.Errorf("postgres: claim watermark: %w", err)
	}
	return nil
}

// ClaimReminder records that the reminder for (subscription, player,
// threshold) goes out: ErrClaimed when it was recorded before (a second
// insert of the same key waits for the first and then conflicts),
// ErrNotFound for an unknown subscription.
func (s *Store) ClaimReminder(ctx context.Context, subID int64, player string, days int) error {
	err := s.claim(ctx, `WITH marked AS (
			INSERT INTO reminders_sent (sub_id, player, days, sent_at)
			SELECT id, $2, $3, $4 FROM subscriptions WHERE id = $1
			ON CONFLICT DO NOTHING RETURNING 1)
		SELECT EXISTS (SELECT 1 FROM marked), EXISTS (SELECT 1 FROM subscriptions WHERE id = $1)`,
		subID, player, days, s.now().UTC())
	if err != nil {
		return fmt.Errorf("postgres: claim reminder: %w", err)
	}
	return nil
}

// claim runs a claim's statement, which answers whether it claimed and
// whether the subscription exists.
func (s *Store) claim(ctx context.Context, query string, args ...any) error {
	var won, exists bool
	if err := s.pool.QueryRow(ctx, query, args...).Scan(&won, &exists); err != nil {
		return err
	}
	switch {
	case !exists:
		return knowledge.ErrNotFound
	case !won:
		return knowledge.ErrClaimed
	}
	return nil
}
