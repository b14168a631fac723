package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"

	"github.com/mercato-bot/mercato/knowledge"
)

// Names returns the index of the names the knowledge base knows now. It is
// built on first use and again after any change to the database, by this
// Store, another Store or another process; otherwise it costs one short
// query.
func (s *Store) Names(ctx context.Context) (*knowledge.NameIndex, error) {
	x, err := s.names.get(ctx, s)
	if err != nil {
		return nil, fmt.Errorf("sqlite: names: %w", err)
	}
	return x, nil
}

// nameCache keeps the current NameIndex and the generation it was built
// at.
type nameCache struct {
	mu    sync.Mutex
	seen  int64
	index *knowledge.NameIndex
}

// get returns the index, building it again when the database changed.
func (c *nameCache) get(ctx context.Context, s *Store) (*knowledge.NameIndex, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	g, err := s.gen.get(ctx, s.db)
	if err != nil {
		return nil, err
	}
	if c.index != nil && g == c.seen {
		return c.index, nil
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	x, err := buildNameIndex(ctx, conn, s.clubs)
	if err != nil {
		return nil, err
	}
	c.index, c.seen = x, g
	return x, nil
}

// buildNameIndex reads the names in one read transaction on conn.
func buildNameIndex(ctx context.Context, conn *sql.Conn, lookup knowledge.ClubLookupFunc) (x *knowledge.NameIndex, err error) {
	tx, err := conn.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer func() { err = errors.Join(err, rollback(tx)) }()
	b := knowledge.NewNameIndexBuilder(lookup)
	// Foreign keys delete the names of a player deleted.
	err = scanAll(ctx, tx, `SELECT DISTINCT fold FROM player_names`,
		func(rows *sql.Rows) error {
			var f string
			err := rows.Scan(&f)
			b.AddPlayerName(f)
			return err
		})
	if err != nil {
		return nil, err
	}
	err = scanAll(ctx, tx, `SELECT name, fold FROM players ORDER BY id`, func(rows *sql.Rows) error {
		var name, fold string
		if err := rows.Scan(&name, &fold); err != nil {
			return err
		}
		b.AddPlayer(name, fold)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = scanAll(ctx, tx, `SELECT id, name, fold, links FROM clubs`, func(rows *sql.Rows) error {
		var id int64
		var name, fold string
		var links int
		if err := rows.Scan(&id, &name, &fold, &links); err != nil {
			return err
		}
		b.AddClub(id, name, fold, links)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = scanAll(ctx, tx, `SELECT n.fold, n.club_id FROM club_names n JOIN clubs c ON c.id = n.club_id
		ORDER BY n.fold, n.club_id`, func(rows *sql.Rows) error {
		var fold string
		var id int64
		if err := rows.Scan(&fold, &id); err != nil {
			return err
		}
		b.AddClubName(fold, id)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return b.Index(), nil
}

// scanAll runs query in tx and calls fn on each row.
func scanAll(ctx context.Context, tx *sql.Tx, query string, fn func(*sql.Rows) error) error {
	rows, err := tx.QueryContext(ctx, query)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}
