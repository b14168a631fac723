package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/mercato-bot/mercato/knowledge"

	msqlite "modernc.org/sqlite" // the database/sql driver "sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// Options configure a Store opened with OpenWith. Zero fields take the
// defaults Open uses.
type Options struct {
	Clubs knowledge.ClubLookupFunc // default: the built-in club table
	Now   func() time.Time         // default: time.Now; stamps ingestion and subscriptions
	// BusyTimeout is how long SQLite itself waits for another process's
	// write lock before a writer retries. Zero: 5 s.
	BusyTimeout time.Duration
}

// Store is the knowledge base's storage in one SQLite database: it
// implements knowledge.Store. It is safe for concurrent use.
type Store struct {
	db    *sql.DB
	clubs knowledge.ClubLookupFunc
	now   func() time.Time

	// writeMu serialises this process's writers; busy_timeout handles
	// other processes.
	writeMu sync.Mutex
	// failAt, set by tests only, makes Write fail at the named step.
	failAt string

	stmts   stmtCache   // read queries, prepared once
	clubIDs clubIDCache // the clubs' ids by stored name, for writers
	names   nameCache   // the names known, for spotting them in questions
	gen     generation  // the database's changes, seen by data_version
}

var _ knowledge.Store = (*Store)(nil)

// Open opens (creating and migrating if needed) the database at path.
func Open(ctx context.Context, path string) (*Store, error) {
	return OpenWith(ctx, path, Options{})
}

// OpenWith is Open with options.
func OpenWith(ctx context.Context, path string, opts Options) (*Store, error) {
	if path == "" || strings.ContainsAny(path, "?\x00") {
		return nil, fmt.Errorf("sqlite: open: bad database path %q", path)
	}
	// WAL lets readers run beside the writer; the busy timeout makes a
	// writer wait for another process instead of failing; immediate
	// transactions take the write lock up front, so a transaction never
	// fails half-way on a lock upgrade. Reads go through a 16 MB page cache
	// per connection (about twice that in memory: the allocator rounds each
	// 4 KB page and its header up to 8 KB), not through a memory map: every
	// page of a map an answer touches stays in the process's resident set,
	// up to the whole file (the 100k generated base's /done, /stats or
	// /latest of a club held 50 to 135 MB), where the cache is bounded and
	// the operating system keeps the rest of the file in its own cache, out
	// of the process. The WAL is copied back into the
	// database every 10,000 pages (40 MB; SQLite's default is 1,000): a
	// batch of articles dirties a leaf page in each of many indexes, and
	// pages dirtied again by later batches before the checkpoint are
	// copied back once.
	busy := opts.BusyTimeout
	if busy <= 0 {
		busy = 5 * time.Second
	}
	dsn := path + fmt.Sprintf("?_pragma=busy_timeout(%d)", busy.Milliseconds()) + "&_pragma=journal_mode(WAL)" +
		"&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_txlock=immediate" +
		"&_pragma=cache_size(-16384)&_pragma=mmap_size(0)&_pragma=wal_autocheckpoint(10000)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	db.SetMaxOpenConns(8)
	db.SetMaxIdleConns(8)
	s := &Store{db: db, clubs: opts.Clubs, now: opts.Now}
	if s.clubs == nil {
		s.clubs = knowledge.DefaultClubs()
	}
	if s.now == nil {
		s.now = time.Now
	}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error {
	if err := errors.Join(s.gen.close(), s.stmts.close(), s.db.Close()); err != nil {
		return fmt.Errorf("sqlite: close: %w", err)
	}
	return nil
}

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.db.PingContext(ctx); err != nil {
		return fmt.Errorf("sqlite: ping: %w", err)
	}
	return nil
}

// Stats counts the rows of the main tables.
func (s *Store) Stats(ctx context.Context) (knowledge.Stats, error) {
	var st knowledge.Stats
	var ingested string
	err := s.queryRow(ctx, `SELECT
		(SELECT count(*) FROM articles), (SELECT count(*) FROM players),
		(SELECT count(*) FROM clubs), (SELECT count(*) FROM links),
		(SELECT count(*) FROM fees), (SELECT count(*) FROM subscriptions),
		(SELECT count(*) FROM corrections WHERE undone = ''),
		(SELECT count(*) FROM forgotten),
		coalesce((SELECT max(id) FROM articles), 0),
		coalesce((SELECT ingested_at FROM articles ORDER BY id DESC LIMIT 1), '')`).
		Scan(&st.Articles, &st.Players, &st.Clubs, &st.Links, &st.Fees, &st.Subscriptions, &st.Corrections, &st.Forgotten, &st.NewestArticle, &ingested)
	if err != nil {
		return knowledge.Stats{}, fmt.Errorf("sqlite: stats: %w", err)
	}
	st.NewestIngested, _ = time.Parse(time.RFC3339Nano, ingested)
	return st, nil
}

// Empty reports whether the knowledge base holds no article.
func (s *Store) Empty(ctx context.Context) (bool, error) {
	var n int
	if err := s.queryRow(ctx, `SELECT count(*) FROM (SELECT 1 FROM articles LIMIT 1)`).Scan(&n); err != nil {
		return false, fmt.Errorf("sqlite: empty: %w", err)
	}
	return n == 0, nil
}

// HasURL reports whether an article from url is stored.
func (s *Store) HasURL(ctx context.Context, url string) (bool, error) {
	if url == "" {
		return false, nil
	}
	var n int
	err := s.queryRow(ctx, `SELECT count(*) FROM articles WHERE url = ?`, url).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("sqlite: has url: %w", err)
	}
	return n > 0, nil
}

// writeWait bounds how long a writer waits for another process's write
// lock, retrying, before it gives up.
const writeWait = time.Minute

// writeTx runs fn in one write transaction: committed when fn returns nil,
// rolled back otherwise. When another process holds the write lock longer
// than the busy timeout, it waits and tries again, for up to writeWait.
func (s *Store) writeTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	tx, err := s.begin(ctx)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		return errors.Join(err, rollback(tx))
	}
	return tx.Commit()
}

// begin starts a write transaction (immediate: it takes the write lock),
// retrying while the database is busy, up to writeWait.
func (s *Store) begin(ctx context.Context) (*sql.Tx, error) {
	deadline := time.Now().Add(writeWait)
	pause := 10 * time.Millisecond
	for {
		tx, err := s.db.BeginTx(ctx, nil)
		if err == nil || !busy(err) || time.Now().After(deadline) {
			return tx, err
		}
		t := time.NewTimer(pause)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, errors.Join(err, ctx.Err())
		case <-t.C:
		}
		pause = min(2*pause, time.Second)
	}
}

// busy reports whether err is SQLite's "database is locked".
func busy(err error) bool {
	var e *msqlite.Error
	return errors.As(err, &e) && e.Code()&0xff == sqlite3.SQLITE_BUSY
}

func rollback(tx *sql.Tx) error {
	if err := tx.Rollback(); err != nil && !errors.Is(err, sql.ErrTxDone) {
		return err
	}
	return nil
}
