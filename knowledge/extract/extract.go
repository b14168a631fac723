// Package extract reads transfer facts out of article text in English,
// French, Spanish, Italian and German.
package extract

import (
	"log/slog"
	"strings"
	"sync/atomic"

	"github.com/mercato-bot/mercato/knowledge/clubs"
	"github.com/mercato-bot/mercato/knowledge/facts"
	srctab "github.com/mercato-bot/mercato/knowledge/sources"
	"github.com/mercato-bot/mercato/knowledge/text"
)

// Hints are what the caller knows of an article beyond its text.
type Hints struct {
	Lang      string     // language, when known (e.g. from a web page)
	Published facts.Date // publication date, when known; overrides the text
	Title     string
}

// gazEntry is one club name in the gazetteer.
type gazEntry struct {
	club             int32
	weak, city, nick bool
}

// Extractor extracts facts. It is safe for concurrent use.
type Extractor struct {
	table   *clubs.Table
	gaz     map[string]gazEntry // folded name -> club
	gazLen  map[string]int      // first word -> longest name in words
	outlets map[string]string   // folded outlet -> name as written
	outLen  map[string]int
	journo  map[string]bool // folded journalist names
	lex     *lexicons
	log     *slog.Logger // recovered panics; nil: none logged
	panics  atomic.Int64 // how many extractions panicked
}

// competitionWords are one-word club names that the names of competitions
// hold in every language: "Europa League", "Ligue Europa", "Liga Europa",
// "Europa-League" name no club.
var competitionWords = map[string]bool{"europa": true}

// New returns an Extractor with the built-in lexicons and club table.
func New() *Extractor {
	x := &Extractor{table: clubs.Default(), gaz: map[string]gazEntry{}, gazLen: map[string]int{},
		outlets: map[string]string{}, outLen: map[string]int{}, journo: map[string]bool{}, lex: mustLexicons()}
	for _, n := range x.table.Names() {
		if len(n.Key) <= 3 && !n.Nick || n.Key == "goal" || competitionWords[n.Key] {
			continue // "IF", "SC": abbreviations too short to trust
		}
		x.gaz[n.Key] = gazEntry{club: int32(n.Club), weak: n.Weak, city: n.City, nick: n.Nick}
		ws := strings.Fields(n.Key)
		x.gazLen[ws[0]] = max(x.gazLen[ws[0]], len(ws))
	}
	for _, o := range append(append(append([]string{}, outletNames...), journalistNames...), tableSources()...) {
		k := text.Key(o)
		x.outlets[k] = o
		ws := strings.Fields(k)
		x.outLen[ws[0]] = max(x.outLen[ws[0]], len(ws))
	}
	for _, j := range append(append([]string{}, journalistNames...), staffNames...) {
		x.journo[text.Key(j)] = true
	}
	return x
}

// tableSources are the names of the outlets and journalists of the
// source-reliability table (knowledge/sources) and their aliases of two
// words or more ("Sky Sports News", "CaughtOffside"): no name of theirs is
// a player's. One-word aliases ("Romano", "Athletic") are left to the
// lists above, where they cannot hide a club or a player.
func tableSources() []string {
	var out []string
	for _, src := range srctab.Default().Sources() {
		out = append(out, src.Name)
		for _, a := range src.Aliases {
			if strings.Contains(a, " ") && !strings.HasPrefix(a, "@") {
				out = append(out, a)
			}
		}
	}
	return out
}

// mustLexicons loads the embedded lexicons; only a broken build can fail.
func mustLexicons() *lexicons {
	ls, err := loadLexicons()
	if err != nil {
		panic(err)
	}
	return ls
}

// Extract reads the facts of one article. It never fails and never panics:
// text with no football in it gives an Article with no players.
func (x *Extractor) Extract(text string, h Hints) facts.Article {
	a, _ := x.extract(text, h, false)
	return a
}

// Explain is Extract also telling, for every suitor link, current club and
// contract, which rules fired on which words.
func (x *Extractor) Explain(text string, h Hints) (facts.Article, facts.Explanation) {
	return x.extract(text, h, true)
}

func (x *Extractor) extract(text string, h Hints, explain bool) (a facts.Article, e facts.Explanation) {
	defer func() {
		if r := recover(); r != nil {
			x.recovered(r, text, h)
			a = facts.Article{Lang: h.Lang, Published: h.Published, Title: h.Title, Players: []facts.Player{}}
			e = facts.Explanation{}
		}
	}()
	pub, body := ParseHeader(text)
	if len(body) > maxBytes {
		body = body[:maxBytes]
	}
	d := newDoc(x, body)
	d.explain = explain
	a.Lang = h.Lang
	if a.Lang == "" {
		a.Lang = d.lang
	}
	d.lang = a.Lang
	switch {
	case !h.Published.IsZero():
		a.Published = h.Published
	case !pub.IsZero():
		a.Published = pub
	default:
		a.Published = d.textDate()
	}
	a.Title = h.Title
	d.pub = a.Published
	d.run()
	a.Players = d.players()
	a.Outlets = d.outletList
	e.Players = d.why
	return a, e
}

// maxBytes bounds the text read from one article.
const maxBytes = 1 << 20
