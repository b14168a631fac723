package main

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/adapters/telegram"
	"github.com/mercato-bot/mercato/adapters/telegram/telegramtest"
	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/internal/pgtest"
	"github.com/mercato-bot/mercato/internal/soak"
	"github.com/mercato-bot/mercato/jobs"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/postgres"
)

// acceptLog wraps the fake Bot API and notes when each sendMessage was
// accepted.
type acceptLog struct {
	api      *telegramtest.Server
	mu       sync.Mutex
	accepted []time.Time
}

func (a *acceptLog) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rec := httptest.NewRecorder()
	a.api.ServeHTTP(rec, r)
	if strings.HasSuffix(r.URL.Path, "/sendMessage") && rec.Code == http.StatusOK {
		a.mu.Lock()
		a.accepted = append(a.accepted, time.Now())
		a.mu.Unlock()
	}
	for k, v := range rec.Header() {
		w.Header()[k] = v
	}
	w.WriteHeader(rec.Code)
	_, _ = w.Write(rec.Body.Bytes())
}

func (a *acceptLog) count() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return len(a.accepted)
}

// watchedLeader is a replica's leader that says when it leads.
type watchedLeader struct {
	*postgres.Leader
	name  int
	leads chan<- int
}

func (w watchedLeader) Lead(ctx context.Context) (context.Context, func(), error) {
	leading, release, err := w.Leader.Lead(ctx)
	if err == nil {
		w.leads <- w.name
	}
	return leading, release, err
}

// replicaRun is how one run of the replica test goes: subs digest
// subscriptions; takeover is the replicas' jobs.Options.Takeover; turn is
// the digest's schedule.
type replicaRun struct {
	subs     int
	takeover time.Duration
	turn     time.Duration
}

// Three replicas on one PostgreSQL base, each with its scheduler, leader
// and Telegram sender to one fake Bot API, 2,000 digest subscriptions;
// the leader dies in the middle of the fan-out (its database session
// killed and its process stopped): another replica takes over and
// finishes, every chat gets its digest exactly once, and the Bot API
// never receives more than 30 messages in a second, across the takeover
// too. A soak test (about 80 s at Telegram's pace): MERCATO_SOAK=1;
// TestReplicasDigestShort is its short version.
func TestReplicasDigestExactlyOnce(t *testing.T) {
	soak.Require(t)
	testReplicas(t, replicaRun{subs: 2000, turn: 2 * time.Second})
}

// TestReplicasDigestShort is TestReplicasDigestExactlyOnce over 60
// subscriptions, with a shorter takeover pause (the killed leader's
// process stops at once here) and schedule.
func TestReplicasDigestShort(t *testing.T) {
	t.Parallel()
	testReplicas(t, replicaRun{subs: 60, takeover: 1200 * time.Millisecond, turn: time.Second})
}

func testReplicas(t *testing.T, run replicaRun) {
	n, replicas := int64(run.subs), 3
	url := pgtest.New(t)
	ctx := context.Background()
	st, err := postgres.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	art := knowledge.Article{Text: "Kamara", Facts: facts.Article{Lang: "en", Outlets: []string{"GOAL"},
		Published: facts.DateOf(time.Date(2022, 3, 24, 0, 0, 0, 0, time.UTC)),
		Players: []facts.Player{{Name: "Boubacar Kamara", CurrentClub: "Marseille",
			Suitors: []facts.Suitor{{Club: "Atlético Madrid", Stage: facts.StageAdvanced, Sentence: "Atlético want Kamara."}}}}}}
	if _, err := st.Write(ctx, []knowledge.Article{art}); err != nil {
		t.Fatal(err)
	}
	for i := int64(1); i <= n; i++ {
		if _, err := st.Subscribe(ctx, knowledge.Subscription{Platform: "telegram", Chat: fmt.Sprint(i), Kind: knowledge.SubDigest}); err != nil {
			t.Fatal(err)
		}
	}

	api := &acceptLog{api: telegramtest.NewInMemory()}
	quiet := slog.New(slog.DiscardHandler)
	var cfg jobs.Config
	cfg.Digest.Schedule = fmt.Sprintf("@every %v", run.turn)
	cfg.Reminders.Schedule = jobs.Off
	cfg.Feeds.Schedule = jobs.Off
	leads := make(chan int, 16)
	key := pgtest.LockKey() // the leader's lock: other tests on the server take the real one

	stops := make([]context.CancelFunc, replicas)
	done := make([]chan error, replicas)
	for r := range replicas {
		s, err := postgres.Open(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		tg, err := telegram.New(t.Context(), telegram.Config{Token: telegramtest.Token, APIEndpoint: api.api.URL()}, nil,
			telegram.Options{HTTPClient: &http.Client{Transport: telegramtest.Transport(api)}, Log: quiet})
		if err != nil {
			t.Fatal(err)
		}
		l, err := postgres.NewLeader(url, postgres.LeaderOptions{Key: key, Retry: 200 * time.Millisecond, Check: time.Second})
		if err != nil {
			t.Fatal(err)
		}
		sched, err := jobs.New(cfg, "UTC", jobs.Options{Store: s, Senders: map[string]bot.Sender{"telegram": tg},
			Log: quiet, Leader: watchedLeader{l, r, leads}, Takeover: run.takeover})
		if err != nil {
			t.Fatal(err)
		}
		rctx, stop := context.WithCancel(ctx)
		stops[r], done[r] = stop, make(chan error, 1)
		go func() { done[r] <- sched.Run(rctx) }()
	}
	first := <-leads

	// Kill the leader a third of the way through.
	for api.count() < int(n/3) {
		time.Sleep(10 * time.Millisecond)
	}
	killed, before := time.Now(), api.count()
	pgtest.KillLockHolder(t, url, postgres.LockKey(key, pgtest.Schema(url)))
	stops[first]()
	second := <-leads
	led := time.Since(killed)
	deadline := time.Now().Add(5 * time.Minute)
	for api.count() < int(n) && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(run.turn + run.turn/2) // another turn: nothing more is sent
	for r := range replicas {
		stops[r]()
		if err := <-done[r]; err != nil {
			t.Error(err)
		}
	}

	per := map[int64]int{}
	for _, m := range api.api.Sent() {
		per[m.ChatID]++
	}
	var lost, dup int
	for i := int64(1); i <= n; i++ {
		switch k := per[i]; {
		case k == 0:
			lost++
		case k > 1:
			dup += k - 1
		}
	}
	times := slices.Clone(api.accepted)
	slices.SortFunc(times, time.Time.Compare)
	busiest := inWindow(times, time.Second)
	took := times[len(times)-1].Sub(times[0])
	var paused time.Duration // the longest pause of the fan-out: the takeover
	for i := 1; i < len(times); i++ {
		paused = max(paused, times[i].Sub(times[i-1]))
	}
	t.Logf("replica %d led; killed after %d messages; replica %d led %v later; the fan-out paused %v at most",
		first, before, second, led.Round(time.Millisecond), paused.Round(time.Millisecond))
	t.Logf("%d subscriptions: %d messages, %d chats, %d lost, %d twice; %v from first to last (%.1f/s), at most %d in any second",
		n, len(times), len(per), lost, dup, took.Round(time.Millisecond), float64(len(times)-1)/took.Seconds(), busiest)
	if lost != 0 || dup != 0 {
		t.Errorf("%d lost, %d twice: want every digest exactly once", lost, dup)
	}
	if busiest > telegram.GlobalMax {
		t.Errorf("%d messages in one second: Telegram allows %d", busiest, telegram.GlobalMax)
	}
}

// inWindow is the most of the sorted times that fall in any window d long.
func inWindow(times []time.Time, d time.Duration) int {
	most := 0
	for i := range times {
		j, _ := slices.BinarySearchFunc(times, times[i].Add(d), time.Time.Compare)
		most = max(most, j-i)
	}
	return most
}
