package knowledge

import (
	"github.com/mercato-bot/mercato/knowledge/extract"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// Check tells, without any database, whether Ingest would reject in as not
// an article it can learn from: the checks of its text (empty, binary, too
// large) and, when x is not nil, whether x finds a player in it. It
// returns the *RejectError Ingest would, so that a caller can refuse bad
// input before creating a knowledge base.
func Check(in Input, x ExtractFunc) error {
	if err := validate(in); err != nil {
		return err
	}
	if x == nil {
		return nil
	}
	_, err := extractFacts(x, in)
	return err
}

// extractFacts reads the facts of in with x and completes them with what
// the caller knew; an article with no player in it is rejected.
func extractFacts(x ExtractFunc, in Input) (facts.Article, error) {
	art := tidy(x(in.Text, extract.Hints{Lang: in.Lang, Published: in.Published, Title: in.Title}), in)
	if len(art.Players) == 0 {
		return facts.Article{}, &RejectError{Reason: "no football in it: no player found"}
	}
	return art, nil
}
