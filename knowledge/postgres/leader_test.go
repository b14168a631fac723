package postgres

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/internal/pgtest"
)

// contender is one replica campaigning for the lead in a test.
type contender struct {
	name    string
	leader  *Leader
	mu      sync.Mutex
	leading context.Context
	release func()
}

func (c *contender) campaign(ctx context.Context, leads chan<- *contender) {
	for ctx.Err() == nil {
		leading, release, err := c.leader.Lead(ctx)
		if err != nil {
			return
		}
		c.mu.Lock()
		c.leading, c.release = leading, release
		c.mu.Unlock()
		leads <- c
		<-leading.Done()
		release()
	}
}

func (c *contender) isLeading() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.leading != nil && c.leading.Err() == nil
}

// Three replicas campaign: one leads at a time; when the leader's
// connection is killed, it steps down and another leads, within the
// bound; when a leader releases, another leads.
func TestLeaderTakeover(t *testing.T) {
	url, key := pgtest.New(t), pgtest.LockKey()
	const retry, check = 100 * time.Millisecond, 500 * time.Millisecond
	const bound = 30 * time.Second // the bound; the log gives the time taken
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	leads := make(chan *contender, 10)
	var cs []*contender
	var wg sync.WaitGroup
	for _, name := range []string{"a", "b", "c"} {
		l, err := NewLeader(url, LeaderOptions{Key: key, Retry: retry, Check: check})
		if err != nil {
			t.Fatal(err)
		}
		c := &contender{name: name, leader: l}
		cs = append(cs, c)
		wg.Add(1)
		go func() { defer wg.Done(); c.campaign(ctx, leads) }()
	}
	defer wg.Wait()
	defer cancel()

	onlyOne := func(want *contender) {
		t.Helper()
		time.Sleep(3 * check) // the others keep trying meanwhile
		for _, c := range cs {
			if got := c.isLeading(); got != (c == want) {
				t.Errorf("%s leading = %v while %s leads", c.name, got, want.name)
			}
		}
	}
	first := <-leads
	onlyOne(first)

	// The leader's connection dies.
	killed := time.Now()
	pgtest.KillLockHolder(t, url, LockKey(key, pgtest.Schema(url)))
	var second *contender
	select {
	case second = <-leads:
	case <-time.After(bound):
		t.Fatalf("no new leader %v after the leader's connection was killed", bound)
	}
	t.Logf("takeover after a killed connection: %v", time.Since(killed))
	for first != second && first.isLeading() { // it sees its session end
		if time.Since(killed) > bound {
			t.Fatalf("%s still leads %v after its connection was killed", first.name, bound)
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Logf("the killed leader stepped down after %v", time.Since(killed))
	onlyOne(second)

	// The leader gives the lead up: another (or the same) takes it.
	second.mu.Lock()
	release := second.release
	second.mu.Unlock()
	released := time.Now()
	release()
	select {
	case third := <-leads:
		t.Logf("takeover after a release: %v", time.Since(released))
		onlyOne(third)
	case <-time.After(bound):
		t.Fatalf("no new leader %v after the leader released", bound)
	}
}

// A replica that cannot reach the database does not lead, and returns
// when its context ends.
func TestLeaderUnreachable(t *testing.T) {
	l, err := NewLeader("postgres://nobody@127.0.0.1:1/none?connect_timeout=1", LeaderOptions{Retry: 10 * time.Millisecond, Check: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 300*time.Millisecond)
	defer cancel()
	if _, _, err := l.Lead(ctx); err == nil {
		t.Fatal("led without a database")
	}
}

func TestNewLeaderBadURL(t *testing.T) {
	if _, err := NewLeader("postgres://%zz", LeaderOptions{}); err == nil {
		t.Error("accepted a bad URL")
	}
}
