package knowledge

import (
	"context"
	"time"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// Writer is what the ingest pipeline needs of a store: finding an article
// already stored, writing finished articles, and reading back what was
// stored.
type Writer interface {
	// ArticleID returns the id of the stored article with the same
	// content (ContentHash of text) or, when url is not empty, the same
	// URL; ErrNotFound when there is none.
	ArticleID(ctx context.Context, text, url string) (int64, error)
	// Write stores articles in one transaction, in order, and says for
	// each its id and whether it was a duplicate of one stored before (or
	// earlier in arts), which is not written again. On error nothing is
	// written.
	Write(ctx context.Context, arts []Article) ([]Stored, error)
	// ArticleFacts returns the facts stored for an article, under the
	// names they were stored with; ErrNotFound for an unknown id.
	ArticleFacts(ctx context.Context, articleID int64) (facts.Article, error)
}

// Rereader is what re-extraction needs of a store besides Writer: the
// articles read by another extractor than the current one. Their new
// facts go through Writer.Write (Articles with their ID set).
type Rereader interface {
	Writer
	// StaleArticles returns up to n articles, in id order from after+1,
	// whose facts were read by an extractor other than version.
	StaleArticles(ctx context.Context, version string, after int64, n int) ([]StoredArticle, error)
	// CountStale counts the articles awaiting re-extraction: those read
	// by an extractor other than version.
	CountStale(ctx context.Context, version string) (int, error)
	// MarkAllStale marks every article as awaiting re-extraction.
	MarkAllStale(ctx context.Context) error
}

// Forgetter removes articles from a store.
type Forgetter interface {
	// FindArticle returns the id of the article stored from url, or with
	// that id when idOrURL is a number; ErrNotFound when there is none.
	FindArticle(ctx context.Context, idOrURL string) (int64, error)
	// Forget removes an article and every fact that came only from it,
	// in one transaction; ErrNotFound for an unknown id. The same text
	// ingested later is a new article.
	Forget(ctx context.Context, articleID int64) (Forgotten, error)
}

// Forgotten says what forgetting an article removed.
type Forgotten struct {
	Links   int // its reports of a link
	Players int // players no other article named
}

// Store is a knowledge base's storage: what every store (SQLite today)
// implements and the shared behaviour suite (package storetest) checks.
// Its users declare the smaller interfaces they need.
type Store interface {
	Rereader
	Forgetter
	Corrector

	// Empty reports whether no article is stored.
	Empty(ctx context.Context) (bool, error)
	// HasURL reports whether an article from url is stored.
	HasURL(ctx context.Context, url string) (bool, error)
	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)

	// FindPlayers returns the players q names (full name, surname or
	// alias, without case or accents); none is an empty slice.
	FindPlayers(ctx context.Context, q string) ([]PlayerRef, error)
	// ClosestPlayers returns up to n player names closest to q.
	ClosestPlayers(ctx context.Context, q string, n int) ([]string, error)
	// FindClubs returns the clubs q names.
	FindClubs(ctx context.Context, q string) ([]ClubRef, error)
	// Complete returns up to n "player" or "club" names starting with prefix.
	Complete(ctx context.Context, kind, prefix string, n int) ([]string, error)
	// Names returns an in-memory index of the names known now.
	Names(ctx context.Context) (*NameIndex, error)
	// Generation returns a number that changes with every write of
	// facts, by this process or another: answers computed from the facts
	// at one generation may be kept until it changes.
	Generation(ctx context.Context) (int64, error)

	// Profile returns what is known of a player.
	Profile(ctx context.Context, playerID int64) (Profile, error)
	// Suitors returns the clubs linked with a player.
	Suitors(ctx context.Context, playerID int64) ([]Suitor, error)
	// Club returns the players a club is linked with, and its own linked
	// elsewhere: the first n of each (all when n <= 0) and how many in all,
	// of the links whose newest report counts from since's day or later
	// (all when since is zero).
	Club(ctx context.Context, clubID int64, n int, since time.Time) (ClubLinks, error)
	// Latest returns the n most recent reports, of a player and/or club when not 0.
	Latest(ctx context.Context, n int, playerID, clubID int64) ([]Report, error)
	// Moves returns up to n completed moves, newest first (undated
	// last): of a player when playerID is not 0, of a club (which signed
	// or sold him) when clubID is not 0.
	Moves(ctx context.Context, n int, playerID, clubID int64) ([]Move, error)
	// Sources returns every report of a player's link (with one club when not 0).
	Sources(ctx context.Context, playerID, clubID int64) ([]Report, error)
	// SourceCounts counts the reports of a player's links (with one club
	// when not 0) by their source as stored, in no given order.
	SourceCounts(ctx context.Context, playerID, clubID int64) ([]SourceCount, error)
	// SourcePage returns, of the reports Sources returns, those whose
	// source (as stored) is one of sources: up to n after the first
	// offset, in the order of Sources.
	SourcePage(ctx context.Context, playerID, clubID int64, sources []string, offset, n int) ([]Report, error)
	// Expiring returns the players whose contract ends between from and to.
	Expiring(ctx context.Context, from, to facts.Date) ([]Expiring, error)

	// NewestDate returns the date of the newest dated report, the time
	// heat is computed as of; the zero Date when none is dated.
	NewestDate(ctx context.Context) (facts.Date, error)
	// Timeline returns the reports of a player's links but the one with
	// his current club (unless a completed move made it his), oldest first, without sentences and URLs: what
	// heat and the story of his links are computed from. With from not
	// zero, only the reports dated on or after from's day, and the
	// undated ones.
	Timeline(ctx context.Context, playerID int64, from time.Time) ([]Report, error)
	// Recent returns the reports, as Timeline has them from from, of the
	// links with a report counting from since or later (dated on or
	// after its day, or undated and ingested since then), in no given
	// order.
	Recent(ctx context.Context, since, from time.Time) ([]Report, error)
	// HotHeads returns up to n links (after the head after, in its order; the zero LinkHead: from the first) whose
	// newest report has the stage of strength and counts from the day
	// fromKey (a date key) or later, newest first: /hot reads the links
	// that may be hottest first. errors.ErrUnsupported when it cannot
	// answer as Recent would (corrections in force).
	HotHeads(ctx context.Context, strength int, fromKey int64, n int, after LinkHead) ([]LinkHead, error)
	// DoneUndatedSince returns the links with a completed move reported by
	// an undated article ingested since then (errors.ErrUnsupported as
	// HotHeads).
	DoneUndatedSince(ctx context.Context, since time.Time) ([]LinkKey, error)
	// LinkReports returns the reports of links as Recent has them from
	// from.
	LinkReports(ctx context.Context, links []LinkKey, from time.Time) ([]Report, error)
	// HeatReports returns, of the reports Timeline returns of player
	// playerID's links from from (playerID not 0), or of those
	// LinkReports returns of links, a few from which heat computes each
	// link as from all of them: the newest, and the newest of each
	// source, dated or not (every report of a link with an ended one),
	// with the undated report of its latest article; in no order.
	HeatReports(ctx context.Context, playerID int64, links []LinkKey, from time.Time) ([]Report, error)
	// HeatLinks returns what heat computes each of player playerID's
	// links from, of the reports Timeline returns from from, without
	// reading them one by one: its newest report and the sources its
	// reports name (every report of a link one of which ended a
	// pursuit); in no order.
	HeatLinks(ctx context.Context, playerID int64, from time.Time) ([]HeatLink, error)
	// StoryChanges returns the changes of the links of a player that
	// Timeline has the reports of, in the newest months (at most
	// months; all when 0) in which one changed, and how many months
	// had a change in all: what /timeline tells, without reading every
	// report. errors.ErrUnsupported when it cannot (corrections in
	// force for the player).
	StoryChanges(ctx context.Context, playerID int64, months int) ([]LinkChange, int, error)

	// Subscribe stores a subscription (or updates the same one).
	Subscribe(ctx context.Context, sub Subscription) (Subscription, error)
	// Unsubscribe removes a chat's subscriptions of kind (empty: all).
	Unsubscribe(ctx context.Context, platform, chat string, kind SubKind) (int, error)
	// DeleteSubscription removes one subscription.
	DeleteSubscription(ctx context.Context, id int64) error
	// Subscriptions lists a chat's subscriptions (every one when both are empty).
	Subscriptions(ctx context.Context, platform, chat string) ([]Subscription, error)
	// DigestReports returns up to n reports above the subscription's watermark.
	DigestReports(ctx context.Context, sub Subscription, n int) ([]Report, error)
	// FollowReports returns the reports above a follow's watermark about
	// its player or club, at most n, with every earlier report of the same
	// links, in LinkID order.
	FollowReports(ctx context.Context, sub Subscription, n int) ([]Report, error)
	// LastLinkID returns the id of the newest link stored.
	LastLinkID(ctx context.Context) (int64, error)
	// SetWatermark records that a digest subscription has had every link up to linkID.
	SetWatermark(ctx context.Context, subID, linkID int64) error
	// RewindWatermark moves a watermark back from claimed to back, unless it moved on since.
	RewindWatermark(ctx context.Context, subID, claimed, back int64) error
	// ClaimWatermark moves a watermark from from to to, only while it is
	// still from: ErrClaimed when another run moved it first, so that of
	// runs racing for one delivery exactly one claims it.
	ClaimWatermark(ctx context.Context, subID, from, to int64) error
	// ReminderSent reports whether a reminder went out.
	ReminderSent(ctx context.Context, subID int64, player string, days int) (bool, error)
	// MarkReminder records that a reminder went out.
	MarkReminder(ctx context.Context, subID int64, player string, days int) error
	// UnmarkReminder forgets that a reminder went out.
	UnmarkReminder(ctx context.Context, subID int64, player string, days int) error
	// ClaimReminder marks a reminder as gone out, ErrClaimed when it was
	// already: of runs racing for it exactly one claims it.
	ClaimReminder(ctx context.Context, subID int64, player string, days int) error

	// FeedState returns the state of a news feed's last poll; ErrNotFound if none.
	FeedState(ctx context.Context, url string) (FeedState, error)
	// SetFeedState records a successful poll of a news feed.
	SetFeedState(ctx context.Context, url, etag, lastModified string) error

	// Close releases the store.
	Close() error
}

// Ingester learns articles: it reads the facts of an article's text and
// stores them (package ingest's Pipeline).
type Ingester interface {
	Ingest(ctx context.Context, in Input) (IngestResult, error)
}

// Base is a knowledge base ready for use: a Store and the Ingester that
// learns articles into it. Its methods are theirs.
type Base struct {
	Store
	Ingester
}

// ClubLookupFunc finds a club in a club table by any of its names: its
// canonical name, country and aliases. ok is false for an unknown club.
type ClubLookupFunc func(name string) (canonical, country string, aliases []string, ok bool)
