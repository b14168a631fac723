package bot

import (
	"context"
	"strings"
	"testing"
)

// TestHeatQuestions checks that plain questions reach /hot and /timeline
// in the five languages, and that a question naming a player about his
// heat is still about his suitors.
func TestHeatQuestions(t *testing.T) {
	rt := testRouter(t, newFake(), Options{})
	tests := []struct {
		lang, text string
		intent     intent
		entity     string
		reply      string // a line of the answer
	}{
		{"en", "what's the hottest rumour?", intentHot, "", "Hottest deals"},
		{"en", "hottest transfers", intentHot, "", "Hottest deals"},
		{"en", "the story of Kamara so far", intentTimeline, "Boubacar Kamara", "Boubacar Kamara: the story so far"},
		{"en", "Kamara transfer saga", intentTimeline, "Boubacar Kamara", "the story so far"},
		{"fr", "quels sont les transferts chauds ?", intentHot, "", "Les transferts les plus chauds"},
		{"fr", "l'histoire du transfert de Kamara", intentTimeline, "Boubacar Kamara", "l'histoire jusqu'ici"},
		{"es", "¿cuáles son los fichajes más calientes?", intentHot, "", "Los fichajes más calientes"},
		{"es", "historia del fichaje de Kamara", intentTimeline, "Boubacar Kamara", "la historia hasta ahora"},
		{"it", "quali sono le trattative più calde?", intentHot, "", "Le trattative più calde"},
		{"it", "la storia del trasferimento di Kamara", intentTimeline, "Boubacar Kamara", "la storia finora"},
		{"de", "was sind die heißesten Transfers?", intentHot, "", "Die heißesten Transfers"},
		{"de", "die Geschichte von Kamaras Wechsel", intentTimeline, "Boubacar Kamara", "die Geschichte bisher"},
		{"en", "who wants Kamara?", intentSuitors, "Boubacar Kamara", "Clubs linked"},
	}
	for _, tt := range tests {
		q, err := rt.parseQuestion(context.Background(), tt.text, "")
		if err != nil {
			t.Fatal(err)
		}
		if q.lang != tt.lang || q.intent != tt.intent || q.entity() != tt.entity {
			t.Errorf("%q: got %s %s %q (unknown %q), want %s %s %q", tt.text, q.lang, q.intent, q.entity(), q.unknown, tt.lang, tt.intent, tt.entity)
			continue
		}
		r := serve(t, rt, tt.text)
		if !strings.Contains(r.Text(0), tt.reply) {
			t.Errorf("%q answered\n%s\nwant %q in it", tt.text, r.Text(0), tt.reply)
		}
	}
}
