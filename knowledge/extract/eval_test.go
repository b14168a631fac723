package extract

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/knowledge/clubs"
)

var evalMisses = flag.Bool("eval.misses", false, "TestEval: list every miss of the development sets, as score.py -v")

// evalSet is one evaluation set: an answer key and the folder of its
// articles, relative to this package.
type evalSet struct {
	name, gold, dir string
	shared          bool // in ../shared, absent outside the team's machines
	heldout         bool // only its score line is shown, never its misses
}

// evalSets are the sets TestEval scores. eval/fresh was held out for one
// round and is an ordinary development set since; so are heldout, heldout2
// and heldout3 since the third session of 2026-12-03 (their lines had been seen for
// rounds; their misses now teach forms written by other hands), and heldout4
// and heldout5 since the fourth session of 2026-12-03 (same reason). A set
// written to be kept back is marked heldout: only its line is shown, as
// heldout6's was. heldout6 and heldout7 are development sets since the
// fifth session of 2026-12-03; heldout8, written in that session, is a
// development set since the sixth, after a new set was written to be kept
// back (outside the repository until the session's end). wide is a
// development set written in the sixth session to widen what rules are
// judged on; wide2 is another, written at the start of the first session of
// 2026-12-04 by two other writers. heldout9, written in that session and
// kept outside the repository until its end, was kept back for that round
// and is a development set since the second session of 2026-12-04, when a
// new set was written to be kept back outside the repository: heldout10,
// kept back.
var evalSets = []evalSet{
	{name: "seeds", gold: "../../../shared/eval/seeds.gold.json", dir: "../../../shared/seeds", shared: true},
	{name: "dev", gold: "../../../shared/eval/dev/gold.json", dir: "../../../shared/eval/dev", shared: true},
	{name: "dev2", gold: "../../../shared/eval/dev2/gold.json", dir: "../../../shared/eval/dev2", shared: true},
	{name: "team_a", gold: "../../eval/team_a/gold.json", dir: "../../eval/team_a"},
	{name: "team_b", gold: "../../eval/team_b/gold.json", dir: "../../eval/team_b"},
	{name: "team_c", gold: "../../eval/team_c/gold.json", dir: "../../eval/team_c"},
	{name: "fresh", gold: "../../eval/fresh/gold.json", dir: "../../eval/fresh"},
	{name: "heldout", gold: "../../eval/heldout/gold.json", dir: "../../eval/heldout"},
	{name: "heldout2", gold: "../../eval/heldout2/gold.json", dir: "../../eval/heldout2"},
	{name: "heldout3", gold: "../../eval/heldout3/gold.json", dir: "../../eval/heldout3"},
	{name: "forms", gold: "../../eval/forms/gold.json", dir: "../../eval/forms"},
	{name: "heldout4", gold: "../../eval/heldout4/gold.json", dir: "../../eval/heldout4"},
	{name: "heldout5", gold: "../../eval/heldout5/gold.json", dir: "../../eval/heldout5"},
	{name: "heldout6", gold: "../../eval/heldout6/gold.json", dir: "../../eval/heldout6"},
	{name: "heldout7", gold: "../../eval/heldout7/gold.json", dir: "../../eval/heldout7"},
	{name: "heldout8", gold: "../../eval/heldout8/gold.json", dir: "../../eval/heldout8"},
	{name: "wide", gold: "../../eval/wide/gold.json", dir: "../../eval/wide"},
	{name: "wide2", gold: "../../eval/wide2/gold.json", dir: "../../eval/wide2"},
	{name: "heldout9", gold: "../../eval/heldout9/gold.json", dir: "../../eval/heldout9"},
	{name: "heldout10", gold: "../../eval/heldout10/gold.json", dir: "../../eval/heldout10", heldout: true},
}

// scoresFile holds the committed score line of every set.
const scoresFile = "../../eval/scores.txt"

// maxF1Drop is how far a set's suitor F1 may fall below its committed figure.
const maxF1Drop = 0.02

// TestEval scores the extractor on every evaluation set with the rules of
// ../shared/eval/score.py, prints each set's score line and its errors by
// kind (-v), and fails when a set's suitor F1 falls more than maxF1Drop
// below the figure in eval/scores.txt. -update rewrites that file.
func TestEval(t *testing.T) {
	x := New()
	table := clubs.Default()
	committed := readScores(t)
	var lines []string
	for _, set := range evalSets {
		s, ok := scoreSet(t, x, table, set)
		if !ok {
			continue
		}
		_, _, f1 := s.prf()
		lines = append(lines, fmt.Sprintf("%-8s %s", set.name, s.line()))
		t.Logf("%-8s %s", set.name, s.line())
		if !set.heldout {
			t.Logf("%-8s errors: %s", set.name, errorSummary(s.errors))
			if *evalMisses {
				for _, m := range s.misses {
					t.Logf("%-8s %s", set.name, m)
				}
			}
		}
		if want, ok := committed[set.name]; ok && roundF1(f1) < want-maxF1Drop-1e-9 {
			t.Errorf("%s: suitor F1 %.2f, committed %.2f: more than %.2f lower", set.name, f1, want, maxF1Drop)
		}
	}
	if *update {
		header := "# Score lines of `go test ./knowledge/extract -run TestEval -v` (the rules of ../shared/eval/score.py).\n" +
			"# TestEval fails when a set's suitor F1 falls more than 0.02 below its figure here; -update rewrites it.\n"
		if err := os.WriteFile(scoresFile, []byte(header+strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// scoreSet extracts and scores every article of a set; ok is false when a
// shared set is not on this machine.
func scoreSet(t *testing.T, x *Extractor, table *clubs.Table, set evalSet) (*score, bool) {
	t.Helper()
	b, err := os.ReadFile(set.gold)
	if err != nil {
		if set.shared && os.IsNotExist(err) {
			t.Logf("%-8s not here (%s)", set.name, set.gold)
			return nil, false
		}
		t.Fatal(err)
	}
	var gold []goldArticle
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatalf("%s: %v", set.gold, err)
	}
	s := &score{errors: map[string]int{}}
	for _, g := range gold {
		text, err := os.ReadFile(filepath.Join(set.dir, g.File))
		if err != nil {
			t.Fatal(err)
		}
		s.scoreArticle(table, g, x.Extract(string(text), Hints{}))
	}
	return s, true
}

// errorSummary lists the error counts, the largest first.
func errorSummary(errs map[string]int) string {
	keys := make([]string, 0, len(errs))
	for k := range errs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if errs[keys[i]] != errs[keys[j]] {
			return errs[keys[i]] > errs[keys[j]]
		}
		return keys[i] < keys[j]
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, errs[k])
	}
	return strings.Join(parts, ", ")
}

var f1Field = regexp.MustCompile(`^(\S+)\s+suitors .*F1=([0-9.]+)`)

// readScores reads the committed suitor F1 of each set.
func readScores(t *testing.T) map[string]float64 {
	t.Helper()
	b, err := os.ReadFile(scoresFile)
	if err != nil {
		if *update && os.IsNotExist(err) {
			return nil
		}
		t.Fatal(err)
	}
	out := map[string]float64{}
	for _, line := range strings.Split(string(b), "\n") {
		if m := f1Field.FindStringSubmatch(line); m != nil {
			f, err := strconv.ParseFloat(m[2], 64)
			if err != nil {
				t.Fatalf("%s: %q: %v", scoresFile, line, err)
			}
			out[m[1]] = f
		}
	}
	return out
}

// roundF1 rounds as the score line prints.
func roundF1(f float64) float64 {
	v, _ := strconv.ParseFloat(fmt.Sprintf("%.2f", f), 64)
	return v
}
