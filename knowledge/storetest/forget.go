package storetest

import (
	"context"
	"errors"
	"strconv"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// testForget: forgetting an article removes the links only it reported
// (AC Milan, and Koundé with his only article) and keeps those another
// article reports (Atlético, one report fewer); the same text ingested
// again is a new article.
func (ts suite) testForget(t *testing.T) {
	a := KamaraArticle("2022-03-24", "Atlético Madrid", facts.StageAdvanced)
	b := KamaraArticle("2021-11", "AC Milan", facts.StageTalks)
	b.Players[0].Suitors = append(b.Players[0].Suitors, facts.Suitor{Club: "Atlético Madrid", Stage: facts.StageInterest})
	b.Players = append(b.Players, facts.Player{Name: "Jules Koundé", CurrentClub: "Sevilla",
		Suitors: []facts.Suitor{{Club: "Chelsea", Stage: facts.StageInterest}}})
	fx := Extractor{"a": a, "b": b}
	s := ts.openTest(t, fx)
	ctx := context.Background()
	MustIngest(t, s, knowledge.Input{Text: "a"})
	rb := MustIngest(t, s, knowledge.Input{Text: "b", URL: "https://example.org/b"})
	if _, err := s.FindArticle(ctx, "1"); errors.Is(err, errors.ErrUnsupported) {
		t.Skip(err)
	}
	for _, q := range []string{strconv.FormatInt(rb.ArticleID, 10), "https://example.org/b"} {
		if id, err := s.FindArticle(ctx, q); err != nil || id != rb.ArticleID {
			t.Errorf("FindArticle(%q) = %d, %v; want %d", q, id, err, rb.ArticleID)
		}
	}
	for _, q := range []string{"999", "https://example.org/none", ""} {
		if _, err := s.FindArticle(ctx, q); !errors.Is(err, knowledge.ErrNotFound) {
			t.Errorf("FindArticle(%q) = %v, want ErrNotFound", q, err)
		}
	}
	checkSourceCounts(t, s, "ingested", OnePlayer(t, s, "Kamara")) // two of Atlético's reports, GOAL's, dated
	got, err := s.Forget(ctx, rb.ArticleID)
	if err != nil || got != (knowledge.Forgotten{Links: 3, Players: 1}) {
		t.Fatalf("Forget = %+v, %v; want 3 links and 1 player removed", got, err)
	}
	k := OnePlayer(t, s, "Kamara")
	su, err := s.Suitors(ctx, k.ID)
	if err != nil || suitorLine(su) != "Atlético Madrid advanced 1" {
		t.Errorf("suitors after forgetting = %q, %v; want Atlético Madrid alone, one report", suitorLine(su), err)
	}
	checkSourceCounts(t, s, "forgotten", k)
	if ps, err := s.FindPlayers(ctx, "Koundé"); err != nil || len(ps) != 0 {
		t.Errorf("FindPlayers(Koundé) = %v, %v; want nobody", ps, err)
	}
	if st := Stats(t, s); st.Articles != 1 || st.Links != 1 || st.Players != 1 || st.Fees != 0 || st.Forgotten != 1 {
		t.Errorf("stats %+v; want 1 article, 1 link, 1 player, 1 article forgotten", st)
	}
	if _, err := s.Forget(ctx, rb.ArticleID); !errors.Is(err, knowledge.ErrNotFound) {
		t.Errorf("Forget again = %v, want ErrNotFound", err)
	}
	again := MustIngest(t, s, knowledge.Input{Text: "b", URL: "https://example.org/b"})
	if again.Duplicate || len(again.Facts.Players) != 2 {
		t.Errorf("ingesting the forgotten text again = %+v; want a new article", again)
	}
}
