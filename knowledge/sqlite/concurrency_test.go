package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/storetest"
)

// TestConcurrentIngest ingests from several goroutines and through two
// Stores on the same file (as two processes would): every article is
// stored once, none fails on a lock.
func TestConcurrentIngest(t *testing.T) {
	fx := storetest.Extractor{}
	const n = 40
	for i := range n {
		fx[fmt.Sprint("article ", i)] = storetest.KamaraArticle(fmt.Sprintf("2022-03-%02d", i%28+1),
			fmt.Sprintf("Club %d", i%7), facts.StageInterest)
	}
	path := filepath.Join(t.TempDir(), "c.db")
	ctx := context.Background()
	var stores []*testStore
	for range 2 {
		s, err := openWith(ctx, path, fx.Extract, Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		stores = append(stores, s)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range n { // every goroutine ingests every article
				if _, err := stores[g%2].Ingest(ctx, knowledge.Input{Text: fmt.Sprint("article ", (i+g*7)%n)}); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	st := storetest.Stats(t, stores[0])
	if st.Articles != n || st.Links != n || st.Players != 1 || st.Clubs != 8 {
		t.Errorf("stats %+v, want %d articles and links, 1 player, 8 clubs", st, n)
	}
	k := storetest.OnePlayer(t, stores[1], "kamara")
	suitors, err := stores[1].Suitors(ctx, k.ID)
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

// TestWriterWaitsForTheLock: another process holding the write lock
// longer than the busy timeout makes a writer wait and retry, not fail.
func TestWriterWaitsForTheLock(t *testing.T) {
	fx := storetest.Extractor{"small": storetest.KamaraArticle("2022-03-01", "Aston Villa", facts.StageTalks)}
	path := filepath.Join(t.TempDir(), "w.db")
	ctx := context.Background()
	s, err := openWith(ctx, path, fx.Extract, Options{BusyTimeout: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	other, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	held := make(chan struct{})
	go func() {
		defer close(held)
		time.Sleep(300 * time.Millisecond) // fifteen busy timeouts
		conn.ExecContext(ctx, "ROLLBACK")
	}()
	if _, err := s.Ingest(ctx, knowledge.Input{Text: "small"}); err != nil {
		t.Errorf("a small ingest behind a writer: %v", err)
	}
	<-held
}
