package storetest

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/heat"
)

// heatCorpus is Kamara's links told by several sources, dated to the
// day, the month, the year or not at all, pursuits that ended and went
// on, months of the same stage, a report older than the year heat reads,
// a link whose newest report is too but not an undated one, and a club
// that became his own: texts in the order they are ingested, not in date
// order.
func heatCorpus() (Extractor, []string) {
	fx := Extractor{}
	var texts []string
	current := "Marseille"
	add := func(published, club string, stage facts.Stage, source string) {
		a := KamaraArticle(published, club, stage)
		a.Players[0].CurrentClub = current
		a.Players[0].Suitors[0].Source = source
		text := fmt.Sprintf("%d %s %s %s %s", len(texts), published, club, stage, source)
		fx[text] = a
		texts = append(texts, text)
	}
	add("2020-01-01", "Chelsea", facts.StageAdvanced, "GOAL")
	add("", "Valencia", facts.StageTalks, "Marca") // counts from 2020-01-01, the newest report before it
	add("2021-07-10", "Monaco", facts.StageBid, "Alfredo Pedullà")
	add("2021-07-20", "Monaco", facts.StageBid, "")
	add("2021-08", "Monaco", facts.StageEnded, "L'Équipe")
	add("2021-09-01", "Monaco", facts.StageTalks, "Fabrizio Romano")
	add("2021-09-05", "Monaco", facts.StageTalks, "L'Équipe")
	add("2022-01-10", "AC Milan", facts.StageInterest, "GOAL")
	add("2022", "Arsenal", facts.StageBid, "Sky Sports")
	add("2022-02", "Arsenal", facts.StageInterest, "GOAL")
	add("2022-02-03", "Arsenal", facts.StageTalks, "GOAL")
	add("2022-02-03", "Arsenal", facts.StageTalks, "Sky Sports")
	add("", "AC Milan", facts.StageAdvanced, "Sky Sports")
	add("2022-02-01", "Chelsea", facts.StageEnded, "The Athletic")
	add("2022-02-11", "AC Milan", facts.StageAdvanced, "Fabrizio Romano")
	add("", "Chelsea", facts.StageInterest, "")
	add("", "AC Milan", facts.StageTalks, "GOAL")
	add("2022-02-09", "AC Milan", facts.StageAdvanced, "GOAL")
	add("2022-01", "Chelsea", facts.StageTalks, "GOAL")
	add("2021-10-01", "Marseille", facts.StageTalks, "GOAL")
	add("2021-09-03", "Monaco", facts.StageEnded, "")
	add("2022-02-09", "Arsenal", facts.StageInterest, "")
	add("2021-05-02", "Napoli", facts.StageInterest, "GOAL")
	add("2021-06-02", "Napoli", facts.StageInterest, "GOAL")
	add("2021-07-02", "Napoli", facts.StageInterest, "Sky Sports")
	add("2021-05-20", "Napoli", facts.StageBid, "GOAL") // June's interest becomes a change
	add("2021-04-01", "Lyon", facts.StageInterest, "GOAL")
	// Newer than Valencia's undated report, older than the year heat reads.
	add("2020-09-01", "Valencia", facts.StageBid, "Sky Sports")
	current = "Lyon" // his club from then on: no longer told
	add("2022-02-10", "Lyon", facts.StageTalks, "GOAL")
	return fx, texts
}

// openHeatCorpus opens a store holding heatCorpus, and the ids of its
// articles in the corpus's order.
func (ts suite) openHeatCorpus(t *testing.T) (knowledge.Base, []int64) {
	t.Helper()
	fx, texts := heatCorpus()
	s := ts.openTest(t, fx)
	var ids []int64
	for _, text := range texts {
		ids = append(ids, MustIngest(t, s, knowledge.Input{Text: text}).ArticleID)
	}
	return s, ids
}

// testHeatReports: the few reports HeatReports gives of each link make
// the same heat, stage, newest report and independent sources as all its
// reports (Timeline, LinkReports), from any day, after an article is
// forgotten too; and they are fewer.
func (ts suite) testHeatReports(t *testing.T) {
	s, ids := ts.openHeatCorpus(t)
	ctx := context.Background()
	k := OnePlayer(t, s, "Boubacar Kamara")
	check := func(when string, fewer bool) {
		t.Helper()
		newest, err := s.NewestDate(ctx)
		if err != nil {
			t.Fatal(err)
		}
		asOf := heat.AsOf(newest, Now())
		var keys []knowledge.LinkKey
		for _, c := range []string{"Chelsea", "Monaco", "AC Milan", "Arsenal"} {
			keys = append(keys, knowledge.LinkKey{PlayerID: k.ID, ClubID: OneClub(t, s, c).ID})
		}
		for _, from := range []time.Time{{}, heat.From(asOf), asOf.AddDate(0, -1, 0)} {
			all, err := s.Timeline(ctx, k.ID, from)
			if err != nil {
				t.Fatal(err)
			}
			few, err := s.HeatReports(ctx, k.ID, nil, from)
			if err != nil {
				t.Fatal(err)
			}
			linked, err := s.LinkReports(ctx, keys, from)
			if err != nil {
				t.Fatal(err)
			}
			fewLinked, err := s.HeatReports(ctx, 0, keys, from)
			if err != nil {
				t.Fatal(err)
			}
			at := fmt.Sprintf("%s, from %s", when, from.Format(time.DateOnly))
			if got, want := heatLinks(few, asOf), heatLinks(all, asOf); got != want {
				t.Errorf("%s: HeatReports(player) make\n%s\nwant (Timeline)\n%s", at, got, want)
			}
			if got, want := heatLinks(fewLinked, asOf), heatLinks(linked, asOf); got != want {
				t.Errorf("%s: HeatReports(links) make\n%s\nwant (LinkReports)\n%s", at, got, want)
			}
			hs, err := s.HeatLinks(ctx, k.ID, from)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := heatLinksOf(hs, asOf), linkLines(all, asOf, false); got != want {
				t.Errorf("%s: HeatLinks make\n%s\nwant (Timeline)\n%s", at, got, want)
			}
			if ended, all := endedLinks(hs); fewer && (ended == 0 || ended == all) {
				t.Errorf("%s: HeatLinks gave the reports of %d of %d links: want those of the ended ones only", at, ended, all)
			}
			if fewer && (len(few) >= len(all) || len(fewLinked) >= len(linked)) {
				t.Errorf("%s: HeatReports gave %d and %d reports, Timeline %d, LinkReports %d: want fewer",
					at, len(few), len(fewLinked), len(all), len(linked))
			}
		}
	}
	check("ingested", true)
	// The newest Milan report and the first dated one gone, the undated
	// articles count from other days, and the aggregate is counted anew.
	for _, i := range []int{0, 14} {
		if _, err := s.Forget(ctx, ids[i]); err != nil {
			t.Fatal(err)
		}
	}
	check("forgotten", false)
}

// heatLinks is what heat makes of each link of rs as of asOf, a line a
// club: heat, stage, when the newest report counts from, its source, the
// newest source named, and the independent sources with their tiers.
func heatLinks(rs []knowledge.Report, asOf time.Time) string {
	return linkLines(rs, asOf, true)
}

// linkLines is heatLinks, with the newest source named when named.
func linkLines(rs []knowledge.Report, asOf time.Time, named bool) string {
	byClub := map[string][]knowledge.Report{}
	for _, r := range rs {
		byClub[r.Club] = append(byClub[r.Club], r)
	}
	var lines []string
	for club, rs := range byClub {
		line := linkLine(club, heat.Config{}.Link(rs, asOf))
		if named {
			newest := ""
			for _, r := range heat.Order(rs) {
				if r.Source != "" {
					newest = r.Source
				}
			}
			line += fmt.Sprintf(" %q", newest)
		}
		lines = append(lines, line)
	}
	slices.SortFunc(lines, func(a, b string) int { return cmp.Compare(a, b) })
	return strings.Join(lines, "\n")
}

// heatLinksOf is what heat makes of each link of hs as of asOf, as
// linkLines has it without the newest source named.
func heatLinksOf(hs []knowledge.HeatLink, asOf time.Time) string {
	var lines []string
	for _, h := range hs {
		_, club := h.Names()
		lines = append(lines, linkLine(club, heat.Config{}.LinkOf(h, asOf)))
	}
	slices.SortFunc(lines, func(a, b string) int { return cmp.Compare(a, b) })
	return strings.Join(lines, "\n")
}

// linkLine is what heat makes of a club's link l: heat, stage, when the
// newest report counts from, its source and the independent sources
// with their tiers.
func linkLine(club string, l heat.Link) string {
	origins := make([]string, len(l.Sources))
	for i, o := range l.Sources {
		origins[i] = fmt.Sprintf("%s/%d", o.Name, o.Tier)
	}
	slices.Sort(origins)
	return fmt.Sprintf("%s %d° %s %s %q %v", club, l.Heat, l.Stage, l.Newest.Format(time.RFC3339), l.Source, origins)
}

// endedLinks counts the links of hs given with every report, and all.
func endedLinks(hs []knowledge.HeatLink) (ended, all int) {
	for _, h := range hs {
		if h.Reports != nil {
			ended++
		}
	}
	return ended, len(hs)
}

// heatLinkReports are the reports of hs: every one a link holds, else
// its newest.
func heatLinkReports(hs []knowledge.HeatLink) []knowledge.Report {
	var out []knowledge.Report
	for _, h := range hs {
		if h.Reports != nil {
			out = append(out, h.Reports...)
		} else {
			out = append(out, h.Newest)
		}
	}
	return out
}

// testStoryChanges: the story told from the changes a store keeps of a
// player's links (StoryChanges) is the one told from all their reports
// (Timeline), kept to any number of lines, after an article is
// forgotten too.
func (ts suite) testStoryChanges(t *testing.T) {
	s, ids := ts.openHeatCorpus(t)
	ctx := context.Background()
	k := OnePlayer(t, s, "Boubacar Kamara")
	check := func(when string) {
		t.Helper()
		all, err := s.Timeline(ctx, k.ID, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		for _, max := range []int{0, 1, 3, 15} {
			changes, months, err := s.StoryChanges(ctx, k.ID, max)
			if err != nil {
				t.Fatal(err)
			}
			steps, dropped := heat.Story(changes, months, max)
			wantSteps, wantDropped := heat.Timeline(all, max)
			if got, want := fmt.Sprint(steps, dropped), fmt.Sprint(wantSteps, wantDropped); got != want {
				t.Errorf("%s, %d lines: StoryChanges tell\n%s\nwant (Timeline)\n%s", when, max, got, want)
			}
		}
	}
	check("ingested")
	for _, i := range []int{14, 4} {
		if _, err := s.Forget(ctx, ids[i]); err != nil {
			t.Fatal(err)
		}
	}
	check("forgotten")
}
