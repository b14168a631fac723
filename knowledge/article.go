package knowledge

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strings"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// MaxArticleBytes is the largest article text the knowledge base accepts.
const MaxArticleBytes = 1 << 20

// MaxArticlePlayers and MaxArticleLinks bound what one article may add,
// so that writing it holds the database's write lock briefly: no real
// article names more than a few dozen players, a hostile page can name
// thousands. A denser article is refused.
const (
	MaxArticlePlayers = 200
	MaxArticleLinks   = 1000 // links and fees, all players together
)

// MaxQueryRunes bounds a name query: no player or club name is longer.
const MaxQueryRunes = 100

// Article is an article ready to be stored, as the ingest pipeline hands
// it to a store: the text and where it came from, and the facts read in
// it, tidied (names trimmed and clipped, no unnamed player or club, one
// link per club, no empty fee). A store writes it as it is.
type Article struct {
	// ID, when not 0, is the stored article these facts were read from
	// again (re-extraction): Write replaces its facts, keeps its text and
	// where it came from, and counts what changed in Stored.Changes.
	ID     int64
	Text   string // as given; its ContentHash identifies the article
	URL    string // where it came from, if anywhere
	Site   string // the outlet that published it, if known
	Author string // the byline, if known
	Source string // what a link naming no source of its own cites
	Facts  facts.Article
	// Extractor is the version of the extractor that read Facts
	// (extract.Version); articles read by another are stale.
	Extractor string
}

// Stored says what a store did with one Article.
type Stored struct {
	ArticleID int64
	Duplicate bool    // the same content or URL was stored already: nothing was written
	Changes   Changes // for an Article with an ID: what its new facts changed
	// Facts, when not nil, is what was stored of a new article, as
	// Writer.ArticleFacts reads it back after the write: a store that
	// knows it saves the pipeline that read.
	Facts *facts.Article
}

// Changes counts what re-extracting articles changed in the answers.
type Changes struct {
	Articles     int // articles read again
	LinksAdded   int // a club linked with a player that the article did not link before
	LinksRemoved int // a link the article no longer reports
	LinksChanged int // a link whose stage changed
	CurrentClubs int // players whose current club changed
	Contracts    int // players whose contract expiry changed
}

// LinkChanges counts the links added, removed and changed in stage from
// before to after, each a stage by (player, club) key: what re-extracting
// one article did to its links, for every store.
func LinkChanges[K comparable](before, after map[K]string) Changes {
	var ch Changes
	for k, stage := range after {
		old, ok := before[k]
		switch {
		case !ok:
			ch.LinksAdded++
		case old != stage:
			ch.LinksChanged++
		}
	}
	for k := range before {
		if _, ok := after[k]; !ok {
			ch.LinksRemoved++
		}
	}
	return ch
}

// Add adds the counts of o to c.
func (c *Changes) Add(o Changes) {
	c.Articles += o.Articles
	c.LinksAdded += o.LinksAdded
	c.LinksRemoved += o.LinksRemoved
	c.LinksChanged += o.LinksChanged
	c.CurrentClubs += o.CurrentClubs
	c.Contracts += o.Contracts
}

// StoredArticle is a stored article's text and where it came from, as
// re-extraction reads it again.
type StoredArticle struct {
	ID        int64
	Text      string
	URL       string
	Title     string
	Site      string
	Author    string
	Lang      string
	Published facts.Date
}

// ContentHash identifies an article's text whatever its line endings and
// surrounding space: two articles with the same hash are duplicates.
func ContentHash(text string) string {
	text = strings.TrimSpace(strings.ReplaceAll(text, "\r\n", "\n"))
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// FactsHash identifies what a store writes of an article besides its text
// and origin: its facts and the source its links cite. Re-extraction that
// reads the same facts again has nothing to rewrite.
func (a Article) FactsHash() string {
	b, err := json.Marshal(struct {
		Source string
		Facts  facts.Article
	}{a.Source, a.Facts})
	if err != nil {
		return "" // facts hold no value JSON cannot encode; "" matches no stored hash
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:16])
}
