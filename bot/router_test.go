package bot

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"

	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
)

// The store is what the router runs on in production.
var _ Knowledge = knowledge.Base{}

func testRouter(t testing.TB, k Knowledge, opts Options) *Router {
	t.Helper()
	opts.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	if opts.Now == nil {
		opts.Now = func() time.Time { return time.Date(2022, 3, 1, 12, 0, 0, 0, time.UTC) }
	}
	return NewRouter(k, opts)
}

func serve(t testing.TB, rt *Router, text string) Reply {
	t.Helper()
	return rt.Serve(context.Background(), &Request{Platform: "test", Chat: "c1", User: "u1", Text: text, Admin: true})
}

func TestCommands(t *testing.T) {
	rt := testRouter(t, newFake(), Options{})
	tests := []struct {
		text    string
		want    []string // in the text, in this order
		notWant []string
		err     bool
		choices int
	}{
		{text: "/suitors Kamara", want: []string{"Boubacar Kamara (Olympique de Marseille, contract until June 2022)", "Atlético Madrid — 1° · advanced · 2 reports · 2 sources · latest 24 March 2022 · GOAL", "AC Milan — 0° · talks", "Older links (over six months) — Liverpool (interest, 4 March 2021) · Manchester City (ended, 4 March 2021)"}, notWant: []string{"• Olympique de Marseille"}},
		{text: "/suitors KAMARÁ", want: []string{"Atlético Madrid"}},
		{text: "/suitors boubacar kamara", want: []string{"Atlético Madrid"}},
		{text: "/SUITORS@mercato_bot Kamara", want: []string{"Atlético Madrid"}},
		{text: "/suitors Silva", want: []string{"Several players fit “Silva”", "1. André Silva (RB Leipzig)", "3. Thiago Silva (Chelsea)"}, choices: 3},
		{text: "/suitors Kamra", want: []string{"I know no player called “Kamra”. Did you mean: Boubacar Kamara?"}, err: true, choices: 1},
		{text: "/suitors", want: []string{"Usage: /suitors <player>"}, err: true},
		{text: "/suitors " + strings.Repeat("a", 5000), want: []string{"too long"}, err: true},
		{text: "/transfer Kamara", want: []string{"Unknown command /transfer"}, err: true},
		{text: "/player Kamara", want: []string{"contract until June 2022", "€12M bid · AC Milan · rejected · July 2021 · SportItalia", "£30M bid", "Latest links:", "Atlético Madrid — advanced · 24 March 2022"}},
		{text: "/contract Kamara", want: []string{"contract until June 2022"}},
		{text: "/player Raphinha", want: []string{"Raphinha (Leeds United, contract until June 2024)", "No fee reported."}},
		{text: "/club Atleti", want: []string{"Atlético Madrid", "Boubacar Kamara — advanced"}},
		{text: "/club Arsenal", want: []string{"Players Arsenal is linked with: 3", "Dušan Vlahović — bid"}},
		{text: "/club Marseille", want: []string{"Olympique de Marseille players linked elsewhere (→): 5", "Boubacar Kamara → Atlético Madrid"},
			notWant: []string{"Liverpool", "Manchester City"}}, // March 2021: not of the window (June 2022)
		{text: "/club Arsenol", want: []string{"I know no club called “Arsenol”. Did you mean: Arsenal?"}, err: true, choices: 1},
		{text: "/latest", want: []string{"Latest rumours", "Jules Koundé → Chelsea — bid · 10 June 2022 · RMC", "Antonio Rüdiger → Real Madrid"}, notWant: []string{"Mbappé"}},
		{text: "/latest 2", want: []string{"Jules Koundé → Chelsea", "Darwin Núñez → Liverpool"}, notWant: []string{"Raphinha", "more"}},
		{text: "/latest 0", want: []string{"“0” is not a number from 1 to 25."}, err: true},
		{text: "/latest 500", want: []string{"“500” is not a number from 1 to 25."}, err: true},
		{text: "/latest Arsenal", want: []string{"Latest rumours about Arsenal", "Raphinha → Arsenal"}},
		{text: "/sources Kamara", want: []string{"Sources: Boubacar Kamara", "“Atlético Madrid are after Boubacar Kamara.”"}},
		{text: "/sources Kamara Atleti", want: []string{"Sources: Boubacar Kamara → Atlético Madrid", "Original sources: Foot Mercato (tier 2) 1 · GOAL (tier 2) 1", "GOAL · tier 2 · Atlético Madrid · advanced · 24 March 2022"}, notWant: []string{"AC Milan"}},
		{text: "/sources Boubacar Kamara, AC Milan", want: []string{"Boubacar Kamara → AC Milan"}, notWant: []string{"Atlético"}},
		{text: "/expiring", want: []string{"Contracts ending 1 March 2022 – 1 September 2022", "Boubacar Kamara — Olympique de Marseille · contract until June 2022"}, notWant: []string{"Salah"}},
		{text: "/expiring 2023-06", want: []string{"Mohamed Salah", "Robert Lewandowski"}, notWant: []string{"Kamara"}},
		{text: "/expiring June", want: []string{"Contracts ending June 2022 – June 2022", "Boubacar Kamara"}},
		{text: "/expiring Juni 2023", want: []string{"Mohamed Salah", "Robert Lewandowski"}, notWant: []string{"Kamara"}},
		{text: "/expiring Smarch", want: []string{"is not a month"}, err: true},
		{text: "/expiring 2022-13", want: []string{"is not a month"}, err: true},
		{text: "/help", want: []string{"/suitors <player>", "/sources <player> [club]", "/ingest <text>"}},
		{text: "", want: []string{"/help lists the commands"}, err: true},
		{text: "   ", want: []string{"/help lists the commands"}, err: true},
	}
	for _, tt := range tests {
		t.Run(clip(tt.text, 30), func(t *testing.T) {
			r := serve(t, rt, tt.text)
			text := r.Text(0)
			if r.Error != tt.err {
				t.Errorf("Error = %v, want %v\n%s", r.Error, tt.err, text)
			}
			if len(r.Choices) != tt.choices {
				t.Errorf("%d choices, want %d: %v", len(r.Choices), tt.choices, r.Choices)
			}
			at := 0
			for _, w := range tt.want {
				i := strings.Index(text[at:], w)
				if i < 0 {
					t.Errorf("missing (or out of order) %q in\n%s", w, text)
					continue
				}
				at += i
			}
			for _, w := range tt.notWant {
				if strings.Contains(text, w) {
					t.Errorf("unexpected %q in\n%s", w, text)
				}
			}
			if r.Error && (r.Title != "" || len(r.Lines) != 1 || len(r.Items) > 0 || strings.Contains(r.Lines[0], "\n")) {
				t.Errorf("error reply is not one line:\n%s", text)
			}
			if _, err := json.Marshal(r.Data); err != nil || r.Data == nil {
				t.Errorf("Data %v: %v", r.Data, err)
			}
		})
	}
}

func TestSuitorsJSON(t *testing.T) {
	rt := testRouter(t, newFake(), Options{})
	b, err := json.Marshal(serve(t, rt, "/suitors Kamara").Data)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Player  map[string]any   `json:"player"`
		Suitors []map[string]any `json:"suitors"`
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if got.Player["name"] != "Boubacar Kamara" || got.Player["current_club"] != "Olympique de Marseille" || got.Player["contract_expires"] != "2022-06" {
		t.Errorf("player = %v", got.Player)
	}
	if len(got.Suitors) != 7 {
		t.Fatalf("%d suitors, want 7: %s", len(got.Suitors), b)
	}
	first := got.Suitors[0]
	want := map[string]any{"club": "Atlético Madrid", "stage": "advanced", "reports": 2.0, "last_reported": "2022-03-24", "source": "GOAL"}
	for k, v := range want {
		if first[k] != v {
			t.Errorf("suitors[0][%q] = %v, want %v", k, first[k], v)
		}
	}

	b, _ = json.Marshal(serve(t, rt, "/suitors silva").Data)
	var amb struct {
		Candidates []candidate `json:"candidates"`
	}
	if err := json.Unmarshal(b, &amb); err != nil || len(amb.Candidates) != 3 {
		t.Fatalf("ambiguous data %s: %v", b, err)
	}
}

// A choice's command answers with the player it names.
func TestChoicesAnswer(t *testing.T) {
	f := newFake()
	// A namesake: two players called Boubacar Kamara.
	f.players = append(f.players, fakePlayer{knowledge.Profile{PlayerRef: knowledge.PlayerRef{ID: 99, Name: "Boubacar Kamara", CurrentClub: "Aston Villa"}}})
	rt := testRouter(t, f, Options{})
	r := serve(t, rt, "/suitors Kamara")
	if len(r.Choices) != 2 {
		t.Fatalf("choices %v", r.Choices)
	}
	for _, c := range r.Choices {
		got := serve(t, rt, c.Command)
		if got.Error || len(got.Choices) > 0 || !strings.HasPrefix(got.Title, "Boubacar Kamara (") {
			t.Errorf("%q: %s", c.Command, got.Text(0))
		}
		if !strings.Contains(c.Label, strings.TrimSuffix(strings.SplitN(got.Title, " (", 2)[1], ")")[:5]) {
			t.Errorf("%q answered %q", c.Label, got.Title)
		}
	}
}

func TestIngest(t *testing.T) {
	f := newFake()
	rt := testRouter(t, f, Options{})
	ctx := context.Background()
	r := rt.Serve(ctx, &Request{Platform: "test", Text: "/ingest Kamara is wanted by Atleti", Admin: false})
	if !r.Error || !strings.Contains(r.Text(0), "Only admins") || len(f.ingested) != 0 {
		t.Fatalf("non-admin ingest: %s, %d stored", r.Text(0), len(f.ingested))
	}
	r = rt.Serve(ctx, &Request{Platform: "test", Text: "/ingest Kamara is wanted by Atleti", Admin: true})
	if r.Error || !strings.Contains(r.Text(0), "new article") || !strings.Contains(r.Text(0), "Atlético Madrid (advanced)") {
		t.Fatalf("ingest: %s", r.Text(0))
	}
	r = rt.Serve(ctx, &Request{Platform: "test", Text: "/ingest Kamara is wanted by Atleti", Admin: true})
	if !strings.Contains(r.Text(0), "duplicate") {
		t.Fatalf("duplicate: %s", r.Text(0))
	}
	r = rt.Serve(ctx, &Request{Platform: "test", Text: "/ingest the weather is nice", Admin: true})
	if !r.Error || r.Text(0) != "rejected: no football in it" {
		t.Fatalf("rejected: %q", r.Text(0))
	}
	r = rt.Serve(ctx, &Request{Platform: "test", Text: "/ingest https://example.org/a", Admin: true})
	if !r.Error || !strings.Contains(r.Text(0), "not configured") {
		t.Fatalf("url without fetcher: %q", r.Text(0))
	}
}

type fakeFetcher map[string]string

func (f fakeFetcher) Fetch(ctx context.Context, url string) (knowledge.Input, error) {
	text, ok := f[url]
	if !ok {
		return knowledge.Input{}, knowledge.ErrNotFound
	}
	return knowledge.Input{Text: text, Site: "example"}, nil
}

func TestIngestURL(t *testing.T) {
	f := newFake()
	rt := testRouter(t, f, Options{Fetcher: fakeFetcher{"https://example.org/a": "Atleti want Kamara"}})
	r := serve(t, rt, "/ingest https://example.org/a")
	if r.Error || len(f.ingested) != 1 || f.ingested[0].URL != "https://example.org/a" {
		t.Fatalf("%s %v", r.Text(0), f.ingested)
	}
	r = serve(t, rt, "/ingest https://example.org/missing")
	if !r.Error || !strings.Contains(r.Text(0), "Could not fetch") {
		t.Fatalf("%s", r.Text(0))
	}
	// Other schemes go to the fetcher too, which refuses them: never
	// ingested as the text of an article.
	r = serve(t, rt, "/ingest ftp://example.org/kamara-atleti.txt")
	if !r.Error || !strings.Contains(r.Text(0), "Could not fetch") || len(f.ingested) != 1 {
		t.Fatalf("ftp: %s, %d stored", r.Text(0), len(f.ingested))
	}
}

func TestIsURL(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"https://example.org/a", true},
		{"http://127.0.0.1:8080/page.html", true},
		{"ftp://example.org/a.txt", true},
		{"file:///etc/passwd", true},
		{"svn+ssh://host/x", true},
		{"https://", false},
		{"://example.org", false},
		{"Atleti want Kamara https://example.org/a", false},
		{"see http://x.org\nnext line", false},
		{"mailto:someone@example.org", false},
		{"ht tp://example.org", false},
	}
	for _, tt := range tests {
		if got := isURL(tt.in); got != tt.want {
			t.Errorf("isURL(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestSubscriptions(t *testing.T) {
	f := newFake()
	rt := testRouter(t, f, Options{})
	ctx := context.Background()
	req := func(text string, can *bool) Reply {
		r := &Request{Platform: "telegram", Chat: "42", Text: text}
		if can != nil {
			r.CanManage = func(context.Context) (bool, error) { return *can, nil }
		}
		return rt.Serve(ctx, r)
	}
	no, yes := false, true
	if r := req("/subscribe", &no); !r.Error || !strings.Contains(r.Text(0), "Only the chat's administrators") || len(f.subs) != 0 {
		t.Fatalf("refused: %s", r.Text(0))
	}
	steps := []struct {
		text, want string
		can        *bool
	}{
		{"/subscribe", "Subscribed: daily digest: everything.", nil},
		{"/subscribe digest Kamara", "Subscribed: daily digest: Boubacar Kamara.", &yes},
		{"/subscribe reminders Atleti", "Subscribed: contract reminders: Atlético Madrid.", nil},
		{"/subscribe digest Kamara", "Already subscribed: daily digest: Boubacar Kamara.", nil},
		{"/subscribe digest", "Already subscribed: daily digest: everything.", nil},
		{"/subscribe digest Atleti", "Subscribed: daily digest: Atlético Madrid.", nil},
		{"/subscriptions", "• daily digest: everything\n• daily digest: Boubacar Kamara\n• contract reminders: Atlético Madrid\n• daily digest: Atlético Madrid", nil},
		{"/unsubscribe digest Atlético", "Subscriptions removed: 1.", nil},
		{"/unsubscribe digest Atlético", "This chat has no subscription about Atlético Madrid.", nil},
		{"/subscriptions", "• daily digest: everything\n• daily digest: Boubacar Kamara\n• contract reminders: Atlético Madrid", nil},
		{"/subscribe digest 08:30", "Subscribed: daily digest at 08:30: everything.", nil},
		{"/subscribe digest 8h30", "Already subscribed: daily digest at 08:30: everything.", nil},
		{"/subscribe digest 25:00", "“25:00” is not a time of day", nil},
		{"/subscribe reminders 07:00", "Only the digest comes at a time of day", nil},
		{"/follow Kamara", "Subscribed: following: Boubacar Kamara.", nil},
		{"/follow Kamara", "Already subscribed: following: Boubacar Kamara.", nil},
		{"/follow Atleti", "Subscribed: following: Atlético Madrid.", nil},
		{"/unfollow Kamara", "Subscriptions removed: 1.", nil},
		{"/subscriptions", "• daily digest at 08:30: everything\n• daily digest: Boubacar Kamara\n• contract reminders: Atlético Madrid\n• following: Atlético Madrid", nil},
		{"/unfollow", "Subscriptions removed: 1.", nil},
		{"/follow Atleti", "Subscribed: following: Atlético Madrid.", nil},
		{"/unsubscribe Atlético", "Subscriptions removed: 2.", nil}, // the follow and the reminders
		{"/unsubscribe Kamara Boubacar Kamara", "Use digest, reminders or follow", nil},
		{"/unsubscribe digest", "Subscriptions removed: 2.", nil},
		{"/unsubscribe", "Subscriptions removed: 0.", nil},
		{"/subscriptions", "This chat has no subscription", nil},
		{"/unsubscribe weekly", "Use digest, reminders or follow", nil},
	}
	for _, s := range steps {
		if got := req(s.text, s.can).Text(0); !strings.Contains(got, s.want) {
			t.Errorf("%s: got %q, want %q", s.text, got, s.want)
		}
	}
}

func TestPanicRecovered(t *testing.T) {
	rt := testRouter(t, newFake(), Options{Middleware: []Middleware{func(Handler) Handler {
		return HandlerFunc(func(context.Context, *Request) Reply { panic("boom") })
	}}})
	// Recover is inside the options' middleware: wrap again to test it alone.
	h := Recover(rt.log)(HandlerFunc(func(context.Context, *Request) Reply { panic("boom") }))
	r := h.Serve(context.Background(), &Request{Text: "/suitors Kamara", Lang: "fr"})
	if !r.Error || !strings.Contains(r.Text(0), "Désolé") {
		t.Fatalf("%+v", r)
	}
}

func TestParseCommand(t *testing.T) {
	tests := []struct{ in, name, arg string }{
		{"/suitors Kamara", "suitors", "Kamara"},
		{"/Suitors@mercato_bot  Boubacar Kamara ", "suitors", "Boubacar Kamara"},
		{"/help", "help", ""},
		{"/help@bot", "help", ""},
		{"/ingest\nline one\nline two", "ingest", "line one\nline two"},
	}
	for _, tt := range tests {
		name, arg, ok := ParseCommand(tt.in)
		if !ok || name != tt.name || arg != tt.arg {
			t.Errorf("ParseCommand(%q) = %q, %q, %v", tt.in, name, arg, ok)
		}
	}
	if _, _, ok := ParseCommand("who wants Kamara?"); ok {
		t.Error("a question parsed as a command")
	}
}

func TestCommandsDescribed(t *testing.T) {
	rt := testRouter(t, newFake(), Options{})
	names := map[string]bool{}
	for _, c := range rt.Commands() {
		names[c.Name] = true
		for _, l := range langs {
			if c.Description[l] == "" {
				t.Errorf("/%s has no %s description", c.Name, l)
			}
			for _, a := range c.Args {
				if a.Description[l] == "" {
					t.Errorf("/%s %s has no %s description", c.Name, a.Name, l)
				}
			}
		}
	}
	for _, n := range []string{"suitors", "player", "contract", "club", "latest", "sources", "expiring", "ingest", "subscribe", "unsubscribe", "subscriptions", "help", "ask"} {
		if !names[n] {
			t.Errorf("/%s missing from Commands", n)
		}
	}
}

// /expiring takes YYYY-MM or a month's name in the five languages, with an
// optional year; without one, the next such month from the router's today.
func TestParseMonth(t *testing.T) {
	now := time.Date(2025, 9, 15, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want string // "" when refused
	}{
		{"2022-06", "2022-06"},
		{"June", "2026-06"},
		{"juin", "2026-06"},
		{"junio", "2026-06"},
		{"giugno", "2026-06"},
		{"Juni", "2026-06"},
		{"JUNE", "2026-06"},
		{"September", "2025-09"},
		{"décembre", "2025-12"},
		{"März", "2026-03"},
		{"June 2025", "2025-06"},
		{"juin 2027", "2027-06"},
		{"junio de 2024", "2024-06"},
		{"2024 giugno", "2024-06"},
		{"2022", ""},
		{"2022-06-10", ""},
		{"2022-13", ""},
		{"Smarch", ""},
		{"June Kamara", ""},
		{"June 12", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := parseMonth(tt.in, now)
			if tt.want == "" {
				if ok {
					t.Errorf("parseMonth(%q) = %v, want refused", tt.in, got)
				}
				return
			}
			if !ok || got.String() != tt.want {
				t.Errorf("parseMonth(%q) = %v, %v; want %s", tt.in, got, ok, tt.want)
			}
		})
	}
}

// strictFinder is the test knowledge base answering a name that fits
// nothing with knowledge.ErrNotFound, as a Knowledge may.
type strictFinder struct{ *fakeKnowledge }

func (f strictFinder) FindPlayers(ctx context.Context, q string) ([]knowledge.PlayerRef, error) {
	ps, _ := f.fakeKnowledge.FindPlayers(ctx, q)
	if len(ps) == 0 {
		return nil, knowledge.ErrNotFound
	}
	return ps, nil
}

func (f strictFinder) FindClubs(ctx context.Context, q string) ([]knowledge.ClubRef, error) {
	cs, _ := f.fakeKnowledge.FindClubs(ctx, q)
	if len(cs) == 0 {
		return nil, knowledge.ErrNotFound
	}
	return cs, nil
}

// A name that fits nothing is knowledge.ErrNotFound inside the router,
// whether the knowledge base says so with an empty list or with the error,
// and is answered as unknown, never as a failure.
func TestNameNotFound(t *testing.T) {
	for _, k := range []Knowledge{newFake(), strictFinder{newFake()}} {
		rt := testRouter(t, k, Options{})
		if _, err := rt.findPlayers(context.Background(), "Zidane"); !errors.Is(err, knowledge.ErrNotFound) {
			t.Errorf("%T: findPlayers(Zidane) error %v, want ErrNotFound", k, err)
		}
		if _, err := rt.findClubs(context.Background(), "Arsenol"); !errors.Is(err, knowledge.ErrNotFound) {
			t.Errorf("%T: findClubs(Arsenol) error %v, want ErrNotFound", k, err)
		}
		for _, tt := range []struct {
			text string
			want string
			err  bool
		}{
			{"/suitors Zidane", "I know no player called “Zidane”.", true},
			{"/club Arsenol", "I know no club called “Arsenol”.", true},
			{"/latest Zidane", "I know no player or club called “Zidane”.", true},
			{"/sources Zidane", "I know no player called “Zidane”.", true},
			{"who wants Zidane?", "I know no player called “Zidane”.", true},
			{"who wants Kamra?", "Atlético Madrid", false},
			{"/sources Kamara Atleti", "Boubacar Kamara → Atlético Madrid", false},
			{"/latest Arsenal", "Raphinha → Arsenal", false},
		} {
			checkReply(t, serve(t, rt, tt.text), tt.err, []string{tt.want}, nil)
		}
	}
}

// /subscribe stores the language it was asked in, which the jobs write
// their messages in.
func TestSubscribeLang(t *testing.T) {
	for _, tt := range []struct{ reqLang, want string }{
		{"", "en"}, {"fr", "fr"}, {"de-DE", "de"}, {"es_ES", "es"}, {"it", "it"}, {"pt-BR", "en"},
	} {
		k := newFake()
		rt := testRouter(t, k, Options{})
		r := rt.Serve(context.Background(), &Request{Platform: "test", Chat: "c1", User: "u1", Text: "/subscribe digest", Admin: true, Lang: tt.reqLang})
		subs, _ := k.Subscriptions(context.Background(), "test", "c1")
		if r.Error || len(subs) != 1 || subs[0].Lang != tt.want {
			t.Errorf("Lang %q: stored %+v (%s), want lang %q", tt.reqLang, subs, r.Text(0), tt.want)
		}
	}
}

// /subscribe digest 08:30 fr sets the digest's time of day and language,
// in any order before what it is about.
func TestSubscribeTimeAndLang(t *testing.T) {
	k := newFake()
	rt := testRouter(t, k, Options{})
	for _, text := range []string{"/subscribe digest 08:30 fr Kamara", "/subscribe de digest 21:00"} {
		if r := rt.Serve(context.Background(), &Request{Platform: "test", Chat: "c1", Text: text, Admin: true}); r.Error {
			t.Fatalf("%s: %s", text, r.Text(0))
		}
	}
	subs, _ := k.Subscriptions(context.Background(), "test", "c1")
	if len(subs) != 2 || subs[0].At != "08:30" || subs[0].Lang != "fr" || subs[0].FilterName != "Boubacar Kamara" ||
		subs[1].At != "21:00" || subs[1].Lang != "de" || subs[1].Filter != knowledge.FilterAll {
		t.Errorf("stored %+v", subs)
	}
}

// A command table naming a command twice is refused when the router is
// built; the router's own table names each once.
func TestDuplicateCommandRefused(t *testing.T) {
	rt := NewRouter(nil, Options{})
	if len(rt.byName) != len(rt.cmds) {
		t.Errorf("%d commands, %d names", len(rt.cmds), len(rt.byName))
	}
	dup := append(rt.commandTable(), &command{Command: Command{Name: "latest"}})
	defer func() {
		if p := recover(); p == nil || !strings.Contains(fmt.Sprint(p), "/latest defined twice") {
			t.Errorf("panic %v, want the duplicate /latest named", p)
		}
	}()
	indexCommands(dup)
}
