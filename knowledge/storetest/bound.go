package storetest

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/ingest"
)

// testBoundKeptRight: an undated article counts from the newest dated
// report stored before it (its bound), which re-extraction and forgetting
// an article before it move; every answer follows: the bound Timeline
// reads, and the newest report, hence the stage, of the suitors
// aggregate.
func (ts suite) testBoundKeptRight(t *testing.T) {
	texts := []string{"old", "new", "undated"}
	v1 := Extractor{
		texts[0]: KamaraArticle("2021-07", "AC Milan", facts.StageAdvanced),
		texts[1]: KamaraArticle("2022-03-24", "Chelsea", facts.StageInterest),
		texts[2]: KamaraArticle("", "AC Milan", facts.StageInterest),
	}
	none := KamaraArticle("2022-03-24", "Chelsea", facts.StageInterest)
	none.Players[0].Suitors = nil
	v2 := Extractor{texts[0]: v1[texts[0]], texts[1]: none, texts[2]: v1[texts[2]]}
	s := ts.open(t, DefaultConfig())
	ctx := context.Background()
	var ids []int64
	for _, text := range texts {
		ids = append(ids, MustIngest(t, ingest.NewVersioned(s, v1.Extract, "v1"), knowledge.Input{Text: text}).ArticleID)
	}
	if _, err := s.CountStale(ctx, "v1"); errors.Is(err, errors.ErrUnsupported) {
		t.Skip(err)
	}
	k := OnePlayer(t, s, "Boubacar Kamara")
	check := func(when, bound, milan string) {
		t.Helper()
		tl, err := s.Timeline(ctx, k.ID, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, r := range tl {
			if r.ArticleID == ids[2] {
				got = r.Bound.String()
			}
		}
		if got != bound {
			t.Errorf("%s: the undated report's bound %q, want %q", when, got, bound)
		}
		su, err := s.Suitors(ctx, k.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range su {
			if x.Club == "AC Milan" {
				if line := fmt.Sprintf("%s %s", x.Stage, x.LastReported); line != milan {
					t.Errorf("%s: AC Milan %s, want %s", when, line, milan)
				}
			}
		}
		checkSourceCounts(t, s, when, k)
	}
	// It counts from the Chelsea report's day: newer than Milan's advanced.
	check("ingested", "2022-03-24", "interest ")
	// Read again without its link, the Chelsea article no longer bounds
	// it: the Milan report of its day, dated, is newer.
	if _, err := ingest.NewVersioned(s, v2.Extract, "v2").Reextract(ctx, s, ingest.ReextractOptions{}); err != nil {
		t.Fatal(err)
	}
	check("re-extracted", "2021-07-01", "advanced 2021-07")
	// With that report forgotten, no dated report is stored before it: it
	// counts from its ingestion.
	if _, err := s.Forget(ctx, ids[0]); err != nil {
		t.Fatal(err)
	}
	check("forgotten", "", "interest ")
}
