package sqlite

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/text"
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

// prefixEnd returns the smallest string greater than every string that
// starts with p, for range scans.
func prefixEnd(p string) string { return p + "\U0010FFFF" }

// FindClubs returns the clubs whose name, alias or nickname matches q;
// failing that, those whose name contains q as whole words ("Madrid"),
// the most reported first.
func (s *Store) FindClubs(ctx context.Context, q string) ([]knowledge.ClubRef, error) {
	f := text.Fold(q)
	if f == "" || len(f) > knowledge.MaxQueryRunes*2 {
		return []knowledge.ClubRef{}, nil
	}
	names := []string{f}
	if canonical, _, _, ok := s.clubs(q); ok {
		names = append(names, text.Fold(canonical))
	}
	for _, name := range names {
		out, err := s.clubRefs(ctx, `SELECT DISTINCT c.id, c.name, c.links FROM club_names n
			JOIN clubs c ON c.id = n.club_id WHERE n.fold = ? ORDER BY c.links DESC, c.name`, name)
		if err != nil || len(out) > 0 {
			return out, err
		}
	}
	return s.clubRefs(ctx, `SELECT id, name, links FROM clubs
		WHERE ' ' || fold || ' ' LIKE '% ' || ? || ' %' ESCAPE '\'
		ORDER BY links DESC, name LIMIT 25`, escapeLike(f))
}

func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

func (s *Store) clubRefs(ctx context.Context, query string, args ...any) ([]knowledge.ClubRef, error) {
	rows, err := s.query(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: find clubs: %w", err)
	}
	defer rows.Close()
	out := []knowledge.ClubRef{}
	for rows.Next() {
		var c knowledge.ClubRef
		var links int
		if err := rows.Scan(&c.ID, &c.Name, &links); err != nil {
			return nil, fmt.Errorf("sqlite: find clubs: %w", err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: find clubs: %w", err)
	}
	return out, nil
}

// Complete returns up to n player ("player") or club ("club") names that
// start with prefix, ignoring case and accents (a surname or nickname
// counts), the most reported first, for autocompletion.
func (s *Store) Complete(ctx context.Context, kind, prefix string, n int) ([]string, error) {
	if n <= 0 {
		return []string{}, nil
	}
	f := text.Fold(prefix)
	if len(f) > knowledge.MaxQueryRunes*2 {
		return []string{}, nil
	}
	var queries []string
	switch {
	case kind == "player" && f == "":
		queries = []string{`SELECT name FROM players ORDER BY articles DESC, name LIMIT ?3`}
	case kind == "player":
		queries = []string{`SELECT p.name FROM (SELECT DISTINCT player_id FROM player_names
			WHERE fold >= ?1 AND fold < ?2 LIMIT 2000) m JOIN players p ON p.id = m.player_id
			ORDER BY p.articles DESC, p.name LIMIT ?3`}
		if utf8.RuneCountInString(f) <= 2 {
			// A letter or two fit too many names to rank them all: first
			// the most reported players whose name has a word so starting.
			queries = append([]string{`SELECT name FROM (SELECT name, fold, articles FROM players
				ORDER BY articles DESC LIMIT 2000)
				WHERE fold >= ?1 AND fold < ?2 OR instr(fold, ' ' || ?1) > 0
				ORDER BY articles DESC, name LIMIT ?3`}, queries...)
		}
	case kind == "club" && f == "":
		queries = []string{`SELECT name FROM clubs ORDER BY links DESC, name LIMIT ?3`}
	case kind == "club":
		queries = []string{`SELECT c.name FROM (SELECT DISTINCT club_id FROM club_names
			WHERE fold >= ?1 AND fold < ?2 LIMIT 2000) m JOIN clubs c ON c.id = m.club_id
			ORDER BY c.links DESC, c.name LIMIT ?3`}
	default:
		return nil, fmt.Errorf("sqlite: complete: unknown kind %q", kind)
	}
	out := []string{}
	for _, q := range queries {
		names, err := s.strings(ctx, q, f, prefixEnd(f), n)
		if err != nil {
			return nil, fmt.Errorf("sqlite: complete: %w", err)
		}
		for _, name := range names {
			if len(out) < n && !slices.Contains(out, name) {
				out = append(out, name)
			}
		}
		if len(out) == n {
			break
		}
	}
	return out, nil
}
