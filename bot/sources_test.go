package bot

import (
	"fmt"
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// /sources shows 25 reports a page, the pages following one another in
// the order of the original sources; the footer names the next page.
func TestSourcesPages(t *testing.T) {
	f := newFake()
	f.reports = nil
	for i := range 60 {
		f.reports = append(f.reports, knowledge.Report{LinkID: int64(i + 1), Player: "Boubacar Kamara", Club: "Chelsea",
			Stage: facts.StageInterest, Published: facts.Date{Year: 2022, Month: 1 + i%12, Day: 1 + i%28},
			Source: []string{"GOAL", "Marca", "Le10Sport"}[i%3], Sentence: fmt.Sprintf("report %d", i+1)})
	}
	rt := testRouter(t, f, Options{})
	var seen []string
	for page, want := range []struct {
		items  int
		footer string
	}{{25, "Page 1 of 3. Next: /sources Boubacar Kamara 2"}, {25, "Page 2 of 3. Next: /sources Boubacar Kamara 3"}, {10, "Page 3 of 3."}} {
		r := serve(t, rt, fmt.Sprintf("/sources Kamara %d", page+1))
		if len(r.Items) != want.items || r.Footer != want.footer {
			t.Errorf("page %d: %d items, footer %q; want %d, %q", page+1, len(r.Items), r.Footer, want.items, want.footer)
		}
		data := r.Data.(map[string]any)
		if data["page"] != page+1 || data["pages"] != 3 || data["total"] != 60 || len(data["reports"].([]knowledge.Report)) != want.items {
			t.Errorf("page %d: data %v", page+1, data)
		}
		for _, it := range r.Items {
			seen = append(seen, strings.SplitN(it.Label, " · ", 2)[0]+" "+it.Detail)
		}
	}
	// Every report once, grouped by original source: the best tier first.
	all := serve(t, testRouter(t, f, Options{MaxItems: 100}), "/sources Kamara | Chelsea")
	if len(seen) != 60 {
		t.Fatalf("%d reports over the pages, want 60", len(seen))
	}
	for i, s := range seen {
		if !strings.HasPrefix(s, []string{"GOAL", "Marca", "Le 10 Sport"}[i/20]) {
			t.Errorf("report %d of the pages: %s", i, s)
		}
	}
	if all.Footer != "Page 1 of 3. Next: /sources Boubacar Kamara | Chelsea 2" {
		t.Errorf("with a club: footer %q", all.Footer)
	}
	if r := serve(t, rt, "/sources Kamara 9"); r.Data.(map[string]any)["page"] != 3 {
		t.Errorf("/sources Kamara 9: page %v, want the last", r.Data.(map[string]any)["page"])
	}
}

func TestSplitPage(t *testing.T) {
	f := newFake()
	f.clubs = append(f.clubs, fakeClub{ClubRef: knowledge.ClubRef{ID: 99, Name: "Hannover 96"}})
	f.players = append(f.players, fakePlayer{knowledge.Profile{PlayerRef: knowledge.PlayerRef{ID: 99, Name: "Lautaro Chiesa 2"}}})
	rt := testRouter(t, f, Options{})
	for _, tc := range []struct {
		arg  string
		rest string
		page int
	}{
		{"Kamara", "Kamara", 1},
		{"Kamara 2", "Kamara", 2},
		{"Kamara | Atleti 12", "Kamara | Atleti", 12},
		{"Kamara 02", "Kamara 02", 1},
		{"Kamara 0", "Kamara 0", 1},
		{"Kamara 12345", "Kamara 12345", 1},
		{"2", "2", 1},
		{"Kamara | Leeds 3", "Kamara | Leeds", 3},
		{"Kamara | Hannover 96", "Kamara | Hannover 96", 1}, // the club's name
		{"Kamara | Hannover 96 2", "Kamara | Hannover 96", 2},
		{"Lautaro Chiesa 2", "Lautaro Chiesa 2", 1}, // the player's name
		{"Lautaro Chiesa 2 3", "Lautaro Chiesa 2", 3},
	} {
		rest, page := rt.splitPage(t.Context(), tc.arg)
		if rest != tc.rest || page != tc.page {
			t.Errorf("splitPage(%q) = %q, %d; want %q, %d", tc.arg, rest, page, tc.rest, tc.page)
		}
	}
}
