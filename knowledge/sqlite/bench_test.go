package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/internal/gencorpus"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/storetest"
	"github.com/mercato-bot/mercato/knowledge/text"
)

// The generated knowledge base of the /suitors benchmark.
const (
	benchArticles = 100_000
	benchPlayers  = 20_000
	benchClubs    = 400
	benchVersion  = 3 // bump when the generator changes (3: gencorpus skew, the top player in a fifth of articles)
)

var (
	benchFirst = uniqueWords(`Boubacar Kylian Erling Jude Pedri Gavi Rodri Bruno Marcus Bukayo
		Declan Federico Dusan Victor Rafael Joao Bernardo Ruben Lautaro Paulo Alexis Enzo Julian Lisandro
		Cristian Nicolo Sandro Davide Gianluigi Manuel Joshua Leon Jamal Florian Kai Thomas Serge Leroy
		Antoine Ousmane Aurelien Eduardo William Ibrahima Moussa Youssouf Dayot Jules Theo Mike Lucas
		Randal Khephren Mattia Giorgio Alessandro Lorenzo Matteo Andrea Sergej Dejan Luka Mateo Josko
		Dominik Martin Frenkie Memphis Cody Denzel Xavi Virgil Mohamed Sadio Darwin Alisson Andrew
		Trent Curtis Harvey Cole Mason Reece Raheem Phil Jack Kevin Ilkay Riyad Nathan Kalvin Manuel Ederson`)
	benchLast = uniqueWords(`Kamara Mbappe Haaland Bellingham Gonzalez Paez Hernandez Fernandes
		Rashford Saka Rice Chiesa Vlahovic Osimhen Leao Felix Silva Dias Martinez Dybala MacAllister
		Alvarez Romero Barella Tonali Frattesi Donnarumma Neuer Kimmich Goretzka Musiala Wirtz Havertz
		Muller Gnabry Sane Griezmann Dembele Tchouameni Camavinga Saliba Konate Diaby Fofana Upamecano
		Kounde Hernandez Maignan Digne Mendy Kolo Muani Thuram Zaire Zaccagni Chiellini Bastoni Dimarco
		Locatelli Pellegrini Milinkovic Savic Kulusevski Modric Kovacic Gvardiol Szoboszlai Odegaard
		Jong Depay Gakpo Dumfries Ake Dijk Salah Mane Nunez Becker Robertson Alexander Arnold Jones
		Elliott Palmer Mount James Sterling Foden Grealish Bruyne Gundogan Mahrez Ake Phillips Rodrigo
		Valverde Camavinga Vinicius Militao Asensio Ceballos Vazquez Carvajal Nacho Courtois Lunin Oblak
		Koke Llorente Correa Morata Carrasco Lemar Witsel Hermoso Molina Nahuel Reinildo Savic Gimenez
		Araujo Christensen Kessie Raphinha Torres Fati Lewandowski Balde Alba Busquets Roberto Eric Garcia
		Pique Lenglet Umtiti Pjanic Coutinho Trincao Puig Collado Mingueza Moriba Ronald Araujo Pedro
		Porro Romero Udogie Maddison Bissouma Sarr Skipp Hojbjerg Bentancur Lo Celso Richarlison Solomon
		Johnson Kane Son Lloris Vicario Forster Davies Emerson Sessegnon Doherty Spence Tanganga Dier`)
	benchStages = []facts.Stage{facts.StageInterest, facts.StageInterest, facts.StageInterest,
		facts.StageTalks, facts.StageTalks, facts.StageBid, facts.StageAdvanced, facts.StageDone, facts.StageEnded}
)

// uniqueWords splits s into its distinct words, in order.
func uniqueWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// benchName is the name of generated player i; names are distinct.
func benchName(i int) string {
	f, l := len(benchFirst), len(benchLast)
	name := benchFirst[i%f] + " " + benchLast[(i/f)%l]
	if i >= f*l {
		name += fmt.Sprintf(" %d", i/(f*l)+1)
	}
	return name
}

// benchStore opens the generated knowledge base, building it on first use
// in the temporary directory (the file is kept for later runs).
func benchStore(b *testing.B) *Store {
	b.Helper()
	ctx := context.Background()
	path := benchPath()
	if !benchBuilt(ctx, path) {
		buildBase(b, path, generate)
	}
	return openBase(b, path)
}

// buildBase builds a generated knowledge base at path with fill, in a
// file renamed to path once complete.
func buildBase(b *testing.B, path string, fill func(context.Context, *Store) error) {
	b.Helper()
	ctx := context.Background()
	start := time.Now()
	tmp := path + ".building"
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(tmp + suffix)
	}
	s, err := Open(ctx, tmp)
	if err != nil {
		b.Fatal(err)
	}
	if err := fill(ctx, s); err != nil {
		b.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		b.Fatal(err)
	}
	s.Close()
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	b.Logf("built %s in %v", path, time.Since(start).Round(time.Millisecond))
}

// openBase opens the knowledge base at path, closed when b ends.
func openBase(b *testing.B, path string) *Store {
	b.Helper()
	s, err := Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// benchBuilt reports whether the generated knowledge base at path is
// complete; an incomplete one is removed.
func benchBuilt(ctx context.Context, path string) bool {
	if _, err := os.Stat(path); err != nil {
		return false
	}
	s, err := Open(ctx, path)
	if err == nil {
		var st knowledge.Stats
		st, err = s.Stats(ctx)
		s.Close()
		if err == nil && st.Articles == benchArticles {
			return true
		}
	}
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(path + suffix)
	}
	return false
}

// benchPath is where the generated knowledge base is kept between runs.
func benchPath() string {
	return filepath.Join(os.TempDir(), fmt.Sprintf("mercato-bench-v%d-s%d-%d.db", benchVersion, len(migrations), benchArticles))
}

// benchPopularity draws players as the press writes about them
// (gencorpus.Popularity): a few very often, most rarely.
func benchPopularity(r *rand.Rand) func() int64 {
	draw := gencorpus.Popularity(r, benchPlayers)
	perm := rand.New(rand.NewPCG(7, 7)).Perm(benchPlayers) // hot players are not the first ids
	return func() int64 { return int64(perm[draw()]) + 1 }
}

// generate fills s with benchArticles articles of one or two players each,
// linked with two suitors on average: about 300,000 links.
func generate(ctx context.Context, s *Store) error {
	r := rand.New(rand.NewPCG(1, 2))
	player := benchPopularity(r)
	return s.writeTx(ctx, func(tx *sql.Tx) error {
		for c := 1; c <= benchClubs; c++ {
			name := fmt.Sprintf("Club %03d", c)
			if _, err := tx.ExecContext(ctx, `INSERT INTO clubs (id, name, fold, links) VALUES (?, ?, ?, ?)`,
				c, name, text.Fold(name), 0); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO club_names (fold, club_id) VALUES (?, ?)`, text.Fold(name), c); err != nil {
				return err
			}
		}
		for p := 1; p <= benchPlayers; p++ {
			name := benchName(p - 1)
			f := text.Fold(name)
			if _, err := tx.ExecContext(ctx, `INSERT INTO players (id, name, fold) VALUES (?, ?, ?)`, p, name, f); err != nil {
				return err
			}
			for kind, n := range append([]string{f}, knowledge.NameSuffixes(f)...) {
				if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO player_names (fold, player_id, kind) VALUES (?, ?, ?)`,
					n, p, min(kind, 1)*2); err != nil {
					return err
				}
			}
		}
		art, _ := tx.PrepareContext(ctx, `INSERT INTO articles (id, hash, title, site, lang, published, pub_key, ingested_at, text)
			VALUES (?, ?, ?, 'Bench', 'en', ?, ?, ?, ?)`)
		mention, _ := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO mentions (player_id, article_id, pub_key, current_club_id, contract)
			VALUES (?, ?, ?, ?, ?)`)
		link, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO links
			(article_id, player_id, club_id, stage, strength, pub_key, published, source, sentence)
			VALUES (?, ?, ?, ?, ?, ?, ?, 'Bench', ?)`)
		if err != nil {
			return err
		}
		filler := strings.Repeat("The transfer window brings its share of rumours, denials and late twists. ", 25)
		for a := 1; a <= benchArticles; a++ {
			var pub facts.Date
			if r.IntN(10) > 0 { // one article in ten is undated
				pub = facts.Date{Year: 2015 + r.IntN(10), Month: 1 + r.IntN(12), Day: 1 + r.IntN(28)}
			}
			key := knowledge.DateKey(pub)
			text := fmt.Sprintf("Article %d. %s", a, filler)
			if _, err := art.ExecContext(ctx, a, knowledge.ContentHash(text), fmt.Sprintf("Rumour %d", a), pub.String(), key,
				"2024-01-01T00:00:00Z", text); err != nil {
				return err
			}
			for range 1 + r.IntN(2) {
				p := player()
				home := p%benchClubs + 1
				contract := facts.Date{Year: 2024 + int(p%5), Month: 6}
				if _, err := mention.ExecContext(ctx, p, a, key, home, contract.String()); err != nil {
					return err
				}
				for range 1 + r.IntN(3) {
					// Each player is linked with the clubs of his own shortlist of 25.
					club := int((p*7919+int64(r.IntN(25))*31)%benchClubs) + 1
					if club == int(home) {
						continue
					}
					st := benchStages[r.IntN(len(benchStages))]
					if _, err := link.ExecContext(ctx, a, p, club, string(st), st.Strength(), key, pub.String(),
						fmt.Sprintf("Club %03d are %s for player %d.", club, st, p)); err != nil {
						return err
					}
				}
			}
		}
		for _, q := range []string{
			rebuildSuitors,
			`UPDATE clubs SET links = (SELECT count(*) FROM links WHERE club_id = clubs.id)`,
			`UPDATE players SET articles = (SELECT count(*) FROM mentions WHERE player_id = players.id),
				current_club_id = (SELECT current_club_id FROM mentions WHERE player_id = players.id
					ORDER BY pub_key DESC, article_id DESC LIMIT 1),
				contract = coalesce((SELECT contract FROM mentions WHERE player_id = players.id
					ORDER BY pub_key DESC, article_id DESC LIMIT 1), '')`,
		} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return err
			}
		}
		rows, err := tx.QueryContext(ctx, `SELECT id, contract FROM players WHERE contract <> ''`)
		if err != nil {
			return err
		}
		ends := map[int64]int64{}
		for rows.Next() {
			var id int64
			var c string
			if err := rows.Scan(&id, &c); err != nil {
				return err
			}
			ends[id] = knowledge.EndKey(knowledge.ParseStoredDate(c))
		}
		rows.Close()
		for id, end := range ends {
			if _, err := tx.ExecContext(ctx, `UPDATE players SET contract_end = ? WHERE id = ?`, end, id); err != nil {
				return err
			}
		}
		return nil
	})
}

// BenchmarkSuitors answers /suitors (FindPlayers + Profile + Suitors) over
// a generated knowledge base of 100,000 articles, for players drawn by
// popularity, and reports the latency percentiles and the database size.
// Run it on one core: go test -run '^$' -bench Suitors -cpu 1 ./knowledge/
func BenchmarkSuitors(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	st, err := s.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	next := benchPopularity(rand.New(rand.NewPCG(3, 4)))
	names := make([]string, 4096)
	for i := range names {
		names[i] = benchName(int(next() - 1))
	}
	lat := storetest.BenchSuitors(b, s, names)
	ms := func(q float64) float64 { return storetest.Percentile(lat, q) }
	b.Logf("p90 %.3f p95 %.3f p98 %.3f p99.9 %.3f max %.3f", ms(0.90), ms(0.95), ms(0.98), ms(0.999), ms(1))
	var size int64
	for _, suffix := range []string{"", "-wal"} {
		if fi, err := os.Stat(benchPath() + suffix); err == nil {
			size += fi.Size()
		}
	}
	b.ReportMetric(float64(size)/(1<<20), "db-MB")
	b.ReportMetric(float64(st.Links), "links")
}

// BenchmarkComplete answers autocompletion (Discord) for player and club
// prefixes of one to four letters over the generated knowledge base.
func BenchmarkComplete(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	var prefixes []string
	for i := 0; i < 200; i++ {
		name := text.Fold(benchName(i * 97))
		prefixes = append(prefixes, name[:1+i%4])
	}
	var lat []time.Duration
	for i := 0; b.Loop(); i++ {
		kind := "player"
		if i%4 == 3 {
			kind = "club"
		}
		start := time.Now()
		if _, err := s.Complete(ctx, kind, prefixes[i%len(prefixes)], 25); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2])/1e6, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100])/1e6, "p99-ms")
}

// BenchmarkClosestPlayers finds the names closest to a misspelt one (the
// answer to an unknown name, the typos of questions) over the generated
// knowledge base: through the name index, and as one query over every
// player as before the index.
func BenchmarkClosestPlayers(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	typos := map[string][]string{}
	for i := 0; len(typos["surname"]) < 64; i++ {
		full := text.Fold(benchName(i * 311 % (len(benchFirst) * len(benchLast))))
		surname := full[strings.LastIndexByte(full, ' ')+1:]
		if len(surname) < 5 {
			continue // typos are forgiven from five letters on
		}
		for kind, name := range map[string]string{"fullname": full, "surname": surname} {
			r := []rune(name)
			j := 1 + i%(len(r)-2)
			typos[kind] = append(typos[kind], string(r[:j])+string(r[j+1:])) // a letter dropped
		}
	}
	for _, impl := range []struct {
		name string
		fn   func(ctx context.Context, q string, n int) ([]string, error)
	}{{"index", s.ClosestPlayers}, {"query", s.closestPlayersSQL}} {
		for _, kind := range []string{"surname", "fullname"} {
			b.Run(impl.name+"-"+kind, func(b *testing.B) {
				qs := typos[kind]
				for i := 0; b.Loop(); i++ {
					if got, err := impl.fn(ctx, qs[i%len(qs)], 3); err != nil || len(got) == 0 {
						b.Fatalf("%q: %q, %v", qs[i%len(qs)], got, err)
					}
				}
			})
		}
	}
}

// BenchmarkNameIndex builds the name index of the generated knowledge base,
// as the first question after a change does.
func BenchmarkNameIndex(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	conn, err := s.db.Conn(ctx)
	if err != nil {
		b.Fatal(err)
	}
	defer conn.Close()
	for b.Loop() {
		if _, err := buildNameIndex(ctx, conn, s.clubs); err != nil {
			b.Fatal(err)
		}
	}
}

// denseArticle is an article naming players players, each linked with
// links clubs.
func denseArticle(i, players, links int) knowledge.Article {
	art := facts.Article{Lang: "en", Published: facts.Date{Year: 2022, Month: 3, Day: 1}}
	for p := range players {
		pl := facts.Player{Name: fmt.Sprintf("Dense%d Player%d", i, p)}
		for c := range links {
			pl.Suitors = append(pl.Suitors, facts.Suitor{Club: fmt.Sprintf("Club %d", c), Stage: facts.StageInterest})
		}
		art.Players = append(art.Players, pl)
	}
	text := fmt.Sprintf("dense article %d", i)
	return knowledge.Article{Text: text, Facts: art}
}

// BenchmarkWriteDenseArticle is how long writing one article holds the
// write lock: at the limit of knowledge.MaxArticlePlayers and
// MaxArticleLinks, and as dense as the hostile page of issue 18 (12,000
// players), which the ingest pipeline now refuses.
func BenchmarkWriteDenseArticle(b *testing.B) {
	for _, bc := range []struct {
		name           string
		players, links int
	}{
		{"limit-200x5", knowledge.MaxArticlePlayers, knowledge.MaxArticleLinks / knowledge.MaxArticlePlayers},
		{"hostile-12000x1", 12000, 1},
	} {
		b.Run(bc.name, func(b *testing.B) {
			s, err := Open(context.Background(), filepath.Join(b.TempDir(), "dense.db"))
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			i := 0
			for b.Loop() {
				if _, err := s.Write(context.Background(), []knowledge.Article{denseArticle(i, bc.players, bc.links)}); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}
