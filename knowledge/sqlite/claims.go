package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
)

// ClaimWatermark moves a digest subscription's watermark from from to to,
// only while it is still from: the claim of one delivery. ErrClaimed when
// another run moved it first, ErrNotFound for an unknown subscription.
// SQLite has one writer at a time, so the check and the move are one step.
func (s *Store) ClaimWatermark(ctx context.Context, subID, from, to int64) error {
	err := s.writeTx(ctx, func(tx *sql.Tx) error {
		if err := subscriptionExists(ctx, tx, subID); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE subscriptions SET watermark = ? WHERE id = ? AND watermark = ?`, to, subID, from)
		if err != nil {
			return err
		}
		return claimed(res)
	})
	if err != nil {
		return fmt.Errorf("sqlite: claim watermark: %w", err)
	}
	return nil
}

// ClaimReminder records that the reminder for (subscription, player,
// threshold) goes out: ErrClaimed when it was recorded before,
// ErrNotFound for an unknown subscription.
func (s *Store) ClaimReminder(ctx context.Context, subID int64, player string, days int) error {
	err := s.writeTx(ctx, func(tx *sql.Tx) error {
		if err := subscriptionExists(ctx, tx, subID); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO reminders_sent (sub_id, player, days, sent_at)
			VALUES (?, ?, ?, ?)`, subID, player, days, s.now().UTC().Format(time.RFC3339Nano))
		if err != nil {
			return err
		}
		return claimed(res)
	})
	if err != nil {
		return fmt.Errorf("sqlite: claim reminder: %w", err)
	}
	return nil
}

// claimed is ErrClaimed when a claim's statement changed no row.
func claimed(res sql.Result) error {
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return knowledge.ErrClaimed
	}
	return nil
}
