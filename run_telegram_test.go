package main

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/mercato-bot/mercato/adapters/telegram/telegramtest"
)

func TestTelegramServiceToken(t *testing.T) {
	srv := telegramtest.NewServer()
	defer srv.Close()
	quiet := slog.New(slog.DiscardHandler)
	cases := []struct {
		name, env, token string
		started          bool
		err              string
	}{
		{"no token", "", "", false, ""},
		{"the environment is loadConfig's to read", telegramtest.Token, "", false, ""},
		{"the config's", "nope", telegramtest.Token, true, ""},
		{"refused", "", "999:bad", false, "Unauthorized"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Setenv("TELEGRAM_TOKEN", c.env)
			cfg := &config{}
			cfg.Telegram.Token, cfg.Telegram.APIEndpoint = c.token, srv.URL()
			svc, sender, err := telegramService(t.Context(), cfg, nil, quiet, nil)
			if (svc != nil) != c.started || (sender != nil) != c.started {
				t.Errorf("service %v, sender %v; want started %v", svc, sender, c.started)
			}
			if (err == nil) != (c.err == "") || err != nil && !strings.Contains(err.Error(), c.err) {
				t.Errorf("err = %v, want %q", err, c.err)
			}
		})
	}
}

// TestRunTelegram is the acceptance scenario: `mercato run -config FILE`
// with telegram.api_endpoint on a server speaking the Bot API answers
// /suitors Kamara with a sendMessage naming Atlético Madrid to the same
// chat, and returns within 5 seconds of SIGTERM.
func TestRunTelegram(t *testing.T) {
	srv := telegramtest.NewServer()
	defer srv.Close()
	dir := t.TempDir()
	cfgPath := filepath.Join(dir, "cfg.yaml")
	yaml := "database:\n  sample: true\n  path: " + filepath.Join(dir, "mercato.db") + "\n" +
		"telegram:\n  token: \"" + telegramtest.Token + "\"\n  api_endpoint: \"" + srv.URL() + "\"\n"
	if err := os.WriteFile(cfgPath, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("TELEGRAM_TOKEN", "")

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stdout, stderr bytes.Buffer
	done := make(chan int, 1)
	go func() { done <- runCmd(ctx, []string{"-config", cfgPath}, strings.NewReader(""), &stdout, &stderr) }()

	wait, stop := context.WithTimeout(context.Background(), 30*time.Second)
	defer stop()
	if !srv.Wait(wait, func(s *telegramtest.Server) bool { return len(s.Calls("getUpdates")) > 0 }) {
		t.Fatalf("the bot never polled; stderr:\n%s", stderr.String())
	}
	fan := tgbotapi.User{ID: 4242, FirstName: "Fan"}
	if _, err := srv.Push(srv.Message(telegramtest.Private(fan), fan, "/suitors Kamara")); err != nil {
		t.Fatal(err)
	}
	sent := srv.WaitSent(1, 30*time.Second)
	if len(sent) != 1 || sent[0].ChatID != fan.ID || !strings.Contains(sent[0].Shown, "Atlético Madrid") {
		t.Errorf("sent = %+v, want an answer naming Atlético Madrid to chat %d", sent, fan.ID)
	}

	cancel() // SIGTERM
	began := time.Now()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("mercato run exited %d; stderr:\n%s", code, stderr.String())
		}
		if d := time.Since(began); d > 5*time.Second {
			t.Errorf("mercato run took %v to stop", d)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("mercato run did not stop within 5 seconds")
	}
}

// fakeShared is a shared knowledge base whose polling lock another
// replica holds (or not).
type fakeShared struct{ held bool }

func (f *fakeShared) TakeUpdate(context.Context, int64) (bool, error) { return true, nil }

func (f *fakeShared) Exclusive(context.Context, int64) (func(), bool, error) {
	if f.held {
		return nil, false, nil
	}
	f.held = true
	return func() {}, true, nil
}

// A second replica may not long-poll: it is refused with a message saying
// to use the webhook; the first is not.
func TestPollingOneReplicaOnly(t *testing.T) {
	shared := &fakeShared{held: true}
	err := pollAlone(t.Context(), shared)
	if err == nil || !strings.Contains(err.Error(), "telegram.webhook") {
		t.Errorf("second poller: %v, want a refusal naming telegram.webhook", err)
	}
	if err := pollAlone(t.Context(), &fakeShared{}); err != nil {
		t.Errorf("first poller refused: %v", err)
	}
}
