package web

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/text"
)

// minArticleWords is the fewest words a page's main text must have to be
// an article.
const minArticleWords = 20

// maxElements bounds the HTML elements handed to readability, whose work
// grows faster than the page.
const maxElements = 60000

// Article is the readable part of a web page.
type Article struct {
	URL       string    // the normalized URL asked for (not the one redirected to)
	Title     string    // the headline
	Author    string    // the byline, if any
	Site      string    // the outlet's name, else the host name
	Lang      string    // ISO 639-1 code from the page, if it says
	Published time.Time // zero when the page does not say
	Text      string    // the main text: paragraphs separated by blank lines
}

// Input returns the article as knowledge.Store.Ingest takes it: the
// headline as the first paragraph of the text.
func (a Article) Input() knowledge.Input {
	text := a.Text
	if a.Title != "" && !strings.HasPrefix(text, a.Title) {
		text = a.Title + "\n\n" + text
	}
	in := knowledge.Input{Text: text, URL: a.URL, Title: a.Title, Site: a.Site, Author: a.Author, Lang: a.Lang}
	if !a.Published.IsZero() {
		in.Published = facts.DateOf(a.Published)
	}
	return in
}

// Fetch fetches the page at rawURL and returns its article ready to ingest.
// It is the bot.Fetcher behind /ingest and `mercato ingest URL`.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (knowledge.Input, error) {
	a, err := f.Article(ctx, rawURL)
	if err != nil {
		return knowledge.Input{}, err
	}
	return a.Input(), nil
}

// Article fetches the page at rawURL (HTML or plain text) and extracts its
// article: the main text without menus, banners, related lists and
// footers, and its metadata.
func (f *Fetcher) Article(ctx context.Context, rawURL string) (Article, error) {
	u, err := parseURL(rawURL)
	if err != nil {
		return Article{}, err
	}
	resp, err := f.get(ctx, u, "text/html,application/xhtml+xml,text/plain;q=0.8", isPage, Validators{})
	if err != nil {
		return Article{}, err
	}
	a, err := extract(resp.Body, resp.ContentType, resp.URL)
	if err != nil {
		return Article{}, &Error{URL: shortURL(u.String()), Kind: ErrNoArticle, Detail: err.Error()}
	}
	a.URL = u.String()
	f.log.Debug("web: article", "url", a.URL, "title", a.Title, "words", len(strings.Fields(a.Text)))
	return a, nil
}

var errNoText = errors.New("no article text found on the page")

// isPage accepts the media types of articles.
func isPage(media string) bool {
	switch media {
	case "text/html", "application/xhtml+xml", "text/plain":
		return true
	}
	return false
}

// extract reads the article of a page: body in the charset that ctype or
// the page itself declares, at pageURL.
func extract(body []byte, ctype string, pageURL *url.URL) (Article, error) {
	if len(bytes.TrimSpace(body)) == 0 {
		return Article{}, errNoText
	}
	r, err := charset.NewReader(bytes.NewReader(body), ctype)
	if err != nil {
		return Article{}, errors.New("unknown character set")
	}
	a := Article{Site: siteOf(pageURL)}
	if mediaType(ctype) == "text/plain" {
		text, err := io.ReadAll(r)
		if err != nil {
			return Article{}, errors.New("unreadable text")
		}
		a.Text = cleanText(string(text))
	} else {
		if err := a.readHTML(r, pageURL); err != nil {
			return Article{}, err
		}
	}
	if len(strings.Fields(a.Text)) < minArticleWords {
		return Article{}, errNoText
	}
	return a, nil
}

// readHTML fills a from an HTML page with readability.
func (a *Article) readHTML(r io.Reader, pageURL *url.URL) error {
	doc, err := html.Parse(r)
	if err != nil {
		return errors.New("unreadable HTML")
	}
	if countElements(doc) > maxElements {
		return errors.New("page too complex to read")
	}
	removeChrome(doc)
	parser := readability.NewParser()
	parser.MaxElemsToParse = maxElements
	art, err := parser.ParseAndMutate(doc, pageURL)
	if err != nil {
		return errors.New("page too complex to read")
	}
	if art.Node == nil {
		return errNoText
	}
	var body strings.Builder
	if err := art.RenderText(&body); err != nil {
		return errNoText
	}
	a.Text = cleanText(body.String())
	a.Title = oneLine(art.Title())
	a.Author = oneLine(art.Byline())
	if site := oneLine(art.SiteName()); site != "" {
		a.Site = site
	}
	a.Lang = text.LangCode(art.Language())
	if t, err := art.PublishedTime(); err == nil && t.Year() > 1900 && t.Year() < 2200 {
		a.Published = t
	}
	return nil
}

// cleanText trims every line, drops control characters and keeps at most
// one blank line between paragraphs.
func cleanText(s string) string {
	s = strings.ToValidUTF8(s, "")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case r == '\u00a0':
			return ' '
		case unicode.IsControl(r), r == utf8.RuneError, r == '\ufeff':
			return -1
		}
		return r
	}, s)
	var b strings.Builder
	blank := false
	for line := range strings.Lines(s) {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
			if blank {
				b.WriteByte('\n')
			}
		}
		blank = false
		b.WriteString(line)
	}
	return b.String()
}

// oneLine collapses whitespace and cuts s to 300 characters.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(cleanText(s)), " ")
	if r := []rune(s); len(r) > 300 {
		s = string(r[:300])
	}
	return s
}

// siteOf is the host of u without "www.".
func siteOf(u *url.URL) string {
	if u == nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}
