package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/mercato-bot/mercato/knowledge"
)

// FeedState returns the state of the feed at url, or ErrNotFound if it was
// never polled successfully.
func (s *Store) FeedState(ctx context.Context, url string) (knowledge.FeedState, error) {
	var etag, lastModified *string
	var checked *time.Time
	err := s.pool.QueryRow(ctx, `SELECT etag, last_modified, checked_at FROM feeds WHERE url = $1`, url).
		Scan(&etag, &lastModified, &checked)
	if errors.Is(err, pgx.ErrNoRows) {
		return knowledge.FeedState{}, knowledge.ErrNotFound
	}
	if err != nil {
		return knowledge.FeedState{}, fmt.Errorf("postgres: feed state: %w", err)
	}
	var st knowledge.FeedState
	if etag != nil {
		st.ETag = *etag
	}
	if lastModified != nil {
		st.LastModified = *lastModified
	}
	if checked != nil {
		st.Checked = checked.UTC()
	}
	return st, nil
}

// SetFeedState records a successful poll of the feed at url with the
// validators its server sent (either may be empty).
func (s *Store) SetFeedState(ctx context.Context, url, etag, lastModified string) error {
	_, err := s.pool.Exec(ctx, `INSERT INTO feeds (url, etag, last_modified, checked_at) VALUES ($1, $2, $3, $4)
		ON CONFLICT (url) DO UPDATE SET etag = excluded.etag,
			last_modified = excluded.last_modified, checked_at = excluded.checked_at`,
		url, etag, lastModified, s.now().UTC().Truncate(time.Second))
	if err != nil {
		return fmt.Errorf("postgres: set feed state: %w", err)
	}
	return nil
}
