package web

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/mercato-bot/mercato/knowledge/text"
)

// maxFeedItems bounds the items read from one feed.
const maxFeedItems = 200

// Feed is one fetch of an RSS, Atom or JSON feed.
type Feed struct {
	Title       string
	Lang        string     // ISO 639-1 code the feed declares, if any
	Items       []FeedItem // in feed order; empty when NotModified
	Validators  Validators // to send with the next fetch
	NotModified bool       // the server answered 304: nothing new since the validators given
}

// FeedItem is one entry of a feed.
type FeedItem struct {
	Title     string
	Link      string    // absolute, as the feed gives it; "" when the item has none
	Published time.Time // zero when the feed does not say
}

// Feed fetches the feed at rawURL, conditionally when v holds the
// validators of the previous fetch, and parses it with gofeed.
func (f *Fetcher) Feed(ctx context.Context, rawURL string, v Validators) (Feed, error) {
	u, err := parseURL(rawURL)
	if err != nil {
		return Feed{}, err
	}
	accept := "application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"
	resp, err := f.get(ctx, u, accept, isFeed, v)
	if err != nil {
		return Feed{}, err
	}
	if resp.NotModified {
		return Feed{NotModified: true, Validators: v}, nil
	}
	feed, err := ParseFeed(resp.Body, resp.URL.String())
	if err != nil {
		return Feed{}, &Error{URL: shortURL(u.String()), Kind: ErrUnsupported, Detail: err.Error()}
	}
	feed.Validators = resp.Validators
	return feed, nil
}

// isFeed accepts the media types feeds are served with, often wrongly.
func isFeed(media string) bool {
	switch {
	case strings.HasSuffix(media, "xml"), strings.HasSuffix(media, "json"):
		return true
	case media == "text/plain", media == "text/html":
		return true
	}
	return false
}

// ParseFeed parses an RSS, Atom or JSON feed fetched from base. Item links
// are made absolute against the feed's own link or base.
func ParseFeed(body []byte, base string) (Feed, error) {
	parsed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return Feed{}, errors.New("not an RSS or Atom feed")
		}
		return Feed{}, errors.New("malformed feed: " + firstLine(err.Error()))
	}
	feed := Feed{Title: oneLine(parsed.Title), Lang: text.LangCode(parsed.Language)}
	for i, it := range parsed.Items {
		if i == maxFeedItems {
			break
		}
		if it == nil {
			continue
		}
		item := FeedItem{Title: oneLine(it.Title), Link: absLink(base, itemLink(it))}
		switch {
		case it.PublishedParsed != nil:
			item.Published = *it.PublishedParsed
		case it.UpdatedParsed != nil:
			item.Published = *it.UpdatedParsed
		}
		feed.Items = append(feed.Items, item)
	}
	return feed, nil
}

// itemLink is an item's link, else its GUID when that is a URL.
func itemLink(it *gofeed.Item) string {
	if link := strings.TrimSpace(it.Link); link != "" {
		return link
	}
	for _, l := range it.Links {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	if g := strings.TrimSpace(it.GUID); strings.HasPrefix(g, "http://") || strings.HasPrefix(g, "https://") {
		return g
	}
	return ""
}

// absLink resolves link against base; "" when either is unusable.
func absLink(base, link string) string {
	if link == "" {
		return ""
	}
	b, err := parseURL(base)
	if err != nil {
		return link
	}
	ref, err := b.Parse(link)
	if err != nil {
		return link
	}
	return ref.String()
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return oneLine(s)
}
