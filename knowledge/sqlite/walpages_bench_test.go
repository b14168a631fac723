package sqlite

import (
	"context"
	"database/sql"
	"encoding/binary"
	"fmt"
	"os"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
)

// BenchmarkWALPages writes 5 batches of 100 generated articles
// (growthBatches, news recent and spread) into a copy of the ingested
// base with no checkpoint, then reads the WAL's frame headers and
// reports the pages written per article by table or index (dbstat's
// name of each page; "new" for pages the batches added): which of them
// make an article cost more in a big base than in an empty one. The
// same with 5 batches of 1,000 (batch=1000, as `mercato ingest` writes
// them): a page written for a player's mention or link serves the
// articles of the batch that name him. One iteration is enough:
//
//	go test -run '^$' -bench WALPages -benchtime 1x ./knowledge/sqlite/
func BenchmarkWALPages(b *testing.B) {
	ingestedStore(b)
	big := ingestedPath(ingestedArticles(b), len(migrations))
	for _, news := range []string{"recent", "spread"} {
		hundreds := growthBatches(b, 50, news == "spread")
		for _, batch := range []int{1, 10} { // hundreds of articles a batch
			batches := joinBatches(hundreds, batch)[:5]
			b.Run(fmt.Sprintf("news=%s/batch=%d", news, 100*batch), func(b *testing.B) {
				for b.Loop() {
					pages, n := walPages(b, big, batches)
					for name, k := range pages {
						b.ReportMetric(float64(k)/float64(n), name+"-pages/article")
					}
				}
			})
		}
	}
}

// noCheckpoints turns off the automatic checkpoints of every connection
// s may use (the pragma is a connection's): it takes all of them at once.
func noCheckpoints(b *testing.B, s *Store) {
	b.Helper()
	ctx := context.Background()
	const conns = 8 // Open's SetMaxOpenConns and SetMaxIdleConns
	var held []*sql.Conn
	for range conns {
		c, err := s.db.Conn(ctx)
		if err != nil {
			b.Fatal(err)
		}
		held = append(held, c)
		if _, err := c.ExecContext(ctx, `PRAGMA wal_autocheckpoint = 0`); err != nil {
			b.Fatal(err)
		}
	}
	for _, c := range held {
		c.Close()
	}
}

// walPages writes batches into a copy of the base at big, one connection
// and no checkpoint, and counts the WAL's frames by the name of the
// b-tree each page belongs to; n is the number of articles written.
func walPages(b *testing.B, big string, batches [][]knowledge.Article) (pages map[string]int, n int) {
	b.Helper()
	ctx := context.Background()
	s, path := openCopy(b, big)
	noCheckpoints(b, s)
	for _, arts := range batches {
		if _, err := s.Write(ctx, arts); err != nil {
			b.Fatal(err)
		}
		n += len(arts)
	}
	names := map[uint32]string{}
	rows, err := s.db.QueryContext(ctx, `SELECT name, pageno FROM dbstat`)
	if err != nil {
		b.Fatal(err)
	}
	for rows.Next() {
		var name string
		var page uint32
		if err := rows.Scan(&name, &page); err != nil {
			b.Fatal(err)
		}
		names[page] = name
	}
	if err := rows.Close(); err != nil {
		b.Fatal(err)
	}
	var size int
	if err := s.db.QueryRowContext(ctx, `PRAGMA page_size`).Scan(&size); err != nil {
		b.Fatal(err)
	}
	wal, err := os.ReadFile(path + "-wal")
	if err != nil {
		b.Fatal(err)
	}
	pages = map[string]int{}
	const walHeader, frameHeader = 32, 24
	for off := walHeader; off+frameHeader+size <= len(wal); off += frameHeader + size {
		name := names[binary.BigEndian.Uint32(wal[off:])]
		if name == "" {
			name = "new"
		}
		pages[name]++
		pages["all"]++
	}
	return pages, n
}
