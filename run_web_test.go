package main

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/knowledge/sqlite"
)

// kamaraPage is a news page about Boubacar Kamara, with its chrome.
const kamaraPage = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Atletico Madrid lead race for Kamara | GOAL</title>
<meta property="og:site_name" content="GOAL">
<meta property="article:published_time" content="2022-03-24T09:00:00Z">
</head><body>
<div class="cookie-banner">We use cookies. Accept all?</div>
<nav><a href="/">Home</a> <a href="/transfers">Transfers</a></nav>
<article><h1>Atletico Madrid lead race for Kamara</h1>
<p>Boubacar Kamara will see his contract at Marseille expire on June 30, with extension offers in France being knocked back, and GOAL has learned that Atletico Madrid are now leading the race for his signature.</p>
<p>The Liga giants are confident that their efforts will be rewarded as they believe the highly-rated 22-year-old wants to make a switch to the Wanda Metropolitano as a free agent this summer.</p>
<p>Bundesliga champions Bayern Munich have been credited with interest, while Premier League heavyweights Manchester United, Tottenham and Southampton are also casting admiring glances in the direction of Marseille.</p>
</article>
<aside class="sidebar"><h3>Most read</h3><a href="/x">Haaland to City</a></aside>
<footer>Copyright GOAL</footer></body></html>`

// TestIngestURL is the acceptance of issue 7: a page on a local server is
// learned once with ingest.allow_private_networks, a duplicate the second
// time, and refused without the setting, writing nothing.
func TestIngestURL(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(kamaraPage))
	}))
	defer srv.Close()
	page := srv.URL + "/page.html"
	dir := t.TempDir()
	writeConfig := func(name, db string, allow bool) string {
		cfg := "database:\n  path: " + filepath.Join(dir, db) + "\n"
		if allow {
			cfg += "ingest:\n  allow_private_networks: true\n"
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(cfg), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	allowed := writeConfig("allow.yaml", "allow.db", true)
	refused := writeConfig("refuse.yaml", "refuse.db", false)

	run := func(cfg string) (string, int) {
		var out, errOut bytes.Buffer
		code := cli(context.Background(), []string{"ingest", "-config", cfg, page}, strings.NewReader(""), &out, &errOut)
		return out.String() + errOut.String(), code
	}
	out, code := run(allowed)
	if code != 0 || !strings.Contains(out, page+": new") || !strings.Contains(out, "Boubacar Kamara") || !strings.Contains(out, "Atlético Madrid") {
		t.Fatalf("first ingest (exit %d):\n%s", code, out)
	}
	out, code = run(allowed)
	if code != 0 || !strings.Contains(out, page+": duplicate") {
		t.Fatalf("second ingest (exit %d):\n%s", code, out)
	}
	out, code = run(refused)
	if code == 0 || !strings.Contains(out, "127.0.0.1 is a loopback address") || strings.Count(strings.TrimSpace(out), "\n") != 0 {
		t.Fatalf("ingest without allow_private_networks (exit %d):\n%s", code, out)
	}

	for db, want := range map[string]bool{"allow.db": true, "refuse.db": false} {
		store, err := sqlite.Open(context.Background(), filepath.Join(dir, db))
		if err != nil {
			t.Fatal(err)
		}
		has, err := store.HasURL(context.Background(), page)
		store.Close()
		if err != nil || has != want {
			t.Errorf("%s has the page: %v, %v; want %v", db, has, err, want)
		}
	}
}
