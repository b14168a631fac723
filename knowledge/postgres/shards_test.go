package postgres

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/internal/pgtest"
)

// Replicas lease a Discord bot's shards: each shard to one replica, up to
// each one's max; a released or expired shard goes to another; the shard
// count stays while a lease is alive and follows the recommendation once
// none is.
func TestHoldShards(t *testing.T) {
	s := openTestURL(t, pgtest.New(t))
	ctx := context.Background()
	const ttl = time.Minute
	steps := []struct {
		name, holder     string
		recommended, max int
		ttl              time.Duration
		release          bool
		count            int
		held             []int
	}{
		{name: "the first replica", holder: "a", recommended: 4, max: 2, count: 4, held: []int{0, 1}},
		{name: "the second", holder: "b", recommended: 4, max: 2, count: 4, held: []int{2, 3}},
		{name: "a third finds none free", holder: "c", recommended: 4, max: 2, count: 4, held: []int{}},
		{name: "a renewal keeps the same", holder: "a", recommended: 4, max: 2, count: 4, held: []int{0, 1}},
		{name: "a new recommendation waits", holder: "b", recommended: 8, max: 2, count: 4, held: []int{2, 3}},
		{name: "a replica stops", holder: "a", release: true},
		{name: "its shards go to another", holder: "c", recommended: 4, max: 2, count: 4, held: []int{0, 1}},
		{name: "a short lease", holder: "b", recommended: 4, max: 2, ttl: time.Millisecond, count: 4, held: []int{2, 3}},
		{name: "the expired are taken", holder: "c", recommended: 4, count: 4, held: []int{0, 1, 2, 3}},
		{name: "the last leases end", holder: "c", release: true},
		{name: "then the recommendation counts", holder: "d", recommended: 2, count: 2, held: []int{0, 1}},
	}
	for _, st := range steps {
		if st.release {
			if err := s.ReleaseShards(ctx, st.holder); err != nil {
				t.Fatalf("%s: %v", st.name, err)
			}
			continue
		}
		if st.ttl == 0 {
			st.ttl = ttl
		}
		count, held, err := s.HoldShards(ctx, st.holder, st.recommended, st.max, st.ttl)
		if err != nil || count != st.count || !slices.Equal(held, st.held) {
			t.Fatalf("%s: count %d, held %v, %v; want %d, %v", st.name, count, held, err, st.count, st.held)
		}
		if st.ttl < ttl {
			time.Sleep(10 * st.ttl)
		}
	}
	if _, _, err := s.HoldShards(ctx, "e", 0, 0, ttl); err == nil {
		t.Error("a shard count of 0 was accepted")
	}
}

// Replicas starting together, each taking one shard of four: every shard
// goes to one replica.
func TestHoldShardsAtOnce(t *testing.T) {
	url := pgtest.New(t)
	const replicas = 6
	stores := make([]*Store, replicas)
	for i := range stores {
		stores[i] = openTestURL(t, url)
	}
	var mu sync.Mutex
	holders := map[int][]string{}
	var wg sync.WaitGroup
	for i, s := range stores {
		wg.Go(func() {
			holder := fmt.Sprint("replica ", i)
			_, held, err := s.HoldShards(context.Background(), holder, 4, 1, time.Minute)
			if err != nil {
				t.Error(err)
			}
			mu.Lock()
			defer mu.Unlock()
			for _, sh := range held {
				holders[sh] = append(holders[sh], holder)
			}
		})
	}
	wg.Wait()
	for sh := range 4 {
		if len(holders[sh]) != 1 {
			t.Errorf("shard %d held by %v, want one replica", sh, holders[sh])
		}
	}
}

// openTestURL opens a store on the database at url, closed when t ends.
func openTestURL(t *testing.T, url string) *Store {
	t.Helper()
	s, err := Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
