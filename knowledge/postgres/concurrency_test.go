package postgres

import (
	"context"
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
	const n, replicas, perReplica = 60, 4, 3
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
