package jobs

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// digestStore returns a store with n Telegram digest subscriptions (chats
// "1".."n") and one link to report.
func digestStore(n int) *fakeStore {
	st := newFakeStore()
	for i := 1; i <= n; i++ {
		st.subscribe(knowledge.Subscription{Platform: "telegram", Chat: fmt.Sprint(i), Kind: knowledge.SubDigest})
	}
	st.addReport(report("Boubacar Kamara", "Atlético Madrid", facts.StageAdvanced, "2022-03-24", "GOAL"))
	return st
}

func newScheduler(t *testing.T, cfg Config, st Store, senders map[string]bot.Sender, log *slog.Logger) *Scheduler {
	t.Helper()
	s, err := New(cfg, "UTC", Options{Store: st, Senders: senders, Log: log})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// logBuffer is a slog destination safe for concurrent use.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func (l *logBuffer) logger() *slog.Logger { return slog.New(slog.NewTextHandler(l, nil)) }

func wantOnceEach(t *testing.T, n int, senders ...*fakeSender) {
	t.Helper()
	wantOnceEachBut(t, n, "", senders...)
}

// wantOnceEachBut checks that chats "1".."n" got one message each across
// senders, except chat lost, which got none.
func wantOnceEachBut(t *testing.T, n int, lost string, senders ...*fakeSender) {
	t.Helper()
	got := map[string]int{}
	for _, s := range senders {
		for c, k := range s.perChat() {
			got[c] += k
		}
	}
	for i := 1; i <= n; i++ {
		chat, want := fmt.Sprint(i), 1
		if chat == lost {
			want = 0
		}
		if c := got[chat]; c != want {
			t.Errorf("chat %s got %d messages, want %d", chat, c, want)
		}
	}
	if lost != "" {
		n--
	}
	if len(got) != n {
		t.Errorf("%d chats got messages, want %d", len(got), n)
	}
}

// A crash during a fan-out, then a restart: no message is delivered twice.
// The one being sent when the process died was claimed (recorded as
// delivered) before the send: it is not sent again, whether or not it
// reached the platform; every other is delivered once.
func TestCrashThenRestart(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		const n = 5
		st := digestStore(n)
		var cfg Config
		first := &fakeSender{fail: func(chat string, call int) error {
			if call == 3 {
				panic("crash") // the process dies while sending the third
			}
			return nil
		}}
		func() {
			defer func() {
				if recover() == nil {
					t.Fatal("no crash")
				}
			}()
			s := newScheduler(t, cfg, st, map[string]bot.Sender{"telegram": first}, nil)
			_, _ = s.RunOnce(t.Context(), JobDigest, RunOptions{})
		}()
		if got := len(first.messages()); got != 2 {
			t.Fatalf("before the crash %d sent, want 2", got)
		}
		second := &fakeSender{}
		s := newScheduler(t, cfg, st, map[string]bot.Sender{"telegram": second}, nil)
		stats, err := s.RunOnce(t.Context(), JobDigest, RunOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if stats.Sent != 2 || stats.Skipped != 3 {
			t.Errorf("after the restart %+v, want 2 sent, 3 skipped", stats)
		}
		wantOnceEachBut(t, n, "3", first, second)
	})
}

// Another process holds the write lock for 8 s after each message goes
// out: recording a delivery waits for it, and no message is sent twice.
func TestRecordUnderLockContention(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		const n = 4
		st := digestStore(n)
		var mu sync.Mutex
		var lockedUntil time.Time
		st.busy = func() error {
			mu.Lock()
			defer mu.Unlock()
			if time.Now().Before(lockedUntil) {
				return errLocked
			}
			return nil
		}
		sender := &fakeSender{fail: func(string, int) error {
			mu.Lock()
			defer mu.Unlock()
			lockedUntil = time.Now().Add(8 * time.Second)
			return nil
		}}
		s := newScheduler(t, Config{}, st, map[string]bot.Sender{"telegram": sender}, nil)
		for range 2 {
			if _, err := s.RunOnce(t.Context(), JobDigest, RunOptions{}); err != nil {
				t.Fatal(err)
			}
			time.Sleep(time.Minute)
		}
		wantOnceEach(t, n, sender)
	})
}

// A message the platform may have shown is kept as delivered, never sent
// again; one it cannot have shown is sent on the next run.
func TestUncertainNotResent(t *testing.T) {
	synctest.Test(t, testUncertainNotResent)
}

func testUncertainNotResent(t *testing.T) {
	st := digestStore(3)
	sender := &fakeSender{fail: func(chat string, call int) error {
		switch {
		case chat == "3" && call <= 3:
			return errDown
		}
		return nil
	}}
	uncertain := &uncertainSender{fakeSender: sender, chat: "2"}
	s := newScheduler(t, Config{}, st, map[string]bot.Sender{"telegram": uncertain}, nil)
	stats, err := s.RunOnce(t.Context(), JobDigest, RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if stats.Sent != 1 || stats.Uncertain != 1 || stats.Failed != 1 {
		t.Errorf("first run %+v, want 1 sent, 1 uncertain, 1 failed", stats)
	}
	stats, err = s.RunOnce(t.Context(), JobDigest, RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if stats.Sent != 1 || stats.Skipped != 2 {
		t.Errorf("second run %+v, want 1 sent (the failed one), 2 skipped", stats)
	}
	wantOnceEach(t, 3, sender)
}

// uncertainSender shows its messages to chat but says the fate of each
// is uncertain, as a connection broken after the request does.
type uncertainSender struct {
	*fakeSender
	chat string
}

func (s *uncertainSender) Send(ctx context.Context, chat string, r bot.Reply) error {
	if err := s.fakeSender.Send(ctx, chat, r); err != nil || chat != s.chat {
		return err
	}
	return fmt.Errorf("fake: connection reset after the request: %w", bot.ErrUncertain)
}

// A platform outage, then recovery, under the real cron scheduler: the
// backlog is delivered once, and nothing more after.
func TestOutageThenRecovery(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		const n = 6
		st := digestStore(n)
		var mu sync.Mutex
		down := true
		sender := &fakeSender{fail: func(string, int) error {
			mu.Lock()
			defer mu.Unlock()
			if down {
				return errDown
			}
			return nil
		}}
		var cfg Config
		cfg.Digest.Schedule = "0 18 * * *"
		cfg.Reminders.Schedule = Off
		var logs logBuffer
		s := newScheduler(t, cfg, st, map[string]bot.Sender{"telegram": sender}, logs.logger())
		ctx, cancel := context.WithCancel(t.Context())
		done := make(chan error)
		go func() { done <- s.Run(ctx) }()

		// synctest starts at midnight UTC: the first turn is at 18:00.
		time.Sleep(19 * time.Hour)
		synctest.Wait()
		if got := len(sender.messages()); got != 0 {
			t.Fatalf("%d delivered during the outage", got)
		}
		if sender.calls() != outageThreshold {
			t.Errorf("%d attempts during the outage, want %d then the platform left alone", sender.calls(), outageThreshold)
		}
		if !strings.Contains(logs.String(), "failed=6") {
			t.Errorf("the run should log 6 failed:\n%s", logs.String())
		}
		mu.Lock()
		down = false
		mu.Unlock()

		time.Sleep(24 * time.Hour) // the next turn
		synctest.Wait()
		wantOnceEach(t, n, sender)

		time.Sleep(24 * time.Hour) // nothing new: no message
		synctest.Wait()
		wantOnceEach(t, n, sender)
		if !strings.Contains(logs.String(), "sent=0 skipped=6") {
			t.Errorf("the third run should log 6 skipped:\n%s", logs.String())
		}

		cancel()
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	})
}

// A chat that blocked the bot is unsubscribed (all its kinds) and logged;
// the others get their message.
func TestChatGone(t *testing.T) {
	st := digestStore(3)
	st.subscribe(knowledge.Subscription{Platform: "telegram", Chat: "2", Kind: knowledge.SubReminders})
	sender := &fakeSender{fail: func(chat string, _ int) error {
		if chat == "2" {
			return fmt.Errorf("telegram: 403 Forbidden: bot was blocked by the user: %w", bot.ErrChatGone)
		}
		return nil
	}}
	var logs logBuffer
	s := newScheduler(t, Config{}, st, map[string]bot.Sender{"telegram": sender}, logs.logger())
	stats, err := s.RunOnce(t.Context(), JobDigest, RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if stats.Sent != 2 || stats.Gone != 1 {
		t.Errorf("stats %+v, want 2 sent, 1 gone", stats)
	}
	if subs, _ := st.Subscriptions(t.Context(), "telegram", "2"); len(subs) != 0 {
		t.Errorf("chat 2 still has %d subscriptions", len(subs))
	}
	if subs, _ := st.Subscriptions(t.Context(), "", ""); len(subs) != 2 {
		t.Errorf("%d subscriptions left, want 2", len(subs))
	}
	if !strings.Contains(logs.String(), "unsubscribed") {
		t.Errorf("not logged:\n%s", logs.String())
	}
}

// slowSender takes d (of fake time) to have each message accepted.
type slowSender struct {
	fakeSender
	d time.Duration
}

func (s *slowSender) Send(ctx context.Context, chat string, r bot.Reply) error {
	select {
	case <-time.After(s.d):
	case <-ctx.Done():
		return ctx.Err()
	}
	return s.fakeSender.Send(ctx, chat, r)
}

// SIGTERM during a fan-out: the message in flight is finished and
// recorded, no other is started, and Run returns.
func TestShutdownFinishesMessageInFlight(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		st := digestStore(5)
		sender := &slowSender{d: 2 * time.Second}
		var cfg Config
		cfg.Digest.Schedule = "@every 1h"
		s := newScheduler(t, cfg, st, map[string]bot.Sender{"telegram": sender}, nil)
		ctx, cancel := context.WithCancel(t.Context())
		done := make(chan error)
		go func() { done <- s.Run(ctx) }()
		time.Sleep(time.Hour + 3*time.Second) // the second message is in flight
		cancel()
		start := time.Now()
		if err := <-done; err != nil {
			t.Fatal(err)
		}
		if took := time.Since(start); took != time.Second {
			t.Errorf("Run returned %v after the stop, want 1s (the rest of the message in flight)", took)
		}
		if got := len(sender.messages()); got != 2 {
			t.Fatalf("%d messages, want 2", got)
		}
		subs, _ := st.Subscriptions(t.Context(), "", "")
		for i, sub := range subs {
			if want := int64(0); i < 2 {
				want = 1
				if sub.Watermark != want {
					t.Errorf("sub %d watermark %d, want %d", sub.ID, sub.Watermark, want)
				}
			} else if sub.Watermark != want {
				t.Errorf("sub %d watermark %d, want %d", sub.ID, sub.Watermark, want)
			}
		}
	})
}

// A turn that comes while the previous run still goes is skipped, not
// doubled.
func TestTurnSkippedWhileRunning(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		st := digestStore(1)
		sender := &slowSender{d: 50 * time.Second}
		var cfg Config
		cfg.Digest.Schedule = "@every 40s"
		var logs logBuffer
		s := newScheduler(t, cfg, st, map[string]bot.Sender{"telegram": sender}, logs.logger())
		ctx, cancel := context.WithCancel(t.Context())
		done := make(chan error)
		go func() { done <- s.Run(ctx) }()
		time.Sleep(130 * time.Second) // turns at 40s (sends until 90s), 80s, 120s
		cancel()
		<-done
		if got := len(sender.messages()); got != 1 {
			t.Errorf("%d messages, want 1", got)
		}
		if !strings.Contains(logs.String(), "turn skipped") {
			t.Errorf("the skipped turn is not logged:\n%s", logs.String())
		}
		if _, err := s.RunOnce(t.Context(), "weekly", RunOptions{}); err == nil {
			t.Errorf("RunOnce of an unknown job should fail")
		}
	})
}

// Subscriptions of a platform whose adapter does not run wait, untouched.
func TestNoSenderWaits(t *testing.T) {
	st := digestStore(2)
	s := newScheduler(t, Config{}, st, nil, nil)
	stats, err := s.RunOnce(t.Context(), JobDigest, RunOptions{})
	if err != nil || stats.Waiting != 2 || stats.Sent != 0 {
		t.Fatalf("stats %+v, %v", stats, err)
	}
	subs, _ := st.Subscriptions(t.Context(), "", "")
	if subs[0].Watermark != 0 {
		t.Errorf("watermark moved without a send")
	}
}

// Two processes over one database never run the same job at once.
func TestLockFile(t *testing.T) {
	lock := filepath.Join(t.TempDir(), "mercato.db")
	st := digestStore(1)
	a, err := New(Config{}, "", Options{Store: st, Senders: map[string]bot.Sender{"telegram": &fakeSender{}}, LockFile: lock})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := New(Config{}, "", Options{Store: st, Senders: map[string]bot.Sender{"telegram": &fakeSender{}}, LockFile: lock})
	unlock, err := a.lock(JobDigest)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.RunOnce(t.Context(), JobDigest, RunOptions{}); !errors.Is(err, ErrBusy) {
		t.Errorf("RunOnce while another holds the lock = %v, want ErrBusy", err)
	}
	if _, err := b.RunOnce(t.Context(), JobReminders, RunOptions{}); err != nil {
		t.Errorf("another job: %v", err)
	}
	unlock()
	if stats, err := b.RunOnce(t.Context(), JobDigest, RunOptions{}); err != nil || stats.Sent != 1 {
		t.Errorf("after the unlock: %+v, %v", stats, err)
	}
}
