package ingest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/internal/gencorpus"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/clubs"
	"github.com/mercato-bot/mercato/knowledge/extract"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/sqlite"
)

// The generated base of the re-extraction benchmark: articles written
// like transfer news about players drawn with a skew (a few in many
// articles), ingested through finish and the store's batched Write.
const (
	genArticles = 100_000
	genPlayers  = 20_000
	genVersion  = 3 // bump when the generator changes (2: v1 bases were rewritten by the benchmark; 3: gencorpus skew)
)

var (
	genFirst = strings.Fields(`Boubacar Kylian Erling Jude Pedro Gavi Rodrigo Bruno Marcus Bukayo Declan
		Federico Dusan Victor Rafael Joao Bernardo Ruben Lautaro Paulo Alexis Enzo Julian Lisandro Cristian
		Nicolo Sandro Davide Manuel Joshua Leon Jamal Florian Thomas Serge Leroy Antoine Ousmane Eduardo
		William Ibrahima Moussa Youssouf Dayot Jules Theo Lucas Randal Mattia Giorgio Alessandro Lorenzo`)
	genLast = strings.Fields(`Kamaru Mbawe Haland Bellamy Gonzaga Paezo Hernan Fernand Rashid Sakou Ricet
		Chiesi Vlahov Osimo Leone Feliks Silvano Diaz Martins Dybal Alvaro Romeo Barell Tonal Frattes Donnar
		Neuerl Kimmer Goretz Musial Wirtzl Haverl Mullen Gnabri Saner Griez Dembel Tchoum Camav Salib Konat
		Diabi Fofani Upamec Koundel Maignon Digner Mendez Kolani Thurman Zaccag Bastan Dimarc Locat Pellegr`)
	genTemplates = []string{
		"%[1]s of %[2]s is wanted by %[3]s, who are in advanced talks over a transfer.",
		"%[3]s have made a bid for %[1]s. The %[2]s player's contract expires in June %[5]d.",
		"%[3]s and %[4]s are interested in %[1]s, according to GOAL.",
		"%[3]s are in talks with %[2]s over %[1]s, whose deal runs until %[5]d.",
		"%[1]s has agreed personal terms with %[3]s, with %[4]s also monitoring the %[2]s forward.",
	}
)

// genText is generated article i.
func genText(r *rand.Rand, player func() int, names []string, i int) string {
	var b strings.Builder
	if r.IntN(10) > 0 {
		fmt.Fprintf(&b, " date %d-%02d-%02d ", 2015+r.IntN(10), 1+r.IntN(12), 1+r.IntN(28))
	}
	fmt.Fprintf(&b, "Transfer news %d. ", i)
	for range 1 + r.IntN(2) {
		p := player()
		name := genFirst[p%len(genFirst)] + " " + genLast[(p/len(genFirst))%len(genLast)]
		club := names[p%len(names)]
		s1 := names[(p*7+r.IntN(25)*31)%len(names)]
		s2 := names[(p*13+r.IntN(25)*17)%len(names)]
		fmt.Fprintf(&b, genTemplates[r.IntN(len(genTemplates))], name, club, s1, s2, 2024+p%5)
		b.WriteString(" ")
	}
	return b.String()
}

// genClubs is the names of the first 300 clubs of the table.
func genClubs() []string {
	var out []string
	for _, c := range clubs.Default().Clubs() {
		if len(out) == 300 {
			break
		}
		out = append(out, c.Name)
	}
	return out
}

// genPath is where the generated base is kept between runs.
func genPath() string {
	return filepath.Join(os.TempDir(), fmt.Sprintf("mercato-reextract-bench-v%d-%d.db", genVersion, genArticles))
}

// genStore opens a copy of the generated base, building it on first use:
// the benchmark rewrites facts, and every run must start from the same.
func genStore(b *testing.B, x ExtractFunc) *sqlite.Store {
	b.Helper()
	ctx := context.Background()
	path := genPath()
	if _, err := os.Stat(path); err != nil {
		start := time.Now()
		tmp := path + ".building"
		for _, suffix := range []string{"", "-wal", "-shm"} {
			os.Remove(tmp + suffix)
		}
		s, err := sqlite.Open(ctx, tmp)
		if err != nil {
			b.Fatal(err)
		}
		r := rand.New(rand.NewPCG(1, 2))
		player := gencorpus.Popularity(r, genPlayers)
		names := genClubs()
		var arts []knowledge.Article
		for i := range genArticles {
			art, err := finish(x, knowledge.Input{Text: genText(r, player, names, i)})
			if err != nil {
				continue
			}
			art.Extractor = "generated"
			if arts = append(arts, art); len(arts) == 500 || i == genArticles-1 {
				if _, err := s.Write(ctx, arts); err != nil {
					b.Fatal(err)
				}
				arts = arts[:0]
			}
		}
		s.Close()
		if err := os.Rename(tmp, path); err != nil {
			b.Fatal(err)
		}
		os.Remove(tmp + "-wal")
		os.Remove(tmp + "-shm")
		b.Logf("built %s in %v", path, time.Since(start).Round(time.Second))
	}
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	cp := filepath.Join(b.TempDir(), "reextract.db")
	if err := os.WriteFile(cp, data, 0o644); err != nil {
		b.Fatal(err)
	}
	s, err := sqlite.Open(ctx, cp)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// BenchmarkReextract reads articles of the generated 100,000-article base
// again with the real extractor of a new version, a batch (one
// transaction) per operation, and reports articles per second: when the
// new version reads the same facts (only the version is written), and
// when it reads new facts in every article (here: every sentence differs,
// so every article's facts are deleted and written again). Run it on one
// core:
//
//	go test -run '^$' -bench Reextract -cpu 1 -benchtime 20x ./knowledge/ingest
func BenchmarkReextract(b *testing.B) {
	x := extract.New().Extract
	s := genStore(b, x)
	ctx := context.Background()
	st, err := s.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		batch int
		new   bool
	}{{"same-facts", DefaultBatch, false}, {"new-facts", DefaultBatch, true}, {"new-facts-batch1000", 1000, true}} {
		b.Run(tc.name, func(b *testing.B) {
			version := fmt.Sprintf("bench-%d", time.Now().UnixNano())
			read := x
			if tc.new {
				read = func(text string, h extract.Hints) facts.Article {
					art := x(text, h)
					for i := range art.Players {
						for j := range art.Players[i].Suitors {
							art.Players[i].Suitors[j].Sentence += " " + version
						}
					}
					return art
				}
			}
			p := NewVersioned(s, read, version)
			var after int64
			var done int
			for b.Loop() {
				ch, last, err := p.reextractBatch(ctx, s, after, tc.batch)
				if err != nil {
					b.Fatal(err)
				}
				after = last
				done += ch.Articles
			}
			b.ReportMetric(float64(done)/b.Elapsed().Seconds(), "articles/s")
			b.ReportMetric(float64(st.Articles), "base-articles")
		})
	}
}
