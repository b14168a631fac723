package sqlite

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/storetest"
	"github.com/mercato-bot/mercato/knowledge/text"
)

// seedStore is a store filled with the sample corpus (the seed articles)
// through the real extractor and club table, plus a few more players.
func seedStore(t *testing.T, path string) *testStore {
	t.Helper()
	ctx := context.Background()
	s, err := openWith(ctx, path, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	files, _ := filepath.Glob("../sample/seeds/*.txt")
	if len(files) == 0 {
		t.Fatal("no seed articles")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Ingest(ctx, knowledge.Input{Text: string(b)}); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
	}
	return s
}

// probes are strings to ask the index and the queries alike: every name
// the store knows, in other cases and accents, with typos, in parts and
// with words around it.
func probes(t *testing.T, s *testStore) []string {
	ctx := context.Background()
	var names []string
	for _, q := range []string{`SELECT fold FROM player_names`, `SELECT name FROM players`, `SELECT name FROM clubs`} {
		got, err := s.strings(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, got...)
	}
	aliases, err := s.strings(ctx, `SELECT fold FROM club_names`)
	if err != nil {
		t.Fatal(err)
	}
	out := []string{"", " ", "x", "zz", "kamra", "KAMARÁ", "Atleti", "madrid", "manchester", "united",
		"city", "Real", "real madrid", "de", "l'OM", "Colchoneros", "rossoneri", "Zidane", "Mbappé",
		strings.Repeat("kamara ", 40), "frenkie de jong", "Kolo Muani", "saint germain", "paris"}
	for _, n := range names {
		r := []rune(n)
		out = append(out, n, "the "+n, n+" fc")
		for _, i := range []int{0, 1, len(r) / 2, len(r) - 1} {
			if i < 0 || i >= len(r) {
				continue
			}
			out = append(out, string(r[:i])+string(r[i+1:]))                  // a letter dropped
			out = append(out, string(r[:i])+"e"+string(r[i:]))                // a letter added
			out = append(out, string(r[:i])+"o"+string(r[min(i+1, len(r)):])) // a letter changed
			if i+1 < len(r) {
				out = append(out, string(r[:i])+string(r[i+1])+string(r[i])+string(r[i+2:])) // swapped
			}
		}
		if f := strings.Fields(n); len(f) > 1 {
			out = append(out, f[0], f[len(f)-1], strings.Join(f[1:], " "))
		}
	}
	out = append(out, aliases...)
	// Names that fold alike are asked once, but for the first few.
	seen := map[string]bool{}
	return slices.DeleteFunc(out, func(q string) bool {
		f := text.Fold(q)
		dup := seen[f]
		seen[f] = true
		return dup
	})
}

// The index answers as the queries do, over the seed corpus.
func TestNameIndexMatchesQueries(t *testing.T) {
	s := seedStore(t, filepath.Join(t.TempDir(), "n.db"))
	ctx := context.Background()
	x, err := s.Names(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if players, clubs := x.Size(); players < 5 || clubs < 10 {
		t.Fatalf("index of %d players, %d clubs", players, clubs)
	}
	ps := probes(t, s)
	found := 0
	for _, q := range ps {
		players, err := s.FindPlayers(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if got := x.HasPlayer(q); got != (len(players) > 0) {
			t.Errorf("HasPlayer(%q) = %v, FindPlayers: %v", q, got, players)
		}
		clubs, err := s.FindClubs(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if got := x.HasClub(q); got != (len(clubs) > 0) {
			t.Errorf("HasClub(%q) = %v, FindClubs: %v", q, got, clubs)
		}
		for _, n := range []int{1, 3} {
			want, err := s.closestPlayersSQL(ctx, q, n)
			if err != nil {
				t.Fatal(err)
			}
			if got := x.ClosestPlayers(q, n); !slices.Equal(got, want) {
				t.Errorf("ClosestPlayers(%q, %d) = %q, want %q", q, n, got, want)
			}
			if n == 3 && len(want) > 0 {
				found++
			}
		}
		if r, _ := utf8.DecodeRuneInString(text.Fold(q)); r != utf8.RuneError {
			for _, p := range []string{string(r), text.Fold(q)[:min(3, len(text.Fold(q)))]} {
				want, err := s.Complete(ctx, "club", p, 50)
				if err != nil {
					t.Fatal(err)
				}
				if got := x.CompleteClubs(p, 50); !slices.Equal(got, want) {
					t.Errorf("CompleteClubs(%q) = %q, want %q", p, got, want)
				}
			}
		}
	}
	if found < len(ps)/10 {
		t.Errorf("closest names for only %d of %d probes: the probes test little", found, len(ps))
	}
}

// The index follows changes made through the same Store, another Store on
// the same file (as another process would) and merges, and is not built
// again when nothing changed.
func TestNameIndexFresh(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f.db")
	fx := storetest.Extractor{
		"a": {Lang: "en", Players: []facts.Player{{Name: "Kamara", CurrentClub: "Marseille",
			Suitors: []facts.Suitor{{Club: "Sevilla", Stage: facts.StageInterest, Sentence: "Sevilla want Kamara."}}}}},
		"b": {Lang: "en", Players: []facts.Player{{Name: "Boubacar Kamara", CurrentClub: "Marseille"}}},
		"c": {Lang: "en", Players: []facts.Player{{Name: "Aurélien Tchouaméni", CurrentClub: "Monaco"}}},
	}
	ctx := context.Background()
	var stores [2]*testStore
	for i := range stores {
		s, err := openWith(ctx, path, fx.Extract, Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		stores[i] = s
	}
	s, other := stores[0], stores[1]
	names := func() *knowledge.NameIndex {
		t.Helper()
		x, err := s.Names(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	x0 := names()
	if x0.HasPlayer("Kamara") || x0.HasClub("Sevilla") {
		t.Fatal("an empty store knows names")
	}
	if names() != x0 {
		t.Error("index built again with no change")
	}
	for _, step := range []struct {
		store          *testStore
		text           string
		player, absent string
		closest        string
	}{
		{s, "a", "kamara", "boubacar kamara", "Kamara"},
		{other, "b", "boubacar kamara", "", "Boubacar Kamara"}, // the surname-only player is merged
		{other, "c", "tchouameni", "", "Aurélien Tchouaméni"},
	} {
		if _, err := step.store.Ingest(ctx, knowledge.Input{Text: step.text}); err != nil {
			t.Fatal(err)
		}
		x := names()
		if !x.HasPlayer(step.player) || step.absent != "" && x.HasPlayer(step.absent) {
			t.Errorf("after %q: HasPlayer(%q) %v, HasPlayer(%q) %v", step.text, step.player, x.HasPlayer(step.player),
				step.absent, x.HasPlayer(step.absent))
		}
		if got := x.ClosestPlayers(step.player[:len(step.player)-1], 1); !slices.Equal(got, []string{step.closest}) {
			t.Errorf("after %q: closest to %q: %q, want %q", step.text, step.player, got, step.closest)
		}
		if !x.HasClub("Sevilla") {
			t.Errorf("after %q: Sevilla unknown", step.text)
		}
	}
	if got := names().ClosestPlayers("kamra", 5); !slices.Equal(got, []string{"Boubacar Kamara"}) {
		t.Errorf("after the merge: closest to kamra %q", got)
	}
}

// Reference implementation: ClosestPlayers as it was, one query over every
// player, which the index must answer alike.
// closestPlayersSQL returns up to n known player names closest to q (by edit
// distance to the full name or the surname, or starting with q), closest
// first; names too far from q to be what was meant are left out.
func (s *Store) closestPlayersSQL(ctx context.Context, q string, n int) ([]string, error) {
	f := text.Fold(q)
	if f == "" || n <= 0 || len([]rune(f)) > knowledge.MaxQueryRunes {
		return []string{}, nil
	}
	rows, err := s.db.QueryContext(ctx, `SELECT name, fold FROM players`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: closest players: %w", err)
	}
	defer rows.Close()
	type scored struct {
		name  string
		score int
	}
	var found []scored
	qr := []rune(f)
	limit := knowledge.TypoLimit(len(qr))
	for rows.Next() {
		var name, fold string
		if err := rows.Scan(&name, &fold); err != nil {
			return nil, fmt.Errorf("sqlite: closest players: %w", err)
		}
		best := -1
		for _, cand := range append([]string{fold}, knowledge.NameSuffixes(fold)...) {
			var d int
			cr := []rune(cand)
			switch {
			case strings.HasPrefix(cand, f):
				d = 1 // "kama" for "kamara"
			case max(len(cr)-len(qr), len(qr)-len(cr)) > limit:
				continue // too far whatever the letters
			default:
				d = 2 * text.Distance(string(qr), string(cr))
			}
			if best < 0 || d < best {
				best = d
			}
		}
		if best >= 0 && best <= 2*limit {
			found = append(found, scored{name, best})
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: closest players: %w", err)
	}
	slices.SortStableFunc(found, func(a, b scored) int {
		if a.score != b.score {
			return a.score - b.score
		}
		return strings.Compare(a.name, b.name)
	})
	out := []string{}
	for _, c := range found[:min(n, len(found))] {
		out = append(out, c.name)
	}
	return out, nil
}

// Questions read the index while articles come in.
func TestNameIndexConcurrent(t *testing.T) {
	fx := storetest.Extractor{}
	const n = 12
	for i := range n {
		fx[fmt.Sprint("article ", i)] = facts.Article{Lang: "en", Players: []facts.Player{{
			Name: fmt.Sprintf("Player%c Surname%c", 'a'+i, 'a'+i), CurrentClub: "Marseille"}}}
	}
	s, err := openWith(context.Background(), filepath.Join(t.TempDir(), "c.db"), fx.Extract, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	var wg sync.WaitGroup
	for range 3 {
		wg.Go(func() {
			for range 40 {
				x, err := s.Names(ctx)
				if err != nil {
					t.Error(err)
					return
				}
				x.HasPlayer("surnamea")
				x.ClosestPlayers("surnme", 3)
			}
		})
	}
	for i := range n {
		if _, err := s.Ingest(ctx, knowledge.Input{Text: fmt.Sprint("article ", i)}); err != nil {
			t.Fatal(err)
		}
	}
	wg.Wait()
	x, err := s.Names(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i := range n {
		if name := fmt.Sprintf("Surname%c", 'a'+i); !x.HasPlayer(name) {
			t.Errorf("%s unknown after all ingests", name)
		}
	}
}

// A name that matches nothing closely enough gets no far-fetched
// suggestion: "Messi" is two edits from Kessié, too many for five letters.
func TestClosestPlayersNotFarFetched(t *testing.T) {
	fx := storetest.Extractor{
		"a": {Lang: "en", Players: []facts.Player{{Name: "Franck Kessié", CurrentClub: "Barcelona"}}},
		"b": {Lang: "en", Players: []facts.Player{{Name: "Boubacar Kamara", CurrentClub: "Marseille"}}},
		"c": {Lang: "en", Players: []facts.Player{{Name: "Aurélien Tchouaméni", CurrentClub: "Monaco"}}},
	}
	ctx := context.Background()
	s, err := openWith(ctx, filepath.Join(t.TempDir(), "c.db"), fx.Extract, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, text := range []string{"a", "b", "c"} {
		if _, err := s.Ingest(ctx, knowledge.Input{Text: text}); err != nil {
			t.Fatal(err)
		}
	}
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"Messi", []string{}},
		{"Kamra", []string{"Boubacar Kamara"}},
		{"Kesie", []string{"Franck Kessié"}},
		{"Tchoumeni", []string{"Aurélien Tchouaméni"}},
		{"Tshuameni", []string{"Aurélien Tchouaméni"}},
		{"Haaland", []string{}},
	} {
		got, err := s.ClosestPlayers(ctx, tt.q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("ClosestPlayers(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
