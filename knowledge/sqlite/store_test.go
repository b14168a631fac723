package sqlite

import (
	"context"
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
	"github.com/mercato-bot/mercato/knowledge/storetest"
)

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

// openTest opens a store in a temporary directory over fake extraction,
// configured as the shared suite's stores are.
func openTest(t *testing.T, fx storetest.Extractor) *testStore {
	t.Helper()
	c := storetest.DefaultConfig()
	s, err := openWith(context.Background(), filepath.Join(t.TempDir(), "test.db"), fx.Extract,
		Options{Now: c.Now, Clubs: c.Clubs})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// TestStore runs the shared behaviour suite against SQLite stores.
func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T, c storetest.Config) knowledge.Store {
		s, err := OpenWith(context.Background(), filepath.Join(t.TempDir(), "suite.db"), Options{Now: c.Now, Clubs: c.Clubs})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	})
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

func TestIngestIsAtomic(t *testing.T) {
	text := "Two players."
	art := storetest.KamaraArticle("2022-03-24", "Atlético Madrid", facts.StageAdvanced)
	art.Players = append(art.Players, facts.Player{Name: "Pablo Longoria", CurrentClub: "Marseille"})
	s := openTest(t, storetest.Extractor{text: art})
	s.failAt = "player" // after the first player's facts are written
	if _, err := s.Ingest(context.Background(), knowledge.Input{Text: text}); err == nil {
		t.Fatal("Ingest with a failure midway succeeded")
	}
	if st := storetest.Stats(t, s); st != (knowledge.Stats{}) {
		t.Fatalf("a failed ingest left %+v", st)
	}
	s.failAt = ""
	res := storetest.MustIngest(t, s, knowledge.Input{Text: text})
	if res.Duplicate {
		t.Fatal("the failed article was remembered as stored")
	}
	if st := storetest.Stats(t, s); st.Articles != 1 || st.Players != 2 || st.Links != 1 {
		t.Fatalf("stats %+v, want 1 article, 2 players, 1 link", st)
	}
}

func TestIngestKeepsDatesAsWritten(t *testing.T) {
	texts := map[string]string{"day": "2021-03-04", "month": "2021-07", "year": "2021", "unknown": ""}
	fx := storetest.Extractor{}
	for text, d := range texts {
		fx[text] = storetest.KamaraArticle(d, "Chelsea", facts.StageInterest)
	}
	s := openTest(t, fx)
	for text, want := range texts {
		res := storetest.MustIngest(t, s, knowledge.Input{Text: text})
		var published, ingested string
		if err := s.db.QueryRow(`SELECT published, ingested_at FROM articles WHERE id = ?`, res.ArticleID).
			Scan(&published, &ingested); err != nil {
			t.Fatal(err)
		}
		if published != want {
			t.Errorf("%s: published %q, want %q", text, published, want)
		}
		if ingested != storetest.Now().Format(time.RFC3339Nano) {
			t.Errorf("%s: ingested_at %q", text, ingested)
		}
	}
	// A date given by the caller overrides the text's.
	fx["given"] = storetest.KamaraArticle("2020-01-01", "Chelsea", facts.StageInterest)
	res := storetest.MustIngest(t, s, knowledge.Input{Text: "given", Published: storetest.Date(t, "2023-09")})
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
			s := openTest(t, storetest.Extractor{text: {Lang: "en", Published: storetest.MustDate("2022-03-24"), Outlets: tt.outlets,
				Players: []facts.Player{{Name: "Boubacar Kamara", CurrentClub: "Marseille",
					Suitors: []facts.Suitor{{Club: "AC Milan", Stage: facts.StageTalks, Sentence: "Milan talk.", Source: tt.linkSource}}}}}})
			in := tt.in
			in.Text = text
			res := storetest.MustIngest(t, s, in)
			ctx := context.Background()
			k := storetest.OnePlayer(t, s, "Kamara")
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
