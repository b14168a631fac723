package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/extract"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/ingest"
)

// recorder is a knowledge.Writer that keeps what it is handed: the
// pipeline's side of the seam, tested without a database.
type recorder struct {
	writes [][]knowledge.Article
	stored map[int64]knowledge.Article
	known  map[string]int64 // text -> id of an article stored before
}

func (r *recorder) ArticleID(_ context.Context, text, _ string) (int64, error) {
	if id, ok := r.known[text]; ok {
		return id, nil
	}
	return 0, knowledge.ErrNotFound
}

func (r *recorder) Write(_ context.Context, arts []knowledge.Article) ([]knowledge.Stored, error) {
	r.writes = append(r.writes, arts)
	var out []knowledge.Stored
	for _, a := range arts {
		id := int64(len(r.stored) + 100)
		r.stored[id] = a
		out = append(out, knowledge.Stored{ArticleID: id})
	}
	return out, nil
}

func (r *recorder) ArticleFacts(_ context.Context, id int64) (facts.Article, error) {
	if a, ok := r.stored[id]; ok {
		return a.Facts, nil
	}
	if id == 7 {
		return facts.Article{Title: "stored before"}, nil
	}
	return facts.Article{}, knowledge.ErrNotFound
}

// The store is handed the facts tidied: names trimmed and clipped, the
// player's own club and unnamed clubs dropped from his suitors, one link
// per club (the strongest), an unknown stage read as interest, empty fees
// and outlets dropped, the caller's title and date over the text's, and
// the source a link without one cites.
func TestIngestHandsTidiedFacts(t *testing.T) {
	long := strings.Repeat("é", 130)
	x := func(text string, h extract.Hints) facts.Article {
		return facts.Article{Lang: "en", Title: "from the text", Outlets: []string{"  ", " GOAL "},
			Players: []facts.Player{
				{Name: "  Boubacar Kamara ", CurrentClub: "Marseille", Aliases: []string{long},
					Suitors: []facts.Suitor{
						{Club: " AC Milan ", Stage: facts.StageInterest, Sentence: " Milan want him. "},
						{Club: "Marseille", Stage: facts.StageTalks},
						{Club: "AC Milan", Stage: facts.StageBid},
						{Club: " ", Stage: facts.StageDone},
						{Club: long, Stage: "rumour"},
					},
					Fees: []facts.Fee{{Amount: 0, Currency: "EUR", Kind: facts.FeeBid}, {Amount: 5, Currency: "EUR", Kind: facts.FeeBid}}},
				{Name: " ", CurrentClub: "Nowhere"},
				{Name: "Boubacar Kamara", CurrentClub: "Lyon"},
			}}
	}
	r := &recorder{stored: map[int64]knowledge.Article{}}
	p := ingest.New(r, x)
	published := facts.Date{Year: 2022, Month: 3}
	res, err := p.Ingest(context.Background(), knowledge.Input{Text: "text", URL: "https://example.org/a",
		Title: "given", Published: published, Site: "", Author: "  A. Writer  "})
	if err != nil || res.ArticleID != 100 || res.Duplicate {
		t.Fatalf("Ingest = %+v, %v", res, err)
	}
	if len(r.writes) != 1 || len(r.writes[0]) != 1 {
		t.Fatalf("writes %v, want one article in one write", r.writes)
	}
	a := r.writes[0][0]
	if a.Text != "text" || a.URL != "https://example.org/a" || a.Author != "A. Writer" || a.Source != "GOAL" {
		t.Errorf("article %q %q author %q source %q", a.Text, a.URL, a.Author, a.Source)
	}
	f := a.Facts
	if f.Title != "given" || f.Published != published || !slices.Equal(f.Outlets, []string{"GOAL"}) {
		t.Errorf("title %q, published %v, outlets %q", f.Title, f.Published, f.Outlets)
	}
	if len(f.Players) != 1 {
		t.Fatalf("players %+v, want Kamara once", f.Players)
	}
	k := f.Players[0]
	if k.Name != "Boubacar Kamara" || len([]rune(k.Aliases[0])) != 120 || len(k.Fees) != 1 {
		t.Errorf("player %q, alias of %d runes, fees %+v", k.Name, len([]rune(k.Aliases[0])), k.Fees)
	}
	var got []string
	for _, su := range k.Suitors {
		got = append(got, su.Club+"/"+string(su.Stage)+"/"+su.Sentence)
	}
	want := []string{"AC Milan/bid/", strings.Repeat("é", 120) + "/interest/"}
	if !slices.Equal(got, want) {
		t.Errorf("suitors %q, want %q", got, want)
	}
}

// A completed signing is kept though its club is now the player's own,
// with the club he left; a "from" club that is his own is dropped.
func TestIngestKeepsCompletedSigning(t *testing.T) {
	x := func(text string, h extract.Hints) facts.Article {
		return facts.Article{Lang: "en", Players: []facts.Player{
			{Name: "Declan Rice", CurrentClub: "Arsenal", FromClub: " West Ham United ", Suitors: []facts.Suitor{
				{Club: "Arsenal", Stage: facts.StageDone}, {Club: "Manchester City", Stage: facts.StageEnded}}},
			{Name: "Mason Mount", CurrentClub: "Chelsea", FromClub: "Chelsea", Suitors: []facts.Suitor{
				{Club: "Chelsea", Stage: facts.StageTalks}}},
		}}
	}
	r := &recorder{stored: map[int64]knowledge.Article{}}
	if _, err := ingest.New(r, x).Ingest(context.Background(), knowledge.Input{Text: "text"}); err != nil {
		t.Fatal(err)
	}
	ps := r.writes[0][0].Facts.Players
	var got []string
	for _, p := range ps {
		got = append(got, p.Name+" from "+p.FromClub)
		for _, su := range p.Suitors {
			got = append(got, su.Club+"/"+string(su.Stage))
		}
	}
	want := []string{"Declan Rice from West Ham United", "Arsenal/done", "Manchester City/ended", "Mason Mount from "}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// An article stored before is a duplicate: neither extracted nor written.
func TestIngestStoredDuplicate(t *testing.T) {
	calls := 0
	x := func(string, extract.Hints) facts.Article { calls++; return facts.Article{} }
	r := &recorder{stored: map[int64]knowledge.Article{}, known: map[string]int64{"old": 7}}
	res, err := ingest.New(r, x).Ingest(context.Background(), knowledge.Input{Text: "old"})
	if err != nil || !res.Duplicate || res.ArticleID != 7 || res.Facts.Title != "stored before" {
		t.Errorf("Ingest = %+v, %v; want a duplicate of 7 with its stored facts", res, err)
	}
	if calls != 0 || len(r.writes) != 0 {
		t.Errorf("%d extractions, %d writes; want none", calls, len(r.writes))
	}
}

// IngestAll hands the store every article worth storing in one write.
func TestIngestAllWritesOnce(t *testing.T) {
	x := func(text string, _ extract.Hints) facts.Article {
		if text == "weather" {
			return facts.Article{}
		}
		return facts.Article{Players: []facts.Player{{Name: text}}}
	}
	r := &recorder{stored: map[int64]knowledge.Article{}}
	out, err := ingest.New(r, x).IngestAll(context.Background(),
		[]knowledge.Input{{Text: "Kamara"}, {Text: "weather"}, {Text: "Rice"}})
	if err != nil {
		t.Fatal(err)
	}
	var rej *knowledge.RejectError
	if len(r.writes) != 1 || len(r.writes[0]) != 2 || out[0].Err != nil || out[2].Err != nil ||
		!errors.As(out[1].Err, &rej) || out[2].Result.Facts.Players[0].Name != "Rice" {
		t.Errorf("writes %v, outcomes %+v; want Kamara and Rice in one write, the weather rejected", r.writes, out)
	}
}

// teller is a recorder whose Write tells the facts it stored, but for
// texts in untold, and counts the ArticleFacts reads.
type teller struct {
	recorder
	untold map[string]bool
	reads  int
}

func (r *teller) Write(ctx context.Context, arts []knowledge.Article) ([]knowledge.Stored, error) {
	out, err := r.recorder.Write(ctx, arts)
	for i := range out {
		if !r.untold[arts[i].Text] {
			out[i].Facts = &facts.Article{Title: "told", Players: arts[i].Facts.Players}
		}
	}
	return out, err
}

func (r *teller) ArticleFacts(ctx context.Context, id int64) (facts.Article, error) {
	r.reads++
	return r.recorder.ArticleFacts(ctx, id)
}

// The facts a store tells with the write are the outcome's; the store is
// asked only for those it did not tell.
func TestIngestAllUsesToldFacts(t *testing.T) {
	x := func(text string, _ extract.Hints) facts.Article {
		return facts.Article{Players: []facts.Player{{Name: text}}}
	}
	r := &teller{recorder: recorder{stored: map[int64]knowledge.Article{}}, untold: map[string]bool{"Rice": true}}
	out, err := ingest.New(r, x).IngestAll(context.Background(), []knowledge.Input{{Text: "Kamara"}, {Text: "Rice"}})
	if err != nil {
		t.Fatal(err)
	}
	if r.reads != 1 || out[0].Result.Facts.Title != "told" || out[0].Result.Facts.Players[0].Name != "Kamara" ||
		out[1].Result.Facts.Title != "" || out[1].Result.Facts.Players[0].Name != "Rice" {
		t.Errorf("%d reads, outcomes %+v; want Kamara's told facts and Rice's read back", r.reads, out)
	}
}

// dense is an extractor that reads n players in any text, each linked with
// one club: a hostile feed's article naming thousands of players.
func dense(n int) ingest.ExtractFunc {
	return func(string, extract.Hints) facts.Article {
		ps := make([]facts.Player, n)
		for i := range ps {
			ps[i] = facts.Player{Name: fmt.Sprintf("Player Number%d", i), Suitors: []facts.Suitor{{Club: "Chelsea", Stage: facts.StageInterest}}}
		}
		return facts.Article{Players: ps}
	}
}

// An article too dense to write in a short transaction (12,000 players,
// as a 1 MB hostile page can name) is refused with a clear reason and
// writes nothing; one at the limit is written.
func TestDenseArticleRefused(t *testing.T) {
	r := &recorder{stored: map[int64]knowledge.Article{}}
	_, err := ingest.New(r, dense(12000)).Ingest(context.Background(), knowledge.Input{Text: "a roundup"})
	var rej *knowledge.RejectError
	if !errors.As(err, &rej) || !strings.Contains(err.Error(), "12000 players") || len(r.writes) != 0 {
		t.Errorf("Ingest of 12,000 players = %v, %d writes; want a rejection naming the count, no write", err, len(r.writes))
	}
	if _, err := ingest.New(r, dense(knowledge.MaxArticlePlayers)).Ingest(context.Background(), knowledge.Input{Text: "a big roundup"}); err != nil {
		t.Errorf("Ingest of %d players: %v", knowledge.MaxArticlePlayers, err)
	}
}
