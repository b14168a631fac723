package discord

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/mercato-bot/mercato/bot"
)

// leaseTable is an in-memory lease table shared by replicas, with the
// rules of the PostgreSQL store's: free or expired shards go to a
// replica up to its max; the count stays while a lease lives.
type leaseTable struct {
	mu      sync.Mutex
	count   int
	holder  map[int]string
	expires map[int]time.Time
	ttl     time.Duration
}

// lease is one replica's view of a leaseTable.
type lease struct {
	t      *leaseTable
	holder string
	max    int
}

func (l lease) Hold(_ context.Context, recommended int) (int, []int, error) {
	t := l.t
	t.mu.Lock()
	defer t.mu.Unlock()
	now := time.Now()
	if t.count == 0 {
		t.count, t.holder, t.expires = recommended, map[int]string{}, map[int]time.Time{}
	}
	var held []int
	for id := range t.count {
		if t.holder[id] == l.holder && t.expires[id].After(now) {
			held = append(held, id)
		}
	}
	for id := range t.count {
		free := t.holder[id] == "" || !t.expires[id].After(now)
		if free && (l.max == 0 || len(held) < l.max) {
			held = append(held, id)
		}
	}
	slices.Sort(held)
	for _, id := range held {
		t.holder[id], t.expires[id] = l.holder, now.Add(t.ttl)
	}
	return t.count, held, nil
}

func (l lease) Release(context.Context) error {
	l.t.mu.Lock()
	defer l.t.mu.Unlock()
	for id, h := range l.t.holder {
		if h == l.holder {
			l.t.holder[id] = ""
		}
	}
	return nil
}

// identified waits for n IDENTIFYs and returns the shards they named.
func identified(t *testing.T, f *fakeDiscord, n int) []string {
	t.Helper()
	var out []string
	for range n {
		d := wait(t, f.identify, "IDENTIFY")
		out = append(out, fmt.Sprint(d["shard"]))
	}
	slices.Sort(out)
	return out
}

// Two replicas lease the three shards Discord recommends, the first at
// most two: every shard runs on one of them; when one stops, the other takes
// its shards over; the jobs' messages go out through the REST API
// whichever shards a replica runs.
func TestSharded(t *testing.T) {
	f := newFakeDiscord(t, "g1", "g2")
	f.shards = 3
	table := &leaseTable{ttl: 300 * time.Millisecond}
	fake := func(a *Adapter) {
		s := a.s.(*discordgo.Session)
		s.Client.Transport, s.LogLevel = f.transport(), -1
	}
	replica := func(name string, max int) (*Sharded, func()) {
		s, err := NewSharded(Config{Token: "secret"}, newFakeRouter(), nil, lease{table, name, max}, table.ttl, fake)
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- s.Run(ctx) }()
		stop := sync.OnceFunc(func() {
			cancel()
			if err := wait(t, done, "Run's return"); err != nil {
				t.Error(err)
			}
		})
		t.Cleanup(stop)
		return s, stop
	}

	a, stopA := replica("a", 2)
	if got, want := identified(t, f, 2), []string{"[0 3]", "[1 3]"}; !slices.Equal(got, want) {
		t.Errorf("replica a identified as %v, want %v", got, want)
	}
	b, _ := replica("b", 0)
	if got, want := identified(t, f, 1), []string{"[2 3]"}; !slices.Equal(got, want) {
		t.Errorf("replica b identified as %v, want %v", got, want)
	}
	if count, held := a.Held(); count != 3 || !slices.Equal(held, []int{0, 1}) {
		t.Errorf("replica a holds %v of %d, want [0 1] of 3", held, count)
	}

	stopA()
	if got, want := identified(t, f, 2), []string{"[0 3]", "[1 3]"}; !slices.Equal(got, want) {
		t.Errorf("after a stopped, b identified as %v, want %v", got, want)
	}
	if count, held := b.Held(); count != 3 || !slices.Equal(held, []int{0, 1, 2}) {
		t.Errorf("replica b holds %v of %d, want [0 1 2] of 3", held, count)
	}
	select {
	case d := <-f.identify:
		t.Errorf("one IDENTIFY too many: %v", d["shard"])
	case <-time.After(2 * table.ttl):
	}
	if n := len(f.register); n != 2 {
		t.Errorf("the commands registered %d times, want once by each replica", n)
	}

	if err := b.Send(context.Background(), "c1", bot.Reply{Title: "Transfer digest"}); err != nil {
		t.Fatal(err)
	}
	for c := f.next(t); ; c = f.next(t) {
		if c.Method == "POST" && c.Path == "/api/v9/channels/c1/messages" {
			break
		}
	}
}

func TestShardsYAML(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Shards
		ok   bool
	}{{"auto", ShardsAuto, true}, {"AUTO", ShardsAuto, true}, {"4", 4, true}, {"-2", 0, false}, {"many", 0, false}} {
		var n Shards
		err := n.UnmarshalYAML(func(v any) error {
			switch p := v.(type) {
			case *string:
				*p = tc.in
				return nil
			case *int:
				_, err := fmt.Sscan(tc.in, p)
				return err
			}
			return fmt.Errorf("unexpected %T", v)
		})
		if (err == nil) != tc.ok || (tc.ok && n != tc.want) {
			t.Errorf("shard_count %s: %d, %v", tc.in, n, err)
		}
	}
	if _, err := New(Config{Token: "t", ShardCount: ShardsAuto}, newFakeRouter(), nil); err == nil {
		t.Error("New took shard_count auto")
	}
}
