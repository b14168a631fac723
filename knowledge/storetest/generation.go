package storetest

import (
	"context"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// testGeneration checks that the generation stays while nothing is
// written, reads included, and changes with each write of facts.
func (ts suite) testGeneration(t *testing.T) {
	ctx := context.Background()
	fx := Extractor{
		"first":  KamaraArticle("2022-03-24", "Atlético Madrid", facts.StageAdvanced),
		"second": KamaraArticle("2022-03-25", "AC Milan", facts.StageBid),
	}
	s := ts.openTest(t, fx)
	gen := func() int64 {
		t.Helper()
		g, err := s.Generation(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return g
	}
	g0 := gen()
	if _, err := s.Stats(ctx); err != nil {
		t.Fatal(err)
	}
	if g := gen(); g != g0 {
		t.Errorf("generation %d after a read, was %d", g, g0)
	}
	MustIngest(t, s, knowledge.Input{Text: "first"})
	g1 := gen()
	if g1 == g0 {
		t.Errorf("generation %d unchanged by a write", g1)
	}
	MustIngest(t, s, knowledge.Input{Text: "first"}) // a duplicate writes nothing
	MustIngest(t, s, knowledge.Input{Text: "second"})
	g2 := gen()
	if g2 == g1 || g2 == g0 {
		t.Errorf("generation %d after a second write, was %d then %d", g2, g0, g1)
	}
	// A correction changes answers: it is a write of facts.
	k, ok := s.Store.(knowledge.Corrector)
	if !ok {
		return
	}
	c, err := k.Correct(ctx, knowledge.Correction{Kind: knowledge.Retract, Player: "Boubacar Kamara",
		Club: "AC Milan", Author: "u1", Platform: "telegram"})
	if err != nil {
		t.Fatal(err)
	}
	g3 := gen()
	if g3 == g2 {
		t.Errorf("generation %d unchanged by a correction", g3)
	}
	if _, err := k.Undo(ctx, c.ID, "u1", "telegram"); err != nil {
		t.Fatal(err)
	}
	if g := gen(); g == g3 {
		t.Errorf("generation %d unchanged by undoing a correction", g)
	}
}
