package extract

import (
	"fmt"
	"math"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/mercato-bot/mercato/knowledge/clubs"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// This file is the Go form of ../shared/eval/score.py: the same matching
// rules, so that TestEval prints the score line score.py prints.

// goldArticle is one article of an answer key (see ../shared/eval/README.md).
type goldArticle struct {
	File      string       `json:"file"`
	Lang      string       `json:"lang"`
	Published *string      `json:"published"`
	Players   []goldPlayer `json:"players"`
}

// goldPlayer is one player of an answer key.
type goldPlayer struct {
	Name            string       `json:"name"`
	CurrentClub     *string      `json:"current_club"`
	ContractExpires *string      `json:"contract_expires"`
	Suitors         []goldSuitor `json:"suitors"`
	NotSuitors      []string     `json:"not_suitors"`
	Fees            []goldFee    `json:"fees"`
}

// goldSuitor is one club of a key's suitors.
type goldSuitor struct {
	Club  string `json:"club"`
	Stage string `json:"stage"`
}

// goldFee is one fee of a key.
type goldFee struct {
	Club     *string  `json:"club"`
	Amount   *float64 `json:"amount"`
	Currency string   `json:"currency"`
	Kind     string   `json:"kind"`
}

// scoreFold folds as score.py's fold: accents dropped, lower case, only
// a-z and 0-9 kept, every other run a single space.
func scoreFold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if norm.NFKD.PropertiesString(string(r)).CCC() != 0 {
			continue
		}
		r = unicode.ToLower(r)
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		} else {
			b.WriteByte(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// scoreStop are the words score.py's key drops from a club name.
var scoreStop = map[string]bool{"fc": true, "cf": true, "ac": true, "as": true, "ss": true, "sc": true, "afc": true,
	"club": true, "de": true, "the": true, "calcio": true, "football": true, "futbol": true, "sv": true, "vfb": true,
	"vfl": true, "tsg": true, "sl": true, "cd": true, "rc": true, "ud": true, "ca": true, "sd": true, "l": true, "le": true, "la": true}

// scoreKey is score.py's key: the folded name without its stop words.
func scoreKey(s string) string {
	f := scoreFold(s)
	var ws []string
	for _, w := range strings.Fields(f) {
		if !scoreStop[w] {
			ws = append(ws, w)
		}
	}
	if len(ws) == 0 {
		return f
	}
	return strings.Join(ws, " ")
}

// clubID names a club for scoring: its index in the project's club table
// when the table knows the name, its key otherwise.
func clubID(t *clubs.Table, name string) string {
	if i, ok := t.Find(name); ok {
		return fmt.Sprint("#", i)
	}
	return scoreKey(name)
}

// samePlayer is score.py's same_player: equal folded names, or one the
// last words of the other.
func samePlayer(a, b string) bool {
	fa, fb := strings.Fields(scoreFold(a)), strings.Fields(scoreFold(b))
	if len(fa) == 0 || len(fb) == 0 {
		return false
	}
	short, long := fa, fb
	if len(fa) > len(fb) {
		short, long = fb, fa
	}
	return strings.Join(long[len(long)-len(short):], " ") == strings.Join(short, " ")
}

// score is the tally of one set: score.py's counts, and the misses grouped
// by kind.
type score struct {
	tp, fp, fn       int
	stageOK, stageN  int
	expOK, expN      int
	curOK, curN      int
	feeOK, feeN      int
	errors           map[string]int // kind of error -> count
	misses           []string       // one line per miss, as score.py -v
	articles, noPred int
}

// line is score.py's score line.
func (s *score) line() string {
	p, r, f := s.prf()
	return fmt.Sprintf("suitors P=%.2f R=%.2f F1=%.2f (tp %d fp %d fn %d) | stage %d/%d | contract %d/%d | current club %d/%d | fees %d/%d",
		p, r, f, s.tp, s.fp, s.fn, s.stageOK, s.stageN, s.expOK, s.expN, s.curOK, s.curN, s.feeOK, s.feeN)
}

// prf returns suitor precision, recall and F1.
func (s *score) prf() (p, r, f float64) {
	if s.tp+s.fp > 0 {
		p = float64(s.tp) / float64(s.tp+s.fp)
	}
	if s.tp+s.fn > 0 {
		r = float64(s.tp) / float64(s.tp+s.fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// miss records one error of a kind, and the line score.py -v prints for it.
func (s *score) miss(kinds []string, format string, args ...any) {
	for _, k := range kinds {
		s.errors[k]++
	}
	s.misses = append(s.misses, fmt.Sprintf(format, args...))
}

// scoredPair is a (player, club) pair with its stage, in the order of
// first appearance, as score.py's dicts keep them.
type scoredPair struct {
	name, club, stage string
	shown             string // the club as written, for the miss lines
}

// addPair sets the stage of a pair, keeping the place of its first
// appearance (a Python dict assignment).
func addPair(ps []scoredPair, p scoredPair) []scoredPair {
	for i := range ps {
		if ps[i].name == p.name && ps[i].club == p.club {
			ps[i].stage = p.stage
			return ps
		}
	}
	return append(ps, p)
}

// scoreArticle adds one article's comparison to s.
func (s *score) scoreArticle(t *clubs.Table, g goldArticle, a facts.Article) {
	s.articles++
	f := g.File
	// a suitor error also counts for the article's language, and for
	// roundups (articles about three players or more)
	kinds := func(k ...string) []string {
		if k[0] != "false suitor" && k[0] != "missed suitor" {
			return k
		}
		k = append(k, "suitor "+g.Lang)
		if len(g.Players) >= 3 {
			k = append(k, "suitor in roundup")
		}
		return k
	}
	var gold, pred []scoredPair
	for _, gp := range g.Players {
		for _, su := range gp.Suitors {
			gold = addPair(gold, scoredPair{gp.Name, clubID(t, su.Club), su.Stage, su.Club})
		}
	}
	for _, pp := range a.Players {
		for _, su := range pp.Suitors {
			pred = addPair(pred, scoredPair{pp.Name, clubID(t, su.Club), string(su.Stage), su.Club})
		}
	}
	matched := map[[2]string]bool{}
	for _, p := range pred {
		hit := -1
		for i, gp := range gold {
			if gp.club == p.club && samePlayer(p.name, gp.name) && !matched[[2]string{gp.name, gp.club}] {
				hit = i
				break
			}
		}
		if hit < 0 {
			s.fp++
			k := kinds("false suitor")
			if !goldHasPlayer(g, p.name) {
				k = append(k, "non-player as player")
			}
			s.miss(k, "%s: FALSE suitor %s <- %s", f, p.name, p.shown)
			continue
		}
		gp := gold[hit]
		s.tp++
		matched[[2]string{gp.name, gp.club}] = true
		s.stageN++
		if p.stage == gp.stage {
			s.stageOK++
		} else {
			s.miss(kinds("stage", "stage "+gp.stage+" as "+p.stage), "%s: stage %s/%s want %s got %s", f, gp.name, gp.shown, gp.stage, p.stage)
		}
	}
	// A completed move may be told as the buyer being his club already.
	for _, gp := range gold {
		if matched[[2]string{gp.name, gp.club}] || gp.stage != "done" {
			continue
		}
		if pp, ok := predPlayer(a, gp.name); ok && pp.CurrentClub != "" && clubID(t, pp.CurrentClub) == gp.club {
			s.tp++
			s.stageN++
			s.stageOK++
			matched[[2]string{gp.name, gp.club}] = true
		}
	}
	for _, gp := range gold {
		if !matched[[2]string{gp.name, gp.club}] {
			s.fn++
			s.miss(kinds("missed suitor"), "%s: MISSED suitor %s <- %s", f, gp.name, gp.shown)
		}
	}
	for _, gp := range g.Players {
		pp, _ := predPlayer(a, gp.Name)
		s.scoreContract(f, gp, pp, kinds)
		s.scoreFees(t, f, gp, pp, kinds)
		s.scoreCurrent(t, f, gp, pp, kinds)
	}
}

// scoreContract compares the contract expiry: the month, or the year when
// the key has only the year.
func (s *score) scoreContract(f string, gp goldPlayer, pp facts.Player, kinds func(...string) []string) {
	if gp.ContractExpires == nil || *gp.ContractExpires == "" {
		return
	}
	s.expN++
	want, got := *gp.ContractExpires, ""
	if !pp.ContractExpires.IsZero() {
		got = pp.ContractExpires.String()
	}
	ok := got != "" && (len(want) == 7 && prefix(got, 7) == want || len(want) != 7 && prefix(got, 4) == want)
	if ok {
		s.expOK++
		return
	}
	k := "contract wrong"
	if got == "" {
		k = "contract none"
	}
	s.miss(kinds("contract", k), "%s: contract %s want %s got %s", f, gp.Name, want, orNone(got))
}

// scoreFees counts a fee of the key as found when the player has a fee of
// the same club, currency and kind within 2% of its amount.
func (s *score) scoreFees(t *clubs.Table, f string, gp goldPlayer, pp facts.Player, kinds func(...string) []string) {
	for _, gf := range gp.Fees {
		if gf.Club == nil || *gf.Club == "" || gf.Amount == nil || *gf.Amount == 0 {
			continue
		}
		s.feeN++
		ok := false
		for _, pf := range pp.Fees {
			if pf.Club != "" && clubID(t, pf.Club) == clubID(t, *gf.Club) && pf.Currency == gf.Currency &&
				string(pf.Kind) == gf.Kind && math.Abs(float64(pf.Amount)-*gf.Amount) <= 0.02**gf.Amount {
				ok = true
				break
			}
		}
		if ok {
			s.feeOK++
			continue
		}
		s.miss(kinds("fee", "fee "+gf.Kind), "%s: fee %s want %s %v %s %s", f, gp.Name, gf.Kind, *gf.Amount, gf.Currency, *gf.Club)
	}
}

// scoreCurrent compares his club; after a completed move the buying club
// counts too.
func (s *score) scoreCurrent(t *clubs.Table, f string, gp goldPlayer, pp facts.Player, kinds func(...string) []string) {
	if gp.CurrentClub == nil || *gp.CurrentClub == "" {
		return
	}
	s.curN++
	accepted := map[string]bool{clubID(t, *gp.CurrentClub): true}
	for _, su := range gp.Suitors {
		if su.Stage == "done" {
			accepted[clubID(t, su.Club)] = true
		}
	}
	if pp.CurrentClub != "" && accepted[clubID(t, pp.CurrentClub)] {
		s.curOK++
		return
	}
	k := "current club wrong"
	if pp.CurrentClub == "" {
		k = "current club none"
	}
	s.miss(kinds("current club", k), "%s: current club %s want %s got %s", f, gp.Name, *gp.CurrentClub, orNone(pp.CurrentClub))
}

// goldHasPlayer reports whether the key names the player.
func goldHasPlayer(g goldArticle, name string) bool {
	for _, gp := range g.Players {
		if samePlayer(gp.Name, name) {
			return true
		}
	}
	return false
}

// predPlayer returns the first extracted player with the name.
func predPlayer(a facts.Article, name string) (facts.Player, bool) {
	for _, pp := range a.Players {
		if samePlayer(pp.Name, name) {
			return pp, true
		}
	}
	return facts.Player{}, false
}

func prefix(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func orNone(s string) string {
	if s == "" {
		return "None"
	}
	return s
}
