// Package extract reads transfer facts out of article text in English,
// French, Spanish, Italian and German.
package extract

import "github.com/mercato-bot/mercato/knowledge/facts"

// Hints are what the caller knows of an article beyond its text.
type Hints struct {
	Lang      string     // language, when known (e.g. from a web page)
	Published facts.Date // publication date, when known; overrides the text
	Title     string
}

// Extractor extracts facts. It is safe for concurrent use.
type Extractor struct{}

// New returns an Extractor with the built-in lexicons and club table.
func New() *Extractor { return &Extractor{} }

// Extract reads the facts of one article. It never fails and never panics:
// text with no football in it gives an Article with no players.
func (x *Extractor) Extract(text string, h Hints) facts.Article {
	return facts.Article{Lang: h.Lang, Published: h.Published}
}
