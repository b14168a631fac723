package bot

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
)

// TestLinkStageAgrees checks that every answer gives a link the stage of
// the same newest report, an undated one counting from the same time
// (knowledge.CountsFrom): /suitors, /club, /player and /latest, over the
// sample corpus alone and with later dated articles after its undated
// seed.
func TestLinkStageAgrees(t *testing.T) {
	sample, _ := storeRouter(t)
	rice, _ := riceRouter(t, Options{})
	for name, rt := range map[string]*Router{"sample": sample, "sample+rice": rice} {
		t.Run(name, func(t *testing.T) {
			suitors := map[string]string{}
			for _, s := range serve(t, rt, "/suitors Kamara").Data.(map[string]any)["suitors"].([]suitorJSON) {
				suitors[s.Club] = string(s.Stage)
			}
			if len(suitors) < 10 {
				t.Fatalf("/suitors Kamara: %d suitors, want at least 10", len(suitors))
			}
			check := func(answer, club, stage string) {
				t.Helper()
				if want, ok := suitors[club]; ok && stage != want {
					t.Errorf("%s: Kamara → %s %s, /suitors says %s", answer, club, stage, want)
				}
			}
			club := serve(t, rt, "/club Marseille").Data.(map[string]any)
			for _, o := range club["outgoing"].([]knowledge.PlayerSuitor) {
				if o.Player == "Boubacar Kamara" {
					check("/club Marseille", o.Club, string(o.Stage))
				}
			}
			for answer, key := range map[string]string{"/player Kamara": "latest", "/latest 25": "reports"} {
				seen := map[string]bool{}
				data := serve(t, rt, answer).Data.(map[string]any)
				reports, ok := data[key].([]knowledge.Report)
				if !ok {
					t.Fatalf("%s: no %q in %v", answer, key, data)
				}
				for _, r := range reports { // newest first: a link's first report is its newest
					if r.Player == "Boubacar Kamara" && !seen[r.Club] {
						seen[r.Club] = true
						check(answer, r.Club, string(r.Stage))
					}
				}
			}
		})
	}
}
