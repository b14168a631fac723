package ingest

import (
	"errors"
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/extract"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// fakeExtractor answers with the facts registered for a text; any other
// text has no football in it.
type fakeExtractor map[string]facts.Article

func (f fakeExtractor) extract(text string, h extract.Hints) facts.Article {
	art, ok := f[text]
	if !ok {
		return facts.Article{Lang: h.Lang, Published: h.Published}
	}
	return art
}

// Check rejects, without a database, what Ingest would reject as not an
// article.
func TestCheck(t *testing.T) {
	fx := fakeExtractor{"Kamara to Milan": facts.Article{Players: []facts.Player{{Name: "Boubacar Kamara",
		Suitors: []facts.Suitor{{Club: "AC Milan", Stage: facts.StageTalks}}}}}}
	tests := []struct {
		name, text string
		x          ExtractFunc
		reason     string // "" when accepted
	}{
		{"empty", " \n ", fx.extract, "empty text"},
		{"binary", "PNG\x00\x01", fx.extract, "binary data"},
		{"too large", strings.Repeat("a", knowledge.MaxArticleBytes+1), fx.extract, "too large"},
		{"no football", "The weather is mild.", fx.extract, "no football"},
		{"no extractor", "The weather is mild.", nil, ""},
		{"an article", "Kamara to Milan", fx.extract, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Check(knowledge.Input{Text: tt.text}, tt.x)
			var rej *knowledge.RejectError
			switch {
			case tt.reason == "" && err != nil:
				t.Errorf("Check = %v, want nil", err)
			case tt.reason != "" && (!errors.As(err, &rej) || !strings.Contains(rej.Reason, tt.reason)):
				t.Errorf("Check = %v, want a rejection saying %q", err, tt.reason)
			}
		})
	}
}
