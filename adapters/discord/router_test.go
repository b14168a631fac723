package discord

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/mercato-bot/mercato/bot"
)

// fakeRouter answers a few fixed requests the way the real router does.
type fakeRouter struct {
	mu       sync.Mutex
	requests []bot.Request
	slow     chan struct{} // "/player Slow" waits for a value from it
}

func newFakeRouter() *fakeRouter { return &fakeRouter{slow: make(chan struct{})} }

func words(en, fr, es, it, de string) map[string]string {
	return map[string]string{"en": en, "fr": fr, "es": es, "it": it, "de": de}
}

var (
	playerArg = bot.Arg{Name: "player", Kind: bot.ArgPlayer, Required: true, Description: words("Player", "Joueur", "Jugador", "Giocatore", "Spieler")}
	clubArg   = bot.Arg{Name: "club", Kind: bot.ArgClub, Description: words("Club", "Club", "Club", "Club", "Verein")}
)

func (r *fakeRouter) Commands() []bot.Command {
	return []bot.Command{
		{Name: "suitors", Args: []bot.Arg{playerArg}, Description: words("Clubs linked with a player", "Clubs intéressés par un joueur", "Clubes interesados en un jugador", "Club interessati a un giocatore", "Vereine, die einen Spieler wollen")},
		{Name: "player", Args: []bot.Arg{playerArg}, Description: words("A player", "Un joueur", "Un jugador", "Un giocatore", "Ein Spieler")},
		{Name: "sources", Args: []bot.Arg{clubArg, playerArg}, Description: words("Sources", "Sources", "Fuentes", "Fonti", "Quellen")},
		{Name: "latest", Args: []bot.Arg{{Name: "count", Kind: bot.ArgInt, Description: words("How many", "Combien", "Cuántos", "Quanti", "Wie viele")}}, Description: words("Latest", "Dernières", "Últimos", "Ultime", "Neueste")},
		{Name: "expiring", Args: []bot.Arg{{Name: "month", Kind: bot.ArgMonth}}, Description: words("Contracts ending", "Contrats", "Contratos", "Contratti", "Verträge")},
		{Name: "ask", Args: []bot.Arg{{Name: "question", Kind: bot.ArgText, Required: true}}, Description: words("Ask", "Demander", "Preguntar", "Chiedere", "Fragen")},
		{Name: "ingest", Admin: true, Args: []bot.Arg{{Name: "text", Kind: bot.ArgText, Required: true, Description: words("Article", "Article", "Artículo", "Articolo", "Artikel")}}, Description: words("Admins: learn", "Admins : apprendre", "Admins: aprender", "Admin: imparare", "Admins: lernen")},
		{Name: "retract", Admin: true, Args: []bot.Arg{playerArg, {Name: "club", Kind: bot.ArgClub, Required: true}}, Description: words("Admins: retract", "Admins : démentir", "Admins: desmentir", "Admin: smentire", "Admins: dementieren")},
		{Name: "subscribe", Args: []bot.Arg{{Name: "kind", Kind: bot.ArgText}, {Name: "about", Kind: bot.ArgText}}, Description: words("Subscribe", "S'abonner", "Suscribirse", "Abbonarsi", "Abonnieren")},
		{Name: "help"},
	}
}

func (r *fakeRouter) Complete(ctx context.Context, kind bot.ArgKind, prefix string, n int) []string {
	if prefix == "slow" {
		<-ctx.Done() // a lookup that never ends in time
		return []string{"Too Late"}
	}
	names := map[bot.ArgKind][]string{
		bot.ArgPlayer: {"Boubacar Kamara", "Kamaldeen Sulemana", "Kalidou Koulibaly"},
		bot.ArgClub:   {"Atlético Madrid", "Aston Villa"},
	}[kind]
	var out []string
	for _, s := range names {
		for _, w := range append(strings.Fields(s), s) {
			if strings.HasPrefix(strings.ToLower(w), strings.ToLower(prefix)) && len(out) < n {
				out = append(out, s)
				break
			}
		}
	}
	return out
}

// last returns the last request served.
func (r *fakeRouter) last() bot.Request {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.requests) == 0 {
		return bot.Request{}
	}
	return r.requests[len(r.requests)-1]
}

func (r *fakeRouter) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.requests)
}

func (r *fakeRouter) Serve(ctx context.Context, req *bot.Request) bot.Reply {
	r.mu.Lock()
	r.requests = append(r.requests, *req)
	r.mu.Unlock()
	switch {
	case req.Text == "/suitors Kamara" || req.Text == "who wants Kamara?":
		return bot.Reply{
			Title: "Boubacar Kamara (Marseille, contract to 2022-06)",
			Items: []bot.Item{
				{Label: "Atlético Madrid", Detail: "advanced · 3 reports · latest 2022-03-24 · GOAL"},
				{Label: "Aston Villa", Detail: "talks · 1 report · latest 2022-03-02 · Sky Sports"},
			},
			Footer: "Sources: GOAL, Sky Sports",
		}
	case req.Text == "/suitors Silva":
		return bot.Reply{
			Title: "Several players are called Silva",
			Choices: []bot.Choice{
				{Label: "Bernardo Silva (Manchester City)", Command: "/suitors Bernardo Silva (Manchester City)"},
				{Label: "Thiago Silva (Chelsea)", Command: "/suitors Thiago Silva (Chelsea)"},
			},
		}
	case strings.HasPrefix(req.Text, "/suitors Bernardo Silva"):
		return bot.Reply{Title: "Bernardo Silva (Manchester City)", Items: []bot.Item{{Label: "Barcelona", Detail: "interest"}}}
	case req.Text == "/suitors Nobody":
		return bot.Reply{Error: true, Lines: []string{"I know no player called Nobody."}}
	case req.Text == "/latest 25":
		return longReply()
	case req.Text == "/player Slow", req.Text == "/player SlowNobody":
		select {
		case <-r.slow:
		case <-ctx.Done():
		}
		if req.Text == "/player SlowNobody" {
			return bot.Reply{Error: true, Lines: []string{"I know no player called SlowNobody."}}
		}
		return bot.Reply{Title: "Slow Player"}
	case req.Text == "/player Panic":
		panic("router bug")
	case strings.HasPrefix(req.Text, "/retract "):
		return bot.Reply{Private: true, Lines: []string{"Correction #1"}}
	case strings.HasPrefix(req.Text, "/ingest "):
		if !req.Admin {
			return bot.Reply{Error: true, Lines: []string{"admins only"}}
		}
		text := strings.TrimPrefix(req.Text, "/ingest ")
		first, _, _ := strings.Cut(text, "\n")
		return bot.Reply{Private: true, Title: "Learned 1 link", Lines: []string{"From: " + first}}
	}
	return bot.Reply{Error: true, Lines: []string{fmt.Sprintf("unknown %q", req.Text)}}
}

// longReply exceeds every embed limit.
func longReply() bot.Reply {
	r := bot.Reply{Title: strings.Repeat("Title ", 100), Footer: strings.Repeat("Sources ", 400), More: 7}
	for i := range 40 {
		r.Lines = append(r.Lines, fmt.Sprintf("%d %s", i, strings.Repeat("line ", 40)))
	}
	for i := range 60 {
		r.Items = append(r.Items, bot.Item{Label: fmt.Sprintf("Club %d", i), Detail: strings.Repeat("detail ", 200)})
	}
	return r
}
