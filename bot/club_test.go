package bot

import (
	"slices"
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
)

// TestClubReadsOnlyWhatItShows checks that /club, reading the first
// MaxItems of each list from the store, shows the items and counts the
// more it would show reading them all.
func TestClubReadsOnlyWhatItShows(t *testing.T) {
	f := newFake()
	all := serve(t, testRouter(t, f, Options{MaxItems: 1000}), "/club Marseille")
	if all.Error || all.More != 0 || len(all.Items) < 4 {
		t.Fatalf("all: error %v, %d items, %d more", all.Error, len(all.Items), all.More)
	}
	for _, max := range []int{1, 2, 3, len(all.Items) - 1} {
		r := serve(t, testRouter(t, f, Options{MaxItems: max}), "/club Marseille")
		if !slices.Equal(r.Items, all.Items[:max]) || r.More != len(all.Items)-max {
			t.Errorf("MaxItems %d: items %v, %d more; want %v, %d more", max, r.Items, r.More, all.Items[:max], len(all.Items)-max)
		}
	}
}

// /club lists the ins and outs of the window: the completed moves of the
// last six months as of the knowledge base's now; the footer points to
// /done for the earlier ones, which /done still lists.
func TestClubWindow(t *testing.T) {
	rt, base := riceRouter(t, Options{})
	for _, text := range []string{
		" date 2021-08-10 Arsenal have completed the signing of Ben White from Brighton for a fee of £50 million, Sky Sports reports.",
		" date 2023-03-02 Arsenal have completed the signing of Jakub Kiwior from Spezia, The Athletic reports.",
	} {
		if _, err := base.Ingest(t.Context(), knowledge.Input{Text: text}); err != nil {
			t.Fatal(err)
		}
	}
	r := serve(t, rt, "/club Arsenal")
	text := r.Text(0)
	for _, want := range []string{"Signed by Arsenal: 2", "Declan Rice", "Jakub Kiwior", "Earlier moves: /done Arsenal"} {
		if !strings.Contains(text, want) {
			t.Errorf("/club Arsenal lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "Ben White") {
		t.Errorf("/club Arsenal lists a move of 2021 in July 2023's window:\n%s", text)
	}
	fr := rt.Serve(t.Context(), &Request{Platform: "test", Chat: "c1", User: "u1", Text: "/club Arsenal", Lang: "fr"})
	if fr.Footer != "Mouvements précédents : /done Arsenal" {
		t.Errorf("footer in French: %q", fr.Footer)
	}
	if done := serve(t, rt, "/done Arsenal").Text(0); !strings.Contains(done, "Ben White") {
		t.Errorf("/done Arsenal lost the earlier move:\n%s", done)
	}
}
