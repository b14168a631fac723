package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/internal/pgtest"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/postgres"
	"github.com/mercato-bot/mercato/knowledge/sqlite"
)

// A SQLite base (the sample corpus, a digest subscription part-delivered,
// a reminder sent) copied to PostgreSQL and back answers alike and keeps
// its delivery state; the counts printed match.
func TestCopyDB(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	first := filepath.Join(dir, "first.db")
	if code, _, errOut := run(t, "", "ask", "-db", first, "/suitors Kamara"); code != 0 {
		t.Fatalf("ask: %s", errOut)
	}
	ctx := context.Background()
	s, err := sqlite.Open(ctx, first)
	if err != nil {
		t.Fatal(err)
	}
	sub, err := s.Subscribe(ctx, knowledge.Subscription{Platform: "telegram", Chat: "42", Kind: knowledge.SubDigest, Lang: "fr"})
	if err == nil {
		err = s.SetWatermark(ctx, sub.ID, 3)
	}
	if err == nil {
		rem, _ := s.Subscribe(ctx, knowledge.Subscription{Platform: "discord", Chat: "7", Kind: knowledge.SubReminders})
		err = s.MarkReminder(ctx, rem.ID, "Boubacar Kamara", 30)
	}
	if err == nil {
		err = s.SetFeedState(ctx, "https://example.org/feed", `"e1"`, "")
	}
	// The corrections, one of them undone, and a forgotten article go too.
	if err == nil {
		_, err = s.Correct(ctx, knowledge.Correction{Kind: knowledge.SetContract, Player: "Boubacar Kamara",
			Contract: facts.Date{Year: 2027, Month: 6}, Author: "u1", Platform: "telegram"})
	}
	if err == nil {
		var k knowledge.Correction
		if k, err = s.Correct(ctx, knowledge.Correction{Kind: knowledge.Retract, Player: "Boubacar Kamara",
			Club: "Atlético Madrid", Author: "u2", Platform: "discord"}); err == nil {
			_, err = s.Undo(ctx, k.ID, "u3", "console")
		}
	}
	if err == nil {
		_, err = s.Forget(ctx, 5)
	}
	if err != nil {
		t.Fatal(err)
	}
	want := answers(t, s)
	s.Close()

	url := pgtest.New(t)
	code, out, errOut := run(t, "", "copy-db", "-from", "sqlite:"+first, "-to", url)
	if code != 0 || !strings.Contains(out, "same count") {
		t.Fatalf("copy to postgres: %d %s %s", code, out, errOut)
	}
	if !strings.Contains(out, "subscriptions           2         2") {
		t.Errorf("counts:\n%s", out)
	}
	p, err := postgres.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	if got := answers(t, p); got != want {
		t.Errorf("on PostgreSQL:\n%s\nwant\n%s", got, want)
	}
	if s, err = sqlite.Open(ctx, first); err != nil {
		t.Fatal(err)
	}
	tables := schemaTables(t, first, p)
	sameRows(t, tables, s, p) // every column, those copydb.Tables leaves out too
	s.Close()
	// Ids go on after the copied ones.
	if _, err := p.Subscribe(ctx, knowledge.Subscription{Platform: "telegram", Chat: "43", Kind: knowledge.SubDigest}); err != nil {
		t.Errorf("subscribe after the copy: %v", err)
	}
	p.Close()

	back := filepath.Join(dir, "back.db")
	if code, out, errOut := run(t, "", "copy-db", "-from", url, "-to", "sqlite:"+back); code != 0 {
		t.Fatalf("copy back: %d %s %s", code, out, errOut)
	}
	b, err := sqlite.Open(ctx, back)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if p, err = postgres.Open(ctx, url); err != nil {
		t.Fatal(err)
	}
	sameRows(t, tables, p, b)
	p.Close()
	got := answers(t, b)
	// The subscription made on PostgreSQL came back too.
	if !strings.Contains(got, "telegram/43") || strings.Replace(got, "telegram/43 digest all  wm=0\n", "", 1) != want {
		t.Errorf("back on SQLite:\n%s\nwant\n%s", got, want)
	}

	// Into a database that is not empty: refused.
	if code, _, errOut := run(t, "", "copy-db", "-from", "sqlite:"+first, "-to", url); code == 0 || !strings.Contains(errOut, "not empty") {
		t.Errorf("copy into a full database: %d %s", code, errOut)
	}
}

// answers renders what a store answers of Kamara, its subscriptions with
// their delivery state, and a feed's state.
func answers(t *testing.T, s knowledge.Store) string {
	t.Helper()
	ctx := context.Background()
	var b strings.Builder
	ps, err := s.FindPlayers(ctx, "Kamara")
	if err != nil || len(ps) == 0 {
		t.Fatalf("find Kamara: %v %v", ps, err)
	}
	sus, err := s.Suitors(ctx, ps[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, su := range sus {
		b.WriteString(su.Club + " " + string(su.Stage) + " " + su.LastReported.String() + " " + su.Source + "\n")
	}
	subs, err := s.Subscriptions(ctx, "", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, sub := range subs {
		sent, _ := s.ReminderSent(ctx, sub.ID, "Boubacar Kamara", 30)
		b.WriteString(strings.Join([]string{sub.Platform + "/" + sub.Chat, string(sub.Kind), string(sub.Filter), sub.Lang,
			"wm=" + itoa(sub.Watermark)}, " "))
		if sent {
			b.WriteString(" reminded")
		}
		b.WriteString("\n")
	}
	ks, err := s.Corrections(ctx, 0, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range ks {
		fmt.Fprintf(&b, "correction %d %s %s %s %s %s/%s %s undone by %s/%s %s\n", k.ID, k.Kind, k.Player, k.Club, k.Contract,
			k.Author, k.Platform, k.Created.Truncate(time.Microsecond).Format(time.RFC3339Nano), k.UndoneBy, k.UndonePlatform,
			k.Undone.Truncate(time.Microsecond).Format(time.RFC3339Nano)) // PostgreSQL keeps microseconds
	}
	fs, _ := s.FeedState(ctx, "https://example.org/feed")
	b.WriteString("feed " + fs.ETag)
	st, _ := s.Stats(ctx)
	b.WriteString(" " + itoa(int64(st.Articles)) + " articles " + itoa(int64(st.Links)) + " links " +
		itoa(int64(st.Corrections)) + " corrections " + itoa(int64(st.Forgotten)) + " forgotten")
	return b.String()
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
