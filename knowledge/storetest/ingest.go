package storetest

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

func (ts suite) testIngestRejects(t *testing.T) {
	football := "Kamara joins Atlético."
	s := ts.openTest(t, Extractor{football: KamaraArticle("2022-03-24", "Atlético Madrid", facts.StageDone)})
	for _, tc := range []struct {
		name, text, reason string
	}{
		{"empty", "", "empty"},
		{"blank", " \n\t \r\n", "empty"},
		{"nul byte", "Kamara\x00joins", "binary"},
		{"invalid utf-8", "Kamara \xff\xfe joins", "binary"},
		{"too large", football + strings.Repeat(" ", knowledge.MaxArticleBytes), "too large"},
		{"no football", "The weather in Paris is mild today.", "no football"},
		{"long URL", football + " ", "URL"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := knowledge.Input{Text: tc.text}
			if tc.reason == "URL" {
				in.URL = "https://example.org/" + strings.Repeat("a", 3000)
			}
			_, err := s.Ingest(context.Background(), in)
			var rej *knowledge.RejectError
			if !errors.As(err, &rej) {
				t.Fatalf("Ingest: %v, want a *RejectError", err)
			}
			if !strings.Contains(rej.Reason, tc.reason) {
				t.Errorf("reason %q, want it to say %q", rej.Reason, tc.reason)
			}
			if st := Stats(t, s); st != (knowledge.Stats{}) {
				t.Errorf("a rejected article wrote %+v", st)
			}
		})
	}
}

func (ts suite) testIngestDuplicates(t *testing.T) {
	text := "Atlético lead the race for Kamara.\n"
	other := "Milan want Kamara."
	s := ts.openTest(t, Extractor{
		text:  KamaraArticle("2022-03-24", "Atlético Madrid", facts.StageAdvanced),
		other: KamaraArticle("2021-11", "AC Milan", facts.StageTalks),
	})
	first := MustIngest(t, s, knowledge.Input{Text: text, URL: "https://example.org/a"})
	if first.Duplicate || first.ArticleID == 0 {
		t.Fatalf("first ingest: %+v", first)
	}
	for _, tc := range []struct {
		name string
		in   knowledge.Input
	}{
		{"same text", knowledge.Input{Text: text}},
		{"same text, other line endings and spaces", knowledge.Input{Text: "  " + strings.ReplaceAll(text, "\n", "\r\n")}},
		{"same URL, other text", knowledge.Input{Text: other, URL: "https://example.org/a"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := MustIngest(t, s, tc.in)
			if !res.Duplicate || res.ArticleID != first.ArticleID {
				t.Fatalf("got %+v, want a duplicate of article %d", res, first.ArticleID)
			}
			if len(res.Facts.Players) != 1 || res.Facts.Players[0].Suitors[0].Club != "Atlético Madrid" {
				t.Errorf("duplicate's facts %+v, want the stored article's", res.Facts)
			}
			if st := Stats(t, s); st.Articles != 1 || st.Links != 1 {
				t.Errorf("stats %+v after a duplicate, want 1 article and 1 link", st)
			}
		})
	}
	if has, err := s.HasURL(context.Background(), "https://example.org/a"); err != nil || !has {
		t.Errorf("HasURL(stored) = %v, %v", has, err)
	}
	if has, err := s.HasURL(context.Background(), "https://example.org/b"); err != nil || has {
		t.Errorf("HasURL(other) = %v, %v", has, err)
	}
}
