package sqlite

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/storetest"
	"github.com/mercato-bot/mercato/knowledge/text"
)

// The generated bases: BenchmarkWrite's players and the ingested base's
// size and players.
const (
	benchArticles = 100_000
	benchPlayers  = 20_000
)

// buildBase builds a generated knowledge base at path, in a file renamed
// to path once complete: a copy of the base at from (unless ""), opened
// with this schema, then filled with fill (unless nil).
func buildBase(b *testing.B, path, from string, fill func(context.Context, *Store) error) {
	b.Helper()
	ctx := context.Background()
	start := time.Now()
	tmp := path + ".building"
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(tmp + suffix)
	}
	if from != "" {
		if err := copyFile(from, tmp); err != nil {
			b.Fatal(err)
		}
	}
	s, err := Open(ctx, tmp)
	if err != nil {
		b.Fatal(err)
	}
	if fill != nil {
		if err := fill(ctx, s); err != nil {
			b.Fatal(err)
		}
	}
	if _, err := s.db.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		b.Fatal(err)
	}
	s.Close()
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	b.Logf("built %s (from %q) in %v", path, from, time.Since(start).Round(time.Millisecond))
}

// openBase opens the knowledge base at path, closed when b ends.
func openBase(b *testing.B, path string) *Store {
	b.Helper()
	s, err := Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// BenchmarkSuitors answers /suitors (FindPlayers + Profile + Suitors) over
// the ingested base (ingestedStore), for its most reported player and the
// median one, and reports the latency percentiles and the base's size:
//
//	go test -run '^$' -bench 'Suitors$' -cpu 1 ./knowledge/sqlite/
func BenchmarkSuitors(b *testing.B) {
	s := ingestedStore(b)
	st, err := s.Stats(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, suffix := range []string{"", "-wal"} {
		if fi, err := os.Stat(ingestedPath(ingestedArticles(b), len(migrations)) + suffix); err == nil {
			size += fi.Size()
		}
	}
	for _, who := range reportedPlayers(b, s) {
		b.Run(who.name, func(b *testing.B) {
			lat := storetest.BenchSuitors(b, s, []string{who.player})
			ms := func(q float64) float64 { return storetest.Percentile(lat, q) }
			b.Logf("p90 %.3f p95 %.3f p98 %.3f p99.9 %.3f max %.3f", ms(0.90), ms(0.95), ms(0.98), ms(0.999), ms(1))
			b.ReportMetric(float64(size)/(1<<20), "db-MB")
			b.ReportMetric(float64(st.Links), "links")
		})
	}
}

// BenchmarkComplete answers autocompletion (Discord) over the ingested
// base for the prefixes of one to four letters of its most reported
// player's name, the median one's and its biggest club's.
func BenchmarkComplete(b *testing.B) {
	s := ingestedStore(b)
	ctx := context.Background()
	type subject struct{ name, kind, full string }
	var subjects []subject
	for _, who := range reportedPlayers(b, s) {
		subjects = append(subjects, subject{who.name, "player", who.player})
	}
	subjects = append(subjects, subject{"biggest-club", "club", biggestClub(b, s).name})
	for _, sub := range subjects {
		b.Run(sub.name, func(b *testing.B) {
			f := text.Fold(sub.full)
			var lat []time.Duration
			for i := 0; b.Loop(); i++ {
				start := time.Now()
				if _, err := s.Complete(ctx, sub.kind, f[:min(len(f), 1+i%4)], 25); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(start))
			}
			latencies(b, lat)
		})
	}
}

// BenchmarkClosestPlayers finds the names closest to a misspelt one (the
// answer to an unknown name, the typos of questions) over the ingested
// base, a letter dropped from the surname or full name of its 64 most
// reported players with a surname of five letters or more: through the
// name index, and as one query over every player as before the index.
func BenchmarkClosestPlayers(b *testing.B) {
	s := ingestedStore(b)
	ctx := context.Background()
	rows, err := s.db.QueryContext(ctx, `SELECT fold FROM players ORDER BY articles DESC, id LIMIT 1000`)
	if err != nil {
		b.Fatal(err)
	}
	typos := map[string][]string{}
	for i := 0; rows.Next() && len(typos["surname"]) < 64; i++ {
		var full string
		if err := rows.Scan(&full); err != nil {
			b.Fatal(err)
		}
		surname := full[strings.LastIndexByte(full, ' ')+1:]
		if len(surname) < 5 {
			continue // typos are forgiven from five letters on
		}
		for kind, name := range map[string]string{"fullname": full, "surname": surname} {
			r := []rune(name)
			j := 1 + i%(len(r)-2)
			typos[kind] = append(typos[kind], string(r[:j])+string(r[j+1:])) // a letter dropped
		}
	}
	rows.Close()
	for _, impl := range []struct {
		name string
		fn   func(ctx context.Context, q string, n int) ([]string, error)
	}{{"index", s.ClosestPlayers}, {"query", s.closestPlayersSQL}} {
		for _, kind := range []string{"surname", "fullname"} {
			b.Run(impl.name+"-"+kind, func(b *testing.B) {
				qs := typos[kind]
				for i := 0; b.Loop(); i++ {
					if got, err := impl.fn(ctx, qs[i%len(qs)], 3); err != nil || len(got) == 0 {
						b.Fatalf("%q: %q, %v", qs[i%len(qs)], got, err)
					}
				}
			})
		}
	}
}

// BenchmarkNameIndex builds the name index of the ingested base, as the
// first question after a change does.
func BenchmarkNameIndex(b *testing.B) {
	s := ingestedStore(b)
	ctx := context.Background()
	conn, err := s.db.Conn(ctx)
	if err != nil {
		b.Fatal(err)
	}
	defer conn.Close()
	for b.Loop() {
		if _, err := buildNameIndex(ctx, conn, s.clubs); err != nil {
			b.Fatal(err)
		}
	}
}

// denseArticle is an article naming players players, each linked with
// links clubs.
func denseArticle(i, players, links int) knowledge.Article {
	art := facts.Article{Lang: "en", Published: facts.Date{Year: 2022, Month: 3, Day: 1}}
	for p := range players {
		pl := facts.Player{Name: fmt.Sprintf("Dense%d Player%d", i, p)}
		for c := range links {
			pl.Suitors = append(pl.Suitors, facts.Suitor{Club: fmt.Sprintf("Club %d", c), Stage: facts.StageInterest})
		}
		art.Players = append(art.Players, pl)
	}
	text := fmt.Sprintf("dense article %d", i)
	return knowledge.Article{Text: text, Facts: art}
}

// BenchmarkWriteDenseArticle is how long writing one article holds the
// write lock: at the limit of knowledge.MaxArticlePlayers and
// MaxArticleLinks, and as dense as the hostile page of issue 18 (12,000
// players), which the ingest pipeline now refuses.
func BenchmarkWriteDenseArticle(b *testing.B) {
	for _, bc := range []struct {
		name           string
		players, links int
	}{
		{"limit-200x5", knowledge.MaxArticlePlayers, knowledge.MaxArticleLinks / knowledge.MaxArticlePlayers},
		{"hostile-12000x1", 12000, 1},
	} {
		b.Run(bc.name, func(b *testing.B) {
			s, err := Open(context.Background(), filepath.Join(b.TempDir(), "dense.db"))
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			i := 0
			for b.Loop() {
				if _, err := s.Write(context.Background(), []knowledge.Article{denseArticle(i, bc.players, bc.links)}); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}
