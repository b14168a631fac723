package sample_test

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/extract"
	"github.com/mercato-bot/mercato/knowledge/ingest"
	"github.com/mercato-bot/mercato/knowledge/sample"
	"github.com/mercato-bot/mercato/knowledge/sqlite"
)

// TestFillAnswersSuitorsKamara runs the real extractor over the corpus:
// the knowledge base it fills answers /suitors Kamara as the issue says,
// and the same articles again change nothing.
func TestFillAnswersSuitorsKamara(t *testing.T) {
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	p := ingest.New(store, extract.New().Extract)
	s := knowledge.Base{Store: store, Ingester: p}
	if n, err := sample.Fill(ctx, store, p); err != nil || n != len(sample.Articles()) || n != 5 {
		t.Fatalf("Fill = %d, %v; want the 5 articles", n, err)
	}
	if n, err := sample.Fill(ctx, store, p); err != nil || n != 0 {
		t.Errorf("Fill of a filled knowledge base = %d, %v; want 0", n, err)
	}
	before, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range sample.Articles() {
		res, err := s.Ingest(ctx, knowledge.Input{Text: a.Text})
		if err != nil || !res.Duplicate {
			t.Errorf("%s again: %+v, %v; want a duplicate", a.Name, res, err)
		}
	}
	if after, err := s.Stats(ctx); err != nil || after != before {
		t.Errorf("ingesting the corpus again: %+v -> %+v (%v)", before, after, err)
	}

	ps, err := s.FindPlayers(ctx, "Kamara")
	if err != nil || len(ps) != 1 || ps[0].Name != "Boubacar Kamara" || ps[0].CurrentClub != "Marseille" {
		t.Fatalf("FindPlayers(Kamara) = %+v, %v", ps, err)
	}
	suitors, err := s.Suitors(ctx, ps[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	var clubs []string
	for _, su := range suitors {
		clubs = append(clubs, su.Club)
	}
	if len(clubs) == 0 || clubs[0] != "Atlético Madrid" {
		t.Errorf("suitors %v, want Atlético Madrid first", clubs)
	}
	for _, want := range []string{"AC Milan", "Bayern Munich", "Manchester United", "Chelsea", "Liverpool",
		"Manchester City", "Barcelona", "Juventus", "Atalanta", "RB Leipzig", "Newcastle United", "Monaco",
		"Tottenham Hotspur", "Southampton"} {
		if !slices.Contains(clubs, want) {
			t.Errorf("suitors %v lack %s", clubs, want)
		}
	}
	for _, never := range []string{"Marseille", "Olympique de Marseille", "Brest", "Lazio", "Lille"} {
		if slices.Contains(clubs, never) {
			t.Errorf("suitors %v include %s", clubs, never)
		}
	}
	prof, err := s.Profile(ctx, ps[0].ID)
	if err != nil || prof.ContractExpires.String() != "2022-06" {
		t.Errorf("profile %+v, %v; want a contract to 2022-06", prof, err)
	}
}

// TestOpen fills a new knowledge base once: opening it again adds nothing.
func TestOpen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	var stats []knowledge.Stats
	x := extract.New().Extract
	for range 2 {
		s, err := sample.Open(ctx, path, x)
		if err != nil {
			t.Fatal(err)
		}
		st, err := s.Stats(ctx)
		s.Close()
		if err != nil {
			t.Fatal(err)
		}
		stats = append(stats, st)
	}
	if stats[0].Articles != 5 || stats[1] != stats[0] {
		t.Errorf("Open twice: %+v then %+v; want the 5 articles once", stats[0], stats[1])
	}
}

// dyingWriter is a store whose process dies (its writes fail from then
// on) once it was asked to write the articles up to the after-th.
type dyingWriter struct {
	knowledge.Writer
	after, asked int
}

func (w *dyingWriter) Write(ctx context.Context, arts []knowledge.Article) ([]knowledge.Stored, error) {
	w.asked += len(arts)
	if w.asked >= w.after {
		return nil, errors.New("killed")
	}
	return w.Writer.Write(ctx, arts)
}

// TestFillAfterCrash: a first start killed while it fills the corpus
// leaves the knowledge base empty or whole, never half-filled for good:
// the next start fills it, and /suitors Kamara has all its clubs.
func TestFillAfterCrash(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	x := extract.New().Extract
	store, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	dying := &dyingWriter{Writer: store, after: 3}
	if _, err := sample.Fill(ctx, store, ingest.New(dying, x)); err == nil {
		t.Fatal("no error from the killed fill")
	}
	store.Close()

	s, err := sample.Open(ctx, path, x) // the next start
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, err := s.Stats(ctx)
	if err != nil || st.Articles != 5 {
		t.Errorf("after the restart %d articles (%v), want the 5 of the corpus", st.Articles, err)
	}
}

// TestFillResumes: a knowledge base left with part of the corpus by an
// older mercato is filled up; one holding other articles is left alone.
func TestFillResumes(t *testing.T) {
	ctx := context.Background()
	x := extract.New().Extract
	for _, tt := range []struct {
		name  string
		first []string // texts ingested before
		want  int      // articles after Fill
	}{
		{"two of the corpus", []string{sample.Articles()[0].Text, sample.Articles()[3].Text}, 5},
		{"an article of its own", []string{"Aston Villa are in talks with Marseille over Boubacar Kamara, according to L'Equipe."}, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "m.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer store.Close()
			p := ingest.New(store, x)
			for _, text := range tt.first {
				if _, err := p.Ingest(ctx, knowledge.Input{Text: text}); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := sample.Fill(ctx, store, p); err != nil {
				t.Fatal(err)
			}
			if st, err := store.Stats(ctx); err != nil || st.Articles != tt.want {
				t.Errorf("%d articles (%v), want %d", st.Articles, err, tt.want)
			}
		})
	}
}

// TestForgetStays: an article an admin forgot from a knowledge base
// holding only the corpus (or every article of it) is not learned again
// when mercato next starts.
func TestForgetStays(t *testing.T) {
	ctx := context.Background()
	for _, n := range []int{1, 5} {
		path := filepath.Join(t.TempDir(), "m.db")
		x := extract.New().Extract
		s, err := sample.Open(ctx, path, x)
		if err != nil {
			t.Fatal(err)
		}
		for id := range int64(n) {
			if _, err := s.Forget(ctx, id+1); err != nil {
				t.Fatal(err)
			}
		}
		s.Close()
		if s, err = sample.Open(ctx, path, x); err != nil {
			t.Fatal(err)
		}
		st, err := s.Stats(ctx)
		s.Close()
		if err != nil || st.Articles != 5-n {
			t.Errorf("after forgetting %d articles and opening again: %d articles, %v; want %d", n, st.Articles, err, 5-n)
		}
	}
}
