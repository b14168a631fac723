package storetest

import (
	"context"
	"errors"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// Write stores hand-built articles, many in one call: each new one gets
// its own id, a repeat of one stored before or earlier in the batch (same
// text, or same URL) is a duplicate and writes nothing, and the facts
// read back as written, a link without a source citing the article's.
func (ts suite) testWrite(t *testing.T) {
	s := ts.open(t, DefaultConfig())
	ctx := context.Background()
	if got, err := s.Write(ctx, nil); err != nil || len(got) != 0 {
		t.Fatalf("Write(nothing) = %v, %v", got, err)
	}
	a := knowledge.Article{Text: "a", URL: "https://example.org/a", Site: "GOAL", Source: "GOAL",
		Facts: KamaraArticle("2022-03-24", "Atlético Madrid", facts.StageAdvanced)}
	b := knowledge.Article{Text: "b", Source: "Marca", Facts: KamaraArticle("2021-11", "AC Milan", facts.StageTalks)}
	sameURL := knowledge.Article{Text: "c", URL: a.URL, Source: "AS", Facts: KamaraArticle("2021-10", "Chelsea", facts.StageBid)}
	got, err := s.Write(ctx, []knowledge.Article{a, b, a, sameURL})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 4 || got[0].Duplicate || got[1].Duplicate || got[0].ArticleID == got[1].ArticleID ||
		got[2] != (knowledge.Stored{ArticleID: got[0].ArticleID, Duplicate: true}) ||
		got[3] != (knowledge.Stored{ArticleID: got[0].ArticleID, Duplicate: true}) {
		t.Fatalf("Write(a, b, a, a's URL) = %+v, want a and b new, then two duplicates of a", got)
	}
	if st := Stats(t, s); st.Articles != 2 || st.Players != 1 || st.Links != 2 {
		t.Errorf("stats %+v, want 2 articles, 1 player, 2 links", st)
	}
	again, err := s.Write(ctx, []knowledge.Article{b})
	if err != nil || len(again) != 1 || again[0] != (knowledge.Stored{ArticleID: got[1].ArticleID, Duplicate: true}) {
		t.Errorf("Write(b) again = %+v, %v; want a duplicate of %d", again, err, got[1].ArticleID)
	}
	if id, err := s.ArticleID(ctx, "b", ""); err != nil || id != got[1].ArticleID {
		t.Errorf("ArticleID(b) = %d, %v; want %d", id, err, got[1].ArticleID)
	}
	if id, err := s.ArticleID(ctx, "other", a.URL); err != nil || id != got[0].ArticleID {
		t.Errorf("ArticleID(a's URL) = %d, %v; want %d", id, err, got[0].ArticleID)
	}
	if _, err := s.ArticleID(ctx, "other", ""); !errors.Is(err, knowledge.ErrNotFound) {
		t.Errorf("ArticleID(unknown) = %v, want ErrNotFound", err)
	}
	art, err := s.ArticleFacts(ctx, got[1].ArticleID)
	if err != nil || len(art.Players) != 1 || len(art.Players[0].Suitors) != 1 ||
		art.Players[0].Suitors[0].Club != "AC Milan" || art.Players[0].Suitors[0].Stage != facts.StageTalks ||
		art.Published.String() != "2021-11" {
		t.Errorf("ArticleFacts(b) = %+v, %v; want Kamara linked with AC Milan (talks), 2021-11", art, err)
	}
	k := OnePlayer(t, s, "Kamara")
	reports, err := s.Sources(ctx, k.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	sources := map[string]string{}
	for _, r := range reports {
		sources[r.Club] = r.Source
	}
	if len(reports) != 2 || sources["Atlético Madrid"] != "GOAL" || sources["AC Milan"] != "Marca" {
		t.Errorf("sources %+v, want GOAL for Atlético Madrid and Marca for AC Milan", reports)
	}
}
