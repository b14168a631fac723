package jobs

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/mercato-bot/mercato/adapters/telegram"
	"github.com/mercato-bot/mercato/adapters/telegram/telegramtest"
	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/internal/soak"
)

// clocked wraps the fake Bot API and notes the (simulated) time at which
// each sendMessage was accepted.
type clocked struct {
	api *telegramtest.Server

	mu       sync.Mutex
	accepted []time.Time
	refused  int
}

func (c *clocked) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rec := httptest.NewRecorder()
	c.api.ServeHTTP(rec, r)
	if strings.HasSuffix(r.URL.Path, "/sendMessage") {
		c.mu.Lock()
		if rec.Code == http.StatusOK {
			c.accepted = append(c.accepted, time.Now())
		} else {
			c.refused++
		}
		c.mu.Unlock()
	}
	for k, v := range rec.Header() {
		w.Header()[k] = v
	}
	w.WriteHeader(rec.Code)
	_, _ = w.Write(rec.Body.Bytes())
}

// Ten thousand Telegram digest subscriptions, one digest each, through the
// Telegram adapter's Sender to a fake Bot API, in simulated time: none
// lost, none twice, never more than 30 messages a second and never fewer
// than 28 in a full second. A soak test: it runs with MERCATO_SOAK=1.
func TestTelegramFanOut10000(t *testing.T) {
	soak.Require(t)
	synctest.Test(t, func(t *testing.T) {
		const n = 10000
		api := &clocked{api: telegramtest.NewInMemory()}
		client := &http.Client{Transport: telegramtest.Transport(api)}
		quiet := slog.New(slog.DiscardHandler)
		tg, err := telegram.New(t.Context(), telegram.Config{Token: telegramtest.Token, APIEndpoint: api.api.URL()}, nil,
			telegram.Options{HTTPClient: client, Log: quiet})
		if err != nil {
			t.Fatal(err)
		}
		st := digestStore(n)
		var cfg Config
		cfg.Digest.Schedule = "0 18 * * *"
		cfg.Reminders.Schedule = Off
		var logs logBuffer
		s := newScheduler(t, cfg, st, map[string]bot.Sender{"telegram": tg}, logs.logger())
		ctx, cancel := context.WithCancel(t.Context())
		done := make(chan error)
		go func() { done <- s.Run(ctx) }()
		time.Sleep(18*time.Hour + n/27*time.Second) // the 18:00 turn, and time enough at 27/s
		synctest.Wait()
		cancel()
		if err := <-done; err != nil {
			t.Fatal(err)
		}

		per := map[int64]int{}
		for _, m := range api.api.Sent() {
			per[m.ChatID]++
			if !strings.Contains(m.Shown, "Boubacar Kamara → Atlético Madrid") {
				t.Fatalf("chat %d got %q", m.ChatID, m.Shown)
			}
		}
		var lost, dup int
		for i := int64(1); i <= n; i++ {
			switch per[i] {
			case 0:
				lost++
			case 1:
			default:
				dup += per[i] - 1
			}
		}
		t.Logf("%d chats, %d messages, %d lost, %d duplicates, %d refused by the API", len(per), len(api.accepted), lost, dup, api.refused)
		if lost != 0 || dup != 0 || len(per) != n || api.refused != 0 {
			t.Fatalf("%d lost, %d duplicates, %d chats, %d refused", lost, dup, len(per), api.refused)
		}
		if !strings.Contains(logs.String(), "sent=10000 skipped=0 failed=0") {
			t.Errorf("the run's log:\n%s", logs.String())
		}

		times := api.accepted
		checkWindow(t, "Bot API", times, 30, time.Second)
		first, last := times[0], times[len(times)-1]
		minPerSecond := n
		for w := first; !w.Add(time.Second).After(last); w = w.Add(time.Second) {
			k := 0
			for _, at := range times {
				if !at.Before(w) && at.Before(w.Add(time.Second)) {
					k++
				}
			}
			minPerSecond = min(minPerSecond, k)
		}
		rate := float64(n-1) / last.Sub(first).Seconds()
		t.Logf("took %v of simulated time: %.2f messages/s on average, at least %d in every full second", last.Sub(first), rate, minPerSecond)
		if minPerSecond <= 27 || rate > 30 {
			t.Errorf("pacing %.2f/s, %d in the slowest second: want at most 30/s and above 27", rate, minPerSecond)
		}
	})
}

// A chat that blocked the bot (403 from the Bot API) is unsubscribed.
func TestTelegramBlocked(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		api := telegramtest.NewInMemory()
		api.FailChat(2, telegramtest.Fault{Code: 403, Description: "Forbidden: bot was blocked by the user"})
		tg, err := telegram.New(t.Context(), telegram.Config{Token: telegramtest.Token, APIEndpoint: api.URL()}, nil,
			telegram.Options{HTTPClient: api.Client(), Log: slog.New(slog.DiscardHandler)})
		if err != nil {
			t.Fatal(err)
		}
		st := digestStore(3)
		s := newScheduler(t, Config{}, st, map[string]bot.Sender{"telegram": tg}, nil)
		stats, err := s.RunOnce(t.Context(), JobDigest, RunOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if stats.Sent != 2 || stats.Gone != 1 {
			t.Errorf("stats %+v", stats)
		}
		subs, _ := st.Subscriptions(t.Context(), "telegram", strconv.Itoa(2))
		if len(subs) != 0 {
			t.Errorf("chat 2 still subscribed")
		}
	})
}

// checkWindow fails when more than n of times fall in a window of per.
func checkWindow(t *testing.T, what string, times []time.Time, n int, per time.Duration) {
	t.Helper()
	for i := n; i < len(times); i++ {
		if d := times[i].Sub(times[i-n]); d < per {
			t.Fatalf("%s: sends %d and %d only %v apart: more than %d per %v", what, i-n, i, d, n, per)
		}
	}
}
