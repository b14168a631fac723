package web

import (
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzExtract feeds arbitrary pages to the article extraction: it must
// never panic, and what it returns must be clean text.
func FuzzExtract(f *testing.F) {
	f.Add([]byte(articlePage), "text/html; charset=utf-8")
	f.Add([]byte("<html><head><meta charset=iso-8859-1></head><body><p>d\xe9fenseur</p></body></html>"), "text/html")
	f.Add([]byte("plain \x00 text\r\n\r\nwith\x92 bytes"), "text/plain; charset=windows-1252")
	f.Add([]byte("<article><p>"+strings.Repeat("word ", 30)+"</p></article>"), "")
	f.Add([]byte("<div class='cookie-banner'><div class='cookie-banner'>"), "text/html; charset=bogus")
	base, _ := url.Parse("https://news.example/article")
	f.Fuzz(func(t *testing.T, body []byte, ctype string) {
		a, err := extract(body, ctype, base)
		if err != nil {
			return
		}
		for _, s := range []string{a.Text, a.Title, a.Author, a.Site} {
			if !utf8.ValidString(s) || strings.ContainsAny(s, "\x00\r") {
				t.Fatalf("unclean text %q", s)
			}
		}
		if len(strings.Fields(a.Text)) < minArticleWords {
			t.Fatalf("short article accepted: %q", a.Text)
		}
		if strings.Contains(a.Text, "\n\n\n") || a.Text != strings.TrimSpace(a.Text) {
			t.Fatalf("blank lines kept: %q", a.Text)
		}
	})
}

// FuzzParseFeed feeds arbitrary bytes to the feed parser: it must never
// panic, and every link it returns must be absolute or empty.
func FuzzParseFeed(f *testing.F) {
	f.Add([]byte(rssFeed))
	f.Add([]byte(atomFeed))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[{"url":"/a"}]}`))
	f.Add([]byte("<rss><channel><item><link>javascript:x</link></item></channel></rss>"))
	f.Fuzz(func(t *testing.T, body []byte) {
		feed, err := ParseFeed(body, "https://news.example/feed")
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("error not one line: %q", err)
			}
			return
		}
		for _, it := range feed.Items {
			if it.Link == "" {
				continue
			}
			if u, err := url.Parse(it.Link); err == nil && !u.IsAbs() {
				t.Fatalf("relative link %q", it.Link)
			}
		}
	})
}
