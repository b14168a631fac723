package jobs

import (
	"bytes"
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/internal/soak"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/extract"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/ingest"
	"github.com/mercato-bot/mercato/knowledge/sample"
	"github.com/mercato-bot/mercato/knowledge/sqlite"
)

// sampleStore opens a knowledge base in a temporary directory filled with
// the sample corpus (the five seed articles).
func sampleStore(t *testing.T) (knowledge.Base, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "mercato.db")
	st := openStore(t, path)
	if n, err := sample.Fill(t.Context(), st, st.Ingester.(*ingest.Pipeline)); err != nil || n == 0 {
		t.Fatalf("sample: %d articles, %v", n, err)
	}
	return st, path
}

func openStore(t *testing.T, path string) knowledge.Base {
	t.Helper()
	st, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return knowledge.Base{Store: st, Ingester: ingest.New(st, extract.New().Extract)}
}

func subscribe(t *testing.T, st knowledge.Base, sub knowledge.Subscription) knowledge.Subscription {
	t.Helper()
	sub, err := st.Subscribe(t.Context(), sub)
	if err != nil {
		t.Fatal(err)
	}
	return sub
}

func kamara(t *testing.T, st knowledge.Base) knowledge.PlayerRef {
	t.Helper()
	ps, err := st.FindPlayers(t.Context(), "Kamara")
	if err != nil || len(ps) != 1 {
		t.Fatalf("FindPlayers(Kamara) = %v, %v", ps, err)
	}
	return ps[0]
}

// The dry run of the reminders as of 2022-06-01, with no subscription,
// announces the end of Kamara's contract, as `mercato jobs run reminders
// -at 2022-06-01 -dry-run` does.
func TestSampleRemindersDryRun(t *testing.T) {
	st, _ := sampleStore(t)
	var out bytes.Buffer
	s, err := New(Config{}, "Europe/Paris", Options{Store: st, Senders: map[string]bot.Sender{"console": &PrintSender{Platform: "console", W: &out}}})
	if err != nil {
		t.Fatal(err)
	}
	at, _ := time.ParseInLocation(time.DateOnly, "2022-06-01", time.UTC)
	stats, err := s.RunOnce(t.Context(), JobReminders, RunOptions{At: at, DryRun: true})
	if err != nil || stats.Sent != 1 {
		t.Fatalf("stats %+v, %v", stats, err)
	}
	if want := "Boubacar Kamara — contract with Marseille ends on 30 June 2022, in 29 days"; !strings.Contains(out.String(), want) {
		t.Errorf("dry run printed\n%s\nwant it to hold %q", out.String(), want)
	}
	if subs, _ := st.Subscriptions(t.Context(), "", ""); len(subs) != 0 {
		t.Errorf("a dry run stored %d subscriptions", len(subs))
	}
}

// Reminders on the sample corpus: each (subscription, player, threshold)
// once, following a player's and a club's filters (Liverpool's follower
// hears nothing).
func TestSampleReminders(t *testing.T) {
	st, _ := sampleStore(t)
	k := kamara(t, st)
	club := func(name string) knowledge.ClubRef {
		clubs, err := st.FindClubs(t.Context(), name)
		if err != nil || len(clubs) == 0 {
			t.Fatalf("FindClubs(%s): %v %v", name, clubs, err)
		}
		return clubs[0]
	}
	om, lfc := club("Marseille"), club("Liverpool")
	subscribe(t, st, knowledge.Subscription{Platform: "telegram", Chat: "1", Kind: knowledge.SubReminders})
	subscribe(t, st, knowledge.Subscription{Platform: "telegram", Chat: "2", Kind: knowledge.SubReminders, Filter: knowledge.FilterPlayer, FilterID: k.ID, FilterName: k.Name})
	subscribe(t, st, knowledge.Subscription{Platform: "telegram", Chat: "3", Kind: knowledge.SubReminders, Filter: knowledge.FilterClub, FilterID: om.ID, FilterName: om.Name})
	subscribe(t, st, knowledge.Subscription{Platform: "telegram", Chat: "4", Kind: knowledge.SubReminders, Filter: knowledge.FilterClub, FilterID: lfc.ID, FilterName: lfc.Name})
	sender := &fakeSender{}
	s, err := New(Config{}, "Europe/Paris", Options{Store: st, Senders: map[string]bot.Sender{"telegram": sender}})
	if err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		day  string
		want map[string]string // by chat: what the message holds
	}{
		{"2022-05-01", nil},
		{"2022-06-01", map[string]string{
			"1": "Boubacar Kamara — contract with Marseille ends on 30 June 2022, in 29 days", // and Sergi Roberto's
			"2": "Boubacar Kamara's contract with Marseille ends on 30 June 2022, in 29 days.",
			"3": "Boubacar Kamara's contract with Marseille ends on 30 June 2022, in 29 days.",
		}},
		{"2022-06-02", nil},
		{"2022-06-23", map[string]string{"1": "in 7 days", "2": "in 7 days", "3": "in 7 days"}},
		{"2022-06-30", map[string]string{"1": "ends today", "2": "ends today", "3": "ends today"}},
		{"2022-07-01", nil},
	}
	for _, step := range steps {
		before := len(sender.messages())
		at, _ := time.ParseInLocation("2006-01-02 15:04", step.day+" 09:00", time.UTC)
		if _, err := s.RunOnce(t.Context(), JobReminders, RunOptions{At: at}); err != nil {
			t.Fatal(err)
		}
		got := sender.messages()[before:]
		if len(got) != len(step.want) {
			t.Errorf("%s: %d messages, want %d", step.day, len(got), len(step.want))
		}
		for _, m := range got {
			if w, ok := step.want[m.chat]; !ok || !strings.Contains(flat(m.reply), w) {
				t.Errorf("%s: chat %s got\n%s\nwant it to hold %q", step.day, m.chat, flat(m.reply), w)
			}
		}
	}
}

// stageOf reads the stage at the head of a digest item's detail, after
// its heat.
func stageOf(it bot.Item) facts.Stage {
	_, rest := heatOf(it)
	s, _, _ := strings.Cut(rest, " · ")
	s, _, _ = strings.Cut(s, " ") // "bid €10M": the fee in the stage's place
	return facts.Stage(s)
}

// first is the first of two values.
func first[A, B any](a A, _ B) A { return a }

// heatOf reads the heat at the head of a digest item's detail ("67° · "),
// -1 when there is none, and the rest of the detail.
func heatOf(it bot.Item) (int, string) {
	h, rest, _ := strings.Cut(it.Detail, " · ")
	n, err := strconv.Atoi(strings.TrimSuffix(h, "°"))
	if err != nil || !strings.HasSuffix(h, "°") {
		return -1, it.Detail
	}
	return n, rest
}

// The digest on the sample corpus: grouped by player, hottest first, with
// heat and sources, cut to max_items; nothing new, no message; a new
// article, only its links, the known ones that heated up marked.
func TestSampleDigest(t *testing.T) {
	st, _ := sampleStore(t)
	k := kamara(t, st)
	subscribe(t, st, knowledge.Subscription{Platform: "telegram", Chat: "1", Kind: knowledge.SubDigest})
	subscribe(t, st, knowledge.Subscription{Platform: "telegram", Chat: "2", Kind: knowledge.SubDigest, Filter: knowledge.FilterPlayer, FilterID: k.ID, FilterName: k.Name})
	sender := &fakeSender{}
	var cfg Config
	cfg.Digest.MaxItems = 10
	s, err := New(cfg, "Europe/Paris", Options{Store: st, Senders: map[string]bot.Sender{"telegram": sender}})
	if err != nil {
		t.Fatal(err)
	}
	stats, err := s.RunOnce(t.Context(), JobDigest, RunOptions{})
	if err != nil || stats.Sent != 2 {
		t.Fatalf("stats %+v, %v", stats, err)
	}
	for _, m := range sender.messages() {
		r := m.reply
		t.Logf("chat %s:\n%s", m.chat, flat(r))
		if len(r.Items) != 10 || r.More == 0 {
			t.Errorf("chat %s: %d items and %d more, want 10 and the rest counted", m.chat, len(r.Items), r.More)
		}
		// Grouped by player; within a player the strongest stage first.
		seen := map[string]bool{}
		prev := ""
		for i, it := range r.Items {
			player, club, ok := strings.Cut(it.Label, " → ")
			if !ok || club == "" {
				t.Fatalf("label %q", it.Label)
			}
			if player != prev && seen[player] {
				t.Errorf("chat %s: %s's links are not together", m.chat, player)
			}
			h, _ := heatOf(it)
			if h < 0 || player == prev && h > first(heatOf(r.Items[i-1])) {
				t.Errorf("chat %s: %q after %q", m.chat, it.Detail, r.Items[i-1].Detail)
			}
			seen[player], prev = true, player
			if m.chat == "2" && player != k.Name {
				t.Errorf("the Kamara digest holds %s", it.Label)
			}
		}
		if !strings.Contains(flat(r), "GOAL") {
			t.Errorf("chat %s: no source named", m.chat)
		}
	}
	if strings.Contains(flat(sender.messages()[0].reply), "Kamara → Marseille") {
		t.Errorf("his own club is not a suitor")
	}

	// Nothing new: no message.
	stats, _ = s.RunOnce(t.Context(), JobDigest, RunOptions{})
	if stats.Sent != 0 || stats.Skipped != 2 {
		t.Errorf("second run %+v, want 2 skipped", stats)
	}

	// A new article: its links only, to the subscriptions it matches.
	res, err := st.Ingest(t.Context(), knowledge.Input{Text: " date 2022-06-10 Arsenal have made a bid for Boubacar Kamara of Marseille, according to Sky Sports. The Gunners offered 10 million euros."})
	if err != nil || len(res.Facts.Players) == 0 {
		t.Fatalf("ingest: %+v %v", res, err)
	}
	before := len(sender.messages())
	stats, _ = s.RunOnce(t.Context(), JobDigest, RunOptions{})
	got := sender.messages()[before:]
	if stats.Sent != 2 || len(got) != 2 {
		t.Fatalf("after a new article %+v", stats)
	}
	for _, m := range got {
		if len(m.reply.Items) != 1 || m.reply.Items[0].Label != "Boubacar Kamara → Arsenal" || stageOf(m.reply.Items[0]) != facts.StageBid ||
			!strings.Contains(m.reply.Items[0].Detail, "bid €10M") || strings.Contains(flat(m.reply), "heating up") {
			t.Errorf("chat %s got\n%s", m.chat, flat(m.reply))
		}
	}

	// Talks with Atlético, told by a new source: that link heated up.
	if _, err := st.Ingest(t.Context(), knowledge.Input{Text: " date 2022-06-12 Atletico Madrid are in talks with Boubacar Kamara of Marseille, according to Fabrizio Romano."}); err != nil {
		t.Fatal(err)
	}
	before = len(sender.messages())
	s.RunOnce(t.Context(), JobDigest, RunOptions{})
	for _, m := range sender.messages()[before:] {
		if !strings.Contains(flat(m.reply), "Boubacar Kamara → Atlético Madrid — ") || !strings.Contains(flat(m.reply), "heating up") {
			t.Errorf("chat %s got\n%s\nwant Atlético marked as heating up", m.chat, flat(m.reply))
		}
	}
}

// A crash during a fan-out, the process restarted on the same database:
// no message delivered twice; the one in flight at the crash, claimed
// before its send, is not sent again.
func TestSampleCrashThenRestart(t *testing.T) {
	st, path := sampleStore(t)
	const n = 4
	for i := 1; i <= n; i++ {
		subscribe(t, st, knowledge.Subscription{Platform: "telegram", Chat: string(rune('0' + i)), Kind: knowledge.SubDigest})
	}
	first := &fakeSender{fail: func(_ string, call int) error {
		if call == 2 {
			panic("crash") // the process dies while sending the second
		}
		return nil
	}}
	func() {
		defer func() {
			if recover() == nil {
				t.Fatal("no crash")
			}
		}()
		s, _ := New(Config{}, "", Options{Store: st, Senders: map[string]bot.Sender{"telegram": first}})
		_, _ = s.RunOnce(t.Context(), JobDigest, RunOptions{})
	}()
	st.Close()

	st = openStore(t, path) // the restart
	second := &fakeSender{}
	s, _ := New(Config{}, "", Options{Store: st, Senders: map[string]bot.Sender{"telegram": second}})
	for range 2 {
		if _, err := s.RunOnce(t.Context(), JobDigest, RunOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	wantOnceEachBut(t, n, "2", first, second)
}

// Six weeks of the real scheduler in simulated time over the sample
// corpus, the jobs' clock set to 2022: one digest, then none; Kamara's
// reminders at 30, 7 and 0 days, each once. A soak test (each simulated
// minute has its turn of the digests asked for at a time of day: half a
// minute under -race); TestSampleScheduledWeek is its short version.
func TestSampleScheduled(t *testing.T) {
	soak.Require(t)
	testSampleScheduled(t, time.Date(2022, 5, 24, 22, 0, 0, 0, time.UTC), 42, []string{
		"Transfer digest | What is known so far",
		"Contract running out: Boubacar Kamara | Boubacar Kamara's contract with Marseille ends on 30 June 2022, in 30 days.",
		"Contract running out: Boubacar Kamara | Boubacar Kamara's contract with Marseille ends on 30 June 2022, in 7 days.",
		"Contract running out: Boubacar Kamara | Boubacar Kamara's contract with Marseille ends today, on 30 June 2022.",
	})
}

// The last nine days of Kamara's contract under the real scheduler: the
// first reminder (8 days left), the first digest, then the 7-day and the
// last reminders, each once.
func TestSampleScheduledWeek(t *testing.T) {
	testSampleScheduled(t, time.Date(2022, 6, 21, 22, 0, 0, 0, time.UTC), 9, []string{
		"Contract running out: Boubacar Kamara | Boubacar Kamara's contract with Marseille ends on 30 June 2022, in 8 days.",
		"Transfer digest | What is known so far",
		"Contract running out: Boubacar Kamara | Boubacar Kamara's contract with Marseille ends on 30 June 2022, in 7 days.",
		"Contract running out: Boubacar Kamara | Boubacar Kamara's contract with Marseille ends today, on 30 June 2022.",
	})
}

// testSampleScheduled runs the scheduler (digest at 18:00, reminders at
// 9:00 in Paris) for days from start and checks the messages' prefixes.
func testSampleScheduled(t *testing.T, start time.Time, days int, want []string) {
	synctest.Test(t, func(t *testing.T) {
		st, _ := sampleStore(t)
		subscribe(t, st, knowledge.Subscription{Platform: "telegram", Chat: "1", Kind: knowledge.SubDigest})
		k := kamara(t, st)
		subscribe(t, st, knowledge.Subscription{Platform: "telegram", Chat: "1", Kind: knowledge.SubReminders,
			Filter: knowledge.FilterPlayer, FilterID: k.ID, FilterName: k.Name})
		// synctest's clock starts on 2000-01-01 at midnight UTC: shift it
		// to start.
		shift := start.Sub(time.Now())
		sender := &fakeSender{}
		var cfg Config
		cfg.Digest.Schedule, cfg.Reminders.Schedule = "0 18 * * *", "0 9 * * *"
		cfg.Follow.Schedule = Off // no follow here
		s, err := New(cfg, "Europe/Paris", Options{
			Store: st, Senders: map[string]bot.Sender{"telegram": sender},
			Now: func() time.Time { return time.Now().Add(shift) },
		})
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(t.Context())
		done := make(chan error)
		go func() { done <- s.Run(ctx) }()
		time.Sleep(time.Duration(days) * 24 * time.Hour)
		cancel()
		if err := <-done; err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range sender.messages() {
			got = append(got, m.reply.Title+" | "+strings.Join(m.reply.Lines, " "))
		}
		if len(got) != len(want) {
			t.Fatalf("%d messages, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
		}
		for i := range want {
			if !strings.HasPrefix(got[i], want[i]) {
				t.Errorf("message %d:\n%s\nwant\n%s", i, got[i], want[i])
			}
		}
	})
}
