package ingest

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/extract"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// maxURLBytes is the longest URL an article may come from.
const maxURLBytes = 2048

// Check tells, without any store, whether Ingest would reject in as not
// an article it can learn from: the checks of its text (empty, binary, too
// large) and, when x is not nil, whether x finds a player in it. It
// returns the *knowledge.RejectError Ingest would, so that a caller can
// refuse bad input before creating a knowledge base.
func Check(in knowledge.Input, x ExtractFunc) error {
	if err := validate(in); err != nil {
		return err
	}
	if x == nil {
		return nil
	}
	_, err := finish(x, in)
	return err
}

// validate rejects what is not an article text.
func validate(in knowledge.Input) error {
	switch {
	case len(in.Text) > knowledge.MaxArticleBytes:
		return &knowledge.RejectError{Reason: fmt.Sprintf("too large: %d bytes, the limit is %d", len(in.Text), knowledge.MaxArticleBytes)}
	case strings.IndexByte(in.Text, 0) >= 0 || !utf8.ValidString(in.Text):
		return &knowledge.RejectError{Reason: "binary data, not text"}
	case strings.TrimSpace(in.Text) == "":
		return &knowledge.RejectError{Reason: "empty text"}
	case len(in.URL) > maxURLBytes:
		return &knowledge.RejectError{Reason: "URL too long"}
	}
	return nil
}

// finish reads the facts of in with x and completes them with what the
// caller knew, ready to store; an article with no player in it is
// rejected.
func finish(x ExtractFunc, in knowledge.Input) (knowledge.Article, error) {
	art := tidy(x(in.Text, extract.Hints{Lang: in.Lang, Published: in.Published, Title: in.Title}), in)
	if len(art.Players) == 0 {
		return knowledge.Article{}, &knowledge.RejectError{Reason: "no football in it: no player found"}
	}
	if err := checkDensity(art); err != nil {
		return knowledge.Article{}, err
	}
	return knowledge.Article{
		Text:   in.Text,
		URL:    in.URL,
		Site:   knowledge.Clip(in.Site, maxNameRunes),
		Author: knowledge.Clip(strings.TrimSpace(in.Author), maxNameRunes),
		Source: articleSource(in, art),
		Facts:  art,
	}, nil
}

// checkDensity refuses an article that would add more than
// knowledge.MaxArticlePlayers players or knowledge.MaxArticleLinks links
// and fees: writing it would hold the write lock for long.
func checkDensity(art facts.Article) error {
	links := 0
	for _, p := range art.Players {
		links += len(p.Suitors) + len(p.Fees)
	}
	if n := len(art.Players); n > knowledge.MaxArticlePlayers || links > knowledge.MaxArticleLinks {
		return &knowledge.RejectError{Reason: fmt.Sprintf("too dense: it names %d players with %d links and fees; the limit is %d players and %d links in one article",
			n, links, knowledge.MaxArticlePlayers, knowledge.MaxArticleLinks)}
	}
	return nil
}
