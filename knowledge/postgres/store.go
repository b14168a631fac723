package postgres

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/mercato-bot/mercato/knowledge"
)

// Options configure a Store opened with OpenWith. Zero fields take the
// defaults Open uses.
type Options struct {
	Clubs knowledge.ClubLookupFunc // default: the built-in club table
	Now   func() time.Time         // default: time.Now; stamps ingestion and subscriptions
	// MaxConns bounds the connections of the pool; 0: 8.
	MaxConns int32
}

// Store is the knowledge base's storage in one PostgreSQL database, which
// several processes may share: it implements knowledge.Store. It is safe
// for concurrent use.
type Store struct {
	pool   *pgxpool.Pool
	schema string // where its tables are: its advisory locks' keys (LockKey)
	clubs  knowledge.ClubLookupFunc
	now    func() time.Time
	names  nameCache
}

var _ knowledge.Store = (*Store)(nil)

// Open opens the database at url (a postgres:// URL), creating or
// migrating its tables if needed.
func Open(ctx context.Context, url string) (*Store, error) {
	return OpenWith(ctx, url, Options{})
}

// OpenWith is Open with options.
func OpenWith(ctx context.Context, url string, opts Options) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		// pgx's message may quote the URL, and so its password.
		return nil, errors.New("postgres: open: not a valid postgres:// URL")
	}
	cfg.MaxConns = opts.MaxConns
	if cfg.MaxConns <= 0 {
		cfg.MaxConns = 8
	}
	cfg.ConnConfig.RuntimeParams["application_name"] = "mercato"
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: open: %w", err)
	}
	s := &Store{pool: pool, clubs: opts.Clubs, now: opts.Now}
	if s.clubs == nil {
		s.clubs = knowledge.DefaultClubs()
	}
	if s.now == nil {
		s.now = time.Now
	}
	if s.schema, err = currentSchema(ctx, pool); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: open: %w", err)
	}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: open: %w", err)
	}
	return s, nil
}

// Close closes the connections.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.pool.Ping(ctx); err != nil {
		return fmt.Errorf("postgres: ping: %w", err)
	}
	return nil
}

// Stats counts the rows of the main tables.
func (s *Store) Stats(ctx context.Context) (knowledge.Stats, error) {
	var st knowledge.Stats
	var ingested *time.Time
	err := s.pool.QueryRow(ctx, `SELECT
		(SELECT count(*) FROM articles), (SELECT count(*) FROM players),
		(SELECT count(*) FROM clubs), (SELECT count(*) FROM links),
		(SELECT count(*) FROM fees), (SELECT count(*) FROM subscriptions),
		(SELECT count(*) FROM corrections WHERE undone IS NULL),
		(SELECT count(*) FROM forgotten),
		coalesce((SELECT max(id) FROM articles), 0),
		(SELECT ingested_at FROM articles ORDER BY id DESC LIMIT 1)`).
		Scan(&st.Articles, &st.Players, &st.Clubs, &st.Links, &st.Fees, &st.Subscriptions,
			&st.Corrections, &st.Forgotten, &st.NewestArticle, &ingested)
	if err != nil {
		return knowledge.Stats{}, fmt.Errorf("postgres: stats: %w", err)
	}
	if ingested != nil {
		st.NewestIngested = ingested.UTC()
	}
	return st, nil
}

// Empty reports whether the knowledge base holds no article.
func (s *Store) Empty(ctx context.Context) (bool, error) {
	var any bool
	if err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM articles)`).Scan(&any); err != nil {
		return false, fmt.Errorf("postgres: empty: %w", err)
	}
	return !any, nil
}

// HasURL reports whether an article from url is stored.
func (s *Store) HasURL(ctx context.Context, url string) (bool, error) {
	if url == "" {
		return false, nil
	}
	var has bool
	if err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM articles WHERE url = $1)`, url).Scan(&has); err != nil {
		return false, fmt.Errorf("postgres: has url: %w", err)
	}
	return has, nil
}

// maxAttempts bounds the runs of a transaction that the server aborted
// for a conflict with another one.
const maxAttempts = 8

// writeLockKey is the transaction-level advisory lock every transaction
// writing articles holds: the knowledge base has one writer at a time,
// across every replica, as on SQLite, so that two ingests of the same new
// player or club never race. Each schema has its own (LockKey).
const writeLockKey int64 = 0x6d657263617402

// tx runs fn in one transaction, committed when fn returns nil. A
// transaction aborted for a serialization failure, a deadlock or a unique
// key another transaction took first is run again (fn must be safe to
// run again), up to maxAttempts times.
func (s *Store) tx(ctx context.Context, fn func(tx pgx.Tx) error) error {
	for attempt := 1; ; attempt++ {
		err := pgx.BeginFunc(ctx, s.pool, fn)
		if err == nil || attempt == maxAttempts || !retryable(err) || ctx.Err() != nil {
			return err
		}
		// Back off a little, at random, so that the same two do not
		// collide again.
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Duration(rand.IntN(10*attempt)+1) * time.Millisecond):
		}
	}
}

// writeTx is tx holding the write lock.
func (s *Store) writeTx(ctx context.Context, fn func(tx pgx.Tx) error) error {
	return s.tx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, LockKey(writeLockKey, s.schema)); err != nil {
			return err
		}
		return fn(tx)
	})
}

// retryable reports whether err aborted a transaction that may succeed
// when run again.
func retryable(err error) bool {
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return false
	}
	switch pe.Code {
	case "40001", "40P01", "23505": // serialization_failure, deadlock_detected, unique_violation
		return true
	}
	return false
}

// execOne runs a statement that must change a row; ErrNotFound when it
// changes none.
func (s *Store) execOne(ctx context.Context, query string, args ...any) error {
	tag, err := s.pool.Exec(ctx, query, args...)
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return knowledge.ErrNotFound
	}
	return nil
}

// strings runs a query of one text column.
func (s *Store) strings(ctx context.Context, query string, args ...any) ([]string, error) {
	rows, err := s.pool.Query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	out, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if out == nil {
		out = []string{}
	}
	return out, err
}

// filter builds a query's WHERE conditions with their numbered
// parameters, so that each combination of optional filters is its own
// statement, with a plan of its own.
type filter struct {
	conds []string
	args  []any
}

// add appends a condition whose every "?" stands for arg.
func (f *filter) add(cond string, arg any) {
	f.args = append(f.args, arg)
	f.conds = append(f.conds, strings.ReplaceAll(cond, "?", fmt.Sprintf("$%d", len(f.args))))
}

// where is the conditions joined with AND ("true" for none).
func (f *filter) where() string {
	if len(f.conds) == 0 {
		return "true"
	}
	return strings.Join(f.conds, " AND ")
}

// next is the placeholder of the next parameter (for a LIMIT).
func (f *filter) next(arg any) string {
	f.args = append(f.args, arg)
	return fmt.Sprintf("$%d", len(f.args))
}
