package postgres

import (
	"context"
	"hash/fnv"

	"github.com/jackc/pgx/v5"
)

// LockKey is the advisory lock key that replicas whose tables are in
// schema take for key. Advisory locks belong to the database, not to a
// schema, so deployments in different schemas of one database would
// otherwise hold each other's locks (one leader of the jobs for both, one
// Telegram poller, one writer at a time): each schema has keys of its
// own, derived from its name. The schema public keeps key itself, so a
// deployment there holds the same lock as before the keys were derived.
func LockKey(key int64, schema string) int64 {
	if schema == "" || schema == "public" {
		return key
	}
	h := fnv.New64a()
	h.Write([]byte(schema))
	return (key ^ int64(h.Sum64())) & (1<<62 - 1) // positive: pg_locks gives it back as (classid << 32) | objid
}

// currentSchema is the schema a connection creates its tables in: the
// first of its search_path that exists; "" when none does.
func currentSchema(ctx context.Context, q interface {
	QueryRow(context.Context, string, ...any) pgx.Row
}) (string, error) {
	var schema string
	err := q.QueryRow(ctx, `SELECT coalesce(current_schema(), '')`).Scan(&schema)
	return schema, err
}
