package storetest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/correct"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// riceArticles: Rice pursued by Arsenal and Manchester City, then signed
// by Arsenal from West Ham for £105M (a rejected bid before), then a
// Marseille player signed by Arsenal in an undated article.
func riceArticles() Extractor {
	return Extractor{
		"pursuit": {Lang: "en", Published: MustDate("2023-06-20"), Outlets: []string{"Sky"}, Players: []facts.Player{{
			Name: "Declan Rice", CurrentClub: "West Ham United", ContractExpires: MustDate("2024-06"), Suitors: []facts.Suitor{
				{Club: "Arsenal", Stage: facts.StageBid}, {Club: "Manchester City", Stage: facts.StageBid}},
			Fees: []facts.Fee{{Club: "Arsenal", Amount: 90_000_000, Currency: "GBP", Kind: facts.FeeBid, Status: facts.FeeRejected}},
		}}},
		"signed": {Lang: "en", Published: MustDate("2023-07-15"), Outlets: []string{"The Athletic"}, Players: []facts.Player{{
			Name: "Declan Rice", CurrentClub: "Arsenal", FromClub: "West Ham United", Suitors: []facts.Suitor{
				{Club: "Arsenal", Stage: facts.StageDone}, {Club: "Manchester City", Stage: facts.StageEnded}},
			Fees: []facts.Fee{{Club: "Arsenal", Amount: 105_000_000, Currency: "GBP", Kind: facts.FeeBid, Status: facts.FeeAccepted}},
		}}},
		"undated": {Lang: "en", Players: []facts.Player{{
			Name: "Jordan Veretout", CurrentClub: "Arsenal", ContractExpires: MustDate("2026-06"), Suitors: []facts.Suitor{{Club: "Arsenal", Stage: facts.StageDone}},
		}}},
	}
}

// testCompletedMoves: a completed signing is stored and answered though
// its club is now the player's own: first among his suitors, in Latest, in
// Sources, and in Moves with the club he left and the fee; the clubs that
// lost out stay his suitors and are not his new club's "pursued by".
func (ts suite) testCompletedMoves(t *testing.T) {
	s := ts.openTest(t, riceArticles())
	for _, text := range []string{"pursuit", "signed", "undated"} {
		MustIngest(t, s, knowledge.Input{Text: text})
	}
	ctx := context.Background()
	rice := OnePlayer(t, s, "rice")
	if rice.CurrentClub != "Arsenal" {
		t.Errorf("current club %q, want Arsenal", rice.CurrentClub)
	}
	if p, err := s.Profile(ctx, rice.ID); err != nil || !p.ContractExpires.IsZero() {
		t.Errorf("profile %+v, %v: want no contract (West Ham's, told before his move, is not Arsenal's)", p, err)
	}
	if es, err := s.Expiring(ctx, MustDate("2024-06"), MustDate("2026-06")); err != nil || len(es) != 1 || es[0].Player != "Jordan Veretout" {
		t.Errorf("expiring %+v, %v: want Veretout only (Rice's West Ham contract is not his)", es, err)
	}
	ss, err := s.Suitors(ctx, rice.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 2 || ss[0].Club != "Arsenal" || ss[0].Stage != facts.StageDone || ss[1].Club != "Manchester City" {
		t.Errorf("suitors %+v, want Arsenal done, then Manchester City", ss)
	}
	latest, err := s.Latest(ctx, 10, rice.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(latest) == 0 || latest[0].Club != "Arsenal" || latest[0].Stage != facts.StageDone {
		t.Errorf("latest %+v, want Arsenal's signing first", latest)
	}
	tl, err := s.Timeline(ctx, rice.ID, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if got := clubsOf(tl); got != "Arsenal, Manchester City, Arsenal, Manchester City" || tl[2].Stage != facts.StageDone {
		t.Errorf("timeline %s (%+v), want both pursuits and the signing", got, tl)
	}
	if rs, err := s.Recent(ctx, MustDate("2023-07-01").Start(), time.Time{}); err != nil || !strings.Contains(clubsOf(rs), "Arsenal") {
		t.Errorf("recent %s, %v: want Arsenal's signing", clubsOf(rs), err)
	}
	arsenal := OneClub(t, s, "arsenal")
	src, err := s.Sources(ctx, rice.ID, arsenal.ID)
	if err != nil || len(src) != 2 {
		t.Errorf("sources of Rice and Arsenal %+v, %v, want the bid and the signing", src, err)
	}
	cl, err := s.Club(ctx, arsenal.ID, 0, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if len(cl.Outgoing) != 0 || len(cl.Targets) != 0 {
		t.Errorf("Arsenal's targets %+v and outgoing %+v: want none (Rice and Veretout are signed)", cl.Targets, cl.Outgoing)
	}
	// Rice is both Arsenal's signing and its own player: his signing is
	// one of Arsenal's latest reports, once.
	if rs, err := s.Latest(ctx, 10, 0, arsenal.ID); err != nil || countReports(rs, "Declan Rice", "Arsenal", facts.StageDone) != 1 {
		t.Errorf("Arsenal's latest %+v, %v: want Rice's signing once", rs, err)
	}

	moves, err := s.Moves(ctx, 10, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	fee := &facts.Fee{Club: "Arsenal", Amount: 105_000_000, Currency: "GBP", Kind: facts.FeeBid, Status: facts.FeeAccepted}
	if len(moves) != 2 {
		t.Fatalf("moves %+v, want Rice and Veretout", moves)
	}
	m := moves[0]
	if m.Player != "Declan Rice" || m.Club != "Arsenal" || m.FromClub != "West Ham United" ||
		m.Published.String() != "2023-07-15" || m.Source != "The Athletic" || m.Fee == nil || *m.Fee != *fee || m.Ingested.IsZero() {
		t.Errorf("first move %+v (fee %+v), want Rice from West Ham to Arsenal, 2023-07-15, The Athletic, £105M", m, m.Fee)
	}
	if v := moves[1]; v.Player != "Jordan Veretout" || v.FromClub != "" || v.Fee != nil || !v.Published.IsZero() {
		t.Errorf("second move %+v, want Veretout's undated one, no club left, no fee", v)
	}
	if p, err := s.Profile(ctx, OnePlayer(t, s, "veretout").ID); err != nil || p.ContractExpires.String() != "2026-06" {
		t.Errorf("Veretout's profile %+v, %v: want the contract his signing told", p, err)
	}
	westHam := OneClub(t, s, "west ham united")
	for _, tc := range []struct {
		name         string
		n            int
		player, club int64
		want         []string
	}{
		{"a player's", 10, rice.ID, 0, []string{"Declan Rice"}},
		{"the buyer's", 10, 0, arsenal.ID, []string{"Declan Rice", "Jordan Veretout"}},
		{"the seller's", 10, 0, westHam.ID, []string{"Declan Rice"}},
		{"one", 1, 0, 0, []string{"Declan Rice"}},
		{"none asked", 0, 0, 0, nil},
	} {
		got, err := s.Moves(ctx, tc.n, tc.player, tc.club)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, m := range got {
			names = append(names, m.Player)
		}
		if len(names) != len(tc.want) || (len(names) > 0 && names[0] != tc.want[0]) || got == nil {
			t.Errorf("%s moves %q (nil %v), want %q", tc.name, names, got == nil, tc.want)
		}
	}

	// the club he left is a fact of the article
	af, err := s.ArticleFacts(ctx, 2)
	if err != nil || len(af.Players) != 1 || af.Players[0].FromClub != "West Ham United" {
		t.Errorf("article facts %+v, %v: want Rice from West Ham United", af, err)
	}

	// an admin setting his club keeps the signing; retracting it removes the move
	c := correct.New(s.Store)
	for _, k := range []knowledge.Correction{
		{Kind: knowledge.SetClub, Player: "Declan Rice", Club: "Arsenal", Author: "u1", Platform: "console"},
		{Kind: knowledge.Retract, Player: "Jordan Veretout", Club: "Arsenal", Author: "u1", Platform: "console"},
	} {
		if _, err := c.Correct(ctx, k); err != nil {
			t.Fatal(err)
		}
	}
	if ss, err := c.Suitors(ctx, rice.ID); err != nil || len(ss) == 0 || ss[0].Club != "Arsenal" {
		t.Errorf("corrected suitors %+v, %v: want Arsenal's signing kept", ss, err)
	}
	if ms, err := c.Moves(ctx, 10, 0, arsenal.ID); err != nil || len(ms) != 1 || ms[0].Player != "Declan Rice" {
		t.Errorf("corrected moves %+v, %v: want Rice's only", ms, err)
	}
}

// testLatestCountsUndatedFromIngestion: an undated report counts from
// when it was ingested, capped at the newest dated report stored before
// it, after the dated reports of that day: a text pasted into a live base
// no longer sinks below every dated one, and an archive's undated article
// stays in its time when newer dated ones come.
func (ts suite) testLatestCountsUndatedFromIngestion(t *testing.T) {
	fx := Extractor{
		"new":     KamaraArticle("2024-05-01", "AC Milan", facts.StageTalks),
		"older":   KamaraArticle("2024-04-01", "Chelsea", facts.StageInterest),
		"undated": KamaraArticle("", "Barcelona", facts.StageInterest),
	}
	for _, tc := range []struct {
		order []string
		want  string
	}{
		{[]string{"older", "new", "undated"}, "AC Milan, Barcelona, Chelsea"}, // pasted last: as fresh as the newest
		{[]string{"older", "undated", "new"}, "AC Milan, Chelsea, Barcelona"}, // stays in its time
		{[]string{"undated", "older", "new"}, "Barcelona, AC Milan, Chelsea"}, // nothing dated before it: its ingestion
	} {
		s := ts.openTest(t, fx)
		for _, text := range tc.order {
			MustIngest(t, s, knowledge.Input{Text: text})
		}
		for _, player := range []int64{0, OnePlayer(t, s, "kamara").ID} {
			latest, err := s.Latest(context.Background(), 3, player, 0)
			if err != nil {
				t.Fatal(err)
			}
			if got := clubsOf(latest); got != tc.want {
				t.Errorf("ingested %q: Latest(3, %d) = %s, want %s", tc.order, player, got, tc.want)
			}
		}
		if latest, err := s.Latest(context.Background(), 1, 0, 0); err != nil || clubsOf(latest) != strings.Split(tc.want, ", ")[0] {
			t.Errorf("ingested %q: Latest(1) = %s, %v", tc.order, clubsOf(latest), err)
		}
	}
}

// countReports counts the reports of rs of player and club at stage.
func countReports(rs []knowledge.Report, player, club string, stage facts.Stage) int {
	n := 0
	for _, r := range rs {
		if r.Player == player && r.Club == club && r.Stage == stage {
			n++
		}
	}
	return n
}
