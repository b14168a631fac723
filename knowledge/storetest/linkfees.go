package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// feeArticles: Milan bid €12M for Kamara (rejected) and offer him a wage,
// Marseille ask €20M; a later article has Milan bid €15M. Villa are linked
// with him and no fee of theirs is known.
func feeArticles() Extractor {
	return Extractor{
		"first": {Lang: "en", Published: MustDate("2022-03-01"), Outlets: []string{"GOAL"}, Players: []facts.Player{{
			Name: "Boubacar Kamara", CurrentClub: "Marseille", Suitors: []facts.Suitor{
				{Club: "AC Milan", Stage: facts.StageBid}, {Club: "Aston Villa", Stage: facts.StageTalks}},
			Fees: []facts.Fee{
				{Club: "AC Milan", Amount: 12_000_000, Currency: "EUR", Kind: facts.FeeBid, Status: facts.FeeRejected},
				{Club: "AC Milan", Amount: 4_000_000, Currency: "EUR", Kind: facts.FeeWage},
				{Club: "Marseille", Amount: 20_000_000, Currency: "EUR", Kind: facts.FeeAsking}},
		}}},
		"later": {Lang: "en", Published: MustDate("2022-03-10"), Outlets: []string{"Sky"}, Players: []facts.Player{{
			Name: "Boubacar Kamara", CurrentClub: "Marseille", Suitors: []facts.Suitor{{Club: "AC Milan", Stage: facts.StageBid}},
			Fees: []facts.Fee{{Club: "AC Milan", Amount: 15_000_000, Currency: "EUR", Kind: facts.FeeBid}},
		}}},
	}
}

// testLinkFees: the reports of Latest and the suitors of Club carry the
// newest fee (not a wage) their club offered or was asked for the player,
// none when no fee of that club is known.
func (ts suite) testLinkFees(t *testing.T) {
	s := ts.openTest(t, feeArticles())
	for _, text := range []string{"first", "later"} {
		MustIngest(t, s, knowledge.Input{Text: text})
	}
	ctx := context.Background()
	want := map[string]int64{"AC Milan": 15_000_000, "Aston Villa": 0} // by club; 0: no fee
	check := func(what, club string, f *knowledge.FeeReport) {
		t.Helper()
		w, ok := want[club]
		switch {
		case !ok:
			t.Errorf("%s: unexpected club %q", what, club)
		case w == 0 && f != nil:
			t.Errorf("%s %s: fee %+v, want none", what, club, *f)
		case w != 0 && (f == nil || f.Amount != w || f.Club != club || f.Kind != facts.FeeBid ||
			f.Currency != "EUR" || f.Published.String() != "2022-03-10" || f.Source != "Sky"):
			t.Errorf("%s %s: fee %+v, want the €15M bid of 2022-03-10 (Sky)", what, club, f)
		}
	}
	reports, err := s.Latest(ctx, 10, 0, 0)
	if err != nil || len(reports) != 3 {
		t.Fatalf("latest = %+v, %v; want 3 reports", reports, err)
	}
	for _, r := range reports {
		check("latest", r.Club, r.Fee)
	}
	kamara := OnePlayer(t, s, "kamara")
	sources, err := s.Sources(ctx, kamara.ID, 0)
	if err != nil || len(sources) != 3 {
		t.Fatalf("sources = %+v, %v; want 3 reports", sources, err)
	}
	for _, r := range sources {
		check("sources", r.Club, r.Fee)
	}
	for _, name := range []string{"AC Milan", "Marseille"} {
		cs, err := s.FindClubs(ctx, name)
		if err != nil || len(cs) != 1 {
			t.Fatal(name, cs, err)
		}
		cl, err := s.Club(ctx, cs[0].ID, 0, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		if n := len(cl.Targets) + len(cl.Outgoing); n == 0 {
			t.Errorf("club %s: no link", name)
		}
		for _, ps := range append(cl.Targets, cl.Outgoing...) {
			check("club "+name, ps.Club, ps.Fee)
		}
	}
}
