package jobs

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/web"
)

// FeedFetcher fetches feeds and the articles their items link to
// (*web.Fetcher).
type FeedFetcher interface {
	// Feed fetches a feed, conditionally when v is set.
	Feed(ctx context.Context, url string, v web.Validators) (web.Feed, error)
	// Article fetches a page and extracts its article.
	Article(ctx context.Context, url string) (web.Article, error)
}

// FeedStore is what the feed poller uses of the knowledge base (a
// knowledge.Base).
type FeedStore interface {
	// HasURL reports whether an article from url is stored.
	HasURL(ctx context.Context, url string) (bool, error)
	// Ingest learns an article.
	Ingest(ctx context.Context, in knowledge.Input) (knowledge.IngestResult, error)
	// FeedState returns a feed's validators, or knowledge.ErrNotFound.
	FeedState(ctx context.Context, url string) (knowledge.FeedState, error)
	// SetFeedState records a successful poll.
	SetFeedState(ctx context.Context, url, etag, lastModified string) error
}

var (
	_ FeedFetcher = (*web.Fetcher)(nil)
	_ FeedStore   = knowledge.Base{}
)

// FeedPoller polls the configured news feeds and ingests each new item's
// article once.
type FeedPoller struct {
	feeds   []Feed
	fetcher FeedFetcher
	store   FeedStore
	log     *slog.Logger
}

// NewFeedPoller returns a poller of feeds that fetches with fetcher and
// learns into store. A nil log discards.
func NewFeedPoller(feeds []Feed, fetcher FeedFetcher, store FeedStore, log *slog.Logger) *FeedPoller {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &FeedPoller{feeds: feeds, fetcher: fetcher, store: store, log: log}
}

// FeedStats counts what one polling round did.
type FeedStats struct {
	Feeds, Failed      int // feeds polled, feeds that failed
	New, Seen, Refused int // items ingested, already known, refused
}

// String is the one-line summary `mercato jobs run feeds` prints.
func (s FeedStats) String() string {
	return fmt.Sprintf("feeds: %d polled, %d failed; items: %d new, %d already known, %d refused",
		s.Feeds, s.Failed, s.New, s.Seen, s.Refused)
}

// Run polls every feed once. A feed that fails is logged and counted and
// does not stop the others; it is retried on the next run. Run returns an
// error only when ctx ends.
func (p *FeedPoller) Run(ctx context.Context) (FeedStats, error) {
	var total FeedStats
	for _, feed := range p.feeds {
		if err := ctx.Err(); err != nil {
			return total, fmt.Errorf("jobs: feeds: %w", err)
		}
		total.Feeds++
		st, err := p.poll(ctx, feed)
		total.New += st.New
		total.Seen += st.Seen
		total.Refused += st.Refused
		if err != nil {
			total.Failed++
			p.log.Warn("jobs: feed failed, retried next run", "feed", feed.URL, "err", err)
			continue
		}
		p.log.Info("jobs: feed polled", "feed", feed.URL, "new", st.New, "seen", st.Seen, "refused", st.Refused)
	}
	if err := ctx.Err(); err != nil {
		return total, fmt.Errorf("jobs: feeds: %w", err)
	}
	return total, nil
}

// poll fetches one feed and ingests its new items. The feed's validators
// are stored only when every item was dealt with for good, so that an item
// that failed for a passing reason (a timeout, a store error) is tried
// again on the next run instead of being hidden behind a 304.
func (p *FeedPoller) poll(ctx context.Context, feed Feed) (FeedStats, error) {
	var st FeedStats
	state, err := p.store.FeedState(ctx, feed.URL)
	if err != nil && !errors.Is(err, knowledge.ErrNotFound) {
		return st, err
	}
	got, err := p.fetcher.Feed(ctx, feed.URL, web.Validators{ETag: state.ETag, LastModified: state.LastModified})
	if err != nil {
		return st, err
	}
	if got.NotModified {
		p.log.Debug("jobs: feed not modified", "feed", feed.URL)
		return st, p.store.SetFeedState(ctx, feed.URL, state.ETag, state.LastModified)
	}
	var retry error
	for _, item := range got.Items {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		outcome, err := p.ingest(ctx, item, feed.Lang, got.Lang)
		switch outcome {
		case itemNew:
			st.New++
		case itemSeen:
			st.Seen++
		case itemRefused:
			st.Refused++
			p.log.Info("jobs: feed item refused", "feed", feed.URL, "item", itemName(item), "err", err)
		case itemRetry:
			st.Refused++
			p.log.Warn("jobs: feed item failed, retried next run", "feed", feed.URL, "item", itemName(item), "err", err)
			if retry == nil {
				retry = err
			}
		}
	}
	if retry != nil {
		return st, nil // polled; the validators are not stored so the items come again
	}
	return st, p.store.SetFeedState(ctx, feed.URL, got.Validators.ETag, got.Validators.LastModified)
}

// itemOutcome is what became of one feed item.
type itemOutcome int

const (
	itemNew     itemOutcome = iota // ingested
	itemSeen                       // already known by URL or content
	itemRefused                    // not an article to learn from, for good
	itemRetry                      // failed for a passing reason
)

// ingest fetches and learns the article an item links to, unless its URL
// is already known. The language is the configured one, else the page's,
// else the one the feed declares.
func (p *FeedPoller) ingest(ctx context.Context, item web.FeedItem, lang, feedLang string) (itemOutcome, error) {
	if item.Link == "" {
		return itemRefused, errors.New("the item has no link")
	}
	link, err := web.NormalizeURL(item.Link)
	if err != nil {
		return itemRefused, err
	}
	known, err := p.store.HasURL(ctx, link)
	if err != nil {
		return itemRetry, err
	}
	if known {
		return itemSeen, nil
	}
	article, err := p.fetcher.Article(ctx, link)
	if err != nil {
		if web.Temporary(err) {
			return itemRetry, err
		}
		return itemRefused, err
	}
	if article.Title == "" {
		article.Title = item.Title
	}
	switch {
	case lang != "":
		article.Lang = lang
	case article.Lang == "":
		article.Lang = feedLang
	}
	in := article.Input()
	if in.Published.IsZero() && !item.Published.IsZero() {
		in.Published = facts.DateOf(item.Published)
	}
	res, err := p.store.Ingest(ctx, in)
	var reject *knowledge.RejectError
	switch {
	case errors.As(err, &reject):
		return itemRefused, err
	case err != nil:
		return itemRetry, err
	case res.Duplicate:
		return itemSeen, nil
	}
	return itemNew, nil
}

// itemName names an item in logs.
func itemName(item web.FeedItem) string {
	if item.Link != "" {
		return item.Link
	}
	if item.Title != "" {
		return strings.TrimSpace(item.Title)
	}
	return "(untitled)"
}
