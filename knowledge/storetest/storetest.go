// Package storetest is the behaviour suite of a knowledge base store,
// written once and run against every store (knowledge/sqlite today): Run
// learns articles through the real ingest pipeline over a fake extractor
// and checks duplicates, answers, name lookups and subscriptions.
//
// It also offers the helpers a store's own tests share with the suite:
// a fake extractor, a corpus shaped like the seed articles, MustIngest.
package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/extract"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/ingest"
	"github.com/mercato-bot/mercato/knowledge/text"
)

// Config is how the suite wants a store opened: with this clock (it
// stamps ingestion and subscriptions) and this club table.
type Config struct {
	Now   func() time.Time
	Clubs knowledge.ClubLookupFunc
}

// OpenFunc opens a new, empty store configured by c, closed when t ends.
type OpenFunc func(t *testing.T, c Config) knowledge.Store

// Run runs the suite against the stores open returns, one per test; the
// tests run in parallel, so open must give each its own store.
func Run(t *testing.T, open OpenFunc) {
	ts := suite{open: open}
	for _, tc := range []struct {
		name string
		test func(*testing.T)
	}{
		{"Write", ts.testWrite},
		{"IngestRejects", ts.testIngestRejects},
		{"IngestDuplicates", ts.testIngestDuplicates},
		{"IngestAll", ts.testIngestAll},
		{"IngestAllRepeats", ts.testIngestAllRepeats},
		{"SuitorsAggregateAcrossArticles", ts.testSuitorsAggregateAcrossArticles},
		{"CurrentClubIsNeverASuitor", ts.testCurrentClubIsNeverASuitor},
		{"FindPlayers", ts.testFindPlayers},
		{"ClosestPlayers", ts.testClosestPlayers},
		{"FindClubs", ts.testFindClubs},
		{"Complete", ts.testComplete},
		{"ClubLatestSourcesExpiring", ts.testClubLatestSourcesExpiring},
		{"IngestReportsStoredNames", ts.testIngestReportsStoredNames},
		{"OneWordPlayerHidesNobody", ts.testOneWordPlayerHidesNobody},
		{"SurnameOnlyPlayerIsAbsorbed", ts.testSurnameOnlyPlayerIsAbsorbed},
		{"SurnameThenFullNameInOneArticle", ts.testSurnameThenFullNameInOneArticle},
		{"LatestOfClub", ts.testLatestOfClub},
		{"Subscriptions", ts.testSubscriptions},
		{"SubscriptionLang", ts.testSubscriptionLang},
		{"ClaimsGivenBack", ts.testClaimsGivenBack},
		{"Claims", ts.testClaims},
		{"Follow", ts.testFollow},
		{"DigestTime", ts.testDigestTime},
		{"NewestTimelineRecent", ts.testNewestTimelineRecent},
		{"Reextract", ts.testReextract},
		{"ReextractResumes", ts.testReextractResumes},
		{"ReextractKeepsLinkIDs", ts.testReextractKeepsLinkIDs},
		{"Forget", ts.testForget},
		{"BoundKeptRight", ts.testBoundKeptRight},
		{"HotHeads", ts.testHotHeads},
		{"HeatReports", ts.testHeatReports},
		{"StoryChanges", ts.testStoryChanges},
		{"Corrections", ts.testCorrections},
		{"SetClubShowsArticlesClub", ts.testSetClubShowsArticlesClub},
		{"CompletedMoves", ts.testCompletedMoves},
		{"LinkFees", ts.testLinkFees},
		{"LatestCountsUndatedFromIngestion", ts.testLatestCountsUndatedFromIngestion},
		{"Generation", ts.testGeneration},
		{"SourcePages", ts.testSourcePages},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tc.test(t)
		})
	}
}

// suite holds how to open the store under test.
type suite struct {
	open OpenFunc
}

// openTest opens a store with DefaultConfig, learning through fx.
func (ts suite) openTest(t *testing.T, fx Extractor) knowledge.Base {
	t.Helper()
	s := ts.open(t, DefaultConfig())
	return knowledge.Base{Store: s, Ingester: ingest.New(s, fx.Extract)}
}

// openSeedLike opens a store holding the SeedLike corpus.
func (ts suite) openSeedLike(t *testing.T) knowledge.Base {
	t.Helper()
	fx, inputs := SeedLike()
	s := ts.openTest(t, fx)
	for _, in := range inputs {
		MustIngest(t, s, in)
	}
	return s
}

// Now is the time of DefaultConfig's clock.
func Now() time.Time { return time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC) }

// DefaultConfig is the configuration of the suite's stores: the clock
// stopped at Now, and a club table that knows only Atlético Madrid (with
// the aliases Atleti, Colchoneros and Atletico de Madrid).
func DefaultConfig() Config {
	return Config{
		Now: Now,
		Clubs: func(name string) (string, string, []string, bool) {
			if text.Fold(name) == "atletico madrid" || text.Fold(name) == "atleti" {
				return "Atlético Madrid", "Spain", []string{"Atleti", "Colchoneros", "Atletico de Madrid"}, true
			}
			return "", "", nil, false
		},
	}
}

// Extractor is a fake extractor: it answers with the facts registered for
// a text; any other text has no football in it.
type Extractor map[string]facts.Article

// Extract is the ingest.ExtractFunc of the fake.
func (f Extractor) Extract(text string, h extract.Hints) facts.Article {
	art, ok := f[text]
	if !ok {
		return facts.Article{Lang: h.Lang, Published: h.Published}
	}
	return art
}

// MustIngest ingests in, failing the test on any error.
func MustIngest(t testing.TB, s knowledge.Ingester, in knowledge.Input) knowledge.IngestResult {
	t.Helper()
	res, err := s.Ingest(context.Background(), in)
	if err != nil {
		t.Fatalf("ingest %.30q: %v", in.Text, err)
	}
	return res
}

// KamaraArticle is an English article of published (GOAL) linking
// Boubacar Kamara of Marseille, contract to 2022-06, with club at stage.
func KamaraArticle(published, club string, stage facts.Stage) facts.Article {
	return facts.Article{
		Lang: "en", Published: MustDate(published), Outlets: []string{"GOAL"},
		Players: []facts.Player{{
			Name: "Boubacar Kamara", CurrentClub: "Marseille", ContractExpires: MustDate("2022-06"),
			Suitors: []facts.Suitor{{Club: club, Stage: stage, Sentence: club + " want Kamara."}},
		}},
	}
}

// MustDate parses a date written as the facts write it; it panics on a
// bad one (a test's constant).
func MustDate(s string) facts.Date {
	d, err := facts.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// Stats counts what s holds, failing the test on an error.
func Stats(t testing.TB, s knowledge.Store) knowledge.Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// Date parses a date as the facts write it, failing the test on a bad one.
func Date(t testing.TB, s string) facts.Date {
	t.Helper()
	d, err := facts.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// OnePlayer returns the one player q finds, failing the test otherwise.
func OnePlayer(t testing.TB, s knowledge.Store, q string) knowledge.PlayerRef {
	t.Helper()
	ps, err := s.FindPlayers(context.Background(), q)
	if err != nil || len(ps) != 1 {
		t.Fatalf("FindPlayers(%q) = %v, %v; want one player", q, ps, err)
	}
	return ps[0]
}

// OneClub returns the one club q finds, failing the test otherwise.
func OneClub(t testing.TB, s knowledge.Store, q string) knowledge.ClubRef {
	t.Helper()
	cs, err := s.FindClubs(context.Background(), q)
	if err != nil || len(cs) != 1 {
		t.Fatalf("FindClubs(%q) = %v, %v; want one club", q, cs, err)
	}
	return cs[0]
}

func join(lines []string) string {
	out := ""
	for _, l := range lines {
		out += "  " + l + "\n"
	}
	return out
}
