package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// HoldShards leases a Discord bot's shards to the replica holder for ttl:
// it renews the leases holder has, then takes free or expired shards
// until holder has max of them (max 0: every free one), and returns the
// shard count in use and the shards holder now holds, in order.
//
// The shard count in use stays while any lease is alive, so that replicas
// never run shards of two counts at once (a guild would be served twice);
// when none is, recommended (the gateway's advice) replaces it. The
// leases' times are the server's, so the replicas' clocks do not matter.
// Replicas take turns on a lock of the table.
func (s *Store) HoldShards(ctx context.Context, holder string, recommended, max int, ttl time.Duration) (count int, held []int, err error) {
	if recommended < 1 {
		return 0, nil, fmt.Errorf("postgres: hold shards: a shard count of %d", recommended)
	}
	err = s.tx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `LOCK TABLE discord_shards IN EXCLUSIVE MODE`); err != nil {
			return err
		}
		var alive bool
		err := tx.QueryRow(ctx, `SELECT coalesce(max(shard_count), 0),
			EXISTS (SELECT 1 FROM discord_shards WHERE holder <> '' AND expires > now())
			FROM discord_shards`).Scan(&count, &alive)
		if err != nil {
			return err
		}
		if count != recommended && !alive {
			count = recommended
			if _, err := tx.Exec(ctx, `DELETE FROM discord_shards`); err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, `INSERT INTO discord_shards (shard_id, shard_count)
				SELECT i, $1 FROM generate_series(0, $1 - 1) i`, count); err != nil {
				return err
			}
		}
		if _, err := tx.Exec(ctx, `UPDATE discord_shards SET expires = now() + $2 WHERE holder = $1`, holder, ttl); err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `UPDATE discord_shards SET holder = $1, expires = now() + $2
			WHERE shard_id IN (SELECT shard_id FROM discord_shards
				WHERE holder = '' OR expires <= now() ORDER BY shard_id
				LIMIT CASE WHEN $3 > 0 THEN greatest($3 - (SELECT count(*) FROM discord_shards WHERE holder = $1), 0) END)`,
			holder, ttl, max)
		if err != nil {
			return err
		}
		rows, err := tx.Query(ctx, `SELECT shard_id FROM discord_shards WHERE holder = $1 ORDER BY shard_id`, holder)
		if err != nil {
			return err
		}
		held, err = pgx.CollectRows(rows, pgx.RowTo[int])
		return err
	})
	if err != nil {
		return 0, nil, fmt.Errorf("postgres: hold shards: %w", err)
	}
	return count, held, nil
}

// ReleaseShards frees the shards holder leases, for other replicas to
// take at once.
func (s *Store) ReleaseShards(ctx context.Context, holder string) error {
	if _, err := s.pool.Exec(ctx, `UPDATE discord_shards SET holder = '', expires = now() WHERE holder = $1`, holder); err != nil {
		return fmt.Errorf("postgres: release shards: %w", err)
	}
	return nil
}
