package bot

import (
	"context"
	"encoding/json"
	"slices"
	"testing"
	"time"
)

// benchPairs are questions, one or more per intent, and the commands they
// map to (the same answer, TestBenchPairs checks).
var benchPairs = []struct{ name, command, question string }{
	{"suitors", "/suitors Kamara", "who wants Kamara?"},
	{"suitors-fr", "/suitors Kamara", "Qui veut Kamara ?"},
	{"suitors-es", "/suitors Kamara", "¿Quién quiere fichar a Kamara?"},
	{"suitors-it", "/suitors Kamara", "Chi vuole Kamara?"},
	{"suitors-de", "/suitors Kamara", "Wer will Kamara?"},
	{"suitors-typo", "/suitors Kamara", "wer will Kamra?"},
	{"player", "/player Kamara", "Kamara contract?"},
	{"player-fr", "/player Kamara", "quand se termine le contrat de Kamara"},
	{"fees", "/player Kamara", "how much was offered for Kamara"},
	{"club", "/club Atlético", "who are Atlético after?"},
	{"club-typo", "/club Atlético", "who are Atletico Madird after?"},
	{"latest", "/latest", "latest rumours"},
	{"latest-player", "/latest Kamara", "latest news on Kamara"},
	{"latest-club", "/latest Atleti", "latest rumours about Atleti"},
	{"sources", "/sources Kamara | Atleti", "sources for Kamara to Atleti"},
	{"expiring", "/expiring 2022-06", "which contracts expire in June 2022?"},
	{"unknown-player", "/suitors Zidane", "who wants Zidane?"},
}

// Each benchmarked question gets its command's answer: the benchmark
// compares like with like.
func TestBenchPairs(t *testing.T) {
	rt, _ := storeRouter(t)
	for _, p := range benchPairs {
		c, err := json.Marshal(serve(t, rt, p.command).Data)
		if err != nil {
			t.Fatal(err)
		}
		data, _ := serve(t, rt, p.question).Data.(map[string]any)
		if data["intent"] == nil {
			t.Errorf("%s: %q has no intent", p.name, p.question)
		}
		delete(data, "intent")
		q, err := json.Marshal(data)
		if err != nil {
			t.Fatal(err)
		}
		if string(q) != string(c) {
			t.Errorf("%s: %q answers\n%s\n%q answers\n%s", p.name, p.question, q, p.command, c)
		}
	}
}

// BenchmarkAsk measures each question against the command it maps to,
// over the sample corpus in a real knowledge base, the two in turn in the
// same loop so that the load of the machine weighs on both alike. It
// reports the median time of each and the difference, which must stay
// under a millisecond:
//
//	go test -run '^$' -bench Ask -cpu 1 ./bot/
func BenchmarkAsk(b *testing.B) {
	rt, _ := storeRouter(b)
	ctx := context.Background()
	for _, p := range benchPairs {
		b.Run(p.name, func(b *testing.B) {
			reqs := [2]*Request{
				{Platform: "bench", Chat: "b", Text: p.command},
				{Platform: "bench", Chat: "b", Text: p.question},
			}
			var took [2][]time.Duration
			for i := 0; b.Loop(); i++ {
				for k := range reqs {
					k = (k + i) % 2 // each goes first every other time
					start := time.Now()
					rt.Serve(ctx, reqs[k])
					took[k] = append(took[k], time.Since(start))
				}
			}
			cmd, q := median(took[0]), median(took[1])
			b.ReportMetric(cmd, "command-µs")
			b.ReportMetric(q, "question-µs")
			b.ReportMetric(q-cmd, "extra-µs")
		})
	}
}

// median returns the median of ds in microseconds.
func median(ds []time.Duration) float64 {
	ds = slices.Clone(ds)
	slices.Sort(ds)
	return float64(ds[len(ds)/2]) / 1e3
}

// BenchmarkParseQuestion measures what a question adds to its command at
// most: reading it (language, intent, names spotted against the
// knowledge base), over the sample corpus in a real knowledge base.
func BenchmarkParseQuestion(b *testing.B) {
	rt, _ := storeRouter(b)
	ctx := context.Background()
	for _, p := range benchPairs {
		b.Run(p.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := rt.parseQuestion(ctx, p.question, ""); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
