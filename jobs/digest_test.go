package jobs

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

func date(s string) facts.Date {
	d, err := facts.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func report(player, club string, stage facts.Stage, published, source string) knowledge.Report {
	return knowledge.Report{Player: player, Club: club, Stage: stage, Published: date(published), Source: source}
}

func labels(r bot.Reply) []string {
	var out []string
	for _, it := range r.Items {
		out = append(out, it.Label)
	}
	return out
}

func TestDigestReply(t *testing.T) {
	st := newFakeStore()
	for _, r := range []knowledge.Report{
		report("Sergi Roberto", "Atlético Madrid", facts.StageInterest, "2022-03-24", "GOAL"),
		report("Boubacar Kamara", "AC Milan", facts.StageTalks, "2021-07", "Foot Mercato"),
		report("Boubacar Kamara", "Bayern Munich", facts.StageInterest, "2022-03-24", "GOAL"),
		report("Boubacar Kamara", "AC Milan", facts.StageAdvanced, "2021-11-23", "L'Équipe"),
		report("Florian Thauvin", "Tigres UANL", facts.StageDone, "2021-07", "Foot Mercato"),
		report("Boubacar Kamara", "Atlético Madrid", facts.StageAdvanced, "2022-03-24", "GOAL"),
	} {
		st.addReport(r)
	}
	tests := []struct {
		name     string
		maxItems int
		want     []string
		more     int
	}{
		{"all", 15, []string{
			"Florian Thauvin → Tigres UANL",
			"Boubacar Kamara → Atlético Madrid", // advanced, 2022-03
			"Boubacar Kamara → AC Milan",        // advanced, 2021-11
			"Boubacar Kamara → Bayern Munich",
			"Sergi Roberto → Atlético Madrid",
		}, 0},
		{"cut", 2, []string{"Florian Thauvin → Tigres UANL", "Boubacar Kamara → Atlético Madrid"}, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub := st.subscribe(knowledge.Subscription{Platform: "telegram", Chat: "1", Kind: knowledge.SubDigest})
			d := &digest{store: st, maxItems: tt.maxItems}
			compose, _ := d.start(context.Background(), time.Now())
			m, ok, err := compose(context.Background(), sub)
			if err != nil || !ok {
				t.Fatalf("compose: %v %v", ok, err)
			}
			if got := labels(m.reply); !slices.Equal(got, tt.want) || m.reply.More != tt.more {
				t.Errorf("items %q more %d, want %q more %d", got, m.reply.More, tt.want, tt.more)
			}
			if tt.more == 0 {
				milan := m.reply.Items[2].Detail
				if want := "advanced · 2 reports · L'Équipe, Foot Mercato · 23 November 2021"; milan != want {
					t.Errorf("AC Milan detail %q, want %q", milan, want)
				}
			}
			if err := m.claim(context.Background()); err != nil {
				t.Fatal(err)
			}
			sub.Watermark = 6
			if _, ok, _ := compose(context.Background(), sub); ok {
				t.Errorf("a digest with nothing new should send nothing")
			}
		})
	}
}

func TestDigestFilterTitle(t *testing.T) {
	sub := knowledge.Subscription{Filter: knowledge.FilterClub, FilterName: "AC Milan", Watermark: 3}
	r, _ := digestReply(sub, []knowledge.Report{report("Boubacar Kamara", "AC Milan", facts.StageTalks, "2021-07", "")}, 15, nil)
	if r.Title != "Transfer digest: AC Milan" || r.Lines[0] != "New since the last digest: 1 report on 1 player." {
		t.Errorf("title %q, lines %q", r.Title, r.Lines)
	}
	if r.Items[0].Detail != "talks · July 2021" {
		t.Errorf("detail %q", r.Items[0].Detail)
	}
}

// TestDigestShared checks that a run reads the reports of a filter and a
// watermark once, for every subscription with them, and lays each out in
// its own language and name.
func TestDigestShared(t *testing.T) {
	st := newFakeStore()
	st.addReport(report("Boubacar Kamara", "AC Milan", facts.StageTalks, "2021-07", "Foot Mercato"))
	st.addReport(report("Sergi Roberto", "Atlético Madrid", facts.StageInterest, "2022-03-24", "GOAL"))
	kamara := knowledge.Subscription{Kind: knowledge.SubDigest, Filter: knowledge.FilterPlayer, FilterID: 7, FilterName: "Boubacar Kamara"}
	var subs []knowledge.Subscription
	for i, s := range []struct {
		sub  knowledge.Subscription
		lang string
	}{{knowledge.Subscription{Kind: knowledge.SubDigest}, "en"}, {knowledge.Subscription{Kind: knowledge.SubDigest}, "fr"},
		{kamara, "en"}, {kamara, "en"}, {kamara, "fr"}, {knowledge.Subscription{Kind: knowledge.SubDigest}, "en"}} {
		s.sub.Platform, s.sub.Chat, s.sub.Lang = "telegram", string(rune('a'+i)), s.lang
		subs = append(subs, st.subscribe(s.sub))
	}
	d := &digest{store: st, maxItems: 15}
	compose, _ := d.start(context.Background(), time.Now())
	var titles []string
	for _, sub := range subs {
		m, ok, err := compose(context.Background(), sub)
		if err != nil || !ok {
			t.Fatalf("compose %d: %v %v", sub.ID, ok, err)
		}
		titles = append(titles, m.reply.Title)
	}
	if st.digests != 2 {
		t.Errorf("%d reads of the reports, want 2 (one per filter)", st.digests)
	}
	if titles[0] == titles[1] || titles[2] != titles[3] || titles[2] == titles[0] || titles[0] != titles[5] {
		t.Errorf("titles %q: want one per language and filter", titles)
	}
}

// TestDigestDoneFirst: a completed move leads the digest however hot the
// rumours after it are, with its player's other links after it.
func TestDigestDoneFirst(t *testing.T) {
	reports := []knowledge.Report{
		report("Boubacar Kamara", "Atlético Madrid", facts.StageAdvanced, "2023-07-20", "GOAL"),
		report("Declan Rice", "Manchester City", facts.StageEnded, "2023-07-15", "The Athletic"),
		report("Declan Rice", "Arsenal", facts.StageDone, "2023-07-15", "The Athletic"),
	}
	hot := func(links []link) error {
		for i := range links {
			links[i].rated = true
			if links[i].club == "Atlético Madrid" {
				links[i].heat = 80
			}
		}
		return nil
	}
	r, err := digestReply(knowledge.Subscription{}, reports, 15, hot)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Declan Rice → Arsenal", "Declan Rice → Manchester City", "Boubacar Kamara → Atlético Madrid"}
	if got := labels(r); !slices.Equal(got, want) {
		t.Errorf("items %q, want %q", got, want)
	}
	if d := r.Items[0].Detail; d != "0° · done · The Athletic · 15 July 2023" {
		t.Errorf("detail %q", d)
	}
}

// The digest's and the follow alerts' lines show the link's fee after its
// stage, in the subscriber's language, as /suitors does.
func TestDetailsShowFee(t *testing.T) {
	withFee := func(r knowledge.Report, f facts.Fee) knowledge.Report {
		r.Fee = &knowledge.FeeReport{Fee: f}
		return r
	}
	bid := facts.Fee{Amount: 30_000_000, Currency: "EUR", Kind: facts.FeeBid, Status: facts.FeeRejected}
	asking := facts.Fee{Amount: 60_000_000, Currency: "GBP", Kind: facts.FeeAsking, Status: facts.FeeReported}
	talks := withFee(report("Boubacar Kamara", "AC Milan", facts.StageTalks, "2022-03-24", "GOAL"), asking)
	bidding := withFee(report("Boubacar Kamara", "AC Milan", facts.StageBid, "2022-03-24", "GOAL"), bid)
	done := withFee(report("Boubacar Kamara", "AC Milan", facts.StageDone, "2022-03-24", "GOAL"), bid)
	plain := report("Boubacar Kamara", "AC Milan", facts.StageTalks, "2022-03-24", "GOAL")
	for _, tt := range []struct {
		name, lang, got, want string
	}{
		{"digest", "en", link{latest: talks, reports: 2, sources: []string{"GOAL"}}.detail("en"),
			"talks · asking price £60M · 2 reports · GOAL · 24 March 2022"},
		{"digest bid", "fr", link{latest: bidding, heat: 70, rated: true, heated: true}.detail("fr"),
			"70° · offre €30M, refusée · ça chauffe · 24 mars 2022"},
		{"digest no fee", "en", link{latest: plain, sources: []string{"GOAL"}}.detail("en"),
			"talks · GOAL · 24 March 2022"},
		{"follow new link", "es", news{kind: newsLink, latest: bidding, sources: []string{"GOAL"}}.detail("es"),
			"nuevo interés · oferta €30M, rechazada · GOAL · 24 de marzo de 2022"},
		{"follow stage", "de", news{kind: newsStage, from: facts.StageInterest, latest: talks}.detail("de"),
			"Interesse → Gespräche · geforderte Ablöse £60M · 24. März 2022"},
		{"follow done", "it", news{kind: newsDone, latest: done}.detail("it"),
			"trasferimento concluso · offerta €30M, rifiutata · 24 marzo 2022"},
		{"follow also", "en", news{kind: newsAlso, latest: done, sources: []string{"Marca"}}.detail("en"),
			"also reported by Marca"},
	} {
		if tt.got != tt.want {
			t.Errorf("%s (%s): %q, want %q", tt.name, tt.lang, tt.got, tt.want)
		}
	}
}
