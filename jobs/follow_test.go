package jobs

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/extract"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/ingest"
)

// hidden marks a report hidden by correction 7.
func hidden(r knowledge.Report) knowledge.Report {
	r.Retracted = 7
	return r
}

// followNews tells each piece of news once: the same news from several
// articles is one item with their sources; a stronger stage, an end or a
// completed move is news, a weaker stage is not; more sources within the
// hour are "also reported by", later ones nothing.
func TestFollowNews(t *testing.T) {
	now := time.Date(2024, 5, 6, 12, 0, 0, 0, time.UTC)
	rep := func(id int64, club string, stage facts.Stage, source string, ago time.Duration) knowledge.Report {
		return knowledge.Report{LinkID: id, Player: "Declan Rice", Club: club, Stage: stage, Source: source, Ingested: now.Add(-ago)}
	}
	tests := []struct {
		name      string
		watermark int64
		reports   []knowledge.Report
		want      []string // kind: club: sources
	}{
		{"five articles, one alert", 0, []knowledge.Report{
			rep(1, "Arsenal", facts.StageBid, "The Athletic", 0), rep(2, "Arsenal", facts.StageBid, "Sky Sports", 0),
			rep(3, "Arsenal", facts.StageBid, "BBC", 0), rep(4, "Arsenal", facts.StageBid, "Sky Sports", 0),
			rep(5, "Arsenal", facts.StageBid, "Guardian", 0),
		}, []string{"link: Arsenal: The Athletic, Sky Sports, BBC, Guardian"}},
		{"stage change and completed move", 1, []knowledge.Report{
			rep(1, "Arsenal", facts.StageBid, "The Athletic", 2*time.Hour), rep(2, "Arsenal", facts.StageInterest, "Mirror", 0),
			rep(3, "Arsenal", facts.StageAdvanced, "Sky Sports", 0), rep(4, "Man City", facts.StageBid, "BBC", 0),
			rep(5, "Arsenal", facts.StageDone, "The Athletic", 0),
		}, []string{"stage bid: Arsenal: Sky Sports", "link: Man City: BBC", "done: Arsenal: The Athletic"}},
		{"also reported within the hour", 2, []knowledge.Report{
			rep(1, "Arsenal", facts.StageBid, "The Athletic", 30*time.Minute), rep(2, "Arsenal", facts.StageBid, "Sky Sports", 20*time.Minute),
			rep(3, "Arsenal", facts.StageBid, "Sky Sports", 0), rep(4, "Arsenal", facts.StageBid, "BBC", 0),
			rep(5, "Arsenal", facts.StageBid, "Guardian", 0),
		}, []string{"also: Arsenal: BBC, Guardian"}},
		{"nothing after the hour", 1, []knowledge.Report{
			rep(1, "Arsenal", facts.StageBid, "The Athletic", 2*time.Hour), rep(2, "Arsenal", facts.StageBid, "BBC", 0),
		}, nil},
		{"an end, then a revival", 1, []knowledge.Report{
			rep(1, "Arsenal", facts.StageBid, "The Athletic", 2*time.Hour), rep(2, "Arsenal", facts.StageEnded, "BBC", 0),
			rep(3, "Arsenal", facts.StageInterest, "Mirror", 0),
		}, []string{"stage bid: Arsenal: BBC", "stage ended: Arsenal: Mirror"}},
		{"a retracted link read, never told", 0, []knowledge.Report{
			rep(1, "Arsenal", facts.StageBid, "BBC", 0), hidden(rep(2, "Chelsea", facts.StageBid, "Mirror", 0)),
			hidden(rep(3, "Chelsea", facts.StageAdvanced, "Sky Sports", 0)),
		}, []string{"link: Arsenal: BBC"}},
	}
	kinds := map[newsKind]string{newsLink: "link", newsStage: "stage", newsDone: "done", newsAlso: "also"}
	for _, tt := range tests {
		got, top := followNews(tt.watermark, tt.reports, now)
		var lines []string
		for _, n := range got {
			k := kinds[n.kind]
			if n.kind == newsStage {
				k += " " + string(n.from)
			}
			lines = append(lines, fmt.Sprintf("%s: %s: %s", k, n.latest.Club, strings.Join(n.sources, ", ")))
		}
		if strings.Join(lines, "\n") != strings.Join(tt.want, "\n") || top != tt.reports[len(tt.reports)-1].LinkID {
			t.Errorf("%s: top %d, news\n%s\nwant\n%s", tt.name, top, strings.Join(lines, "\n"), strings.Join(tt.want, "\n"))
		}
	}
}

// Follows on the sample corpus: an alert within the run after the news,
// in the chat's language, one message per chat and run, each piece of news
// once across a restart, "also reported by" within the hour.
func TestSampleFollow(t *testing.T) {
	st, _ := sampleStore(t)
	k := kamara(t, st)
	atm, err := st.FindClubs(t.Context(), "Atlético Madrid")
	if err != nil || len(atm) != 1 {
		t.Fatalf("FindClubs: %v, %v", atm, err)
	}
	subscribe(t, st, knowledge.Subscription{Platform: "telegram", Chat: "1", Kind: knowledge.SubFollow, Filter: knowledge.FilterPlayer, FilterID: k.ID, FilterName: k.Name, Lang: "en"})
	subscribe(t, st, knowledge.Subscription{Platform: "telegram", Chat: "1", Kind: knowledge.SubFollow, Filter: knowledge.FilterClub, FilterID: atm[0].ID, FilterName: atm[0].Name, Lang: "en"})
	subscribe(t, st, knowledge.Subscription{Platform: "telegram", Chat: "2", Kind: knowledge.SubFollow, Filter: knowledge.FilterPlayer, FilterID: k.ID, FilterName: k.Name, Lang: "fr"})
	article := func(club string, stage facts.Stage, outlet string) facts.Article {
		return facts.Article{Lang: "en", Published: date("2022-06-10"), Outlets: []string{outlet}, Players: []facts.Player{{
			Name: "Boubacar Kamara", CurrentClub: "Marseille", Suitors: []facts.Suitor{{Club: club, Stage: stage}}}}}
	}
	fx := map[string]facts.Article{
		"a1": article("Everton", facts.StageTalks, "The Athletic"),
		"a2": article("Everton", facts.StageTalks, "Sky Sports"),
		"a3": article("Everton", facts.StageTalks, "The Athletic"),
		"a4": article("Atlético Madrid", facts.StageDone, "Marca"),
		"a5": article("Everton", facts.StageTalks, "Guardian"),
		"a6": article("Everton", facts.StageTalks, "BBC"),
	}
	learn := ingest.New(st.Store, func(text string, h extract.Hints) facts.Article { return fx[text] })
	ingestAll := func(texts ...string) {
		for _, text := range texts {
			if _, err := learn.Ingest(t.Context(), knowledge.Input{Text: text}); err != nil {
				t.Fatal(err)
			}
		}
	}
	sender := &fakeSender{}
	run := func(at time.Time, want map[string][]string, deferred int) {
		t.Helper()
		// A new scheduler each time: what was sent is known from the store alone.
		s, err := New(Config{}, "UTC", Options{Store: st, Senders: map[string]bot.Sender{"telegram": sender}})
		if err != nil {
			t.Fatal(err)
		}
		before := len(sender.messages())
		stats, err := s.RunOnce(t.Context(), JobFollow, RunOptions{At: at})
		if err != nil {
			t.Fatal(err)
		}
		got := sender.messages()[before:]
		if len(got) != len(want) || stats.Deferred != deferred {
			t.Fatalf("sent %d messages (%+v), deferred %d; want %d to %v, deferred %d", len(got), got, stats.Deferred, len(want), want, deferred)
		}
		for _, m := range got {
			text := flat(m.reply)
			for _, w := range want[m.chat] {
				if !strings.Contains(text, w) {
					t.Errorf("chat %s got\n%s\nwant it to hold %q", m.chat, text, w)
				}
			}
		}
	}
	now := time.Now()
	run(now, nil, 0)
	ingestAll("a1", "a2", "a3", "a4")
	run(now, map[string][]string{
		"1": {"News: Boubacar Kamara", "Boubacar Kamara → Everton — new link · talks · The Athletic, Sky Sports",
			"Boubacar Kamara → Atlético Madrid — completed move · bid €5M, rejected · Marca", "/unfollow Boubacar Kamara"},
		"2": {"Du nouveau : Boubacar Kamara", "nouvelle piste · discussions", "transfert conclu · offre €5M, refusée · Marca"},
	}, 1)
	run(now, map[string][]string{"1": {"News: Atlético Madrid", "Boubacar Kamara → Atlético Madrid — completed move · bid €5M, rejected · Marca"}}, 0)
	run(now, nil, 0)
	ingestAll("a5")
	run(now, map[string][]string{"1": {"Everton — also reported by Guardian"}, "2": {"repris aussi par Guardian"}}, 0)
	ingestAll("a6")
	run(now.Add(2*time.Hour), nil, 0)
	run(now.Add(2*time.Hour), nil, 0)
}

// A digest asked for at a time of day comes at that minute, and not on
// the digest's schedule; the others come on the schedule.
func TestDigestAtTimeOfDay(t *testing.T) {
	st := newFakeStore()
	st.subscribe(knowledge.Subscription{Platform: "telegram", Chat: "morning", Kind: knowledge.SubDigest, At: "08:30"})
	st.subscribe(knowledge.Subscription{Platform: "telegram", Chat: "evening", Kind: knowledge.SubDigest})
	st.addReport(report("Boubacar Kamara", "Atlético Madrid", facts.StageAdvanced, "2022-03-24", "GOAL"))
	for _, tt := range []struct {
		name, clock string
		want        string
	}{
		{jobDigestAt, "08:29", ""},
		{jobDigestAt, "08:30", "morning"},
		{JobDigest, "18:00", "evening"},
		{jobDigestAt, "08:30", ""}, // had it already
	} {
		sender := &fakeSender{}
		at, _ := time.Parse("2006-01-02 15:04:05", "2024-05-06 "+tt.clock+":00")
		s, err := New(Config{}, "UTC", Options{Store: st, Senders: map[string]bot.Sender{"telegram": sender}, Now: func() time.Time { return at }})
		if err != nil {
			t.Fatal(err)
		}
		s.scheduled(t.Context(), tt.name)
		var chats []string
		for _, m := range sender.messages() {
			chats = append(chats, m.chat)
		}
		if strings.Join(chats, ",") != tt.want {
			t.Errorf("%s at %s: sent to %v, want %q", tt.name, tt.clock, chats, tt.want)
		}
	}
}

// The jobs of every minute log their runs at info level only when they
// sent something: an idle minute is a debug line.
func TestMinuteJobsLogQuietly(t *testing.T) {
	st := newFakeStore()
	st.subscribe(knowledge.Subscription{Platform: "telegram", Chat: "1", Kind: knowledge.SubFollow, Filter: knowledge.FilterPlayer, FilterID: 1, FilterName: "Boubacar Kamara"})
	var logs logBuffer
	s, err := New(Config{}, "UTC", Options{Store: st, Senders: map[string]bot.Sender{"telegram": &fakeSender{}}, Log: logs.logger()})
	if err != nil {
		t.Fatal(err)
	}
	s.scheduled(t.Context(), JobFollow)
	if strings.Contains(logs.String(), "jobs: run") {
		t.Errorf("an idle minute logged at info:\n%s", logs.String())
	}
	st.addReport(report("Boubacar Kamara", "Aston Villa", facts.StageDone, "2022-06-21", "The Athletic"))
	s.scheduled(t.Context(), JobFollow)
	if !strings.Contains(logs.String(), `msg="jobs: run" job=follow sent=1`) {
		t.Errorf("a minute that sent an alert did not log it at info:\n%s", logs.String())
	}
}
