package bot

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/bot/i18n"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/extract"
	"github.com/mercato-bot/mercato/knowledge/sample"
)

// storeRouter is a router over a real knowledge base in t.TempDir()
// filled with the sample corpus.
func storeRouter(t testing.TB) (*Router, knowledge.Base) {
	t.Helper()
	ctx := context.Background()
	store, err := sample.Open(ctx, filepath.Join(t.TempDir(), "mercato.db"), extract.New().Extract)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	return testRouter(t, store, Options{}), store
}

func TestStoreSuitors(t *testing.T) {
	rt, _ := storeRouter(t)
	want := []string{"AC Milan", "Bayern Munich", "Manchester United", "Chelsea", "Liverpool", "Manchester City",
		"Barcelona", "Juventus", "Atalanta", "RB Leipzig", "Newcastle United", "Monaco", "Tottenham Hotspur", "Southampton"}
	for _, text := range []string{"/suitors Kamara", "/suitors KAMARÁ", "/suitors@mercato_bot boubacar kamara",
		"who wants Kamara?", "Qui veut Kamara ?", "¿Quién quiere fichar a Kamara?", "Chi vuole Kamara?", "Wer will Kamara?", "who wants Kamra"} {
		r := serve(t, rt, text)
		if r.Error || len(r.Items) == 0 || r.Items[0].Label != "Atlético Madrid" {
			t.Fatalf("%q: Atlético Madrid not first:\n%s", text, r.Text(0))
		}
		labels := map[string]bool{}
		for _, it := range r.Items {
			labels[it.Label] = true
			if it.Label == i18n.T(r.Lang, "suitors.older") { // the older links, in one item
				for _, l := range strings.Split(it.Detail, " · ") {
					club, _, _ := strings.Cut(l, " (")
					labels[club] = true
				}
			}
		}
		for _, w := range want {
			if !labels[w] {
				t.Errorf("%q: %s missing", text, w)
			}
		}
		for _, not := range []string{"Marseille", "Olympique de Marseille", "Brest", "Lazio", "Lille"} {
			if labels[not] {
				t.Errorf("%q: %s listed as a suitor", text, not)
			}
		}
	}
	b, _ := json.Marshal(serve(t, rt, "/suitors Kamara").Data)
	for _, w := range []string{`"player":{"name":"Boubacar Kamara"`, `"contract_expires":"2022-06"`, `"club":"Atlético Madrid","stage":"advanced"`} {
		if !strings.Contains(string(b), w) {
			t.Errorf("JSON lacks %s: %s", w, b)
		}
	}
}

func TestStoreCommands(t *testing.T) {
	rt, _ := storeRouter(t)
	tests := []struct {
		text string
		want string
		err  bool
	}{
		{"/player Kamara", "contract until June 2022", false},
		{"Kamara contract?", "contract until June 2022", false},
		{"quand se termine le contrat de Kamara", "contrat jusqu'en juin 2022", false},
		{"/club Atleti", "Boubacar Kamara — advanced", false},
		{"who are Atlético after?", "Boubacar Kamara — advanced", false},
		{"/latest 3", "Latest rumours", false},
		{"/sources Kamara Atleti", "Atletico Madrid are now leading the race", false},
		{"/expiring 2022-06", "Boubacar Kamara", false},
		{"/suitors Zidane", "I know no player called “Zidane”.", true},
		{"who wants Zidane?", "I know no player called “Zidane”.", true},
		{"/suitors " + strings.Repeat("x", 5000), "too long", true},
	}
	for _, tt := range tests {
		r := serve(t, rt, tt.text)
		if r.Error != tt.err || !strings.Contains(r.Text(0), tt.want) {
			t.Errorf("%q: error %v, want %q in\n%s", clip(tt.text, 40), r.Error, tt.want, r.Text(0))
		}
	}
}

// /ingest of an article already known changes no count.
func TestStoreIngestAgain(t *testing.T) {
	rt, _ := storeRouter(t)
	before := serve(t, rt, "/suitors Kamara").Text(0)
	for _, a := range sample.Articles() {
		r := serve(t, rt, "/ingest "+a.Text)
		if !strings.Contains(r.Text(0), "duplicate") {
			t.Errorf("%s: %s", a.Name, r.Text(0))
		}
	}
	if after := serve(t, rt, "/suitors Kamara").Text(0); after != before {
		t.Errorf("answer changed:\n%s\n---\n%s", before, after)
	}
	r := rt.Serve(context.Background(), &Request{Platform: "test", Text: "/ingest Arsenal want Kamara, says Sky.", Admin: false})
	if !r.Error || serve(t, rt, "/suitors Kamara").Text(0) != before {
		t.Errorf("non-admin ingest: %s", r.Text(0))
	}
}

func TestStoreSubscriptions(t *testing.T) {
	rt, _ := storeRouter(t)
	for _, step := range []struct{ text, want string }{
		{"/subscribe digest Kamara", "Subscribed: daily digest: Boubacar Kamara."},
		{"/subscribe reminders", "Subscribed: contract reminders: everything."},
		{"/subscriptions", "• daily digest: Boubacar Kamara"},
		{"/unsubscribe", "Subscriptions removed: 2."},
	} {
		if got := serve(t, rt, step.text).Text(0); !strings.Contains(got, step.want) {
			t.Errorf("%s: %q, want %q", step.text, got, step.want)
		}
	}
}
