package knowledge

import (
	"context"
	"errors"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// errTODO marks the parts of the API not built yet.
var errTODO = errors.New("knowledge: not implemented")

// Store is the knowledge base: one SQLite database. It is safe for
// concurrent use.
type Store struct{}

// Open opens (creating and migrating if needed) the database at path.
func Open(ctx context.Context, path string) (*Store, error) { return nil, errTODO }

// Close closes the database.
func (s *Store) Close() error { return nil }

// Ingest extracts the facts of one article and stores them in one
// transaction. Input that cannot be learned from returns a *RejectError and
// writes nothing; the same content or URL again returns Duplicate.
func (s *Store) Ingest(ctx context.Context, in Input) (IngestResult, error) {
	return IngestResult{}, errTODO
}

// FindPlayers returns the players whose name matches q without case or
// accents, by full name or surname. No match is an empty slice.
func (s *Store) FindPlayers(ctx context.Context, q string) ([]PlayerRef, error) {
	return nil, errTODO
}

// ClosestPlayers returns up to n known player names closest to q.
func (s *Store) ClosestPlayers(ctx context.Context, q string, n int) ([]string, error) {
	return nil, errTODO
}

// FindClubs returns the clubs whose name, alias or nickname matches q.
func (s *Store) FindClubs(ctx context.Context, q string) ([]ClubRef, error) {
	return nil, errTODO
}

// Complete returns up to n player ("player") or club ("club") names that
// start with prefix, ignoring case and accents, for autocompletion.
func (s *Store) Complete(ctx context.Context, kind, prefix string, n int) ([]string, error) {
	return nil, errTODO
}

// Profile returns what is known of a player, or ErrNotFound.
func (s *Store) Profile(ctx context.Context, playerID int64) (Profile, error) {
	return Profile{}, errTODO
}

// Suitors returns the clubs linked with a player, strongest stage first,
// then most recent, then most reported. The current club is never one.
func (s *Store) Suitors(ctx context.Context, playerID int64) ([]Suitor, error) {
	return nil, errTODO
}

// Club returns the players a club is linked with and its players linked elsewhere.
func (s *Store) Club(ctx context.Context, clubID int64) (ClubLinks, error) {
	return ClubLinks{}, errTODO
}

// Latest returns the n newest reports, optionally for one player or club (ids 0 = any).
func (s *Store) Latest(ctx context.Context, n int, playerID, clubID int64) ([]Report, error) {
	return nil, errTODO
}

// Sources returns every report of a player's links, optionally with one club only.
func (s *Store) Sources(ctx context.Context, playerID, clubID int64) ([]Report, error) {
	return nil, errTODO
}

// Expiring returns the players whose contract ends between from and to, inclusive.
func (s *Store) Expiring(ctx context.Context, from, to facts.Date) ([]Expiring, error) {
	return nil, errTODO
}
