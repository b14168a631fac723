package storetest

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/correct"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/ingest"
)

// correctionsCorpus is Kamara (Marseille, contract to 2022-06) linked with
// Atlético, AC Milan (who bid €12M; Marseille ask €20M) and Aston Villa,
// one article each.
func correctionsCorpus() (Extractor, []string) {
	texts := []string{"kamara atletico", "kamara milan", "kamara villa"}
	milan := KamaraArticle("2021-11", "AC Milan", facts.StageTalks)
	milan.Players[0].Fees = []facts.Fee{{Club: "AC Milan", Amount: 12_000_000, Currency: "EUR", Kind: facts.FeeBid},
		{Club: "Marseille", Amount: 20_000_000, Currency: "EUR", Kind: facts.FeeAsking}}
	return Extractor{
		texts[0]: KamaraArticle("2022-03-24", "Atlético Madrid", facts.StageAdvanced),
		texts[1]: milan,
		texts[2]: KamaraArticle("2022-01", "Aston Villa", facts.StageInterest),
	}, texts
}

// corrected is a store with its corrections applied, the pipeline that
// learns into it, and a failing test's helpers.
type corrected struct {
	t  *testing.T
	s  *correct.Store
	p  *ingest.Pipeline
	fx Extractor
}

// testCorrections: a retraction hides the link from every answer but
// Sources, which marks its reports; a corrected club and contract win over
// the articles'; all of it survives re-extraction and a new article
// reporting the link again, until undone; undoing keeps the audit trail.
func (ts suite) testCorrections(t *testing.T) {
	ctx := context.Background()
	fx, texts := correctionsCorpus()
	raw := ts.open(t, DefaultConfig())
	c := corrected{t: t, s: correct.New(raw), p: ingest.NewVersioned(raw, fx.Extract, "v1"), fx: fx}
	for _, text := range texts {
		MustIngest(t, c.p, knowledge.Input{Text: text})
	}
	sub, err := c.s.Subscribe(ctx, knowledge.Subscription{Platform: "console", Chat: "c", Kind: knowledge.SubDigest})
	if err != nil {
		t.Fatal(err)
	}
	k := OnePlayer(t, c.s, "Kamara")
	c.check("before", k, "Atlético Madrid advanced 1, AC Milan talks 1, Aston Villa interest 1", "Marseille", "2022-06", 0)

	retract := c.correct(knowledge.Correction{Kind: knowledge.Retract, Player: "Boubacar Kamara", Club: "AC Milan",
		Author: "u1", Platform: "telegram"})
	c.check("retracted", k, "Atlético Madrid advanced 1, Aston Villa interest 1", "Marseille", "2022-06", 1)
	if reps, err := c.s.DigestReports(ctx, sub, 100); err != nil || strings.Contains(clubsOf(reps), "AC Milan") {
		t.Errorf("digest reports %s, %v; want no AC Milan", clubsOf(reps), err)
	}
	follow, err := c.s.Subscribe(ctx, knowledge.Subscription{Platform: "console", Chat: "c", Kind: knowledge.SubFollow,
		Filter: knowledge.FilterPlayer, FilterID: k.ID, FilterName: k.Name})
	if err != nil {
		t.Fatal(err)
	}
	follow.Watermark = 0 // as if it followed him from the start
	if reps, err := c.s.FollowReports(ctx, follow, 100); err != nil || len(reps) != 3 {
		t.Errorf("follow reports %s, %v; want the 3", clubsOf(reps), err)
	} else {
		for _, r := range reps {
			if (r.Club == "AC Milan") != (r.Retracted == retract.ID) {
				t.Errorf("follow report %s hidden by %d; want AC Milan's alone, by %d", r.Club, r.Retracted, retract.ID)
			}
		}
	}
	if milan := c.clubID("AC Milan"); milan != 0 {
		if cl, err := c.s.Club(ctx, milan, 0, time.Time{}); err != nil || len(cl.Targets) != 0 {
			t.Errorf("Club(AC Milan) = %+v, %v; want no target", cl, err)
		}
	}
	if prof, err := c.s.Profile(ctx, k.ID); err != nil || len(prof.Fees) != 1 || prof.Fees[0].Club != "Marseille" {
		t.Errorf("fees after the retraction: %+v, %v; want Marseille's asking price alone", prof.Fees, err)
	}
	for _, r := range c.sources(k) {
		if (r.Club == "AC Milan") != (r.Retracted == retract.ID) {
			t.Errorf("source %s retracted by %d, want %d only for AC Milan", r.Club, r.Retracted, retract.ID)
		}
	}

	c.correct(knowledge.Correction{Kind: knowledge.SetClub, Player: "Boubacar Kamara", Club: "Aston Villa", Author: "u1", Platform: "discord"})
	c.correct(knowledge.Correction{Kind: knowledge.SetContract, Player: "Boubacar Kamara", Contract: MustDate("2027-06"), Author: "u2", Platform: "console"})
	c.check("club and contract", k, "Atlético Madrid advanced 1", "Aston Villa", "2027-06", 1)
	if ps := OnePlayer(t, c.s, "Kamara"); ps.CurrentClub != "Aston Villa" {
		t.Errorf("FindPlayers: club %q, want Aston Villa", ps.CurrentClub)
	}
	if cl, err := c.s.Club(ctx, c.clubID("Aston Villa"), 0, time.Time{}); err != nil || len(cl.Targets) != 0 ||
		len(cl.Outgoing) != 1 || cl.Outgoing[0].Club != "Atlético Madrid" {
		t.Errorf("Club(Aston Villa) = %+v, %v; want Kamara outgoing to Atlético only", cl, err)
	}
	later := time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC) // his links moved with him keep to the window too
	if cl, err := c.s.Club(ctx, c.clubID("Aston Villa"), 0, later); err != nil || len(cl.Outgoing) != 0 {
		t.Errorf("Club(Aston Villa, since 2100) = %+v, %v; want nobody", cl, err)
	}
	if cl, err := c.s.Club(ctx, c.clubID("Marseille"), 0, time.Time{}); err != nil || len(cl.Outgoing) != 0 {
		t.Errorf("Club(Marseille) = %+v, %v; want nobody outgoing: Kamara left", cl, err)
	}
	c.expiring("2022", "")
	c.expiring("2027", "Boubacar Kamara (Aston Villa) 2027-06")

	// A new article reports AC Milan again, and every article is read again.
	again := KamaraArticle("2022-04-02", "AC Milan", facts.StageAdvanced)
	c.fx["kamara milan again"] = again
	MustIngest(t, c.p, knowledge.Input{Text: "kamara milan again"})
	if _, err := ingest.NewVersioned(raw, c.fx.Extract, "v2").Reextract(ctx, raw, ingest.ReextractOptions{All: true}); err != nil &&
		!errors.Is(err, errors.ErrUnsupported) {
		t.Fatal(err)
	}
	c.check("after a new article and re-extraction", k, "Atlético Madrid advanced 1", "Aston Villa", "2027-06", 2)

	list, err := c.s.Corrections(ctx, k.ID, false)
	if err != nil || len(list) != 3 || list[0].Kind != knowledge.SetContract || list[2].ID != retract.ID ||
		list[2].Author != "u1" || list[2].Platform != "telegram" || list[2].Created.IsZero() || !list[2].Active() {
		t.Fatalf("Corrections = %+v, %v; want the three, newest first, with author, platform and time", list, err)
	}
	undone, err := c.s.Undo(ctx, retract.ID, "u3", "discord")
	if err != nil || undone.Active() || undone.UndoneBy != "u3" || undone.UndonePlatform != "discord" {
		t.Fatalf("Undo = %+v, %v; want undone by u3 on discord", undone, err)
	}
	c.check("undone", k, "AC Milan advanced 2, Atlético Madrid advanced 1", "Aston Villa", "2027-06", 0)
	if _, err := c.s.Undo(ctx, retract.ID, "u3", "discord"); !errors.Is(err, knowledge.ErrUndone) {
		t.Errorf("Undo twice = %v, want ErrUndone", err)
	}
	if _, err := c.s.Undo(ctx, 9999, "u3", "discord"); !errors.Is(err, knowledge.ErrNotFound) {
		t.Errorf("Undo(9999) = %v, want ErrNotFound", err)
	}
	if all, err := c.s.Corrections(ctx, 0, false); err != nil || len(all) != 3 {
		t.Errorf("every correction after undoing: %d, %v; want all 3 kept", len(all), err)
	}
	if st := Stats(t, c.s); st.Corrections != 2 {
		t.Errorf("stats: %d corrections in force, want 2", st.Corrections)
	}
	if _, err := c.s.Correct(ctx, knowledge.Correction{Kind: knowledge.Retract, Player: "Kamara", Author: "u1", Platform: "x"}); err == nil {
		t.Error("a retraction without a club was stored")
	}
	if all, _ := c.s.Corrections(ctx, 0, false); len(all) != 3 {
		t.Errorf("%d corrections after a bad one, want 3", len(all))
	}
}

// correct stores a correction, failing the test on an error.
func (c corrected) correct(k knowledge.Correction) knowledge.Correction {
	c.t.Helper()
	got, err := c.s.Correct(context.Background(), k)
	if err != nil || got.ID == 0 || got.Player != "Boubacar Kamara" || got.Created.IsZero() {
		c.t.Fatalf("Correct(%+v) = %+v, %v", k, got, err)
	}
	return got
}

// check compares the answers about k with the suitors, club and contract
// expected, and counts the retracted reports Sources marks.
func (c corrected) check(when string, k knowledge.PlayerRef, suitors, club, contract string, retracted int) {
	c.t.Helper()
	ctx := context.Background()
	su, err := c.s.Suitors(ctx, k.ID)
	if err != nil || suitorLine(su) != suitors {
		c.t.Errorf("%s: suitors %q, %v; want %q", when, suitorLine(su), err, suitors)
	}
	prof, err := c.s.Profile(ctx, k.ID)
	if err != nil || prof.CurrentClub != club || prof.ContractExpires.String() != contract {
		c.t.Errorf("%s: profile %s, %s, %v; want %s, %s", when, prof.CurrentClub, prof.ContractExpires, err, club, contract)
	}
	n := 0
	for _, r := range c.sources(k) {
		if r.Retracted != 0 {
			n++
		}
	}
	if n != retracted {
		c.t.Errorf("%s: %d reports marked retracted in Sources, want %d", when, n, retracted)
	}
	want := strings.ReplaceAll(suitors, ", ", "|")
	for name, read := range map[string]func() ([]knowledge.Report, error){
		"Latest":   func() ([]knowledge.Report, error) { return c.s.Latest(ctx, 10, 0, 0) },
		"Latest 1": func() ([]knowledge.Report, error) { return c.s.Latest(ctx, 1, k.ID, 0) },
		"Timeline": func() ([]knowledge.Report, error) { return c.s.Timeline(ctx, k.ID, time.Time{}) },
		"Recent":   func() ([]knowledge.Report, error) { return c.s.Recent(ctx, time.Time{}, time.Time{}) },
	} {
		reps, err := read()
		if err != nil || len(reps) == 0 {
			c.t.Errorf("%s: %s = %v, %v; want reports", when, name, reps, err)
		}
		for _, r := range reps {
			if !strings.Contains("|"+want+"|", "|"+r.Club+" ") {
				c.t.Errorf("%s: %s reports %s, not among %q", when, name, r.Club, suitors)
			}
		}
	}
}

// sources returns every report of k's links.
func (c corrected) sources(k knowledge.PlayerRef) []knowledge.Report {
	c.t.Helper()
	rs, err := c.s.Sources(context.Background(), k.ID, 0)
	if err != nil {
		c.t.Fatal(err)
	}
	return rs
}

// clubID returns the id of the club named name, 0 when none.
func (c corrected) clubID(name string) int64 {
	c.t.Helper()
	cs, err := c.s.FindClubs(context.Background(), name)
	if err != nil {
		c.t.Fatal(err)
	}
	for _, cl := range cs {
		if cl.Name == name {
			return cl.ID
		}
	}
	return 0
}

// expiring checks the contracts ending in year.
func (c corrected) expiring(year, want string) {
	c.t.Helper()
	es, err := c.s.Expiring(context.Background(), MustDate(year+"-01"), MustDate(year+"-12"))
	got := ""
	for _, e := range es {
		got += e.Player + " (" + e.Club + ") " + e.Expires.String()
	}
	if err != nil || got != want {
		c.t.Errorf("Expiring(%s) = %q, %v; want %q", year, got, err, want)
	}
}

// clubsOf lists the clubs of reports.
func clubsOf(reps []knowledge.Report) string {
	var out []string
	for _, r := range reps {
		out = append(out, r.Club)
	}
	return strings.Join(out, ", ")
}

// testSetClubShowsArticlesClub: /setclub makes its club his own, so that
// club's links but his signing leave the answers; the club the articles
// gave him becomes a club like any other, whose pursuit of him every
// answer shows (the stores hid it as his own), until the correction is
// undone.
func (ts suite) testSetClubShowsArticlesClub(t *testing.T) {
	ctx := context.Background()
	// Marseille talked to Kamara before the articles had him there.
	fx := Extractor{
		"marseille": {Lang: "en", Published: MustDate("2021-06-01"), Players: []facts.Player{{Name: "Boubacar Kamara",
			Suitors: []facts.Suitor{{Club: "Marseille", Stage: facts.StageTalks}}}}},
		"milan": KamaraArticle("2022-02-01", "AC Milan", facts.StageInterest),
		"villa": KamaraArticle("2022-01-01", "Aston Villa", facts.StageAdvanced),
	}
	raw := ts.open(t, DefaultConfig())
	s, p := correct.New(raw), ingest.New(raw, fx.Extract)
	for _, text := range []string{"villa", "milan", "marseille"} {
		MustIngest(t, p, knowledge.Input{Text: text})
	}
	sub, err := s.Subscribe(ctx, knowledge.Subscription{Platform: "console", Chat: "c", Kind: knowledge.SubDigest})
	if err != nil {
		t.Fatal(err)
	}
	k := OnePlayer(t, s, "Kamara")
	marseille, milan, villa := OneClub(t, s, "Marseille").ID, OneClub(t, s, "AC Milan").ID, OneClub(t, s, "Aston Villa").ID
	links := []knowledge.LinkKey{{PlayerID: k.ID, ClubID: marseille}, {PlayerID: k.ID, ClubID: milan}, {PlayerID: k.ID, ClubID: villa}}
	check := func(when, want, story string) {
		t.Helper()
		su, err := s.Suitors(ctx, k.ID)
		if got := clubsOfSuitors(su); err != nil || got != want {
			t.Errorf("%s: Suitors = %q, %v; want %q", when, got, err, want)
		}
		for name, read := range map[string]func() ([]knowledge.Report, error){
			"Latest":          func() ([]knowledge.Report, error) { return s.Latest(ctx, 10, 0, 0) },
			"Latest(player)":  func() ([]knowledge.Report, error) { return s.Latest(ctx, 10, k.ID, 0) },
			"Timeline":        func() ([]knowledge.Report, error) { return s.Timeline(ctx, k.ID, time.Time{}) },
			"Recent":          func() ([]knowledge.Report, error) { return s.Recent(ctx, time.Time{}, time.Time{}) },
			"DigestReports":   func() ([]knowledge.Report, error) { return s.DigestReports(ctx, sub, 10) },
			"LinkReports":     func() ([]knowledge.Report, error) { return s.LinkReports(ctx, links, time.Time{}) },
			"HeatReports(p)":  func() ([]knowledge.Report, error) { return s.HeatReports(ctx, k.ID, nil, time.Time{}) },
			"HeatReports(ls)": func() ([]knowledge.Report, error) { return s.HeatReports(ctx, 0, links, time.Time{}) },
			"HeatLinks": func() ([]knowledge.Report, error) {
				hs, err := s.HeatLinks(ctx, k.ID, time.Time{})
				return heatLinkReports(hs), err
			},
		} {
			reps, err := read()
			if err != nil {
				t.Errorf("%s: %s: %v", when, name, err)
			}
			if got := clubsOfReports(reps); got != want {
				t.Errorf("%s: %s reports %q; want %q", when, name, got, want)
			}
		}
		// StoryChanges, which the correction layer leaves to Timeline
		// while a correction of him is in force, hides the articles' club
		// as the store's other answers do, not the corrected one.
		changes, _, err := raw.StoryChanges(ctx, k.ID, 0)
		var clubs []string
		for _, ch := range changes {
			clubs = append(clubs, ch.Club)
		}
		slices.Sort(clubs)
		if got := strings.Join(slices.Compact(clubs), ", "); err != nil || got != story {
			t.Errorf("%s: raw StoryChanges of %q, %v; want %q", when, got, err, story)
		}
		cl, err := s.Club(ctx, marseille, 0, time.Time{})
		targets := ""
		for _, ps := range cl.Targets {
			targets += ps.Player
		}
		if wantTargets := map[bool]string{true: k.Name}[strings.Contains(want, "Marseille")]; err != nil || targets != wantTargets {
			t.Errorf("%s: Club(Marseille) targets %q, %v; want %q", when, targets, err, wantTargets)
		}
	}
	check("before", "AC Milan, Aston Villa", "AC Milan, Aston Villa")
	set, err := s.Correct(ctx, knowledge.Correction{Kind: knowledge.SetClub, Player: k.Name, Club: "Aston Villa", Author: "u1", Platform: "console"})
	if err != nil {
		t.Fatal(err)
	}
	check("setclub Aston Villa", "AC Milan, Marseille", "AC Milan, Aston Villa, Marseille")
	if _, err := s.Undo(ctx, set.ID, "u1", "console"); err != nil {
		t.Fatal(err)
	}
	check("undone", "AC Milan, Aston Villa", "AC Milan, Aston Villa")
}

// clubsOfSuitors lists the clubs of suitors in name order.
func clubsOfSuitors(su []knowledge.Suitor) string {
	var out []string
	for _, s := range su {
		out = append(out, s.Club)
	}
	slices.Sort(out)
	return strings.Join(out, ", ")
}

// clubsOfReports lists the distinct clubs of reports in name order.
func clubsOfReports(reps []knowledge.Report) string {
	var out []string
	for _, r := range reps {
		out = append(out, r.Club)
	}
	slices.Sort(out)
	return strings.Join(slices.Compact(out), ", ")
}
