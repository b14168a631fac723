package jobs

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/web"
)

// fakeFeedStore is an in-memory FeedStore deduplicating by URL and text.
type fakeFeedStore struct {
	mu       sync.Mutex
	urls     map[string]bool
	texts    map[string]bool
	ingested []knowledge.Input
	states   map[string]knowledge.FeedState
	failURL  string // Ingest of this URL fails with a store error
}

func newFakeFeedStore(known ...string) *fakeFeedStore {
	s := &fakeFeedStore{urls: map[string]bool{}, texts: map[string]bool{}, states: map[string]knowledge.FeedState{}}
	for _, u := range known {
		s.urls[u] = true
	}
	return s
}

func (s *fakeFeedStore) HasURL(ctx context.Context, url string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.urls[url], nil
}

func (s *fakeFeedStore) Ingest(ctx context.Context, in knowledge.Input) (knowledge.IngestResult, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if in.URL == s.failURL {
		return knowledge.IngestResult{}, errors.New("knowledge: ingest: database is locked")
	}
	if strings.Contains(in.Text, "cooking") {
		return knowledge.IngestResult{}, &knowledge.RejectError{Reason: "no football in it"}
	}
	if s.urls[in.URL] || s.texts[in.Text] {
		return knowledge.IngestResult{Duplicate: true}, nil
	}
	s.urls[in.URL], s.texts[in.Text] = true, true
	s.ingested = append(s.ingested, in)
	return knowledge.IngestResult{ArticleID: int64(len(s.ingested))}, nil
}

func (s *fakeFeedStore) FeedState(ctx context.Context, url string) (knowledge.FeedState, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st, ok := s.states[url]
	if !ok {
		return knowledge.FeedState{}, knowledge.ErrNotFound
	}
	return st, nil
}

func (s *fakeFeedStore) SetFeedState(ctx context.Context, url, etag, lastModified string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.states[url] = knowledge.FeedState{ETag: etag, LastModified: lastModified}
	return nil
}

// newsSite is a test news site: feeds and article pages, counting the
// requests for each path.
type newsSite struct {
	*httptest.Server
	mu   sync.Mutex
	hits map[string]int
}

func (n *newsSite) count(path string) int {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.hits[path]
}

// articleHTML is a page whose article is about player.
func articleHTML(player, club string) string {
	p := fmt.Sprintf("<p>%s is close to joining %s after the two clubs agreed a fee on Monday evening, "+
		"with the player expected to undergo a medical later this week before signing a four-year contract.</p>", player, club)
	return "<html lang=en><head><title>" + player + " to " + club + "</title></head><body>" +
		"<nav><a href=/>Home</a></nav><article>" + p + p + "</article></body></html>"
}

// rss is a feed of the items, each "title|link".
func rss(items ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>`)
	for _, it := range items {
		title, link, _ := strings.Cut(it, "|")
		b.WriteString("<item><title>" + title + "</title>")
		if link != "" {
			b.WriteString("<link>" + link + "</link>")
		}
		b.WriteString("<pubDate>Mon, 04 Jul 2022 09:00:00 GMT</pubDate></item>")
	}
	b.WriteString("</channel></rss>")
	return b.String()
}

func newNewsSite(t *testing.T) *newsSite {
	t.Helper()
	n := &newsSite{hits: map[string]int{}}
	mux := http.NewServeMux()
	html := func(body string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(body))
		}
	}
	mux.HandleFunc("/kamara", html(articleHTML("Boubacar Kamara", "Aston Villa")))
	mux.HandleFunc("/pogba", html(articleHTML("Paul Pogba", "Juventus")))
	mux.HandleFunc("/pogba-copy", html(articleHTML("Paul Pogba", "Juventus")))
	mux.HandleFunc("/seen", html(articleHTML("Old News", "Nowhere")))
	mux.HandleFunc("/recipe", html(articleHTML("cooking pasta", "the kitchen")))
	mux.HandleFunc("/photo.jpg", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/jpeg")
		w.Write([]byte("\xff\xd8\xff"))
	})
	mux.HandleFunc("/down", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "maintenance", 503) })
	mux.HandleFunc("/broken.xml", html("<html><body>Oops, not a feed</body></html>"))
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"feed-v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Header().Set("ETag", `"feed-v1"`)
		w.Write([]byte(rss(
			"Kamara to Villa|/kamara",
			"Old news|/seen?utm_source=rss",
			"Pogba back in Turin|/pogba",
			"Pogba again|/pogba-copy",
			"No link|",
			"A photo|/photo.jpg",
			"Recipe|/recipe",
		)))
	})
	mux.HandleFunc("/flaky.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Header().Set("ETag", `"flaky-v1"`)
		w.Write([]byte(rss("Kamara|/kamara", "Down|/down")))
	})
	n.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.mu.Lock()
		n.hits[r.URL.Path]++
		n.mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(n.Close)
	return n
}

func testWebFetcher() *web.Fetcher {
	return web.New(web.Config{AllowPrivateNetworks: true}, nil)
}

func TestFeedPollerNewAndSeen(t *testing.T) {
	site := newNewsSite(t)
	store := newFakeFeedStore(site.URL + "/seen")
	feed := Feed{URL: site.URL + "/feed.xml", Lang: "it"}
	p := NewFeedPoller([]Feed{feed}, testWebFetcher(), store, nil)

	got, err := p.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// New: kamara, pogba. Seen: /seen by URL, /pogba-copy by content.
	// Refused: no link, the photo, the recipe.
	want := FeedStats{Feeds: 1, New: 2, Seen: 2, Refused: 3}
	if got != want {
		t.Errorf("first run %v, want %v", got, want)
	}
	if site.count("/seen") != 0 {
		t.Error("an item already known by URL was fetched")
	}
	if len(store.ingested) != 2 {
		t.Fatalf("ingested %d articles, want 2", len(store.ingested))
	}
	in := store.ingested[0]
	if in.URL != site.URL+"/kamara" || in.Lang != "it" || in.Published.String() != "2022-07-04" ||
		!strings.Contains(in.Text, "Boubacar Kamara is close to joining Aston Villa") || strings.Contains(in.Text, "Home") {
		t.Errorf("ingested %+v", in)
	}
	if st := store.states[feed.URL]; st.ETag != `"feed-v1"` {
		t.Errorf("feed state %+v, want the ETag stored", st)
	}

	// Second run: the server answers 304, nothing is fetched again.
	before := site.count("/kamara")
	got, err = p.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if got != (FeedStats{Feeds: 1}) || site.count("/kamara") != before || len(store.ingested) != 2 {
		t.Errorf("second run %v, kamara fetched %d times", got, site.count("/kamara"))
	}

	// Without the validators the items ingested are known by URL and not
	// fetched again; the copy, known by content only, is.
	delete(store.states, feed.URL)
	got, err = p.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if got.New != 0 || got.Seen != 4 || site.count("/kamara") != before || site.count("/pogba") != 1 || site.count("/pogba-copy") != 2 {
		t.Errorf("third run %v", got)
	}
}

func TestFeedPollerFailingFeeds(t *testing.T) {
	site := newNewsSite(t)
	store := newFakeFeedStore()
	feeds := []Feed{
		{URL: site.URL + "/broken.xml"},
		{URL: site.URL + "/down"},
		{URL: "ftp://example.com/feed.xml"},
		{URL: site.URL + "/feed.xml"},
	}
	p := NewFeedPoller(feeds, testWebFetcher(), store, nil)
	got, err := p.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if got.Feeds != 4 || got.Failed != 3 || got.New != 3 {
		t.Errorf("run %v, want 4 feeds, 3 failed, 3 new", got)
	}
	for _, f := range feeds[:3] {
		if _, ok := store.states[f.URL]; ok {
			t.Errorf("state stored for failing feed %s", f.URL)
		}
	}
	// A failed feed is tried again on the next run.
	p.Run(context.Background())
	if n := site.count("/broken.xml"); n != 2 {
		t.Errorf("broken feed fetched %d times, want 2", n)
	}
}

func TestFeedPollerRetriesPassingFailures(t *testing.T) {
	site := newNewsSite(t)
	store := newFakeFeedStore()
	feed := Feed{URL: site.URL + "/flaky.xml"}
	p := NewFeedPoller([]Feed{feed}, testWebFetcher(), store, nil)
	got, err := p.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if got.New != 1 || got.Refused != 1 {
		t.Errorf("run %v", got)
	}
	if _, ok := store.states[feed.URL]; ok {
		t.Error("validators stored although an item failed for a passing reason: it would hide behind a 304")
	}
	p.Run(context.Background())
	if site.count("/down") != 2 || site.count("/kamara") != 1 {
		t.Errorf("retry fetched /down %d and /kamara %d times, want 2 and 1", site.count("/down"), site.count("/kamara"))
	}

	// A store error is a passing failure too.
	store2 := newFakeFeedStore()
	store2.failURL = site.URL + "/kamara"
	NewFeedPoller([]Feed{{URL: site.URL + "/feed.xml"}}, testWebFetcher(), store2, nil).Run(context.Background())
	if _, ok := store2.states[site.URL+"/feed.xml"]; ok {
		t.Error("validators stored after a store error")
	}
}

func TestFeedPollerCanceled(t *testing.T) {
	site := newNewsSite(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	p := NewFeedPoller([]Feed{{URL: site.URL + "/feed.xml"}}, testWebFetcher(), newFakeFeedStore(), nil)
	if _, err := p.Run(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("Run on a canceled context: %v", err)
	}
	if stats, err := NewFeedPoller(nil, testWebFetcher(), newFakeFeedStore(), nil).Run(context.Background()); err != nil || stats != (FeedStats{}) {
		t.Errorf("no feeds: %v, %v", stats, err)
	}
}
