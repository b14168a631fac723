package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"sync"
)

// maxStmts bounds the statements a Store keeps prepared. Its queries are a
// fixed set of texts (a few dozen); beyond the bound a query is prepared
// for the call only.
const maxStmts = 128

// stmtCache keeps each read query prepared once per Store, so that SQLite
// does not parse and plan it again on every call (about half the time of a
// short answer). It is safe for concurrent use.
type stmtCache struct {
	mu     sync.RWMutex
	stmts  map[string]*sql.Stmt
	closed bool
}

// stmt returns the statement of query, preparing it on first use. ok is
// false when it is not kept: the cache is full or closed, or preparing
// failed (the caller then runs the query unprepared, which reports the
// error).
func (s *Store) stmt(ctx context.Context, query string) (st *sql.Stmt, ok bool) {
	c := &s.stmts
	c.mu.RLock()
	st, ok = c.stmts[query]
	c.mu.RUnlock()
	if ok {
		return st, true
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if st, ok = c.stmts[query]; ok {
		return st, true
	}
	if c.closed || len(c.stmts) >= maxStmts {
		return nil, false
	}
	st, err := s.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, false
	}
	if c.stmts == nil {
		c.stmts = map[string]*sql.Stmt{}
	}
	c.stmts[query] = st
	return st, true
}

// query runs a read query through its prepared statement.
func (s *Store) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if st, ok := s.stmt(ctx, query); ok {
		return st.QueryContext(ctx, args...)
	}
	return s.db.QueryContext(ctx, query, args...)
}

// queryRow runs a read query of one row through its prepared statement.
func (s *Store) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	if st, ok := s.stmt(ctx, query); ok {
		return st.QueryRowContext(ctx, args...)
	}
	return s.db.QueryRowContext(ctx, query, args...)
}

// close closes the prepared statements; later calls run unprepared (and
// fail on the closed database).
func (c *stmtCache) close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	var errs []error
	for q, st := range c.stmts {
		errs = append(errs, st.Close())
		delete(c.stmts, q)
	}
	c.closed = true
	return errors.Join(errs...)
}
