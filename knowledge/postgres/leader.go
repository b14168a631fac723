package postgres

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
)

// JobsLockKey is the advisory lock key of the jobs' leader: the lock held
// by the replica that runs the scheduled jobs ("mercato" in ASCII).
const JobsLockKey int64 = 0x6d65726361746f

// LeaderOptions tune a Leader; zero values take the defaults.
type LeaderOptions struct {
	// Key is the advisory lock's key, taken as its schema's (LockKey);
	// 0: JobsLockKey.
	Key int64
	// Retry is how often a follower tries to take the lead; 0: 5 s.
	Retry time.Duration
	// Check is how often the leader checks that its session (and so its
	// lock) is alive; 0: 5 s. A check taking longer than Check fails.
	Check time.Duration
	// Log receives the lead's changes; nil: discard.
	Log *slog.Logger
}

// Leader elects one replica among those sharing a database: the one
// holding a session-level advisory lock, on a connection of its own.
//
// When the leader's process dies, its connection closes and the server
// frees the lock at once: a follower takes the lead at its next try,
// within Retry. When its connection is lost without closing (a host that
// vanishes), the server's TCP keepalives end the session within 4×Check,
// while the leader itself steps down after a failed check, within 2×Check:
// the lead changes within 4×Check+Retry (25 s with the defaults) and is
// not held twice. It implements jobs.Leader.
type Leader struct {
	cfg  *pgx.ConnConfig
	opts LeaderOptions
	log  *slog.Logger
}

// NewLeader returns a Leader for the database at url (a postgres:// URL).
func NewLeader(url string, o LeaderOptions) (*Leader, error) {
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("postgres: leader: %w", err)
	}
	if o.Key == 0 {
		o.Key = JobsLockKey
	}
	if o.Retry <= 0 {
		o.Retry = 5 * time.Second
	}
	if o.Check <= 0 {
		o.Check = 5 * time.Second
	}
	log := o.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	// A leader's host that vanishes without closing its connection is
	// found by the server's TCP keepalives, within 4×Check: the server
	// ends the session and frees the lock.
	secs := fmt.Sprint(max(1, int(o.Check.Seconds())))
	cfg.RuntimeParams["tcp_keepalives_idle"] = secs
	cfg.RuntimeParams["tcp_keepalives_interval"] = secs
	cfg.RuntimeParams["tcp_keepalives_count"] = "3"
	cfg.RuntimeParams["application_name"] = "mercato leader"
	return &Leader{cfg: cfg, opts: o, log: log}, nil
}

// Lead blocks until this replica holds the lock, or ctx ends. The context
// it returns ends when a check finds the session lost, or ctx ends;
// release (which may be called more than once) frees the lock and closes
// the connection.
func (l *Leader) Lead(ctx context.Context) (context.Context, func(), error) {
	for {
		conn, key, err := l.try(ctx)
		if err != nil && ctx.Err() == nil {
			l.log.Warn("postgres: leader: cannot reach the database; trying again", "err", err)
		}
		if conn != nil {
			l.log.Info("postgres: leader: this replica leads")
			return l.hold(ctx, conn, key)
		}
		select {
		case <-ctx.Done():
			return nil, nil, ctx.Err()
		case <-time.After(l.opts.Retry):
		}
	}
}

// connectTimeout bounds a try to take the lead.
const connectTimeout = 10 * time.Second

// try connects and tries the lock of the connection's schema once: a
// connection holding it and its key, or nil.
func (l *Leader) try(ctx context.Context) (*pgx.Conn, int64, error) {
	tctx, cancel := context.WithTimeout(ctx, connectTimeout)
	defer cancel()
	conn, err := pgx.ConnectConfig(tctx, l.cfg)
	if err != nil {
		return nil, 0, fmt.Errorf("postgres: leader: %w", err)
	}
	schema, err := currentSchema(tctx, conn)
	if err != nil {
		conn.Close(context.Background())
		return nil, 0, fmt.Errorf("postgres: leader: %w", err)
	}
	key := LockKey(l.opts.Key, schema)
	var ok bool
	if err := conn.QueryRow(tctx, "SELECT pg_try_advisory_lock($1)", key).Scan(&ok); err != nil {
		conn.Close(context.Background())
		return nil, 0, fmt.Errorf("postgres: leader: %w", err)
	}
	if !ok {
		conn.Close(context.Background())
		return nil, 0, nil
	}
	return conn, key, nil
}

// hold watches the leader's session, holding the lock key, until it is
// lost or ctx ends, then ends the lead. Between checks it waits on the connection, so that a
// session the server ends (an operator's pg_terminate_backend, a server
// restart) is noticed at once.
func (l *Leader) hold(ctx context.Context, conn *pgx.Conn, key int64) (context.Context, func(), error) {
	leading, lose := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			wait, cancel := context.WithTimeout(leading, l.opts.Check)
			_, err := conn.WaitForNotification(wait)
			timedOut := wait.Err() != nil
			cancel()
			if leading.Err() != nil {
				return
			}
			if err == nil || timedOut {
				err = l.check(leading, conn, key)
			}
			if err != nil {
				l.log.Warn("postgres: leader: session lost; this replica follows", "err", err)
				lose()
				return
			}
		}
	}()
	release := sync.OnceFunc(func() {
		lose()
		<-done // the watch no longer uses conn
		ctx, cancel := context.WithTimeout(context.Background(), l.opts.Check)
		defer cancel()
		_, _ = conn.Exec(ctx, "SELECT pg_advisory_unlock($1)", key)
		conn.Close(ctx)
	})
	return leading, release, nil
}

// check verifies that the session still holds the lock key.
func (l *Leader) check(ctx context.Context, conn *pgx.Conn, key int64) error {
	ctx, cancel := context.WithTimeout(ctx, l.opts.Check)
	defer cancel()
	var held bool
	err := conn.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_locks
		WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted AND objsubid = 1
		AND ((classid::bigint << 32) | objid::bigint) = $1)`, key).Scan(&held)
	if err != nil {
		return err
	}
	if !held {
		return errors.New("the lock is no longer held")
	}
	return nil
}
