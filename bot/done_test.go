package bot

import (
	"strings"
	"testing"
	"time"
)

// TestDoneAnswers: in a live knowledge base (its newest report, 20 July
// 2023, within a week of now) a recent day reads in days; a contract past
// the knowledge base's now has ended; /done answers a club it knows no
// move of, and a name it does not know, shortly; /help lists /done.
func TestDoneAnswers(t *testing.T) {
	now := time.Date(2023, 7, 22, 9, 0, 0, 0, time.UTC)
	rt, _ := riceRouter(t, Options{Now: func() time.Time { return now }})
	for _, tc := range []struct {
		text string
		want []string
		err  bool
	}{
		{"/suitors Rice", []string{"Signed for Arsenal (5 days ago, £105M, The Athletic)", "Manchester City — 0° · ended"}, false},
		{"/player Kamara", []string{"Boubacar Kamara (Marseille, contract ended June 2022)"}, false},
		{"/done Arsenal", []string{"Completed moves of Arsenal", "• Declan Rice (West Ham United → Arsenal) — 5 days ago · £105M · The Athletic"}, false},
		{"/done Atlético Madrid", []string{"No completed move of Atlético Madrid known yet."}, false},
		{"/done Zzyzx Rovers", []string{"I know no club called “Zzyzx Rovers”."}, true},
		{"/latest Saka", []string{"Bukayo Saka → Real Madrid — interest · today · GOAL"}, false},
		{"/help", []string{"/done [club] — Completed moves, newest first"}, false},
	} {
		r := serve(t, rt, tc.text)
		text := r.Text(0)
		if r.Error != tc.err {
			t.Errorf("%s: error %v, want %v:\n%s", tc.text, r.Error, tc.err, text)
		}
		for _, w := range tc.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: missing %q in\n%s", tc.text, w, text)
			}
		}
	}
	// an archive (the newest report long before now) reads in dates
	old, _ := riceRouter(t, Options{Now: func() time.Time { return now.AddDate(1, 0, 0) }})
	if text := serve(t, old, "/suitors Rice").Text(0); !strings.Contains(text, "Signed for Arsenal (15 July 2023, £105M, The Athletic)") {
		t.Errorf("archive: %s", text)
	}
}
