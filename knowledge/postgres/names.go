package postgres

import (
	"context"
	"fmt"
	"sync"

	"github.com/jackc/pgx/v5"

	"github.com/mercato-bot/mercato/knowledge"
)

// FindPlayers returns the players whose name matches q without case or
// accents, by full name or surname (or an alias). No match is an empty
// slice. When q is some player's full name of several words, only those
// players fit; otherwise every player with that name or surname does, the
// most reported first.
func (s *Store) FindPlayers(ctx context.Context, q string) ([]knowledge.PlayerRef, error) {
	out, err := knowledge.FindPlayers(ctx, q, s.playersNamed)
	if err != nil {
		return nil, fmt.Errorf("postgres: find players: %w", err)
	}
	return out, nil
}

// playersNamed reads the players one of whose names folds to fold, for
// knowledge.FindPlayers.
func (s *Store) playersNamed(ctx context.Context, fold string) ([]knowledge.PlayerMatch, error) {
	rows, err := s.pool.Query(ctx, `SELECT p.id, p.name, coalesce(c.name, ''), min(n.kind) AS k
		FROM player_names n JOIN players p ON p.id = n.player_id
		LEFT JOIN clubs c ON c.id = p.current_club_id
		WHERE n.fold = $1 GROUP BY p.id, c.name ORDER BY k, p.articles DESC, p.name`, fold)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) (knowledge.PlayerMatch, error) {
		var m knowledge.PlayerMatch
		err := row.Scan(&m.ID, &m.Name, &m.CurrentClub, &m.Kind)
		return m, err
	})
}

// ClosestPlayers returns up to n known player names closest to q (by edit
// distance to the full name or the surname, or starting with q), closest
// first; names too far from q to be what was meant are left out.
func (s *Store) ClosestPlayers(ctx context.Context, q string, n int) ([]string, error) {
	return knowledge.ClosestPlayers(ctx, q, n, s.Names)
}

// FindClubs returns the clubs whose name, alias or nickname matches q;
// failing that, those whose name contains q as whole words ("Madrid"),
// the most reported first.
func (s *Store) FindClubs(ctx context.Context, q string) ([]knowledge.ClubRef, error) {
	out, err := knowledge.FindClubs(ctx, q, s.clubs, "strpos", s.clubRefs)
	if err != nil {
		return nil, fmt.Errorf("postgres: find clubs: %w", err)
	}
	return out, nil
}

// clubRefs reads clubs (id, name, links) for knowledge.FindClubs.
func (s *Store) clubRefs(ctx context.Context, query string, args ...any) ([]knowledge.ClubRef, error) {
	rows, err := s.pool.Query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) (knowledge.ClubRef, error) {
		var c knowledge.ClubRef
		var links int
		err := row.Scan(&c.ID, &c.Name, &links)
		return c, err
	})
}

// Complete returns up to n player ("player") or club ("club") names that
// start with prefix, ignoring case and accents (a surname or nickname
// counts), the most reported first, for autocompletion.
func (s *Store) Complete(ctx context.Context, kind, prefix string, n int) ([]string, error) {
	out, err := knowledge.Complete(ctx, kind, prefix, n, "strpos", s.strings)
	if err != nil {
		return nil, fmt.Errorf("postgres: complete: %w", err)
	}
	return out, nil
}

// Names returns the index of the names the knowledge base knows now. It is
// built on first use and again after any write of names, by this process
// or another replica (names_version counts them); otherwise it costs one
// short query.
func (s *Store) Names(ctx context.Context) (*knowledge.NameIndex, error) {
	x, err := s.names.get(ctx, s)
	if err != nil {
		return nil, fmt.Errorf("postgres: names: %w", err)
	}
	return x, nil
}

// nameCache keeps the current NameIndex and the names_version it was
// built at.
type nameCache struct {
	mu    sync.Mutex
	seen  int64
	index *knowledge.NameIndex
}

// get returns the index, building it again when the names changed.
func (c *nameCache) get(ctx context.Context, s *Store) (*knowledge.NameIndex, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var v int64
	if err := s.pool.QueryRow(ctx, `SELECT version FROM names_version`).Scan(&v); err != nil {
		return nil, err
	}
	if c.index != nil && v == c.seen {
		return c.index, nil
	}
	var x *knowledge.NameIndex
	err := pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly},
		func(tx pgx.Tx) error {
			// Read at the version the snapshot holds.
			if err := tx.QueryRow(ctx, `SELECT version FROM names_version`).Scan(&v); err != nil {
				return err
			}
			var err error
			x, err = buildNameIndex(ctx, tx, s.clubs)
			return err
		})
	if err != nil {
		return nil, err
	}
	c.index, c.seen = x, v
	return x, nil
}

// buildNameIndex reads the names in tx.
func buildNameIndex(ctx context.Context, tx pgx.Tx, lookup knowledge.ClubLookupFunc) (*knowledge.NameIndex, error) {
	b := knowledge.NewNameIndexBuilder(lookup)
	var fold, name string
	var id int64
	var links int
	for _, q := range []struct {
		query string
		dest  []any
		add   func()
	}{
		{`SELECT DISTINCT fold FROM player_names`, []any{&fold}, func() { b.AddPlayerName(fold) }},
		{`SELECT name, fold FROM players ORDER BY id`, []any{&name, &fold}, func() { b.AddPlayer(name, fold) }},
		{`SELECT id, name, fold, links FROM clubs`, []any{&id, &name, &fold, &links}, func() { b.AddClub(id, name, fold, links) }},
		{`SELECT n.fold, n.club_id FROM club_names n JOIN clubs c ON c.id = n.club_id ORDER BY n.fold, n.club_id`,
			[]any{&fold, &id}, func() { b.AddClubName(fold, id) }},
	} {
		rows, err := tx.Query(ctx, q.query)
		if err != nil {
			return nil, err
		}
		_, err = pgx.ForEachRow(rows, q.dest, func() error { q.add(); return nil })
		if err != nil {
			return nil, err
		}
	}
	return b.Index(), nil
}

// Generation returns a number that changes with every write of facts (a
// Write, a correction or a copy), by this process or another replica:
// what was computed from them at one generation holds until the next. It
// is names_version, which every such write counts.
func (s *Store) Generation(ctx context.Context) (int64, error) {
	var v int64
	if err := s.pool.QueryRow(ctx, `SELECT version FROM names_version`).Scan(&v); err != nil {
		return 0, fmt.Errorf("postgres: generation: %w", err)
	}
	return v, nil
}

// changed counts a write of facts committed outside Write (a correction):
// after it, so that a reader seeing the new generation reads the new
// facts.
func (s *Store) changed(ctx context.Context) error {
	_, err := s.pool.Exec(ctx, `UPDATE names_version SET version = version + 1`)
	return err
}
