package bot

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
)

// fakeKeeper is the fake knowledge base with corrections, articles to
// forget (article n reports link n) and statistics; Sources marks the
// reports of retracted links as the corrected store does.
type fakeKeeper struct {
	*fakeKnowledge
	corrections []knowledge.Correction
	forgotten   []int64
}

func (f *fakeKeeper) Correct(ctx context.Context, c knowledge.Correction) (knowledge.Correction, error) {
	c, err := knowledge.CheckCorrection(c)
	if err != nil {
		return knowledge.Correction{}, err
	}
	c.ID, c.Created = int64(len(f.corrections)+1), time.Date(2026, 12, 3, 7, 10, 0, 0, time.UTC)
	f.corrections = append(f.corrections, c)
	return c, nil
}

func (f *fakeKeeper) Undo(ctx context.Context, id int64, author, platform string) (knowledge.Correction, error) {
	if id < 1 || id > int64(len(f.corrections)) {
		return knowledge.Correction{}, knowledge.ErrNotFound
	}
	c := &f.corrections[id-1]
	if !c.Active() {
		return knowledge.Correction{}, knowledge.ErrUndone
	}
	c.UndoneBy, c.UndonePlatform, c.Undone = author, platform, time.Date(2026, 12, 3, 8, 0, 0, 0, time.UTC)
	return *c, nil
}

func (f *fakeKeeper) Corrections(ctx context.Context, playerID int64, active bool) ([]knowledge.Correction, error) {
	var out []knowledge.Correction
	for i := len(f.corrections) - 1; i >= 0; i-- {
		c := f.corrections[i]
		if (playerID == 0 || c.Player == f.players[playerID-1].Name) && (!active || c.Active()) {
			out = append(out, c)
		}
	}
	return out, nil
}

func (f *fakeKeeper) FindArticle(ctx context.Context, idOrURL string) (int64, error) {
	id, err := strconv.ParseInt(idOrURL, 10, 64)
	if err != nil || id < 1 || id > int64(len(f.reports)) {
		return 0, knowledge.ErrNotFound
	}
	return id, nil
}

func (f *fakeKeeper) Forget(ctx context.Context, articleID int64) (knowledge.Forgotten, error) {
	f.forgotten = append(f.forgotten, articleID)
	return knowledge.Forgotten{Links: 1}, nil
}

func (f *fakeKeeper) Stats(ctx context.Context) (knowledge.Stats, error) {
	active, _ := f.Corrections(ctx, 0, true)
	return knowledge.Stats{Articles: len(f.reports), Players: len(f.players), Links: len(f.reports), Corrections: len(active),
		NewestArticle: int64(len(f.reports)), NewestIngested: time.Date(2022, 6, 1, 0, 0, 0, 0, time.UTC)}, nil
}

func (f *fakeKeeper) CountStale(ctx context.Context, version string) (int, error) { return 3, nil }

func (f *fakeKeeper) Sources(ctx context.Context, playerID, clubID int64) ([]knowledge.Report, error) {
	rs, err := f.fakeKnowledge.Sources(ctx, playerID, clubID)
	for i, r := range rs {
		rs[i].ArticleID = r.LinkID
		for _, c := range f.corrections {
			if c.Kind == knowledge.Retract && c.Active() && c.Player == r.Player && c.Club == r.Club {
				rs[i].Retracted = c.ID
			}
		}
	}
	return rs, err
}

func TestCorrections(t *testing.T) {
	k := &fakeKeeper{fakeKnowledge: newFake()}
	rt := testRouter(t, k, Options{Extractor: "x1"})
	tests := []struct {
		text string
		want []string // in the text, in this order
		err  bool
	}{
		{text: "/retract Kamara AC Milan", want: []string{"Correction #1: AC Milan is not after Boubacar Kamara. /undo 1 takes it back."}},
		{text: "/sources Kamara Milan", want: []string{"AC Milan · talks · January 2022 · retracted by correction #1 · article #3"}},
		{text: "/setclub Kamara | Aston Villa", want: []string{"Correction #2: Boubacar Kamara plays for Aston Villa."}},
		{text: "/setclub Kamara Aston Villa", want: []string{"Correction #3: Boubacar Kamara plays for Aston Villa."}},
		{text: "/setcontract Kamara 2027-06", want: []string{"Correction #4: Boubacar Kamara's contract ends 2027-06."}},
		{text: "/setcontract Boubacar Kamara none", want: []string{"Correction #5: when Boubacar Kamara's contract ends is unknown."}},
		{text: "/undo 1", want: []string{"Undone (#1): Correction #1: AC Milan is not after Boubacar Kamara."}},
		{text: "/corrections Kamara", want: []string{"Corrections of Boubacar Kamara", "#5", "#1: AC Milan is not after", "by u1 on test, 2026-12-03 07:10 UTC · undone by u1 on test, 2026-12-03 08:00 UTC"}},
		{text: "/corrections", want: []string{"Corrections", "#5"}},
		{text: "/corrections Mbappé", want: []string{"No correction has been made."}},
		{text: "/undo 1", want: []string{"Correction #1 was undone already."}, err: true},
		{text: "/undo 99", want: []string{"There is no correction #99."}, err: true},
		{text: "/undo soon", want: []string{"There is no correction #soon."}, err: true},
		{text: "/retract Kamara", want: []string{"Name the player and the club"}, err: true},
		{text: "/retract Kamara | Nowhere FC", want: []string{"I know no club called “Nowhere FC”."}, err: true},
		{text: "/setclub Kamara | Nowhere FC", want: []string{"I know no club called “Nowhere FC”."}, err: true},
		{text: "/setcontract Kamara soon", want: []string{"“soon” is no contract end"}, err: true},
		{text: "/setcontract Kamara 2027-06-30", want: []string{"“2027-06-30” is no contract end"}, err: true},
		{text: "/setcontract Nobody 2027", want: []string{"I know no player called “Nobody”."}, err: true},
		{text: "/forget 4", want: []string{"Article #4 forgotten: 1 report and 0 players that only it named removed."}},
		{text: "/forget #5", want: []string{"Article #5 forgotten"}},
		{text: "/forget https://example.org/none", want: []string{"There is no article “https://example.org/none”"}, err: true},
		{text: "/stats", want: []string{"Knowledge base", "Articles — 27", "Corrections in force — 4", "Newest article — #27 · 2022-06-01 00:00 UTC", "Extractor — x1", "Awaiting re-extraction — 3"}},
	}
	for _, tt := range tests {
		r := serve(t, rt, tt.text)
		text := r.Text(0)
		if r.Error != tt.err {
			t.Errorf("%s: Error = %v, want %v\n%s", tt.text, r.Error, tt.err, text)
		}
		at := 0
		for _, w := range tt.want {
			i := strings.Index(text[at:], w)
			if i < 0 {
				t.Errorf("%s: missing (or out of order) %q in\n%s", tt.text, w, text)
				continue
			}
			at += i
		}
	}
	if len(k.corrections) != 5 || k.corrections[1].Author != "u1" || k.corrections[1].Platform != "test" ||
		k.corrections[2].Club != "Aston Villa" {
		t.Errorf("corrections stored: %+v", k.corrections)
	}
	if len(k.forgotten) != 2 || k.forgotten[0] != 4 || k.forgotten[1] != 5 {
		t.Errorf("forgotten %v, want articles 4 and 5", k.forgotten)
	}
}

// TestCorrectionsRefused: a user who is not an admin is refused every
// command that changes the knowledge base, and nothing is written.
func TestCorrectionsRefused(t *testing.T) {
	k := &fakeKeeper{fakeKnowledge: newFake()}
	rt := testRouter(t, k, Options{})
	for _, text := range []string{"/retract Kamara AC Milan", "/setclub Kamara Aston Villa", "/setcontract Kamara 2027",
		"/corrections", "/undo 1", "/forget 1"} {
		r := rt.Serve(context.Background(), &Request{Platform: "test", Chat: "c1", User: "fan", Text: text})
		name, _, _ := ParseCommand(text)
		if !r.Error || r.Text(0) != "Only admins can use /"+name+"." {
			t.Errorf("%s by a fan: %q, want a refusal", text, r.Text(0))
		}
	}
	if len(k.corrections) != 0 || len(k.forgotten) != 0 {
		t.Errorf("written for a fan: %v, %v", k.corrections, k.forgotten)
	}
	if r := rt.Serve(context.Background(), &Request{Platform: "test", Chat: "c1", User: "fan", Text: "/stats"}); r.Error {
		t.Errorf("/stats refused to a fan: %s", r.Text(0))
	}
	// A knowledge base that cannot be kept says so.
	plain := testRouter(t, newFake(), Options{})
	if r := serve(t, plain, "/retract Kamara AC Milan"); !r.Error || !strings.Contains(r.Text(0), "cannot be changed from chat") {
		t.Errorf("/retract without corrections: %q", r.Text(0))
	}
}
