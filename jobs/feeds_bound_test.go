package jobs

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/mercato-bot/mercato/knowledge/web"
)

// slowWeb is a FeedFetcher over feeds whose article pages take a time
// to answer, by host; it notes the most fetches at once per host.
type slowWeb struct {
	feeds map[string][]string      // feed URL -> item links
	delay map[string]time.Duration // host -> time an article takes

	mu     sync.Mutex
	now    map[string]int // fetches under way, by host
	most   map[string]int
	served int
}

func (w *slowWeb) Feed(ctx context.Context, u string, v web.Validators) (web.Feed, error) {
	var f web.Feed
	for _, link := range w.feeds[u] {
		f.Items = append(f.Items, web.FeedItem{Title: link, Link: link})
	}
	return f, nil
}

func (w *slowWeb) Article(ctx context.Context, link string) (web.Article, error) {
	u, _ := url.Parse(link)
	host := u.Hostname()
	w.mu.Lock()
	w.now[host]++
	w.most[host] = max(w.most[host], w.now[host])
	w.mu.Unlock()
	defer func() {
		w.mu.Lock()
		w.now[host]--
		w.mu.Unlock()
	}()
	t := time.NewTimer(w.delay[host])
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
		return web.Article{}, &web.Error{URL: link, Kind: web.ErrUnavailable, Detail: "fetch canceled", Err: ctx.Err()}
	}
	w.mu.Lock()
	w.served++
	w.mu.Unlock()
	return web.Article{URL: link, Title: link, Text: "Kamara joins Aston Villa, " + link}, nil
}

// TestFeedRoundBounded: a hostile feed of 200 items whose pages take 10 s
// each no longer holds the feeds job for half an hour: the round ends at
// its deadline, another feed's item is learned meanwhile, and one host is
// never fetched from more than perHost at once.
func TestFeedRoundBounded(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		hostile := make([]string, 200)
		for i := range hostile {
			hostile[i] = fmt.Sprintf("http://hostile.test/a/%d", i)
		}
		w := &slowWeb{
			feeds: map[string][]string{
				"http://hostile.test/feed.xml": hostile,
				"http://news.test/feed.xml":    {"http://news.test/kamara"},
			},
			delay: map[string]time.Duration{"hostile.test": 10 * time.Second, "news.test": time.Second},
			now:   map[string]int{}, most: map[string]int{},
		}
		store := newFakeFeedStore()
		p := NewFeedPoller([]Feed{{URL: "http://hostile.test/feed.xml"}, {URL: "http://news.test/feed.xml"}}, w, store, nil)
		start := time.Now()
		st, err := p.Run(t.Context())
		took := time.Since(start)
		if err != nil {
			t.Fatal(err)
		}
		if took > roundDeadline {
			t.Errorf("the round took %v, want at most %v", took, roundDeadline)
		}
		learned := false
		for _, in := range store.ingested {
			learned = learned || strings.HasSuffix(in.URL, "news.test/kamara")
		}
		if !learned {
			t.Errorf("the other feed's item was not learned (%v)", st)
		}
		if m := w.most["hostile.test"]; m > perHost {
			t.Errorf("%d fetches at once from one host, want at most %d", m, perHost)
		}
		t.Logf("round: %v in %v, %d pages served", st, took, w.served)
		if st.Left == 0 || st.New+st.Left != 201 {
			t.Errorf("first round %v: want the items not reached left for the next run", st)
		}
		// The next round goes on where this one stopped.
		again, err := p.Run(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		if again.New == 0 || again.Seen != st.New {
			t.Errorf("second round %v, want new items and the %d learned seen", again, st.New)
		}
	})
}
