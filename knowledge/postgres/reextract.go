package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/mercato-bot/mercato/knowledge"
)

// The PostgreSQL store does not re-extract yet: its schema has no
// extractor version per article and its Write no replacement of an
// article's facts (see knowledge/sqlite/reextract.go for the SQLite
// store's). These say so; the storetest cases skip on
// errors.ErrUnsupported.

// StaleArticles is not supported yet.
func (s *Store) StaleArticles(ctx context.Context, version string, after int64, n int) ([]knowledge.StoredArticle, error) {
	return nil, fmt.Errorf("postgres: stale articles: %w", errors.ErrUnsupported)
}

// CountStale is not supported yet.
func (s *Store) CountStale(ctx context.Context, version string) (int, error) {
	return 0, fmt.Errorf("postgres: count stale: %w", errors.ErrUnsupported)
}

// MarkAllStale is not supported yet.
func (s *Store) MarkAllStale(ctx context.Context) error {
	return fmt.Errorf("postgres: mark stale: %w", errors.ErrUnsupported)
}
