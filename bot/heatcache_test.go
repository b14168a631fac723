package bot

import (
	"context"
	"encoding/json"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// genKnowledge is the fake knowledge base with a generation, counting the
// reads heat answers make.
type genKnowledge struct {
	*fakeKnowledge
	gen   atomic.Int64
	reads atomic.Int64
}

func (g *genKnowledge) Generation(ctx context.Context) (int64, error) { return g.gen.Load(), nil }

func (g *genKnowledge) Timeline(ctx context.Context, playerID int64, from time.Time) ([]knowledge.Report, error) {
	g.reads.Add(1)
	return g.fakeKnowledge.Timeline(ctx, playerID, from)
}

func (g *genKnowledge) Recent(ctx context.Context, since, from time.Time) ([]knowledge.Report, error) {
	g.reads.Add(1)
	return g.fakeKnowledge.Recent(ctx, since, from)
}

// Heat answers are read from the knowledge base once a generation, and
// answer as when computed anew: after a write (a new generation) they
// tell the new report.
func TestHeatCache(t *testing.T) {
	for _, cmd := range []string{"/suitors Kamara", "/timeline Kamara", "/hot", "/hot 3"} {
		t.Run(cmd, func(t *testing.T) {
			g := &genKnowledge{fakeKnowledge: newFake()}
			cached := testRouter(t, g, Options{})
			plain := testRouter(t, newFake(), Options{})
			answer := func(rt *Router) string {
				t.Helper()
				b, err := json.Marshal(serve(t, rt, cmd))
				if err != nil {
					t.Fatal(err)
				}
				return string(b)
			}
			first := answer(cached)
			if want := answer(plain); first != want {
				t.Fatalf("cached answer\n%s\nwant\n%s", first, want)
			}
			reads := g.reads.Load()
			if again := answer(cached); again != first || g.reads.Load() != reads {
				t.Errorf("asked again: %d reads more; answer\n%s\nwas\n%s", g.reads.Load()-reads, again, first)
			}
			// A write: Chelsea's done deal, newer than every report.
			g.reports = append(g.reports, knowledge.Report{LinkID: 999, Player: "Boubacar Kamara", Club: "Chelsea",
				Stage: facts.StageDone, Published: facts.Date{Year: 2022, Month: 3, Day: 30}, Source: "Sky"})
			g.gen.Add(1)
			after := answer(cached)
			if after == first || g.reads.Load() == reads {
				t.Errorf("after a write: %d reads, answer unchanged\n%s", g.reads.Load()-reads, after)
			}
			plain.k.(*fakeKnowledge).reports = g.reports
			if want := answer(plain); after != want {
				t.Errorf("after a write: cached answer\n%s\nwant\n%s", after, want)
			}
		})
	}
}

// Heat answers served at once while the generation moves on answer as
// the knowledge base does (run with -race).
func TestHeatCacheConcurrent(t *testing.T) {
	g := &genKnowledge{fakeKnowledge: newFake()}
	cached := testRouter(t, g, Options{})
	plain := testRouter(t, newFake(), Options{})
	cmds := []string{"/suitors Kamara", "/timeline Kamara", "/hot", "/suitors Pogba"}
	want := map[string]string{}
	for _, cmd := range cmds {
		b, _ := json.Marshal(serve(t, plain, cmd))
		want[cmd] = string(b)
	}
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 50 {
				if j%10 == i {
					g.gen.Add(1) // a write that changes nothing
				}
				cmd := cmds[(i+j)%len(cmds)]
				b, _ := json.Marshal(serve(t, cached, cmd))
				if string(b) != want[cmd] {
					t.Errorf("%s: %s, want %s", cmd, b, want[cmd])
					return
				}
			}
		}()
	}
	wg.Wait()
}
