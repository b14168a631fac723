package knowledge

import (
	"context"
	"fmt"
	"slices"
	"unicode/utf8"

	"github.com/mercato-bot/mercato/knowledge/text"
)

// NameQuery runs a query of the name lookups both SQL stores share
// (FindClubs, Complete), written with PostgreSQL's numbered parameters
// ($1; SQLite numbers them ?1) and instr naming the store's function
// giving where a string starts in another, 0 when absent (SQLite's instr,
// PostgreSQL's strpos).
type NameQuery[T any] func(ctx context.Context, query string, args ...any) ([]T, error)

// FindClubs answers a store's FindClubs: the clubs whose name, alias or
// nickname matches q (its folded self, else the canonical name lookup
// gives it); failing that, those whose name contains q as whole words
// ("Madrid"), the most reported first. read scans each query's rows (id,
// name, links).
func FindClubs(ctx context.Context, q string, lookup ClubLookupFunc, instr string, read NameQuery[ClubRef]) ([]ClubRef, error) {
	f := text.Fold(q)
	if f == "" || len(f) > MaxQueryRunes*2 {
		return []ClubRef{}, nil
	}
	names := []string{f}
	if canonical, _, _, ok := lookup(q); ok {
		names = append(names, text.Fold(canonical))
	}
	for _, name := range names {
		out, err := read(ctx, `SELECT DISTINCT c.id, c.name, c.links FROM club_names n
			JOIN clubs c ON c.id = n.club_id WHERE n.fold = $1 ORDER BY c.links DESC, c.name`, name)
		if err != nil || len(out) > 0 {
			return out, err
		}
	}
	return read(ctx, `SELECT id, name, links FROM clubs
		WHERE `+instr+`(' ' || fold || ' ', ' ' || $1 || ' ') > 0
		ORDER BY links DESC, name LIMIT 25`, f)
}

// Complete answers a store's Complete: up to n player ("player") or club
// ("club") names that start with prefix, ignoring case and accents (a
// surname or nickname counts), the most reported first. Folded names
// compare in code-point order in both stores: the names starting with a
// prefix are those from it up to it followed by the last code point.
func Complete(ctx context.Context, kind, prefix string, n int, instr string, read NameQuery[string]) ([]string, error) {
	if n <= 0 {
		return []string{}, nil
	}
	f := text.Fold(prefix)
	if len(f) > MaxQueryRunes*2 {
		return []string{}, nil
	}
	table, names, id, rank := "players", "player_names", "player_id", "articles"
	switch kind {
	case "player":
	case "club":
		table, names, id, rank = "clubs", "club_names", "club_id", "links"
	default:
		return nil, fmt.Errorf("unknown kind %q", kind)
	}
	queries := []string{`SELECT t.name FROM (SELECT DISTINCT ` + id + ` FROM ` + names + `
		WHERE fold >= $1 AND fold < $2 LIMIT 2000) m JOIN ` + table + ` t ON t.id = m.` + id + `
		ORDER BY t.` + rank + ` DESC, t.name LIMIT $3`}
	switch {
	case f == "":
		queries = []string{`SELECT name FROM ` + table + ` ORDER BY ` + rank + ` DESC, name LIMIT $1`}
	case kind == "player" && utf8.RuneCountInString(f) <= 2:
		// A letter or two fit too many names to rank them all: first the
		// most reported players whose name has a word so starting.
		queries = append([]string{`SELECT name FROM (SELECT name, fold, articles FROM players
			ORDER BY articles DESC LIMIT 2000) top
			WHERE fold >= $1 AND fold < $2 OR ` + instr + `(fold, ' ' || $1) > 0
			ORDER BY articles DESC, name LIMIT $3`}, queries...)
	}
	// Every parameter a query has is used: PostgreSQL wants a type for each.
	args := []any{f, f + "\U0010FFFF", n}
	if f == "" {
		args = args[2:]
	}
	out := []string{}
	for _, q := range queries {
		names, err := read(ctx, q, args...)
		if err != nil {
			return nil, err
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
