package bot

import (
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
)

// TestHotShowsFee: a /hot line shows its link's newest fee after the
// stage, as /suitors does, whether /hot reads the hottest links first or,
// while a correction is in force, every recent report.
func TestHotShowsFee(t *testing.T) {
	rt, base := storeRouter(t)
	const want = "• Boubacar Kamara → Atlético Madrid — 67° · advanced · bid €5M, rejected · 24 March 2022 · GOAL"
	if text := serve(t, rt, "/hot").Text(0); !strings.Contains(text, want) {
		t.Errorf("/hot:\n%s\nwant the line %q", text, want)
	}
	if _, err := base.Correct(t.Context(), knowledge.Correction{Kind: knowledge.Retract, Player: "Boubacar Kamara",
		Club: "Chelsea", Author: "u1", Platform: "console"}); err != nil {
		t.Fatal(err)
	}
	if text := serve(t, rt, "/hot").Text(0); !strings.Contains(text, want) || strings.Contains(text, "Chelsea") {
		t.Errorf("/hot with a correction in force:\n%s\nwant the line %q and no Chelsea", text, want)
	}
}
