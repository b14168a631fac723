package knowledge

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// MaxArticleBytes is the largest article text the knowledge base accepts.
const MaxArticleBytes = 1 << 20

// MaxQueryRunes bounds a name query: no player or club name is longer.
const MaxQueryRunes = 100

// Article is an article ready to be stored, as the ingest pipeline hands
// it to a store: the text and where it came from, and the facts read in
// it, tidied (names trimmed and clipped, no unnamed player or club, one
// link per club, no empty fee). A store writes it as it is.
type Article struct {
	Text   string // as given; its ContentHash identifies the article
	URL    string // where it came from, if anywhere
	Site   string // the outlet that published it, if known
	Author string // the byline, if known
	Source string // what a link naming no source of its own cites
	Facts  facts.Article
}

// Stored says what a store did with one Article.
type Stored struct {
	ArticleID int64
	Duplicate bool // the same content or URL was stored already: nothing was written
}

// ContentHash identifies an article's text whatever its line endings and
// surrounding space: two articles with the same hash are duplicates.
func ContentHash(text string) string {
	text = strings.TrimSpace(strings.ReplaceAll(text, "\r\n", "\n"))
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}
