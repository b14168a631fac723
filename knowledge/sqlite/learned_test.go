package sqlite

import (
	"context"
	"reflect"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/extract"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/ingest"
)

// Write tells the facts of each new article as ArticleFacts reads them
// back after the write (the pipeline then reads nothing): stored names,
// players by id, a player named twice with all his links, links and fees
// in the order written, outlets sorted once each. The eval articles, read
// by the extractor, and hand-built cases after a duplicate go through one
// Write each batch.
func TestWriteTellsStoredFacts(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, nil)
	var c capture
	p := ingest.New(&c, extract.New().Extract)
	texts := evalTexts(t)
	if len(texts) < 100 {
		t.Fatalf("eval articles: %d", len(texts))
	}
	var ins []knowledge.Input
	for _, text := range texts {
		ins = append(ins, knowledge.Input{Text: text})
	}
	if _, err := p.IngestAll(ctx, ins); err != nil {
		t.Fatal(err)
	}
	kamara := facts.Player{Name: "Boubacar Kamara", CurrentClub: "Marseille",
		Suitors: []facts.Suitor{{Club: "Atletico Madrid", Stage: facts.StageBid, Source: "Marca"}}}
	hand := []knowledge.Article{
		c.arts[0], // a duplicate first
		{Text: "hand 1", Source: "GOAL", Facts: facts.Article{Lang: "en", Title: "T", Outlets: []string{"Sky", "GOAL", "Sky", "AS"},
			Published: facts.Date{Year: 2022, Month: 3},
			Players: []facts.Player{
				{Name: "Zed Zulu", Fees: []facts.Fee{{Amount: 5, Currency: "eur", Kind: facts.FeeBid}, {Club: "Milan", Amount: 7, Currency: "GBP", Kind: facts.FeeAsking}}},
				kamara,
				{Name: "Zed Zulu", CurrentClub: "Chelsea", Suitors: []facts.Suitor{{Club: "Arsenal", Stage: facts.StageTalks}}},
			}}},
		{Text: "hand 2", Facts: facts.Article{Players: []facts.Player{{Name: "KAMARA", ContractExpires: facts.Date{Year: 2025, Month: 6},
			Suitors: []facts.Suitor{{Club: "Atlético Madrid", Stage: facts.StageDone}}}}}},
		{Text: "hand 3"},
	}
	told, untold := 0, 0
	for _, batch := range [][]knowledge.Article{c.arts[:len(c.arts)/2], c.arts[len(c.arts)/2:], hand} {
		stored, err := s.Write(ctx, batch)
		if err != nil {
			t.Fatal(err)
		}
		for i, st := range stored {
			if st.Duplicate {
				continue
			}
			if st.Facts == nil { // it named a player merged into another later in the batch
				untold++
				continue
			}
			told++
			want, err := s.ArticleFacts(ctx, st.ArticleID)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(*st.Facts, want) {
				t.Errorf("article %d (%.40q): Write told\n%#v\nArticleFacts reads\n%#v", st.ArticleID, batch[i].Text, *st.Facts, want)
			}
		}
	}
	t.Logf("told %d, untold %d", told, untold)
	if untold > told/10 {
		t.Errorf("Write told the facts of %d articles, not of %d", told, untold)
	}
}

// A player merged into another in the same Write (a surname-only player
// absorbed by his full name) may be named by an article written before:
// Write tells no facts of that article, and the pipeline reads them back.
// The surname named again later in the Write is the merged player.
func TestWriteTellsNoFactsAfterMerge(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, nil)
	stored, err := s.Write(ctx, []knowledge.Article{
		{Text: "stub", Facts: facts.Article{Players: []facts.Player{{Name: "Kamara",
			Suitors: []facts.Suitor{{Club: "Arsenal", Stage: facts.StageTalks}}}}}},
		{Text: "full", Facts: facts.Article{Players: []facts.Player{{Name: "Boubacar Kamara"}}}},
		{Text: "again", Facts: facts.Article{Players: []facts.Player{{Name: "Kamara"}}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.ArticleFacts(ctx, stored[0].ArticleID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Players) != 1 || got.Players[0].Name != "Boubacar Kamara" {
		t.Fatalf("the stub was not absorbed: %+v", got.Players)
	}
	again, err := s.ArticleFacts(ctx, stored[2].ArticleID)
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Players) != 1 || again.Players[0].Name != "Boubacar Kamara" {
		t.Fatalf("Kamara after the merge, in the same Write: %+v, want Boubacar Kamara", again.Players)
	}
	if stored[0].Facts != nil {
		t.Errorf("Write told %+v of the article naming the player since merged", *stored[0].Facts)
	}
	want, err := s.ArticleFacts(ctx, stored[1].ArticleID)
	if err != nil {
		t.Fatal(err)
	}
	if stored[1].Facts == nil || !reflect.DeepEqual(*stored[1].Facts, want) {
		t.Errorf("Write told %+v of the article naming the full name, want %+v", stored[1].Facts, want)
	}
}
