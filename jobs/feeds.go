package jobs

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

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

// The bounds of one polling round, so that a hostile or slow feed cannot
// hold the feeds job: the whole round ends at roundDeadline (what is left
// is tried again on the next round), and the feeds and their items are
// fetched at most maxFetches at once, perHost at once from one host.
const (
	roundDeadline = 5 * time.Minute
	perHost       = 2
	maxFetches    = 8
)

// FeedPoller polls the configured news feeds and ingests each new item's
// article once.
type FeedPoller struct {
	feeds    []Feed
	fetcher  FeedFetcher
	store    FeedStore
	log      *slog.Logger
	deadline time.Duration // of one round
}

// NewFeedPoller returns a poller of feeds that fetches with fetcher and
// learns into store. A nil log discards.
func NewFeedPoller(feeds []Feed, fetcher FeedFetcher, store FeedStore, log *slog.Logger) *FeedPoller {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &FeedPoller{feeds: feeds, fetcher: fetcher, store: store, log: log, deadline: roundDeadline}
}

// FeedStats counts what one polling round did.
type FeedStats struct {
	Feeds, Failed      int // feeds polled, feeds that failed
	New, Seen, Refused int // items ingested, already known, refused
	Left               int // items not done by the round's deadline: the next run's
}

// String is the one-line summary `mercato jobs run feeds` prints.
func (s FeedStats) String() string {
	line := fmt.Sprintf("feeds: %d polled, %d failed; items: %d new, %d already known, %d refused",
		s.Feeds, s.Failed, s.New, s.Seen, s.Refused)
	if s.Left > 0 {
		line += fmt.Sprintf(", %d left for the next run", s.Left)
	}
	return line
}

// Run polls every feed once, the feeds at once, within the round's
// deadline. A feed that fails, or is not done by the deadline, is logged
// and counted and does not stop the others; it is retried on the next
// run (the items it learned are not fetched again). Run returns an error
// only when ctx ends.
func (p *FeedPoller) Run(ctx context.Context) (FeedStats, error) {
	round, cancel := context.WithTimeout(ctx, p.deadline)
	defer cancel()
	lim := newHostLimiter(maxFetches, perHost)
	var (
		mu    sync.Mutex
		total FeedStats
		wg    sync.WaitGroup
	)
	for _, feed := range p.feeds {
		wg.Go(func() {
			st, err := p.poll(round, lim, feed)
			mu.Lock()
			defer mu.Unlock()
			total.Feeds++
			total.New += st.New
			total.Seen += st.Seen
			total.Refused += st.Refused
			total.Left += st.Left
			switch {
			case err != nil:
				total.Failed++
				p.log.Warn("jobs: feed failed, retried next run", "feed", feed.URL, "err", err)
			case round.Err() != nil:
				total.Failed++
				p.log.Warn("jobs: feed not done by the round's deadline; the rest next run", "feed", feed.URL,
					"deadline", p.deadline, "left", st.Left)
			default:
				p.log.Info("jobs: feed polled", "feed", feed.URL, "new", st.New, "seen", st.Seen, "refused", st.Refused)
			}
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return total, fmt.Errorf("jobs: feeds: %w", err)
	}
	return total, nil
}

// poll fetches one feed and learns its new items: their pages are
// fetched at once (as lim allows), then learned in feed order. The feed's
// validators are stored only when every item was dealt with for good, so
// that an item that failed for a passing reason (a timeout, a store
// error, the round's deadline) is tried again on the next run instead of
// being hidden behind a 304.
func (p *FeedPoller) poll(ctx context.Context, lim *hostLimiter, feed Feed) (FeedStats, error) {
	var st FeedStats
	if err := ctx.Err(); err != nil {
		return st, err
	}
	state, err := p.store.FeedState(ctx, feed.URL)
	if err != nil && !errors.Is(err, knowledge.ErrNotFound) {
		return st, err
	}
	release, err := lim.acquire(ctx, feed.URL)
	if err != nil {
		return st, err
	}
	got, err := p.fetcher.Feed(ctx, feed.URL, web.Validators{ETag: state.ETag, LastModified: state.LastModified})
	release()
	if err != nil {
		return st, err
	}
	if got.NotModified {
		p.log.Debug("jobs: feed not modified", "feed", feed.URL)
		return st, p.store.SetFeedState(ctx, feed.URL, state.ETag, state.LastModified)
	}
	pages := make([]chan page, len(got.Items))
	for i, item := range got.Items {
		pages[i] = make(chan page, 1)
		go func() { pages[i] <- p.fetch(ctx, lim, item) }()
	}
	var retry error
	for i, item := range got.Items {
		outcome, err := p.learn(ctx, <-pages[i], item, feed.Lang, got.Lang)
		if outcome == itemRetry && ctx.Err() != nil {
			st.Left++
			continue
		}
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
	if retry != nil || ctx.Err() != nil {
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

// page is the article an item links to, fetched, or what stopped it.
type page struct {
	outcome itemOutcome // when not itemNew: the item's final outcome
	article web.Article
	err     error
}

// fetch fetches the article an item links to, unless its URL is already
// known.
func (p *FeedPoller) fetch(ctx context.Context, lim *hostLimiter, item web.FeedItem) page {
	if item.Link == "" {
		return page{outcome: itemRefused, err: errors.New("the item has no link")}
	}
	link, err := web.NormalizeURL(item.Link)
	if err != nil {
		return page{outcome: itemRefused, err: err}
	}
	known, err := p.store.HasURL(ctx, link)
	switch {
	case err != nil:
		return page{outcome: itemRetry, err: err}
	case known:
		return page{outcome: itemSeen}
	}
	release, err := lim.acquire(ctx, link)
	if err != nil {
		return page{outcome: itemRetry, err: err}
	}
	defer release()
	article, err := p.fetcher.Article(ctx, link)
	switch {
	case err != nil && web.Temporary(err):
		return page{outcome: itemRetry, err: err}
	case err != nil:
		return page{outcome: itemRefused, err: err}
	}
	return page{outcome: itemNew, article: article}
}

// learn ingests a fetched article. The language is the configured one,
// else the page's, else the one the feed declares.
func (p *FeedPoller) learn(ctx context.Context, pg page, item web.FeedItem, lang, feedLang string) (itemOutcome, error) {
	if pg.outcome != itemNew {
		return pg.outcome, pg.err
	}
	article := pg.article
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
