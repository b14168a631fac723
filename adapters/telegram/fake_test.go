package telegram

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/mercato-bot/mercato/adapters/telegram/telegramtest"
	"github.com/mercato-bot/mercato/bot"
)

// fakeRouter answers a few scripted commands and records the requests.
type fakeRouter struct {
	mu       sync.Mutex
	reqs     []bot.Request
	ingested []string
	subs     map[string][]string // chat -> subscriptions
	block    chan struct{}       // when set, /slow waits for it
}

func newFakeRouter() *fakeRouter { return &fakeRouter{subs: map[string][]string{}} }

func (f *fakeRouter) requests() []bot.Request {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]bot.Request(nil), f.reqs...)
}

func (f *fakeRouter) texts() []string {
	var out []string
	for _, r := range f.requests() {
		out = append(out, r.Text)
	}
	return out
}

func (f *fakeRouter) Commands() []bot.Command {
	return []bot.Command{
		{Name: "suitors", Description: map[string]string{"en": "Clubs linked with a player", "fr": "Clubs intéressés par un joueur", "es": "Clubes interesados en un jugador", "it": "Club interessati a un giocatore", "de": "Vereine, die einen Spieler wollen"}},
		{Name: "subscribe", Description: map[string]string{"en": "Subscribe this chat"}},
		{Name: "ingest", Description: map[string]string{"en": "Learn from an article"}, Admin: true},
		{Name: "Bad-Name", Description: map[string]string{"en": "refused by Telegram"}},
	}
}

// longLines is the 10,000-character answer of /long, one numbered line each.
func longLines() []string {
	var lines []string
	for i, n := 0, 0; n < 10000; i++ {
		l := fmt.Sprintf("line %03d: %s", i, strings.Repeat("x", 60))
		lines = append(lines, l)
		n += len(l) + 1
	}
	return lines
}

func (f *fakeRouter) Serve(ctx context.Context, req *bot.Request) bot.Reply {
	f.mu.Lock()
	f.reqs = append(f.reqs, *req)
	block := f.block
	f.mu.Unlock()
	name, _, args, _ := parseCommand(req.Text)
	switch name {
	case "suitors":
		switch args {
		case "Kamara", "Boubacar Kamara":
			return bot.Reply{Title: "Boubacar Kamara (Marseille, contract to 2022-06)", Items: []bot.Item{
				{Label: "Atlético Madrid", Detail: "advanced · 3 reports · latest 2022-03-24 · GOAL"},
				{Label: "Aston Villa", Detail: "talks · 1 report"},
			}}
		case "Silva":
			return bot.Reply{Title: "Several players are called Silva:", Choices: []bot.Choice{
				{Label: "Bernardo Silva (Manchester City)", Command: "/suitors Bernardo Silva"},
				{Label: "Thiago Silva (Chelsea)", Command: "/suitors Thiago Emiliano da Silva " + strings.Repeat("é", 30)},
			}}
		}
		return bot.Reply{Title: "Suitors of " + args}
	case "article":
		return bot.Reply{
			Title:  "<b>Kamara</b> & <i>co</i>",
			Lines:  []string{`He said: "<script>alert(1)</script> &amp; more"`},
			Items:  []bot.Item{{Label: "A<b>&", Detail: "5 < 6 & 7 > 3"}},
			Footer: "source: <a href='x'>L'Équipe</a>",
			More:   2,
		}
	case "panic":
		panic("router bug")
	case "long":
		return bot.Reply{Lines: longLines()}
	case "slow":
		if block != nil {
			select {
			case <-block:
			case <-ctx.Done(): // cut short: nothing done, as an ingest rolled back
				return bot.Reply{Error: true, Lines: []string{"cut short"}}
			}
		}
		return bot.Reply{Title: "slow answer"}
	case "subscribe", "unsubscribe":
		if req.CanManage != nil {
			ok, err := req.CanManage(ctx)
			if err != nil || !ok {
				return bot.Reply{Error: true, Lines: []string{"Only the chat's administrators can change its subscriptions."}}
			}
		}
		f.mu.Lock()
		defer f.mu.Unlock()
		if name == "subscribe" {
			f.subs[req.Chat] = append(f.subs[req.Chat], args)
			return bot.Reply{Title: "Subscribed: " + args}
		}
		n := len(f.subs[req.Chat])
		delete(f.subs, req.Chat)
		return bot.Reply{Title: fmt.Sprintf("Unsubscribed (%d)", n)}
	case "ingest":
		if !req.Admin {
			return bot.Reply{Error: true, Lines: []string{"router refusal"}}
		}
		if args == "" {
			return bot.Reply{Error: true, Lines: []string{"usage: /ingest TEXT"}}
		}
		f.mu.Lock()
		f.ingested = append(f.ingested, args)
		f.mu.Unlock()
		return bot.Reply{Title: "Learned", Private: true}
	case "":
		return bot.Reply{Title: "question: " + req.Text}
	}
	return bot.Reply{Error: true, Lines: []string{"Unknown command /" + name}}
}

// fakeClock never waits: it records the waits asked for and moves its
// time forward by them.
type fakeClock struct {
	mu     sync.Mutex
	now    time.Time
	sleeps []time.Duration
}

func newFakeClock() *fakeClock {
	return &fakeClock{now: time.Date(2022, 3, 24, 12, 0, 0, 0, time.UTC)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if d > 0 {
		c.sleeps = append(c.sleeps, d)
		c.now = c.now.Add(d)
	}
	return nil
}

func (c *fakeClock) waits() []time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]time.Duration(nil), c.sleeps...)
}

// Users and chats of the tests.
var (
	alice = tgbotapi.User{ID: 501, FirstName: "Alice", UserName: "alice", LanguageCode: "en"}
	admin = tgbotapi.User{ID: 502, FirstName: "Ada", UserName: "ada", LanguageCode: "fr"}
	group = telegramtest.Group(-100123, "Mercato <fans> & co")
)

// harness runs a Bot against a fake Bot API server.
type harness struct {
	t      *testing.T
	srv    *telegramtest.Server
	router *fakeRouter
	clock  *fakeClock
	bot    *Bot
	cancel context.CancelFunc
	done   chan error
}

// start connects a bot over the fake router to a new fake server and runs
// it until the test ends.
func start(t *testing.T, tweak func(*Config, *Options)) *harness {
	t.Helper()
	router := newFakeRouter()
	h := startWith(t, router, tweak)
	h.router = router
	return h
}

// startWith is start with any router.
func startWith(t *testing.T, router Router, tweak func(*Config, *Options)) *harness {
	t.Helper()
	h := &harness{t: t, srv: telegramtest.NewServer(), clock: newFakeClock()}
	t.Cleanup(h.srv.Close)
	cfg := Config{Token: telegramtest.Token, APIEndpoint: h.srv.URL(), Admins: []int64{admin.ID}, MaxDocumentBytes: 1000}
	opts := Options{HTTPClient: h.srv.Client(), clock: h.clock, Log: testLogger(t)}
	if tweak != nil {
		tweak(&cfg, &opts)
	}
	b, err := New(t.Context(), cfg, router, opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	h.bot = b
	ctx, cancel := context.WithCancel(context.Background())
	h.cancel = cancel
	h.done = make(chan error, 1)
	go func() { h.done <- b.Run(ctx) }()
	t.Cleanup(func() { h.stop() })
	return h
}

// stop cancels Run and returns its error, failing if it takes 5 seconds.
func (h *harness) stop() error {
	h.cancel()
	select {
	case err := <-h.done:
		h.done <- err
		return err
	case <-time.After(5 * time.Second):
		h.t.Fatal("Run did not return within 5 seconds of cancellation")
		return nil
	}
}

// push sends an update to the bot.
func (h *harness) push(u tgbotapi.Update) {
	h.t.Helper()
	if _, err := h.srv.Push(u); err != nil {
		h.t.Fatalf("push: %v", err)
	}
}

// say sends text from user in chat.
func (h *harness) say(chat *tgbotapi.Chat, from tgbotapi.User, text string) {
	h.t.Helper()
	h.push(h.srv.Message(chat, from, text))
}

// waitFor waits for a message whose text contains substr and returns every
// message sent until then.
func (h *harness) waitFor(substr string) []telegramtest.Sent {
	h.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var sent []telegramtest.Sent
	ok := h.srv.Wait(ctx, func(s *telegramtest.Server) bool {
		sent = s.Sent()
		for i, m := range sent {
			if strings.Contains(m.Shown, substr) {
				sent = sent[:i+1]
				return true
			}
		}
		return false
	})
	if !ok {
		h.t.Fatalf("no message with %q in %+v", substr, sent)
	}
	return sent
}

// waitSent waits for n messages in all and returns them.
func (h *harness) waitSent(n int) []telegramtest.Sent {
	h.t.Helper()
	sent := h.srv.WaitSent(n, 10*time.Second)
	if len(sent) < n {
		h.t.Fatalf("got %d messages, want %d: %+v", len(sent), n, sent)
	}
	return sent
}
