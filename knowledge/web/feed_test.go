package web

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"
)

const rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Transfer news</title><link>https://news.example/</link><language>fr-fr</language>
<item><title>Kamara close to Villa</title><link>https://news.example/kamara?utm_source=rss</link>
<pubDate>Thu, 24 Mar 2022 10:00:00 GMT</pubDate></item>
<item><title>Relative link</title><link>/relative.html</link></item>
<item><title>Only a GUID</title><guid>https://news.example/guid.html</guid></item>
<item><title>No link at all</title><description>Just a blurb.</description></item>
</channel></rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Mercato</title>
<entry><title>Pogba returns</title><link href="https://news.example/pogba"/><updated>2022-07-01T08:00:00Z</updated></entry>
</feed>`

func TestParseFeed(t *testing.T) {
	f, err := ParseFeed([]byte(rssFeed), "https://news.example/rss.xml")
	if err != nil {
		t.Fatal(err)
	}
	if f.Title != "Transfer news" || f.Lang != "fr" {
		t.Errorf("feed %q lang %q", f.Title, f.Lang)
	}
	wantLinks := []string{
		"https://news.example/kamara?utm_source=rss",
		"https://news.example/relative.html",
		"https://news.example/guid.html",
		"",
	}
	if len(f.Items) != len(wantLinks) {
		t.Fatalf("%d items, want %d", len(f.Items), len(wantLinks))
	}
	for i, want := range wantLinks {
		if f.Items[i].Link != want {
			t.Errorf("item %d link %q, want %q", i, f.Items[i].Link, want)
		}
	}
	if !f.Items[0].Published.Equal(time.Date(2022, 3, 24, 10, 0, 0, 0, time.UTC)) {
		t.Errorf("published %v", f.Items[0].Published)
	}

	a, err := ParseFeed([]byte(atomFeed), "https://news.example/atom")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Items) != 1 || a.Items[0].Link != "https://news.example/pogba" || a.Items[0].Published.IsZero() {
		t.Errorf("atom items %+v", a.Items)
	}

	latin1 := "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>L'\xc9quipe</title>" +
		"<item><title>Le d\xe9fenseur rejoint l'OL</title><link>https://news.example/ol</link></item></channel></rss>"
	l, err := ParseFeed([]byte(latin1), "https://news.example/rss")
	if err != nil {
		t.Fatal(err)
	}
	if l.Title != "L'Équipe" || len(l.Items) != 1 || l.Items[0].Title != "Le défenseur rejoint l'OL" {
		t.Errorf("latin-1 feed %+v", l)
	}

	for _, bad := range []string{"", "<html><body>Not a feed</body></html>", "just text", `<rss version="2.0"><channel><item><title>x</title>`} {
		if _, err := ParseFeed([]byte(bad), "https://news.example/"); err == nil {
			t.Errorf("ParseFeed(%q) succeeded", bad)
		} else if strings.Contains(err.Error(), "\n") {
			t.Errorf("ParseFeed(%q) error is not one line: %q", bad, err)
		}
	}
}

func TestFeedConditionalGet(t *testing.T) {
	const etag = `"v1"`
	const lastMod = "Thu, 24 Mar 2022 10:00:00 GMT"
	var requests int
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		requests++
		if r.Header.Get("If-None-Match") == etag || r.Header.Get("If-Modified-Since") == lastMod {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lastMod)
		w.Write([]byte(rssFeed))
	})
	f := testFetcher(Config{})
	first, err := f.Feed(context.Background(), srv.URL+"/rss", Validators{})
	if err != nil {
		t.Fatal(err)
	}
	if first.NotModified || len(first.Items) != 4 || first.Validators != (Validators{etag, lastMod}) {
		t.Fatalf("first fetch %+v", first)
	}
	for _, v := range []Validators{first.Validators, {ETag: etag}, {LastModified: lastMod}} {
		again, err := f.Feed(context.Background(), srv.URL+"/rss", v)
		if err != nil {
			t.Fatal(err)
		}
		if !again.NotModified || len(again.Items) != 0 || again.Validators != v {
			t.Errorf("conditional fetch with %+v: %+v", v, again)
		}
	}
	if requests != 4 {
		t.Errorf("%d requests, want 4", requests)
	}
}

func TestFeedRefused(t *testing.T) {
	tests := []struct {
		name string
		h    http.HandlerFunc
		kind error
		msg  string
	}{
		{"html page", page("text/html", articlePage), ErrUnsupported, "not an RSS or Atom feed"},
		{"image", page("image/png", "\x89PNG"), ErrUnsupported, "image/png"},
		{"server error", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "down", 502) }, ErrUnavailable, "502 Bad Gateway"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := serve(t, tt.h)
			_, err := testFetcher(Config{}).Feed(context.Background(), srv.URL, Validators{})
			checkErr(t, err, tt.kind, tt.msg)
		})
	}
}
