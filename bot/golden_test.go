package bot

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

// update rewrites the golden answers: go test ./bot -run TestGolden -update
var update = flag.Bool("update", false, "rewrite the golden answers in testdata/golden")

// TestGolden checks the answers on the sample corpus, as text and as
// JSON, against testdata/golden: /suitors by heat with the older links
// last, the story so far, the hottest deals.
func TestGolden(t *testing.T) {
	rt, _ := storeRouter(t)
	for _, tc := range []struct{ file, text, lang string }{
		{"suitors_kamara", "/suitors Kamara", ""},
		{"timeline_kamara", "/timeline Kamara", ""},
		{"hot", "/hot", ""},
		{"timeline_kamara_fr", "/timeline Kamara", "fr"},
	} {
		req := &Request{Text: tc.text, Lang: tc.lang, Platform: "console", Chat: "golden"}
		r := rt.Serve(t.Context(), req)
		b, err := json.MarshalIndent(r.Data, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		got := r.Text(0) + "\n\n" + string(b) + "\n"
		path := filepath.Join("testdata", "golden", tc.file+".txt")
		if *update {
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if got != string(want) {
			t.Errorf("%s (%s) changed:\n%s\nwant:\n%s", tc.text, path, got, want)
		}
	}
}
