package ingest_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/ingest"
	"github.com/mercato-bot/mercato/knowledge/storetest"
)

// Check rejects, without a database, what Ingest would reject as not an
// article.
func TestCheck(t *testing.T) {
	fx := storetest.Extractor{"Kamara to Milan": facts.Article{Players: []facts.Player{{Name: "Boubacar Kamara",
		Suitors: []facts.Suitor{{Club: "AC Milan", Stage: facts.StageTalks}}}}}}
	tests := []struct {
		name, text string
		x          ingest.ExtractFunc
		reason     string // "" when accepted
	}{
		{"empty", " \n ", fx.Extract, "empty text"},
		{"binary", "PNG\x00\x01", fx.Extract, "binary data"},
		{"too large", strings.Repeat("a", knowledge.MaxArticleBytes+1), fx.Extract, "too large"},
		{"no football", "The weather is mild.", fx.Extract, "no football"},
		{"no extractor", "The weather is mild.", nil, ""},
		{"an article", "Kamara to Milan", fx.Extract, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ingest.Check(knowledge.Input{Text: tt.text}, tt.x)
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
