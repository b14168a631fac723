package bot

import (
	"context"
	"encoding/json"
	"testing"
	"unicode/utf8"
)

// FuzzServe feeds chat text to the router without its panic recovery: no
// input may panic, every answer renders as valid UTF-8 and marshals, and
// nothing is ever ingested for a user who is not an admin.
func FuzzServe(f *testing.F) {
	for _, s := range []string{"/suitors Kamara", "who wants Kamara?", "/sources Kamara | Atleti", "/latest 99",
		"/expiring 2022-13", "/expiring junio de 2024", "¿Quién quiere fichar a Kamara?", "/SUITORS@bot", "@bot", "/ingest x", "/subscribe digest Silva",
		"Frenkie de de Jong", "l'l'l'", "/", "/ /", "what did Milan offer for Kamara in june 2022 5"} {
		f.Add(s)
	}
	fake := newFake()
	rt := testRouter(f, fake, Options{})
	f.Add("/ingest Kamara to Arsenal")
	f.Fuzz(func(t *testing.T, text string) {
		r := rt.dispatch(context.Background(), &Request{Platform: "fuzz", Chat: "c", Text: text})
		out := r.Text(0)
		if utf8.ValidString(text) && !utf8.ValidString(out) {
			t.Fatalf("%q: invalid UTF-8 answer %q", text, out)
		}
		if _, err := json.Marshal(r.Data); err != nil {
			t.Fatalf("%q: data: %v", text, err)
		}
		if len(fake.ingested) > 0 {
			t.Fatalf("%q: ingested for a non-admin", text)
		}
	})
}
