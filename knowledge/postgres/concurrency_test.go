package postgres

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/mercato-bot/mercato/internal/pgtest"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/ingest"
	"github.com/mercato-bot/mercato/knowledge/storetest"
)

// TestConcurrentIngest ingests every article from many goroutines through
// four Stores on one database (four replicas, each with its own pool):
// every article is stored once, none is lost, none fails, and the players
// and clubs they share are created once.
func TestConcurrentIngest(t *testing.T) {
	const n, replicas, perReplica = 30, 4, 3
	fx := storetest.Extractor{}
	for i := range n {
		art := storetest.KamaraArticle(fmt.Sprintf("2022-03-%02d", i%28+1), fmt.Sprintf("Club %d", i%7), facts.StageInterest)
		// New players that several articles name, written at once.
		art.Players = append(art.Players, facts.Player{Name: fmt.Sprintf("Player Number%d", i%10),
			Suitors: []facts.Suitor{{Club: fmt.Sprintf("Other %d", i%5), Stage: facts.StageInterest}}})
		fx[fmt.Sprint("article ", i)] = art
	}
	url := pgtest.New(t)
	ctx := context.Background()
	var bases []knowledge.Base
	for range replicas {
		s, err := Open(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		bases = append(bases, knowledge.Base{Store: s, Ingester: ingest.New(s, fx.Extract)})
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	stored := map[int64]int{} // article id: times reported as new
	for g := range replicas * perReplica {
		wg.Go(func() {
			for i := range n { // every goroutine ingests every article
				res, err := bases[g%replicas].Ingest(ctx, knowledge.Input{Text: fmt.Sprint("article ", (i+g*7)%n)})
				if err != nil {
					t.Error(err)
					continue
				}
				if !res.Duplicate {
					mu.Lock()
					stored[res.ArticleID]++
					mu.Unlock()
				}
			}
		})
	}
	wg.Wait()
	if len(stored) != n {
		t.Errorf("%d articles reported new, want %d", len(stored), n)
	}
	for id, k := range stored {
		if k != 1 {
			t.Errorf("article %d reported new %d times", id, k)
		}
	}
	st := storetest.Stats(t, bases[0])
	if st.Articles != n || st.Links != 2*n || st.Players != 11 || st.Clubs != 13 {
		t.Errorf("stats %+v, want %d articles, %d links, 11 players, 13 clubs (Marseille, 7 suitors of Kamara, 5 others)", st, n, 2*n)
	}
	k := storetest.OnePlayer(t, bases[1], "kamara")
	suitors, err := bases[1].Suitors(ctx, k.ID)
	if err != nil || len(suitors) != 7 {
		t.Fatalf("suitors %+v, %v; want 7", suitors, err)
	}
	total := 0
	for _, su := range suitors {
		total += su.Reports
	}
	if total != n {
		t.Errorf("%d reports over the suitors, want %d", total, n)
	}
}

// TestConcurrentClaims: two replicas (two Stores, each with its own pool)
// fan the same deliveries out at once, one in the order of the
// subscriptions, the other backwards, claiming each digest and each
// reminder before sending: every delivery is claimed by exactly one.
func TestConcurrentClaims(t *testing.T) {
	const subs, replicas = 100, 2
	url := pgtest.New(t)
	ctx := context.Background()
	var stores []*Store
	for range replicas {
		s, err := Open(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		stores = append(stores, s)
	}
	ids := make([]int64, subs)
	for i := range ids {
		sub, err := stores[0].Subscribe(ctx, knowledge.Subscription{Platform: "telegram", Chat: fmt.Sprint(i), Kind: knowledge.SubDigest})
		if err != nil {
			t.Fatal(err)
		}
		ids[i] = sub.ID
	}
	claims := []func(s *Store, id int64) error{
		func(s *Store, id int64) error { return s.ClaimWatermark(ctx, id, 0, 5) },
		func(s *Store, id int64) error { return s.ClaimReminder(ctx, id, "Boubacar Kamara", 7) },
	}
	var mu sync.Mutex
	won := map[[2]int64]int{} // (claim, subscription): claims won
	var wg sync.WaitGroup
	for r, s := range stores {
		wg.Go(func() {
			for i := range subs {
				if r%2 == 1 {
					i = subs - 1 - i
				}
				for c, claim := range claims {
					err := claim(s, ids[i])
					if err != nil && !errors.Is(err, knowledge.ErrClaimed) {
						t.Errorf("replica %d, claim %d of sub %d: %v", r, c, ids[i], err)
						continue
					}
					if err == nil {
						mu.Lock()
						won[[2]int64{int64(c), ids[i]}]++
						mu.Unlock()
					}
				}
			}
		})
	}
	wg.Wait()
	for c := range claims {
		for _, id := range ids {
			if k := won[[2]int64{int64(c), id}]; k != 1 {
				t.Errorf("claim %d of subscription %d won %d times, want once", c, id, k)
			}
		}
	}
}
