package knowledge

import (
	"errors"
	"time"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// ErrNotFound is returned when a player, club, article or subscription the
// caller asked for is not in the knowledge base.
var ErrNotFound = errors.New("knowledge: not found")

// ErrClaimed is returned by a claim of a delivery that another run (on
// this replica or another) claimed first: that run sends it, this one
// must not.
var ErrClaimed = errors.New("knowledge: already claimed")

// RejectError is returned by the ingest pipeline for input that is not an article it can
// learn from (empty, binary, too large, no football in it). Nothing is written.
type RejectError struct {
	Reason string // short, user-facing: "empty text", "binary data", ...
}

// Error returns the reason prefixed with the package name.
func (e *RejectError) Error() string { return "knowledge: rejected: " + e.Reason }

// Input is an article to ingest.
type Input struct {
	Text      string     // the article text, optionally starting with the " date YYYY-MM[-DD] " header
	URL       string     // where it came from, if anywhere; the same URL twice is a duplicate
	Title     string     // optional
	Site      string     // optional: the outlet that published it
	Author    string     // optional: the byline, cited when neither an outlet nor the site is known
	Lang      string     // optional hint
	Published facts.Date // optional: overrides the date found in the text
}

// IngestResult says what one Ingest did.
type IngestResult struct {
	ArticleID int64
	Duplicate bool          // the same content (or URL) was already stored; nothing was written
	Facts     facts.Article // what was learned (for a duplicate: what the stored copy holds)
}

// PlayerRef names a player known to the knowledge base.
type PlayerRef struct {
	ID          int64  `json:"-"`
	Name        string `json:"name"`
	CurrentClub string `json:"current_club,omitempty"`
}

// ClubRef names a club known to the knowledge base.
type ClubRef struct {
	ID   int64  `json:"-"`
	Name string `json:"name"`
}

// Profile is what is known of a player across all articles.
type Profile struct {
	PlayerRef
	ContractExpires facts.Date  `json:"contract_expires"`
	Fees            []FeeReport `json:"fees,omitempty"`
}

// Suitor is one club linked with a player, aggregated over every article
// that reports the link.
type Suitor struct {
	Club         string      `json:"club"`
	Stage        facts.Stage `json:"stage"`         // of the most recent report
	Reports      int         `json:"reports"`       // number of articles
	LastReported facts.Date  `json:"last_reported"` // published date of the most recent report
	Source       string      `json:"source"`        // outlet of the most recent report, else the article's site, outlet, author or title
	Fee          *FeeReport  `json:"fee,omitempty"` // the newest fee (not a wage) the club offered or was asked; nil when none
}

// Move is a completed transfer: a player's newest report of a done link
// with a club, the club he left when an article said, and the fee the
// buyer paid when one was reported.
type Move struct {
	Player    string     `json:"player"`
	Club      string     `json:"club"`                // the club he joined
	FromClub  string     `json:"from_club,omitempty"` // the club he left
	Published facts.Date `json:"published"`
	Source    string     `json:"source"`
	Fee       *facts.Fee `json:"fee,omitempty"`
	Ingested  time.Time  `json:"ingested"` // when the report's article was stored
}

// MoveFee is a Move's fee as a store reads it, zero when none.
type MoveFee struct {
	Amount       int64
	Currency     string
	Kind, Status string
}

// Fee returns the fee the buyer club paid, nil when none was reported.
func (f MoveFee) Fee(club string) *facts.Fee {
	if f.Amount <= 0 {
		return nil
	}
	return &facts.Fee{Club: club, Amount: f.Amount, Currency: f.Currency, Kind: facts.FeeKind(f.Kind), Status: facts.FeeStatus(f.Status)}
}

// Report is one link as one article reported it.
type Report struct {
	LinkID    int64       `json:"-"` // increases with every link stored: the digests' watermark
	Player    string      `json:"player"`
	Club      string      `json:"club"`
	Stage     facts.Stage `json:"stage"`
	Sentence  string      `json:"sentence"`
	Published facts.Date  `json:"published"`
	Source    string      `json:"source"`
	URL       string      `json:"url,omitempty"`
	Ingested  time.Time   `json:"ingested"`
	ArticleID int64       `json:"article_id,omitempty"` // the article that reported it
	// Bound is, for an undated report, the day of the newest dated report
	// stored before its article (kept with the article as it is stored):
	// what it counts from at most (CountsFrom); zero when none is or the
	// store did not read it.
	Bound facts.Date `json:"-"`
	// Retracted is the id of the correction that retracted the link; the
	// report is kept (Sources shows it) but no answer counts it. Reports
	// for the follow job carry it for any correction hiding the link.
	Retracted int64 `json:"retracted_by,omitempty"`
	// Fee is the newest fee (not a wage) the club offered or was asked
	// for the player, the one the link's line shows; nil when none was
	// reported or the query does not read it (Timeline, Recent).
	Fee *FeeReport `json:"fee,omitempty"`
}

// SourceCount is how many reports of a player's links name a source, as
// stored ("" for those naming none).
type SourceCount struct {
	Source  string
	Reports int
}

// FeeReport is one fee as one article reported it.
type FeeReport struct {
	facts.Fee
	Published facts.Date `json:"published"`
	Source    string     `json:"source,omitempty"`
	// ArticleID is the article that reported the fee, when the query
	// read it (a link's fee: LinkFeeColumns); 0 otherwise.
	ArticleID int64 `json:"-"`
}

// ClubLinks is what is known of a club: the players it is linked with and
// its own players linked elsewhere, each list possibly only the first of
// all (TargetCount and OutgoingCount count them all).
type ClubLinks struct {
	Club          ClubRef        `json:"club"`
	Targets       []PlayerSuitor `json:"targets"`
	Outgoing      []PlayerSuitor `json:"outgoing"`
	TargetCount   int            `json:"targets_total"`
	OutgoingCount int            `json:"outgoing_total"`
}

// PlayerSuitor is a Suitor together with the player it is linked with.
type PlayerSuitor struct {
	Player   string `json:"player"`
	PlayerID int64  `json:"-"`
	Suitor
}

// Expiring is a player whose contract ends in a given window.
type Expiring struct {
	Player  string     `json:"player"`
	Club    string     `json:"club,omitempty"`
	Expires facts.Date `json:"contract_expires"`
}

// SubKind is what a subscription delivers.
type SubKind string

// The subscription kinds.
const (
	SubDigest    SubKind = "digest"
	SubReminders SubKind = "reminders"
	// SubFollow alerts a chat within a minute of news of a player or club
	// (a new link, a stage change, a completed move); its watermark starts
	// at the links known when it is made.
	SubFollow SubKind = "follow"
)

// FilterKind says what a subscription is about.
type FilterKind string

// The subscription filters.
const (
	FilterAll    FilterKind = "all"
	FilterPlayer FilterKind = "player"
	FilterClub   FilterKind = "club"
)

// Subscription is a chat's wish to receive a job's messages.
type Subscription struct {
	ID         int64      `json:"id"`
	Platform   string     `json:"platform"` // "telegram", "discord", "console"
	Chat       string     `json:"chat"`     // the platform's chat or channel id
	Kind       SubKind    `json:"kind"`
	Filter     FilterKind `json:"filter"`
	FilterID   int64      `json:"-"`                     // player or club id; 0 for FilterAll
	FilterName string     `json:"filter_name,omitempty"` // player or club name
	Lang       string     `json:"lang,omitempty"`        // of the messages: the language /subscribe was asked in; "" English
	Watermark  int64      `json:"-"`                     // digest: the last LinkID delivered; 0 before the first digest
	At         string     `json:"at,omitempty"`          // digest: "15:04" in the jobs' time zone it comes at; "" on the digest's schedule
	Created    time.Time  `json:"created"`
}

// Stats counts what the knowledge base holds.
type Stats struct {
	Articles, Players, Clubs, Links, Fees, Subscriptions int
	Corrections                                          int       // in force
	Forgotten                                            int       // articles forgotten (by an admin) so far
	NewestArticle                                        int64     // id of the last article stored; 0 when none
	NewestIngested                                       time.Time // when it was stored
}

// FeedState is what the last successful poll of a news feed left: the
// validators for a conditional GET, and when it happened.
type FeedState struct {
	ETag         string
	LastModified string
	Checked      time.Time // zero if never recorded
}

// LinkChange is a month in which the stage of a player's link with a
// club changed (or was first reported): the stage and source of its last
// report of the month, and the date key and id of its first, which order
// the clubs within the month.
type LinkChange struct {
	Month    facts.Date // the month, the year alone, or zero for the undated reports
	Club     string
	Stage    facts.Stage
	Source   string
	FirstKey int64
	FirstID  int64
}

// LinkKey names a (player, club) link.
type LinkKey struct{ PlayerID, ClubID int64 }

// LinkHead is a link as the suitors aggregate keeps it, without reading
// its reports: the day its newest report counts from (CountsKey), the
// names of its player and club and the sources its reports name. /hot
// bounds a link's heat by it.
type LinkHead struct {
	LinkKey
	CountsKey    int64
	Player, Club string
	Sources      []string // as stored, each once ("" for the reports naming none); shared, not to be changed
}

// First reports whether h is the zero LinkHead: paging heads from the
// first.
func (h LinkHead) First() bool { return h.LinkKey == (LinkKey{}) && h.CountsKey == 0 }
