package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/ingest"
)

// reextractCorpus is three articles and how two versions of an extractor
// read them: v2 reads Atlético's stage lower, finds Newcastle and a later
// contract in the first, no suitor in the second, and no player in the
// third (Koundé's only article).
func reextractCorpus() (v1, v2 Extractor, texts []string) {
	texts = []string{"kamara atletico", "kamara milan", "kounde chelsea"}
	a := KamaraArticle("2022-03-24", "Atlético Madrid", facts.StageAdvanced)
	b := KamaraArticle("2021-11", "AC Milan", facts.StageTalks)
	c := facts.Article{Lang: "en", Published: MustDate("2022-01"), Players: []facts.Player{{
		Name: "Jules Koundé", CurrentClub: "Sevilla",
		Suitors: []facts.Suitor{{Club: "Chelsea", Stage: facts.StageInterest, Sentence: "Chelsea want Koundé."}}}}}
	v1 = Extractor{texts[0]: a, texts[1]: b, texts[2]: c}
	a2 := KamaraArticle("2022-03-24", "Atlético Madrid", facts.StageTalks)
	a2.Players[0].ContractExpires = MustDate("2023-06")
	a2.Players[0].Suitors = append(a2.Players[0].Suitors,
		facts.Suitor{Club: "Newcastle", Stage: facts.StageInterest, Sentence: "Newcastle want Kamara."})
	b2 := KamaraArticle("2021-11", "AC Milan", facts.StageTalks)
	b2.Players[0].Suitors = nil
	v2 = Extractor{texts[0]: a2, texts[1]: b2}
	return v1, v2, texts
}

// openReextract opens a store holding the corpus as v1 read it.
func (ts suite) openReextract(t *testing.T) (knowledge.Store, Extractor) {
	t.Helper()
	v1, v2, texts := reextractCorpus()
	s := ts.open(t, DefaultConfig())
	p := ingest.NewVersioned(s, v1.Extract, "v1")
	for _, text := range texts {
		MustIngest(t, p, knowledge.Input{Text: text})
	}
	return s, v2
}

// testReextract: reading the articles again with an extractor that reads
// differently changes exactly the facts it reads differently, counts the
// changes, leaves nothing stale, and a second run has nothing to do.
func (ts suite) testReextract(t *testing.T) {
	s, v2 := ts.openReextract(t)
	ctx := context.Background()
	if _, err := s.CountStale(ctx, "v1"); errors.Is(err, errors.ErrUnsupported) {
		t.Skip(err)
	}
	if n, err := s.CountStale(ctx, "v1"); err != nil || n != 0 {
		t.Fatalf("CountStale(v1) = %d, %v; want 0", n, err)
	}
	if n, err := s.CountStale(ctx, "v2"); err != nil || n != 3 {
		t.Fatalf("CountStale(v2) = %d, %v; want 3", n, err)
	}
	p := ingest.NewVersioned(s, v2.Extract, "v2")
	var seen []ingest.Progress
	ch, err := p.Reextract(ctx, s, ingest.ReextractOptions{Batch: 2, Progress: func(pr ingest.Progress) { seen = append(seen, pr) }})
	if err != nil {
		t.Fatal(err)
	}
	want := knowledge.Changes{Articles: 3, LinksAdded: 1, LinksRemoved: 2, LinksChanged: 1, Contracts: 1, CurrentClubs: 1}
	if ch != want {
		t.Errorf("Reextract changes %+v, want %+v", ch, want)
	}
	if len(seen) != 2 || seen[1].Done != 3 || seen[1].Total != 3 {
		t.Errorf("progress %+v, want two batches ending at 3 of 3", seen)
	}
	k := OnePlayer(t, s, "Kamara")
	su, err := s.Suitors(ctx, k.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got := suitorLine(su); got != "Atlético Madrid talks 1, Newcastle interest 1" {
		t.Errorf("suitors after re-extraction: %s", got)
	}
	checkSourceCounts(t, s, "re-extracted", k)
	if prof, err := s.Profile(ctx, k.ID); err != nil || prof.ContractExpires.String() != "2023-06" || prof.CurrentClub != "Marseille" {
		t.Errorf("profile %+v, %v; want Marseille, contract 2023-06", prof, err)
	}
	if ps, err := s.FindPlayers(ctx, "Koundé"); err != nil || len(ps) != 0 {
		t.Errorf("FindPlayers(Koundé) = %v, %v; want nobody: no article names him now", ps, err)
	}
	if st := Stats(t, s); st.Articles != 3 || st.Links != 2 || st.Players != 1 {
		t.Errorf("stats %+v; want the 3 articles, 2 links, 1 player", st)
	}
	if n, err := s.CountStale(ctx, "v2"); err != nil || n != 0 {
		t.Errorf("CountStale(v2) after = %d, %v; want 0", n, err)
	}
	again, err := p.Reextract(ctx, s, ingest.ReextractOptions{})
	if err != nil || again != (knowledge.Changes{}) {
		t.Errorf("second Reextract = %+v, %v; want nothing to do", again, err)
	}
	all, err := p.Reextract(ctx, s, ingest.ReextractOptions{All: true})
	if err != nil || all != (knowledge.Changes{Articles: 3}) {
		t.Errorf("Reextract -all with the same extractor = %+v, %v; want 3 articles, no change", all, err)
	}
}

// testReextractResumes: a re-extraction stopped after its first batch and
// run again ends in the same state as one never stopped, and every answer
// read in between is the old one or the new one for each article.
func (ts suite) testReextractResumes(t *testing.T) {
	ctx := context.Background()
	whole, v2 := ts.openReextract(t)
	if _, err := whole.CountStale(ctx, "v2"); errors.Is(err, errors.ErrUnsupported) {
		t.Skip(err)
	}
	if _, err := ingest.NewVersioned(whole, v2.Extract, "v2").Reextract(ctx, whole, ingest.ReextractOptions{Batch: 1}); err != nil {
		t.Fatal(err)
	}
	s, _ := ts.openReextract(t)
	p := ingest.NewVersioned(s, v2.Extract, "v2")
	stop, cancel := context.WithCancel(ctx)
	var between string
	_, err := p.Reextract(stop, s, ingest.ReextractOptions{Batch: 1, Progress: func(ingest.Progress) {
		between = snapshot(t, s)
		cancel()
	}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("stopped Reextract = %v, want context.Canceled", err)
	}
	if n, err := s.CountStale(ctx, "v2"); err != nil || n != 2 {
		t.Fatalf("CountStale after one batch = %d, %v; want 2", n, err)
	}
	wantBetween := "Kamara: Atlético Madrid talks 1, AC Milan talks 1, Newcastle interest 1; contract 2023-06\n" +
		"Koundé: Chelsea interest 1; contract \n"
	if between != wantBetween {
		t.Errorf("answers after the first article:\n%s\nwant\n%s", between, wantBetween)
	}
	ch, err := p.Reextract(ctx, s, ingest.ReextractOptions{Batch: 1})
	if err != nil || ch.Articles != 2 {
		t.Fatalf("resumed Reextract = %+v, %v; want the 2 articles left", ch, err)
	}
	if got, want := snapshot(t, s), snapshot(t, whole); got != want {
		t.Errorf("resumed:\n%s\nuninterrupted:\n%s", got, want)
	}
	if got, want := Stats(t, s), Stats(t, whole); !reflect.DeepEqual(got, want) {
		t.Errorf("resumed stats %+v, uninterrupted %+v", got, want)
	}
}

// snapshot is the answers about the corpus's players, one line each.
func snapshot(t *testing.T, s knowledge.Store) string {
	t.Helper()
	ctx := context.Background()
	out := ""
	for _, q := range []string{"Kamara", "Koundé"} {
		ps, err := s.FindPlayers(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range ps {
			su, err := s.Suitors(ctx, p.ID)
			if err != nil {
				t.Fatal(err)
			}
			prof, err := s.Profile(ctx, p.ID)
			if err != nil {
				t.Fatal(err)
			}
			out += fmt.Sprintf("%s: %s; contract %s\n", q, suitorLine(su), prof.ContractExpires)
		}
	}
	return out
}

// suitorLine is "Club stage reports, ..." in the order of Suitors.
func suitorLine(su []knowledge.Suitor) string {
	out := ""
	for i, s := range su {
		if i > 0 {
			out += ", "
		}
		out += fmt.Sprintf("%s %s %d", s.Club, s.Stage, s.Reports)
	}
	return out
}

// testReextractKeepsLinkIDs: a link an article reports again after it was
// read again keeps its id, so that a digest past it does not send it
// again; only the link read for the first time is above the watermark.
func (ts suite) testReextractKeepsLinkIDs(t *testing.T) {
	ctx := context.Background()
	s, v2 := ts.openReextract(t)
	if _, err := s.CountStale(ctx, "v2"); errors.Is(err, errors.ErrUnsupported) {
		t.Skip(err)
	}
	k := OnePlayer(t, s, "Kamara")
	ids := func() map[string]int64 {
		t.Helper()
		rs, err := s.Sources(ctx, k.ID, 0)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]int64{}
		for _, r := range rs {
			out[r.Club] = r.LinkID
		}
		return out
	}
	before := ids()
	last, err := s.LastLinkID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sub, err := s.Subscribe(ctx, knowledge.Subscription{Platform: "console", Chat: "c", Kind: knowledge.SubDigest})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetWatermark(ctx, sub.ID, last); err != nil {
		t.Fatal(err)
	}
	sub.Watermark = last
	if _, err := ingest.NewVersioned(s, v2.Extract, "v2").Reextract(ctx, s, ingest.ReextractOptions{}); err != nil {
		t.Fatal(err)
	}
	after := ids()
	if after["Atlético Madrid"] != before["Atlético Madrid"] || after["Atlético Madrid"] == 0 {
		t.Errorf("Atlético's link id %d after re-extraction, %d before: want it kept", after["Atlético Madrid"], before["Atlético Madrid"])
	}
	if after["Newcastle"] <= last {
		t.Errorf("Newcastle's new link id %d, want one above %d", after["Newcastle"], last)
	}
	reps, err := s.DigestReports(ctx, sub, 100)
	if err != nil || len(reps) != 1 || reps[0].Club != "Newcastle" {
		t.Errorf("digest after re-extraction: %s, %v; want Newcastle alone", clubsOf(reps), err)
	}
}
