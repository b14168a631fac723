package sqlite

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/extract"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/ingest"
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

// testStore is a Store with the ingest pipeline in front of it, as
// mercato uses it.
type testStore struct {
	*Store
	*ingest.Pipeline
}

// realExtract is the real extractor, built once for the tests that use it.
var realExtract = sync.OnceValue(func() ingest.ExtractFunc { return extract.New().Extract })

// openWith opens the store at path with opts, learning through x (the
// real extractor when nil).
func openWith(ctx context.Context, path string, x ingest.ExtractFunc, opts Options) (*testStore, error) {
	s, err := OpenWith(ctx, path, opts)
	if err != nil {
		return nil, err
	}
	if x == nil {
		x = realExtract()
	}
	return &testStore{Store: s, Pipeline: ingest.New(s, x)}, nil
}

var testNow = time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)

// openTest opens a store in a temporary directory over fake extraction.
func openTest(t *testing.T, fx fakeExtractor) *testStore {
	t.Helper()
	s, err := openWith(context.Background(), filepath.Join(t.TempDir(), "test.db"), fx.extract, Options{
		Now: func() time.Time { return testNow },
		Clubs: func(name string) (string, string, []string, bool) {
			if knowledge.Fold(name) == "atletico madrid" || knowledge.Fold(name) == "atleti" {
				return "Atlético Madrid", "Spain", []string{"Atleti", "Colchoneros", "Atletico de Madrid"}, true
			}
			return "", "", nil, false
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func date(t *testing.T, s string) facts.Date {
	t.Helper()
	d, err := facts.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func mustIngest(t *testing.T, s *testStore, in knowledge.Input) knowledge.IngestResult {
	t.Helper()
	res, err := s.Ingest(context.Background(), in)
	if err != nil {
		t.Fatalf("ingest %.30q: %v", in.Text, err)
	}
	return res
}

func stats(t *testing.T, s *testStore) knowledge.Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestOpenMigratesAndSetsPragmas(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	for range 2 { // the second open finds the schema up to date
		s, err := openWith(ctx, path, nil, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for pragma, want := range map[string]string{
			"user_version": fmt.Sprint(len(migrations)), "journal_mode": "wal", "foreign_keys": "1", "busy_timeout": "5000",
		} {
			var got string
			if err := s.db.QueryRowContext(ctx, "PRAGMA "+pragma).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Errorf("PRAGMA %s = %s, want %s", pragma, got, want)
			}
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	s, err := openWith(ctx, path, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, "PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := openWith(ctx, path, nil, Options{}); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Fatalf("Open of a newer schema: %v, want an error saying so", err)
	}
}

func TestIngestRejects(t *testing.T) {
	football := "Kamara joins Atlético."
	s := openTest(t, fakeExtractor{football: kamaraArticle("2022-03-24", "Atlético Madrid", facts.StageDone)})
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
			if st := stats(t, s); st != (knowledge.Stats{}) {
				t.Errorf("a rejected article wrote %+v", st)
			}
		})
	}
}

func kamaraArticle(published, club string, stage facts.Stage) facts.Article {
	return facts.Article{
		Lang: "en", Published: mustDate(published), Outlets: []string{"GOAL"},
		Players: []facts.Player{{
			Name: "Boubacar Kamara", CurrentClub: "Marseille", ContractExpires: mustDate("2022-06"),
			Suitors: []facts.Suitor{{Club: club, Stage: stage, Sentence: club + " want Kamara."}},
		}},
	}
}

func mustDate(s string) facts.Date {
	d, err := facts.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestIngestDuplicates(t *testing.T) {
	text := "Atlético lead the race for Kamara.\n"
	other := "Milan want Kamara."
	s := openTest(t, fakeExtractor{
		text:  kamaraArticle("2022-03-24", "Atlético Madrid", facts.StageAdvanced),
		other: kamaraArticle("2021-11", "AC Milan", facts.StageTalks),
	})
	first := mustIngest(t, s, knowledge.Input{Text: text, URL: "https://example.org/a"})
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
			res := mustIngest(t, s, tc.in)
			if !res.Duplicate || res.ArticleID != first.ArticleID {
				t.Fatalf("got %+v, want a duplicate of article %d", res, first.ArticleID)
			}
			if len(res.Facts.Players) != 1 || res.Facts.Players[0].Suitors[0].Club != "Atlético Madrid" {
				t.Errorf("duplicate's facts %+v, want the stored article's", res.Facts)
			}
			if st := stats(t, s); st.Articles != 1 || st.Links != 1 {
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

func TestIngestIsAtomic(t *testing.T) {
	text := "Two players."
	art := kamaraArticle("2022-03-24", "Atlético Madrid", facts.StageAdvanced)
	art.Players = append(art.Players, facts.Player{Name: "Pablo Longoria", CurrentClub: "Marseille"})
	s := openTest(t, fakeExtractor{text: art})
	s.failAt = "player" // after the first player's facts are written
	if _, err := s.Ingest(context.Background(), knowledge.Input{Text: text}); err == nil {
		t.Fatal("Ingest with a failure midway succeeded")
	}
	if st := stats(t, s); st != (knowledge.Stats{}) {
		t.Fatalf("a failed ingest left %+v", st)
	}
	s.failAt = ""
	res := mustIngest(t, s, knowledge.Input{Text: text})
	if res.Duplicate {
		t.Fatal("the failed article was remembered as stored")
	}
	if st := stats(t, s); st.Articles != 1 || st.Players != 2 || st.Links != 1 {
		t.Fatalf("stats %+v, want 1 article, 2 players, 1 link", st)
	}
}

func TestIngestKeepsDatesAsWritten(t *testing.T) {
	texts := map[string]string{"day": "2021-03-04", "month": "2021-07", "year": "2021", "unknown": ""}
	fx := fakeExtractor{}
	for text, d := range texts {
		fx[text] = kamaraArticle(d, "Chelsea", facts.StageInterest)
	}
	s := openTest(t, fx)
	for text, want := range texts {
		res := mustIngest(t, s, knowledge.Input{Text: text})
		var published, ingested string
		if err := s.db.QueryRow(`SELECT published, ingested_at FROM articles WHERE id = ?`, res.ArticleID).
			Scan(&published, &ingested); err != nil {
			t.Fatal(err)
		}
		if published != want {
			t.Errorf("%s: published %q, want %q", text, published, want)
		}
		if ingested != testNow.Format(time.RFC3339Nano) {
			t.Errorf("%s: ingested_at %q", text, ingested)
		}
	}
	// A date given by the caller overrides the text's.
	fx["given"] = kamaraArticle("2020-01-01", "Chelsea", facts.StageInterest)
	res := mustIngest(t, s, knowledge.Input{Text: "given", Published: date(t, "2023-09")})
	if res.Facts.Published.String() != "2023-09" {
		t.Errorf("caller's date not kept: %v", res.Facts.Published)
	}
}

// A report with no outlet of its own cites the article's site, else the
// first outlet the article cites, else its author, else its title; the
// author is stored with the article.
func TestReportSourceFallback(t *testing.T) {
	tests := []struct {
		name        string
		in          knowledge.Input
		outlets     []string
		linkSource  string
		want        string
		wantAuthors string
	}{
		{"site first", knowledge.Input{Site: "Foot Mercato", Author: "Jane Reporter", Title: "T"}, []string{"GOAL"}, "", "Foot Mercato", "Jane Reporter"},
		{"outlet before author", knowledge.Input{Author: "Jane Reporter", Title: "T"}, []string{"GOAL"}, "", "GOAL", "Jane Reporter"},
		{"author before title", knowledge.Input{Author: " Jane Reporter ", Title: "Kamara to Atleti"}, nil, "", "Jane Reporter", "Jane Reporter"},
		{"title last", knowledge.Input{Title: "Kamara to Atleti"}, nil, "", "Kamara to Atleti", ""},
		{"the link's own outlet", knowledge.Input{Site: "Foot Mercato", Author: "Jane Reporter"}, nil, "Marca", "Marca", "Jane Reporter"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "article: " + tt.name
			s := openTest(t, fakeExtractor{text: {Lang: "en", Published: mustDate("2022-03-24"), Outlets: tt.outlets,
				Players: []facts.Player{{Name: "Boubacar Kamara", CurrentClub: "Marseille",
					Suitors: []facts.Suitor{{Club: "AC Milan", Stage: facts.StageTalks, Sentence: "Milan talk.", Source: tt.linkSource}}}}}})
			in := tt.in
			in.Text = text
			res := mustIngest(t, s, in)
			ctx := context.Background()
			k := onePlayer(t, s, "Kamara")
			suitors, err := s.Suitors(ctx, k.ID)
			if err != nil || len(suitors) != 1 || suitors[0].Source != tt.want {
				t.Errorf("Suitors = %+v, %v; want source %q", suitors, err, tt.want)
			}
			latest, err := s.Latest(ctx, 5, 0, 0)
			if err != nil || len(latest) != 1 || latest[0].Source != tt.want {
				t.Errorf("Latest = %+v, %v; want source %q", latest, err, tt.want)
			}
			var author string
			if err := s.db.QueryRowContext(ctx, `SELECT author FROM articles WHERE id = ?`, res.ArticleID).Scan(&author); err != nil || author != tt.wantAuthors {
				t.Errorf("stored author %q, %v; want %q", author, err, tt.wantAuthors)
			}
		})
	}
}
