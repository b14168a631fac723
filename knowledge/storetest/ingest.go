package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/ingest"
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

// IngestAll learns a batch: a rejected input leaves the others stored, a
// repeat within the batch or of an article stored before is a duplicate,
// and each result holds the facts as stored.
func (ts suite) testIngestAll(t *testing.T) {
	ctx := context.Background()
	s := ts.openTest(t, Extractor{
		"atleti": KamaraArticle("2022-03-24", "Atlético Madrid", facts.StageAdvanced),
		"milan":  KamaraArticle("2021-11", "AC Milan", facts.StageTalks),
		"stored": KamaraArticle("2021-07", "Monaco", facts.StageInterest),
	})
	stored := MustIngest(t, s, knowledge.Input{Text: "stored"})
	out, err := s.Ingester.(*ingest.Pipeline).IngestAll(ctx, []knowledge.Input{
		{Text: "atleti"}, {Text: "no football here"}, {Text: "milan"}, {Text: "atleti"}, {Text: "stored"}, {Text: ""},
	})
	if err != nil {
		t.Fatal(err)
	}
	var rej *knowledge.RejectError
	switch {
	case len(out) != 6:
		t.Fatalf("%d outcomes for 6 inputs", len(out))
	case out[0].Err != nil || out[0].Result.Duplicate || out[0].Result.Facts.Players[0].Suitors[0].Club != "Atlético Madrid":
		t.Errorf("atleti: %+v", out[0])
	case !errors.As(out[1].Err, &rej) || !strings.Contains(rej.Reason, "no football"):
		t.Errorf("no football: %+v, want a rejection", out[1])
	case out[2].Err != nil || out[2].Result.Duplicate || out[2].Result.ArticleID == out[0].Result.ArticleID:
		t.Errorf("milan: %+v", out[2])
	case out[3].Err != nil || !out[3].Result.Duplicate || out[3].Result.ArticleID != out[0].Result.ArticleID ||
		len(out[3].Result.Facts.Players) != 1:
		t.Errorf("atleti again: %+v, want a duplicate of %d with its facts", out[3], out[0].Result.ArticleID)
	case out[4].Err != nil || !out[4].Result.Duplicate || out[4].Result.ArticleID != stored.ArticleID:
		t.Errorf("stored again: %+v, want a duplicate of %d", out[4], stored.ArticleID)
	case !errors.As(out[5].Err, &rej) || !strings.Contains(rej.Reason, "empty"):
		t.Errorf("empty: %+v, want a rejection", out[5])
	}
	if st := Stats(t, s); st.Articles != 3 || st.Links != 3 {
		t.Errorf("stats %+v, want 3 articles and 3 links", st)
	}
}

// An article naming one player twice (by two of his names) and one club
// twice (by two of its names) is stored once each: its mention and link
// are not written twice, and the batch around it is stored.
func (ts suite) testIngestAllRepeats(t *testing.T) {
	ctx := context.Background()
	twice := KamaraArticle("2022-03-24", "Atlético Madrid", facts.StageAdvanced)
	again := twice.Players[0]
	again.Name = "Kamara"
	again.Suitors = []facts.Suitor{{Club: "Atleti", Stage: facts.StageTalks, Sentence: "Atleti talk."},
		{Club: "Chelsea", Stage: facts.StageInterest, Sentence: "Chelsea too."}}
	twice.Players = append(twice.Players, again)
	twice.Players[0].Suitors = append(twice.Players[0].Suitors,
		facts.Suitor{Club: "Atletico de Madrid", Stage: facts.StageBid, Sentence: "A bid."})
	s := ts.openTest(t, Extractor{
		"milan": KamaraArticle("2021-11", "AC Milan", facts.StageTalks),
		"twice": twice,
		"later": KamaraArticle("2022-04", "Monaco", facts.StageInterest),
	})
	out, err := s.Ingester.(*ingest.Pipeline).IngestAll(ctx, []knowledge.Input{{Text: "milan"}, {Text: "twice"}, {Text: "later"}})
	if err != nil {
		t.Fatal(err)
	}
	for i, o := range out {
		if o.Err != nil || o.Result.ArticleID == 0 {
			t.Errorf("input %d: %+v", i, o)
		}
	}
	k := OnePlayer(t, s, "Boubacar Kamara")
	ss, err := s.Suitors(ctx, k.ID)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, su := range ss {
		got = append(got, fmt.Sprintf("%s %d", su.Club, su.Reports))
	}
	slices.Sort(got)
	if want := []string{"AC Milan 1", "Atlético Madrid 1", "Chelsea 1", "Monaco 1"}; !slices.Equal(got, want) {
		t.Errorf("suitors %q, want %q", got, want)
	}
	if st := Stats(t, s); st.Articles != 3 || st.Links != 4 {
		t.Errorf("stats %+v, want 3 articles and 4 links", st)
	}
}
