package sqlite

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
)

func TestFeedState(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 7, 1, 12, 0, 0, 0, time.UTC)
	path := filepath.Join(t.TempDir(), "feeds.db")
	s, err := openWith(ctx, path, nil, Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	const feed = "https://news.example/rss.xml"
	if _, err := s.FeedState(ctx, feed); !errors.Is(err, knowledge.ErrNotFound) {
		t.Fatalf("state of a feed never polled: %v, want ErrNotFound", err)
	}
	steps := []knowledge.FeedState{
		{ETag: `"v1"`, LastModified: "Wed, 01 Jul 2026 11:00:00 GMT"},
		{ETag: `W/"v2"`},      // the server stopped sending Last-Modified
		{LastModified: "Wed"}, // and then the ETag
	}
	for _, want := range steps {
		now = now.Add(30 * time.Minute)
		if err := s.SetFeedState(ctx, feed, want.ETag, want.LastModified); err != nil {
			t.Fatal(err)
		}
		got, err := s.FeedState(ctx, feed)
		if err != nil {
			t.Fatal(err)
		}
		want.Checked = now
		if got != want {
			t.Errorf("state %+v, want %+v", got, want)
		}
	}
	if _, err := s.FeedState(ctx, "https://news.example/other.xml"); !errors.Is(err, knowledge.ErrNotFound) {
		t.Errorf("another feed's state: %v", err)
	}
	// The state survives reopening.
	s.Close()
	s, err = openWith(ctx, path, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got, err := s.FeedState(ctx, feed); err != nil || got.LastModified != "Wed" || got.ETag != "" {
		t.Errorf("after reopening: %+v, %v", got, err)
	}
}
