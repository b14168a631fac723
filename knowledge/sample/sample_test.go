package sample_test

import (
	"context"
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
	s := knowledge.Base{Store: store, Ingester: ingest.New(store, extract.New().Extract)}
	if n, err := sample.Fill(ctx, s); err != nil || n != len(sample.Articles()) || n != 5 {
		t.Fatalf("Fill = %d, %v; want the 5 articles", n, err)
	}
	if n, err := sample.Fill(ctx, s); err != nil || n != 0 {
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
	p, err := s.Profile(ctx, ps[0].ID)
	if err != nil || p.ContractExpires.String() != "2022-06" {
		t.Errorf("profile %+v, %v; want a contract to 2022-06", p, err)
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
