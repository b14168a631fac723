package postgres

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/mercato-bot/mercato/internal/pgtest"
	"github.com/mercato-bot/mercato/knowledge/storetest"
)

// Three replicas receive the same updates at once: each is taken once.
func TestTakeUpdate(t *testing.T) {
	url := pgtest.New(t)
	var stores []*Store
	for range 3 {
		s, err := Open(context.Background(), url)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		stores = append(stores, s)
	}
	const updates = 200
	var taken [updates + 1]atomic.Int32
	var wg sync.WaitGroup
	for _, s := range stores {
		wg.Go(func() {
			for id := 1; id <= updates; id++ {
				ok, err := s.TakeUpdate(t.Context(), int64(id))
				if err != nil {
					t.Error(err)
					return
				}
				if ok {
					taken[id].Add(1)
				}
			}
		})
	}
	wg.Wait()
	for id := 1; id <= updates; id++ {
		if n := taken[id].Load(); n != 1 {
			t.Errorf("update %d taken %d times", id, n)
		}
	}
}

func TestExclusive(t *testing.T) {
	a := openTest(t, storetest.DefaultConfig())
	key := pgtest.LockKey()
	release, ok, err := a.Exclusive(t.Context(), key)
	if err != nil || !ok {
		t.Fatalf("first: %v, %v", ok, err)
	}
	if _, ok, err := a.Exclusive(t.Context(), key); err != nil || ok {
		t.Fatalf("second while held: %v, %v; want refused", ok, err)
	}
	release()
	release2, ok, err := a.Exclusive(t.Context(), key)
	if err != nil || !ok {
		t.Fatalf("after release: %v, %v", ok, err)
	}
	release2()
}
