package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A console that follows a player and his club hears of his move away at
// the next runs of the follow job, once each: one message a run, the other
// at the next; /subscriptions lists the follows and /unfollow ends them.
func TestFollowOnTheConsole(t *testing.T) {
	cfg := consoleConfig(t)
	ask := func(q string) string {
		t.Helper()
		code, out, errOut := run(t, "", "ask", "-config", cfg, q)
		if code != 0 {
			t.Fatalf("ask %q: exit %d\n%s%s", q, code, out, errOut)
		}
		return out
	}
	if out := ask("/follow Kamara"); !strings.Contains(out, "Subscribed: following: Boubacar Kamara.") {
		t.Fatalf("/follow: %s", out)
	}
	if out := ask("/follow Kamara"); !strings.Contains(out, "Already subscribed: following: Boubacar Kamara.") {
		t.Errorf("/follow twice: %s", out)
	}
	followJob := func() string {
		t.Helper()
		code, out, errOut := run(t, "", "jobs", "run", "follow", "-config", cfg)
		if code != 0 {
			t.Fatalf("jobs run follow: exit %d\n%s%s", code, out, errOut)
		}
		return out
	}
	if out := followJob(); !strings.Contains(out, "nothing to send") {
		t.Errorf("a follow alerted before any news:\n%s", out)
	}
	if out := ask("/follow Marseille"); !strings.Contains(out, "Subscribed: following: Marseille.") {
		t.Fatalf("/follow Marseille: %s", out)
	}
	article := filepath.Join(t.TempDir(), "villa.txt")
	text := "Published 21 June 2022\nAston Villa have completed the signing of Boubacar Kamara from Marseille on a free transfer.\n"
	if err := os.WriteFile(article, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := run(t, "", "ingest", "-config", cfg, article); code != 0 {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut := run(t, "", "jobs", "run", "follow", "-config", cfg)
	if code != 0 || !strings.Contains(errOut, "1 messages held back (one message per chat and run)") {
		t.Errorf("jobs run follow: exit %d, stderr:\n%s", code, errOut)
	}
	for _, want := range []string{"── console console ──", "News: Boubacar Kamara", "Boubacar Kamara → Aston Villa", "completed move · 21 June 2022"} {
		if !strings.Contains(out, want) {
			t.Errorf("the follow job printed\n%s\nwant it to hold %q", out, want)
		}
	}
	if out := followJob(); !strings.Contains(out, "News: Marseille") || strings.Contains(out, "News: Boubacar Kamara") {
		t.Errorf("the message held back, not the same news twice:\n%s", out)
	}
	if out := followJob(); !strings.Contains(out, "nothing to send") {
		t.Errorf("the same news twice:\n%s", out)
	}
	if out := ask("/subscriptions"); !strings.Contains(out, "following: Boubacar Kamara") {
		t.Errorf("/subscriptions: %s", out)
	}
	if out := ask("/unfollow"); !strings.Contains(out, "Subscriptions removed: 2.") {
		t.Errorf("/unfollow: %s", out)
	}
}
