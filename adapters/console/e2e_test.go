package console

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/knowledge/extract"
	"github.com/mercato-bot/mercato/knowledge/sample"
)

// The console over the real router and a knowledge base filled with the
// sample corpus: commands, questions, a choice answered by number.
func TestEndToEnd(t *testing.T) {
	ctx := context.Background()
	store, err := sample.Open(ctx, filepath.Join(t.TempDir(), "mercato.db"), extract.New().Extract)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	rt := bot.NewRouter(store, bot.Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	in := strings.Join([]string{
		"/suitors Kamara",
		"Qui veut Kamara ?",
		"/suitors Kamra",
		"1",
		"/ingest " + sample.Articles()[0].Text[:200],
		"/nonsense",
		"/retract Kamara | Atlético Madrid",
		"/suitors Kamara",
		"/sources Kamara | Atlético Madrid",
		"/corrections",
	}, "\n")
	var out bytes.Buffer
	if err := New(rt, strings.NewReader(in), &out).Run(ctx); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"Boubacar Kamara (Marseille, contract until June 2022)\nClubs linked: 15\n• Atlético Madrid — 67° · advanced",
		"Clubs intéressés : 15\n• Atlético Madrid — 67° · avancé",
		"I know no player called “Kamra”. Did you mean: Boubacar Kamara?\n1. Boubacar Kamara\nBoubacar Kamara (Marseille",
		"Unknown command /nonsense",
		"Correction #1: Atlético Madrid is not after Boubacar Kamara. /undo 1 takes it back.",
		"Clubs linked: 14\n",
		"retracted by correction #1 · article #",
		"Corrections\n• Correction #1: Atlético Madrid is not after Boubacar Kamara. — by console on console, ",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if strings.Contains(got, "• Marseille") {
		t.Errorf("Marseille listed as a suitor:\n%s", got)
	}
}
