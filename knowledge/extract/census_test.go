package extract

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/knowledge/clubs"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

var censusMisses = flag.Bool("census.misses", false, "TestCensus: list every sentence the extractor reads wrong")

// censusFile holds the committed count of sentences read right per census.
const censusFile = "testdata/census/counts.txt"

// censusRow is one sentence of a census: a plain deal sentence and what it
// tells (stage "club": the club he plays for).
type censusRow struct {
	lang, text, player, club string
	stage                    facts.Stage
}

// TestCensus reads every census of plain deal sentences
// (testdata/census/*.tsv) and counts the sentences whose player, club and
// stage the extractor gets right. It fails when a census's count falls below
// the one committed in testdata/census/counts.txt; -update rewrites that
// file, -census.misses lists the sentences read wrong (never those of a
// kept-back census, a file named held*). A census measures
// coverage of the ways a language tells a deal, one sentence per way, apart
// from any article.
func TestCensus(t *testing.T) {
	files, err := filepath.Glob("testdata/census/*.tsv")
	if err != nil || len(files) == 0 {
		t.Fatalf("no census: %v", err)
	}
	x := New()
	table := clubs.Default()
	want := readCensusCounts(t)
	got := map[string]string{}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".tsv")
		rows := readCensus(t, f)
		ok := 0
		byLang := map[string][2]int{}
		for _, r := range rows {
			good := censusRight(x, table, r)
			n := byLang[r.lang]
			n[1]++
			if good {
				ok++
				n[0]++
			} else if *censusMisses && !strings.HasPrefix(name, "held") {
				t.Logf("%s: miss %s %q", name, r.lang, r.text)
			}
			byLang[r.lang] = n
		}
		got[name] = fmt.Sprintf("%d/%d", ok, len(rows))
		t.Logf("%-10s %s %s", name, got[name], langCounts(byLang))
		if w, found := want[name]; found && !*update {
			if n, _ := strconv.Atoi(strings.Split(w, "/")[0]); ok < n {
				t.Errorf("census %s: %d sentences read right, committed %s", name, ok, w)
			}
		}
	}
	if *update {
		writeCensusCounts(t, got)
	}
}

// censusClub is the stage column of a row that tells his club, not a deal;
// censusUntil begins that of a row telling when his contract ends
// ("until:2026-06", "until:2027").
// censusNone that of a row naming a club that is no suitor of his (his
// own club, the seller, an official's club).
const (
	censusClub  = "club"
	censusUntil = "until:"
	censusNone  = "none"
)

// censusRight reports whether the extractor reads the row's player, club
// and stage; a done move also counts when told as his club. A row whose
// stage is "club" tells the club he plays for; one whose stage is
// "until:" and a date tells the end of his contract; one whose stage is
// "none" names a club that must be no suitor of his.
func censusRight(x *Extractor, table *clubs.Table, r censusRow) bool {
	a := x.Extract(r.text, Hints{})
	id := clubID(table, r.club)
	if r.stage == censusNone {
		return !suitorOf(a, table, r.player, id)
	}
	for _, p := range a.Players {
		if !samePlayer(p.Name, r.player) {
			continue
		}
		if r.stage == censusClub {
			return p.CurrentClub != "" && clubID(table, p.CurrentClub) == id
		}
		if until, ok := strings.CutPrefix(string(r.stage), censusUntil); ok {
			return strings.HasPrefix(p.ContractExpires.String(), until)
		}
		for _, s := range p.Suitors {
			if clubID(table, s.Club) == id {
				return s.Stage == r.stage
			}
		}
		if r.stage == facts.StageDone && p.CurrentClub != "" && clubID(table, p.CurrentClub) == id {
			return true
		}
	}
	return false
}

// suitorOf reports whether the article gives the player the club (by
// clubID) as a suitor.
func suitorOf(a facts.Article, table *clubs.Table, player, id string) bool {
	for _, p := range a.Players {
		if !samePlayer(p.Name, player) {
			continue
		}
		for _, s := range p.Suitors {
			if clubID(table, s.Club) == id {
				return true
			}
		}
	}
	return false
}

func readCensus(t *testing.T, path string) []censusRow {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []censusRow
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 5 {
			t.Fatalf("%s:%d: %d columns, want 5", path, n, len(c))
		}
		rows = append(rows, censusRow{lang: c[0], text: c[1], player: c[2], club: c[3], stage: facts.Stage(c[4])})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

func langCounts(m map[string][2]int) string {
	var langs []string
	for l := range m {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	var b strings.Builder
	for _, l := range langs {
		fmt.Fprintf(&b, " %s %d/%d", l, m[l][0], m[l][1])
	}
	return b.String()
}

func readCensusCounts(t *testing.T) map[string]string {
	t.Helper()
	m := map[string]string{}
	b, err := os.ReadFile(censusFile)
	if os.IsNotExist(err) {
		return m
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) == 2 && !strings.HasPrefix(line, "#") {
			m[f[0]] = f[1]
		}
	}
	return m
}

func writeCensusCounts(t *testing.T, got map[string]string) {
	t.Helper()
	var names []string
	for n := range got {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("# Sentences of each census read right (go test -run TestCensus -update rewrites it).\n")
	for _, n := range names {
		fmt.Fprintf(&b, "%s %s\n", n, got[n])
	}
	if err := os.WriteFile(censusFile, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
