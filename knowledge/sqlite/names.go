package sqlite

import (
	"context"
	"fmt"
	"strings"

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
		return nil, fmt.Errorf("sqlite: find players: %w", err)
	}
	return out, nil
}

// playersNamed reads the players one of whose names folds to fold, for
// knowledge.FindPlayers.
func (s *Store) playersNamed(ctx context.Context, fold string) ([]knowledge.PlayerMatch, error) {
	rows, err := s.query(ctx, `SELECT p.id, p.name, coalesce(c.name, ''), min(n.kind) AS k
		FROM player_names n JOIN players p ON p.id = n.player_id
		LEFT JOIN clubs c ON c.id = p.current_club_id
		WHERE n.fold = ? GROUP BY p.id ORDER BY k, p.articles DESC, p.name`, fold)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []knowledge.PlayerMatch
	for rows.Next() {
		var m knowledge.PlayerMatch
		if err := rows.Scan(&m.ID, &m.Name, &m.CurrentClub, &m.Kind); err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
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
	out, err := knowledge.FindClubs(ctx, q, s.clubs, "instr", s.clubRefs)
	if err != nil {
		return nil, fmt.Errorf("sqlite: find clubs: %w", err)
	}
	return out, nil
}

// clubRefs reads clubs (id, name, links) for knowledge.FindClubs.
func (s *Store) clubRefs(ctx context.Context, query string, args ...any) ([]knowledge.ClubRef, error) {
	rows, err := s.query(ctx, numbered(query), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []knowledge.ClubRef{}
	for rows.Next() {
		var c knowledge.ClubRef
		var links int
		if err := rows.Scan(&c.ID, &c.Name, &links); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// numbered writes a query of PostgreSQL's numbered parameters ($1) with
// SQLite's (?1).
func numbered(query string) string { return strings.ReplaceAll(query, "$", "?") }

// Complete returns up to n player ("player") or club ("club") names that
// start with prefix, ignoring case and accents (a surname or nickname
// counts), the most reported first, for autocompletion.
func (s *Store) Complete(ctx context.Context, kind, prefix string, n int) ([]string, error) {
	out, err := knowledge.Complete(ctx, kind, prefix, n, "instr", func(ctx context.Context, query string, args ...any) ([]string, error) {
		return s.strings(ctx, numbered(query), args...)
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: complete: %w", err)
	}
	return out, nil
}
