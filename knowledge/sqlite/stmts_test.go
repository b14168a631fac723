package sqlite

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/mercato-bot/mercato/knowledge/storetest"
)

// Statements are kept up to maxStmts; past it, and after Close, queries
// still answer (or fail) as unprepared ones do.
func TestStmtCache(t *testing.T) {
	s := openTest(t, storetest.Extractor{})
	ctx := context.Background()
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range maxStmts + 20 {
				var got int
				q := fmt.Sprintf("SELECT ? + %d", i)
				if err := s.queryRow(ctx, q, g).Scan(&got); err != nil || got != g+i {
					t.Errorf("%s with %d = %d, %v", q, g, got, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	if n := len(s.stmts.stmts); n != maxStmts {
		t.Errorf("%d statements kept, want %d", n, maxStmts)
	}
	if _, err := s.query(ctx, "SELEC nothing"); err == nil {
		t.Error("a bad query gave no error")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := s.queryRow(ctx, "SELECT ? + 0", 1).Scan(&n); err == nil {
		t.Error("query after Close gave no error")
	}
}
