package bot

import (
	"context"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/text"
)

// fakeKnowledge is an in-memory Knowledge over a few players, clubs and
// reports, matching names the way the store does: without case or accents,
// by full name or surname, clubs by name or alias.
type fakeKnowledge struct {
	players []fakePlayer
	clubs   []fakeClub
	reports []knowledge.Report

	mu       sync.Mutex
	subs     []knowledge.Subscription
	lastID   int64 // the last subscription id given
	ingested []knowledge.Input
}

type fakePlayer struct {
	knowledge.Profile
}

type fakeClub struct {
	knowledge.ClubRef
	aliases []string
}

func date(s string) facts.Date {
	d, err := facts.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// newFake returns the test knowledge base.
func newFake() *fakeKnowledge {
	f := &fakeKnowledge{}
	clubs := []struct {
		name    string
		aliases string
	}{
		{"Atlético Madrid", "Atletico|Atleti|Atlético de Madrid|Rojiblancos|Colchoneros"},
		{"AC Milan", "Milan|Rossoneri"},
		{"Arsenal", "Gunners"},
		{"Olympique de Marseille", "Marseille|OM|l'OM"},
		{"Bayern Munich", "Bayern|FC Bayern|Bayern München"},
		{"Manchester United", "Man United|Man Utd"},
		{"Manchester City", "Man City|Citizens"},
		{"Chelsea", "Blues"},
		{"Liverpool", "Reds"},
		{"Juventus", "Juve|Bianconeri"},
		{"Barcelona", "Barça|Barca|Barcelone"},
		{"Real Madrid", "Madrid|Merengues"},
		{"Inter", "Inter Milan|Internazionale|Nerazzurri"},
		{"Paris Saint-Germain", "PSG|Paris SG"},
		{"Tottenham Hotspur", "Tottenham|Spurs"},
		{"Newcastle United", "Newcastle"},
		{"AS Monaco", "Monaco"},
		{"RB Leipzig", "Leipzig"},
		{"Borussia Dortmund", "Dortmund|BVB"},
		{"Napoli", ""},
		{"Sevilla", "Séville|Siviglia"},
		{"Fiorentina", ""},
		{"Benfica", ""},
		{"Leeds United", "Leeds"},
		{"Real Sociedad", "La Real"},
		{"Atalanta", ""},
		{"Southampton", ""},
	}
	for i, c := range clubs {
		fc := fakeClub{ClubRef: knowledge.ClubRef{ID: int64(i + 1), Name: c.name}}
		if c.aliases != "" {
			fc.aliases = strings.Split(c.aliases, "|")
		}
		f.clubs = append(f.clubs, fc)
	}
	players := []struct{ name, club, contract string }{
		{"Boubacar Kamara", "Olympique de Marseille", "2022-06"},
		{"Bernardo Silva", "Manchester City", "2025-06"},
		{"Thiago Silva", "Chelsea", "2022-06"},
		{"André Silva", "RB Leipzig", ""},
		{"Kylian Mbappé", "Paris Saint-Germain", "2022-06"},
		{"Erling Haaland", "Borussia Dortmund", "2024-06"},
		{"Paul Pogba", "Manchester United", "2022-06"},
		{"Ousmane Dembélé", "Barcelona", "2022-06"},
		{"Franck Kessié", "AC Milan", "2022-06"},
		{"Antonio Rüdiger", "Chelsea", "2022-06"},
		{"Dušan Vlahović", "Fiorentina", "2026-06"},
		{"Aurélien Tchouaméni", "AS Monaco", "2024-06"},
		{"Mohamed Salah", "Liverpool", "2023-06"},
		{"Robert Lewandowski", "Bayern Munich", "2023-06"},
		{"Darwin Núñez", "Benfica", "2025-06"},
		{"Raphinha", "Leeds United", "2024-06"},
		{"Jules Koundé", "Sevilla", "2024-06"},
		{"Frenkie de Jong", "Barcelona", "2026-06"},
		{"Alexander Isak", "Real Sociedad", "2026-06"},
		{"Niklas Süle", "Bayern Munich", "2022-06"},
	}
	for i, p := range players {
		f.players = append(f.players, fakePlayer{knowledge.Profile{
			PlayerRef:       knowledge.PlayerRef{ID: int64(i + 1), Name: p.name, CurrentClub: p.club},
			ContractExpires: date(p.contract),
		}})
	}
	f.players[0].Fees = []knowledge.FeeReport{
		{Fee: facts.Fee{Club: "AC Milan", Amount: 12_000_000, Currency: "EUR", Kind: facts.FeeBid, Status: facts.FeeRejected}, Published: date("2021-07"), Source: "SportItalia"},
		{Fee: facts.Fee{Club: "AS Monaco", Amount: 30_000_000, Currency: "EUR", Kind: facts.FeeBid}, Published: date("2021-07"), Source: "La Marseillaise"},
		{Fee: facts.Fee{Club: "Manchester City", Amount: 30_000_000, Currency: "GBP", Kind: facts.FeeBid}, Published: date("2021-03-04")},
	}
	links := []struct{ player, club, stage, published, source string }{
		{"Boubacar Kamara", "Atlético Madrid", "advanced", "2022-03-24", "GOAL"},
		{"Boubacar Kamara", "Atlético Madrid", "advanced", "2022-01", "Foot Mercato"},
		{"Boubacar Kamara", "AC Milan", "talks", "2022-01", "Foot Mercato"},
		{"Boubacar Kamara", "AC Milan", "bid", "2021-11", "TV Dello Sport"},
		{"Boubacar Kamara", "Bayern Munich", "interest", "2022-03-24", "GOAL"},
		{"Boubacar Kamara", "Manchester United", "interest", "2022-03-24", "GOAL"},
		{"Boubacar Kamara", "Chelsea", "interest", "2022-01", ""},
		{"Boubacar Kamara", "Liverpool", "interest", "2021-03-04", "Calciomercato"},
		{"Boubacar Kamara", "Manchester City", "ended", "2021-03-04", ""},
		{"Kylian Mbappé", "Real Madrid", "advanced", "2022-04-02", "Marca"},
		{"Erling Haaland", "Manchester City", "done", "2022-05-10", "Sky"},
		{"Erling Haaland", "Real Madrid", "interest", "2022-03-01", "AS"},
		{"Paul Pogba", "Juventus", "talks", "2022-05-01", "Gazzetta"},
		{"Ousmane Dembélé", "Chelsea", "interest", "2022-04-20", ""},
		{"Franck Kessié", "Barcelona", "advanced", "2022-04-10", "Sport"},
		{"Antonio Rüdiger", "Real Madrid", "advanced", "2022-04-28", "Bild"},
		{"Dušan Vlahović", "Arsenal", "bid", "2022-01-20", "Sky"},
		{"Dušan Vlahović", "Juventus", "done", "2022-01-28", "ANSA"},
		{"Aurélien Tchouaméni", "Real Madrid", "talks", "2022-05-20", "L'Équipe"},
		{"Aurélien Tchouaméni", "Liverpool", "interest", "2022-05-01", ""},
		{"Alexander Isak", "Arsenal", "interest", "2022-05-15", "The Athletic"},
		{"Raphinha", "Arsenal", "interest", "2022-05-30", "Sky"},
		{"Raphinha", "Barcelona", "talks", "2022-06-02", "Sport"},
		{"Jules Koundé", "Chelsea", "bid", "2022-06-10", "RMC"},
		{"Darwin Núñez", "Liverpool", "advanced", "2022-06-05", "Record"},
		{"Niklas Süle", "Borussia Dortmund", "done", "2022-02-03", "Kicker"},
		{"Mohamed Salah", "Real Madrid", "ended", "2022-02-01", ""},
	}
	for i, l := range links {
		f.reports = append(f.reports, knowledge.Report{
			LinkID: int64(i + 1), Player: l.player, Club: l.club, Stage: facts.Stage(l.stage),
			Sentence:  l.club + " are after " + l.player + ".",
			Published: date(l.published), Source: l.source,
			Ingested: time.Date(2022, 6, 1, 0, 0, 0, 0, time.UTC),
		})
	}
	return f
}

// nameFits reports whether the folded query names a player: his full name
// or its last words.
func nameFits(q, name string) bool {
	words := strings.Fields(text.Fold(name))
	for i := range words {
		if strings.Join(words[i:], " ") == q {
			return true
		}
	}
	return false
}

func (f *fakeKnowledge) Ingest(ctx context.Context, in knowledge.Input) (knowledge.IngestResult, error) {
	if strings.TrimSpace(in.Text) == "" {
		return knowledge.IngestResult{}, &knowledge.RejectError{Reason: "empty text"}
	}
	if !strings.Contains(strings.ToLower(in.Text), "kamara") {
		return knowledge.IngestResult{}, &knowledge.RejectError{Reason: "no football in it"}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.ingested = append(f.ingested, in)
	return knowledge.IngestResult{ArticleID: int64(len(f.ingested)), Duplicate: len(f.ingested) > 1, Facts: facts.Article{
		Lang: "en", Published: date("2022-03-24"),
		Players: []facts.Player{{Name: "Boubacar Kamara", CurrentClub: "Olympique de Marseille", ContractExpires: date("2022-06"),
			Suitors: []facts.Suitor{{Club: "Atlético Madrid", Stage: facts.StageAdvanced}}}},
	}}, nil
}

func (f *fakeKnowledge) FindPlayers(ctx context.Context, q string) ([]knowledge.PlayerRef, error) {
	q = strings.Join(strings.Fields(text.Fold(q)), " ")
	var out []knowledge.PlayerRef
	for _, p := range f.players {
		if q != "" && nameFits(q, p.Name) {
			out = append(out, p.PlayerRef)
		}
	}
	return out, nil
}

func (f *fakeKnowledge) ClosestPlayers(ctx context.Context, q string, n int) ([]string, error) {
	q = text.Fold(q)
	type sc struct {
		name string
		d    int
	}
	var all []sc
	for _, p := range f.players {
		all = append(all, sc{p.Name, nameDistance(q, text.Fold(p.Name))})
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].d < all[j].d })
	var out []string
	for _, s := range all {
		if len(out) == n || s.d > 3 {
			break
		}
		out = append(out, s.name)
	}
	return out, nil
}

func (f *fakeKnowledge) FindClubs(ctx context.Context, q string) ([]knowledge.ClubRef, error) {
	q = strings.Join(strings.Fields(text.Fold(q)), " ")
	var out []knowledge.ClubRef
	for _, c := range f.clubs {
		fits := text.Fold(c.Name) == q
		for _, a := range c.aliases {
			fits = fits || text.Fold(a) == q
		}
		if fits {
			out = append(out, c.ClubRef)
		}
	}
	return out, nil
}

func (f *fakeKnowledge) Complete(ctx context.Context, kind, prefix string, n int) ([]string, error) {
	prefix = text.Fold(prefix)
	var names []string
	if kind == "player" {
		for _, p := range f.players {
			names = append(names, p.Name)
		}
	} else {
		for _, c := range f.clubs {
			names = append(names, c.Name)
		}
	}
	var out []string
	for _, name := range names {
		fits := strings.HasPrefix(text.Fold(name), prefix)
		for _, w := range strings.Fields(text.Fold(name)) {
			fits = fits || strings.HasPrefix(w, prefix)
		}
		if fits && len(out) < n {
			out = append(out, name)
		}
	}
	return out, nil
}

func (f *fakeKnowledge) player(id int64) (fakePlayer, bool) {
	for _, p := range f.players {
		if p.ID == id {
			return p, true
		}
	}
	return fakePlayer{}, false
}

func (f *fakeKnowledge) club(id int64) (fakeClub, bool) {
	for _, c := range f.clubs {
		if c.ID == id {
			return c, true
		}
	}
	return fakeClub{}, false
}

func (f *fakeKnowledge) Profile(ctx context.Context, id int64) (knowledge.Profile, error) {
	p, ok := f.player(id)
	if !ok {
		return knowledge.Profile{}, knowledge.ErrNotFound
	}
	return p.Profile, nil
}

// suitorsOf aggregates the reports of one player.
func (f *fakeKnowledge) suitorsOf(player string) []knowledge.Suitor {
	var out []knowledge.Suitor
	idx := map[string]int{}
	for _, r := range f.reports {
		if r.Player != player {
			continue
		}
		i, ok := idx[r.Club]
		if !ok {
			idx[r.Club] = len(out)
			out = append(out, knowledge.Suitor{Club: r.Club, Stage: r.Stage, LastReported: r.Published, Source: r.Source})
			i = len(out) - 1
		} else if r.Published.Compare(out[i].LastReported) > 0 {
			out[i].Stage, out[i].LastReported, out[i].Source = r.Stage, r.Published, r.Source
		}
		out[i].Reports++
	}
	sort.SliceStable(out, func(i, j int) bool {
		if a, b := out[i].Stage.Strength(), out[j].Stage.Strength(); a != b {
			return a > b
		}
		return out[i].LastReported.Compare(out[j].LastReported) > 0
	})
	return out
}

func (f *fakeKnowledge) Suitors(ctx context.Context, id int64) ([]knowledge.Suitor, error) {
	p, ok := f.player(id)
	if !ok {
		return nil, knowledge.ErrNotFound
	}
	return f.suitorsOf(p.Name), nil
}

func (f *fakeKnowledge) Club(ctx context.Context, id int64, n int, since time.Time) (knowledge.ClubLinks, error) {
	c, ok := f.club(id)
	if !ok {
		return knowledge.ClubLinks{}, knowledge.ErrNotFound
	}
	links := knowledge.ClubLinks{Club: c.ClubRef}
	for _, p := range f.players {
		for _, s := range f.suitorsOf(p.Name) {
			if !since.IsZero() && !s.LastReported.IsZero() && s.LastReported.Start().Before(facts.DateOf(since).Start()) {
				continue
			}
			if s.Club == c.Name {
				links.Targets = append(links.Targets, knowledge.PlayerSuitor{Player: p.Name, Suitor: s})
			}
			if p.CurrentClub == c.Name {
				links.Outgoing = append(links.Outgoing, knowledge.PlayerSuitor{Player: p.Name, Suitor: s})
			}
		}
	}
	links.TargetCount, links.OutgoingCount = len(links.Targets), len(links.Outgoing)
	if n > 0 {
		links.Targets, links.Outgoing = links.Targets[:min(n, len(links.Targets))], links.Outgoing[:min(n, len(links.Outgoing))]
	}
	return links, nil
}

func (f *fakeKnowledge) filter(playerID, clubID int64) []knowledge.Report {
	p, _ := f.player(playerID)
	c, _ := f.club(clubID)
	var out []knowledge.Report
	for _, r := range f.reports {
		if (playerID == 0 || r.Player == p.Name) && (clubID == 0 || r.Club == c.Name) {
			out = append(out, r)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Published.Compare(out[j].Published) > 0 })
	return out
}

func (f *fakeKnowledge) Latest(ctx context.Context, n int, playerID, clubID int64) ([]knowledge.Report, error) {
	out := f.filter(playerID, clubID)
	if c, ok := f.club(clubID); ok && playerID == 0 {
		// A club's rumours include its own players linked elsewhere.
		out = nil
		for _, r := range f.filter(0, 0) {
			if r.Club == c.Name || f.clubOfPlayer(r.Player) == c.Name {
				out = append(out, r)
			}
		}
	}
	if len(out) > n {
		out = out[:n]
	}
	return out, nil
}

// clubOfPlayer is the current club of the player called name.
func (f *fakeKnowledge) clubOfPlayer(name string) string {
	for _, p := range f.players {
		if p.Name == name {
			return p.CurrentClub
		}
	}
	return ""
}

func (f *fakeKnowledge) Sources(ctx context.Context, playerID, clubID int64) ([]knowledge.Report, error) {
	return f.filter(playerID, clubID), nil
}

func (f *fakeKnowledge) Expiring(ctx context.Context, from, to facts.Date) ([]knowledge.Expiring, error) {
	var out []knowledge.Expiring
	for _, p := range f.players {
		e := p.ContractExpires
		if !e.IsZero() && !e.End().Before(from.Start()) && !e.Start().After(to.End()) {
			out = append(out, knowledge.Expiring{Player: p.Name, Club: p.CurrentClub, Expires: e})
		}
	}
	return out, nil
}

func (f *fakeKnowledge) Subscribe(ctx context.Context, sub knowledge.Subscription) (knowledge.Subscription, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for i, s := range f.subs {
		if s.Platform == sub.Platform && s.Chat == sub.Chat && s.Kind == sub.Kind && s.Filter == sub.Filter && s.FilterID == sub.FilterID {
			if sub.At != "" {
				f.subs[i].At = sub.At
			}
			if sub.Lang != "" {
				f.subs[i].Lang = sub.Lang
			}
			return f.subs[i], nil
		}
	}
	f.lastID++
	sub.ID = f.lastID
	f.subs = append(f.subs, sub)
	return sub, nil
}

func (f *fakeKnowledge) Unsubscribe(ctx context.Context, platform, chat string, kind knowledge.SubKind) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	keep, n := f.subs[:0], 0
	for _, s := range f.subs {
		if s.Platform == platform && s.Chat == chat && (kind == "" || s.Kind == kind) {
			n++
			continue
		}
		keep = append(keep, s)
	}
	f.subs = keep
	return n, nil
}

func (f *fakeKnowledge) DeleteSubscription(ctx context.Context, id int64) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	for i, s := range f.subs {
		if s.ID == id {
			f.subs = slices.Delete(f.subs, i, i+1)
			return nil
		}
	}
	return knowledge.ErrNotFound
}

func (f *fakeKnowledge) Subscriptions(ctx context.Context, platform, chat string) ([]knowledge.Subscription, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []knowledge.Subscription
	for _, s := range f.subs {
		if s.Platform == platform && s.Chat == chat {
			out = append(out, s)
		}
	}
	return out, nil
}

// Moves lists the done reports as completed moves, in the reports' order
// (newest first), of a player or of the club that signed him.
func (f *fakeKnowledge) Moves(ctx context.Context, n int, playerID, clubID int64) ([]knowledge.Move, error) {
	out := []knowledge.Move{}
	for _, r := range f.filter(playerID, clubID) {
		if r.Stage == facts.StageDone && len(out) < n {
			out = append(out, knowledge.Move{Player: r.Player, Club: r.Club, Published: r.Published, Source: r.Source, Ingested: r.Ingested})
		}
	}
	return out, nil
}
