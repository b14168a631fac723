package web

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// articlePage is a news page with the usual chrome around one article.
const articlePage = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Atletico lead race for Kamara | Football Daily</title>
<meta property="og:title" content="Atletico lead race for Kamara">
<meta property="og:site_name" content="Football Daily">
<meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="2022-03-24T10:15:00Z">
</head>
<body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. Accept all cookies or manage your preferences.</div>
<header class="site-header"><a href="/">Football Daily</a></header>
<nav class="menu"><ul><li><a href="/news">News</a></li><li><a href="/transfers">Transfers</a></li><li><a href="/scores">Live scores</a></li></ul></nav>
<main>
<article>
<h1>Atletico lead race for Kamara</h1>
<p>Boubacar Kamara will see his contract at Marseille expire on June 30, with extension offers in France being knocked back, and Atletico Madrid are now leading the race for his signature.</p>
<p>The Liga giants are confident that their efforts will be rewarded as they believe the highly-rated 22-year-old wants to make a switch to the Wanda Metropolitano as a free agent this summer.</p>
<p>Atleti have failed in a previous bid for Kamara, when a five million euro approach was knocked back, but the Frenchman is now ready to take on a new challenge and is keen on working with Diego Simeone.</p>
<p>Bundesliga champions Bayern Munich have been credited with interest, while Premier League heavyweights Manchester United, Tottenham and Southampton are also casting admiring glances in his direction.</p>
</article>
<section class="related-articles"><h2>Related</h2><ul><li><a href="/a">Pogba nears Juventus return</a></li><li><a href="/b">Dembele deal off</a></li></ul></section>
</main>
<aside class="sidebar"><h3>Most read</h3><ol><li><a href="/c">Haaland picks City</a></li><li><a href="/d">Mbappe stays</a></li></ol></aside>
<footer class="site-footer">Copyright Football Daily. All rights reserved. Terms and privacy policy.</footer>
</body>
</html>`

// serve returns a test server answering every request with h.
func serve(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// page answers with body as ctype.
func page(ctype, body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if ctype != "" {
			w.Header().Set("Content-Type", ctype)
		} else {
			w.Header()["Content-Type"] = nil // no header: net/http would sniff one
		}
		w.Write([]byte(body))
	}
}

// testFetcher allows the private networks the test servers listen on.
func testFetcher(cfg Config) *Fetcher {
	cfg.AllowPrivateNetworks = true
	return New(cfg, nil)
}

func TestArticleDropsChrome(t *testing.T) {
	srv := serve(t, page("text/html; charset=utf-8", articlePage))
	a, err := testFetcher(Config{}).Article(context.Background(), srv.URL+"/transfers/kamara.html#comments")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Boubacar Kamara will see his contract at Marseille expire on June 30",
		"Bundesliga champions Bayern Munich have been credited with interest",
	} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	for _, chrome := range []string{"cookies", "Live scores", "Most read", "Pogba", "Haaland", "Copyright", "Transfers"} {
		if strings.Contains(a.Text, chrome) {
			t.Errorf("text keeps chrome %q:\n%s", chrome, a.Text)
		}
	}
	want := Article{
		URL:       srv.URL + "/transfers/kamara.html",
		Title:     "Atletico lead race for Kamara",
		Author:    "Jane Reporter",
		Site:      "Football Daily",
		Lang:      "en",
		Published: time.Date(2022, 3, 24, 10, 15, 0, 0, time.UTC),
	}
	got := a
	got.Text = ""
	if !got.Published.Equal(want.Published) {
		t.Errorf("published %v, want %v", got.Published, want.Published)
	}
	got.Published = want.Published
	if got != want {
		t.Errorf("metadata\n got %+v\nwant %+v", got, want)
	}

	in := a.Input()
	if !strings.HasPrefix(in.Text, "Atletico lead race for Kamara\n\n") {
		t.Errorf("input text does not start with the headline: %.80q", in.Text)
	}
	if in.URL != want.URL || in.Published.String() != "2022-03-24" || in.Site != "Football Daily" || in.Author != "Jane Reporter" || in.Lang != "en" {
		t.Errorf("input %+v", in)
	}
}

func TestArticleCharsets(t *testing.T) {
	// "Le défenseur Jérôme Boateng est très proche d'un accord" in Latin-1.
	latin1 := "Le d\xe9fenseur J\xe9r\xf4me Boateng est tr\xe8s proche d'un accord avec l'Olympique lyonnais. "
	body := strings.Repeat(latin1, 4)
	tests := []struct {
		name, ctype, page, want string
	}{
		{"header iso-8859-1", "text/html; charset=ISO-8859-1",
			"<html lang=fr><body><article><p>" + body + "</p></article></body></html>",
			"Le défenseur Jérôme Boateng est très proche"},
		{"meta charset", "text/html",
			`<html><head><meta charset="iso-8859-1"></head><body><article><p>` + body + "</p></article></body></html>",
			"Le défenseur Jérôme Boateng est très proche"},
		{"meta http-equiv windows-1252", "text/html",
			`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><article><p>` +
				strings.Repeat("Kamara\x92s agent said \x93talks are advanced\x94 with Aston Villa \x96 a deal is close. ", 4) + "</p></article></body></html>",
			"Kamara’s agent said “talks are advanced” with Aston Villa – a deal is close."},
		{"no content type, meta charset", "",
			`<html><head><meta charset="iso-8859-1"></head><body><article><p>` + body + "</p></article></body></html>",
			"Le défenseur Jérôme Boateng est très proche"},
		{"no declaration at all", "text/html", "<html><body><article><p>" + body + "</p></article></body></html>",
			"Le défenseur Jérôme Boateng est très proche"},
		{"plain text latin-1", "text/plain; charset=iso-8859-1", body, "Le défenseur Jérôme"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := serve(t, page(tt.ctype, tt.page))
			a, err := testFetcher(Config{}).Article(context.Background(), srv.URL)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Text, tt.want) {
				t.Errorf("text %q lacks %q", a.Text, tt.want)
			}
		})
	}
}

func TestArticlePlainText(t *testing.T) {
	text := strings.Repeat("Arsenal have agreed a fee with Lille for Gabriel Magalhaes.  \r\n\r\n\r\n", 5)
	srv := serve(t, page("text/plain", text))
	a, err := testFetcher(Config{}).Article(context.Background(), srv.URL+"/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "\n\n\n") || strings.Contains(a.Text, "\r") || strings.HasSuffix(a.Text, " ") {
		t.Errorf("text not cleaned: %q", a.Text)
	}
	if a.Site != "127.0.0.1" {
		t.Errorf("site %q, want the host", a.Site)
	}
}

func TestArticleRefused(t *testing.T) {
	png := "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + strings.Repeat("\x00", 100)
	tests := []struct {
		name    string
		h       http.HandlerFunc
		kind    error
		message string
	}{
		{"image", page("image/jpeg", "\xff\xd8\xff\xe0"), ErrUnsupported, "image/jpeg is not a web page"},
		{"pdf", page("application/pdf", "%PDF-1.4"), ErrUnsupported, "application/pdf"},
		{"sniffed image", page("application/octet-stream", png), ErrUnsupported, "image/png"},
		{"no article", page("text/html", "<html><body><nav><a href=/>Home</a></nav><p>Hello.</p></body></html>"), ErrNoArticle, "no article text"},
		{"empty", page("text/html", ""), ErrNoArticle, "no article text"},
		{"not found", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) }, ErrHTTP, "404 Not Found"},
		{"server error", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "boom", 503) }, ErrUnavailable, "503 Service Unavailable"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := serve(t, tt.h)
			_, err := testFetcher(Config{}).Fetch(context.Background(), srv.URL+"/x")
			checkErr(t, err, tt.kind, tt.message)
		})
	}
}

// checkErr checks that err is of kind and says message on one line.
func checkErr(t *testing.T, err error, kind error, message string) {
	t.Helper()
	if !errors.Is(err, kind) {
		t.Fatalf("error %v, want %v", err, kind)
	}
	if !strings.Contains(err.Error(), message) {
		t.Errorf("error %q does not say %q", err, message)
	}
	if strings.Contains(err.Error(), "\n") || !strings.HasPrefix(err.Error(), "web: ") {
		t.Errorf("error %q is not one line starting with web:", err)
	}
}

func TestArticleTooLarge(t *testing.T) {
	big := strings.Repeat("<p>Kamara joins Aston Villa.</p>\n", 40)
	// The default limit, 5 MB, against a server that would send 50 MB
	// without a Content-Length.
	var sent int64
	fifty := func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := []byte(strings.Repeat("<p>filler filler filler</p>", 1000))
		for sent < 50<<20 {
			if _, err := w.Write(chunk); err != nil {
				return
			}
			sent += int64(len(chunk))
		}
	}
	tests := []struct {
		name string
		cfg  Config
		h    http.HandlerFunc
		msg  string
	}{
		{"content-length", Config{MaxBytes: 1000}, page("text/html", big), "larger than 1000 bytes"},
		{"chunked", Config{MaxBytes: 1 << 10}, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			for range 10 {
				w.Write([]byte(big))
				w.(http.Flusher).Flush()
			}
		}, "larger than 1 KB"},
		{"50 MB", Config{}, fifty, "larger than 5 MB"},
		{"300 KB header", Config{}, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("X-Padding", strings.Repeat("a", 300<<10))
			page("text/html", big)(w, r)
		}, "headers are larger than 256 KB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := serve(t, tt.h)
			_, err := testFetcher(tt.cfg).Fetch(context.Background(), srv.URL)
			checkErr(t, err, ErrTooLarge, tt.msg)
		})
	}
	srv := serve(t, page("text/html", "<article>"+big+"</article>"))
	if _, err := testFetcher(Config{MaxBytes: int64(len(big) + 100)}).Fetch(context.Background(), srv.URL); err != nil {
		t.Errorf("a page under the limit: %v", err)
	}
}

func TestArticleTimeout(t *testing.T) {
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	tests := []struct {
		name string
		h    http.HandlerFunc
	}{
		{"never answers", func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-release:
			}
		}},
		{"stalls in the body", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("<html><body><p>Kamara"))
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
			case <-release:
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := serve(t, tt.h)
			_, err := testFetcher(Config{Timeout: 200 * time.Millisecond}).Fetch(context.Background(), srv.URL)
			checkErr(t, err, ErrUnavailable, "no complete answer within 200ms")
			if !Temporary(err) {
				t.Error("a timeout is not temporary")
			}
		})
	}
}

func TestBadURLs(t *testing.T) {
	tests := []struct{ url, msg string }{
		{"", "empty URL"},
		{"   ", "empty URL"},
		{"kamara.html", "not an absolute http(s) URL"},
		{"ftp://example.com/article.txt", "only http and https URLs can be fetched, not ftp:"},
		{"file:///etc/passwd", "not file:"},
		{"javascript:alert(1)", "not javascript:"},
		{"gopher://example.com", "not gopher:"},
		{"http://", "URL has no host"},
		{"https://exa mple.com/", "spaces or control characters"},
		{"http://%zz/", "malformed URL"},
		{"http://user:secret@example.com/", "user name or password"},
		{"https://example.com/" + strings.Repeat("a", 3000), "longer than 2048"},
	}
	f := New(Config{}, nil)
	for _, tt := range tests {
		_, err := f.Fetch(context.Background(), tt.url)
		if !errors.Is(err, ErrBadURL) || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("Fetch(%.40q) = %v, want bad URL %q", tt.url, err, tt.msg)
		}
		if err != nil && strings.Contains(err.Error(), "secret") {
			t.Errorf("error shows the password: %v", err)
		}
	}
}

func TestArticleChromeInsideArticle(t *testing.T) {
	para := "<p>Juventus have agreed personal terms with Paul Pogba, who will return to Turin on a free transfer when his Manchester United contract expires at the end of June, and the medical is booked for next week.</p>"
	body := `<html><body><div class="page cookies-accepted"><div class="content"><h1>Pogba returns</h1>` +
		`<div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Tweet</a></div>` + para + para +
		`<div class="newsletter-signup">Get the transfer newsletter every morning</div>` + para +
		`<div role="dialog">Subscribe for 1 euro a month</div></div></div></body></html>`
	srv := serve(t, page("text/html", body))
	a, err := testFetcher(Config{}).Article(context.Background(), srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(a.Text, "Juventus have agreed personal terms") != 3 {
		t.Errorf("article paragraphs lost under a wrapper whose class looks like chrome:\n%s", a.Text)
	}
	for _, chrome := range []string{"Facebook", "newsletter every morning", "1 euro"} {
		if strings.Contains(a.Text, chrome) {
			t.Errorf("text keeps %q:\n%s", chrome, a.Text)
		}
	}
	if in := a.Input(); strings.Count(in.Text, "Pogba returns") != 1 {
		t.Errorf("headline not exactly once in %q", in.Text)
	}
}

func TestArticleTooComplex(t *testing.T) {
	body := "<html><body><article><p>" + strings.Repeat("Kamara <b>signs</b> ", maxElements) + "</p></article></body></html>"
	srv := serve(t, page("text/html", body))
	_, err := testFetcher(Config{}).Fetch(context.Background(), srv.URL)
	checkErr(t, err, ErrNoArticle, "too complex")
}
