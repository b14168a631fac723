package postgres

import (
	"context"
	"fmt"
	"time"
)

// TakeUpdate claims a Telegram update for this replica: true the first
// time any replica sharing the database asks for updateID, false after,
// so that an update Telegram delivers to several replicas (a webhook
// behind a load balancer, a retry) is answered once. Updates taken more
// than two days ago are forgotten now and then: Telegram does not deliver
// one again after a day.
func (s *Store) TakeUpdate(ctx context.Context, updateID int64) (bool, error) {
	tag, err := s.pool.Exec(ctx, `INSERT INTO telegram_updates (update_id) VALUES ($1) ON CONFLICT DO NOTHING`, updateID)
	if err != nil {
		return false, fmt.Errorf("postgres: take update: %w", err)
	}
	if updateID%1000 == 0 {
		if _, err := s.pool.Exec(ctx, `DELETE FROM telegram_updates WHERE taken_at < now() - interval '2 days'`); err != nil {
			return false, fmt.Errorf("postgres: take update: %w", err)
		}
	}
	return tag.RowsAffected() == 1, nil
}

// Lock keys of the work only one replica may do.
const (
	// TelegramPollingKey is held by the replica polling Telegram's
	// getUpdates: Telegram answers one poller per bot.
	TelegramPollingKey int64 = 0x6d657263617403
	// ReextractKey is held by the replica reading the stale articles
	// again after an upgrade: the others leave it the work.
	ReextractKey int64 = 0x6d657263617404
)

// Exclusive takes the session-level advisory lock key, its schema's
// (LockKey), on a connection kept until release (or the process's end):
// ok is false when another replica holds it.
func (s *Store) Exclusive(ctx context.Context, key int64) (release func(), ok bool, err error) {
	key = LockKey(key, s.schema)
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return nil, false, fmt.Errorf("postgres: exclusive: %w", err)
	}
	if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock($1)`, key).Scan(&ok); err != nil {
		conn.Release()
		return nil, false, fmt.Errorf("postgres: exclusive: %w", err)
	}
	if !ok {
		conn.Release()
		return nil, false, nil
	}
	return func() {
		// Unlocked before the close returns, so that the next taker finds
		// it free (a closed session's locks go only when the server has
		// ended it); closed rather than given back, so that the pool never
		// hands out a connection that may still hold it.
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_, _ = conn.Exec(ctx, `SELECT pg_advisory_unlock($1)`, key)
		conn.Hijack().Close(ctx)
	}, true, nil
}
