package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
)

// FeedState returns the state of the feed at url, or ErrNotFound if it was
// never polled successfully.
func (s *Store) FeedState(ctx context.Context, url string) (knowledge.FeedState, error) {
	var etag, lastModified, checked sql.NullString
	err := s.queryRow(ctx,
		`SELECT etag, last_modified, checked_at FROM feeds WHERE url = ?`, url).
		Scan(&etag, &lastModified, &checked)
	if errors.Is(err, sql.ErrNoRows) {
		return knowledge.FeedState{}, knowledge.ErrNotFound
	}
	if err != nil {
		return knowledge.FeedState{}, fmt.Errorf("sqlite: feed state: %w", err)
	}
	st := knowledge.FeedState{ETag: etag.String, LastModified: lastModified.String}
	if t, err := time.Parse(time.RFC3339, checked.String); err == nil {
		st.Checked = t
	}
	return st, nil
}

// SetFeedState records a successful poll of the feed at url with the
// validators its server sent (either may be empty).
func (s *Store) SetFeedState(ctx context.Context, url, etag, lastModified string) error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	_, err := s.db.ExecContext(ctx, `
INSERT INTO feeds (url, etag, last_modified, checked_at) VALUES (?, ?, ?, ?)
ON CONFLICT (url) DO UPDATE SET etag = excluded.etag,
	last_modified = excluded.last_modified, checked_at = excluded.checked_at`,
		url, etag, lastModified, s.now().UTC().Format(time.RFC3339))
	if err != nil {
		return fmt.Errorf("sqlite: set feed state: %w", err)
	}
	return nil
}
