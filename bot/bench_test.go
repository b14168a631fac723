package bot

import (
	"context"
	"testing"
)

// benchPairs are questions and the commands they map to.
var benchPairs = []struct{ name, command, question string }{
	{"suitors", "/suitors Kamara", "who wants Kamara?"},
	{"suitors-fr", "/suitors Kamara", "Qui veut Kamara ?"},
	{"player", "/player Kamara", "quand se termine le contrat de Kamara"},
	{"club", "/club Atlético", "who are Atlético after?"},
	{"latest", "/latest Atleti", "latest rumours about Atleti"},
	{"typo", "/suitors Kamara", "wer will Kamra?"},
}

// BenchmarkAsk measures each question against the command it maps to,
// over the sample corpus in a real knowledge base: the question must cost
// no more than a millisecond more.
func BenchmarkAsk(b *testing.B) {
	rt, _ := storeRouter(b)
	ctx := context.Background()
	for _, p := range benchPairs {
		for _, kind := range []struct{ name, text string }{{"command", p.command}, {"question", p.question}} {
			b.Run(p.name+"/"+kind.name, func(b *testing.B) {
				req := &Request{Platform: "bench", Chat: "b", Text: kind.text}
				for b.Loop() {
					if r := rt.Serve(ctx, req); r.Error {
						b.Fatal(r.Text(0))
					}
				}
			})
		}
	}
}

// BenchmarkParseQuestion measures what a question adds to its command at
// most: reading it (language, intent, names looked up in the knowledge
// base), over the sample corpus in a real knowledge base.
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
