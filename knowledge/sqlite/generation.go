package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
)

// Generation returns a number that changes whenever the database
// changes, by this Store, another Store or another process: what was
// computed from it at one generation holds until the next. It costs one
// short query.
func (s *Store) Generation(ctx context.Context) (int64, error) {
	g, err := s.gen.get(ctx, s.db)
	if err != nil {
		return 0, fmt.Errorf("sqlite: generation: %w", err)
	}
	return g, nil
}

// generation watches SQLite's PRAGMA data_version, which changes, asked
// of one connection kept for it (that never writes), whenever another
// connection commits a change.
type generation struct {
	mu      sync.Mutex
	conn    *sql.Conn
	version *sql.Stmt // PRAGMA data_version on conn
	epoch   int64     // connections kept so far: a new one counts afresh
}

// get returns the generation: the kept connection's epoch and its
// data_version.
func (g *generation) get(ctx context.Context, db *sql.DB) (int64, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.conn == nil {
		conn, err := db.Conn(ctx)
		if err != nil {
			return 0, err
		}
		st, err := conn.PrepareContext(ctx, `PRAGMA data_version`)
		if err != nil {
			return 0, errors.Join(err, conn.Close())
		}
		g.conn, g.version = conn, st
		g.epoch++
	}
	var v int64
	if err := g.version.QueryRowContext(ctx).Scan(&v); err != nil {
		// A connection that failed once is not trusted again.
		return 0, errors.Join(err, g.closeLocked())
	}
	return g.epoch<<40 | v, nil
}

// close gives the kept connection back.
func (g *generation) close() error {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.closeLocked()
}

func (g *generation) closeLocked() error {
	if g.conn == nil {
		return nil
	}
	err := errors.Join(g.version.Close(), g.conn.Close())
	g.conn, g.version = nil, nil
	return err
}
