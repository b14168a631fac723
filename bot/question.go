package bot

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mercato-bot/mercato/bot/i18n"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/text"
)

// token is one word of a question.
type token struct {
	f          string // folded
	start, end int    // byte offsets in the question
}

// tokenize splits s into words (see text.Words), skipping @mentions.
func tokenize(s string) []token {
	var toks []token
	for _, w := range text.Words(s) {
		if !w.Handle {
			toks = append(toks, token{f: w.Key, start: w.Start, end: w.End})
		}
	}
	return toks
}

// question is what a question in plain words asks.
type question struct {
	lang     string
	intent   intent
	players  []knowledge.PlayerRef // several when the name fits several
	typed    string                // the words that named the players, as written
	club     knowledge.ClubRef     // ID 0: none
	newClub  string                // a club of the club table the knowledge base has not met
	clubs    []knowledge.ClubRef   // several when the name fits several
	unknown  string                // words that look like a name nobody knows
	offTopic bool                  // asks about something else than transfers
	from     facts.Date            // expiring window, zero: the default
	to       facts.Date
	count    int // latest N, 0: the default
}

// entity names what a question is about, for tests and logs.
func (q question) entity() string {
	var parts []string
	if len(q.players) > 0 {
		parts = append(parts, q.players[0].Name)
	}
	if q.club.ID != 0 {
		parts = append(parts, q.club.Name)
	}
	return strings.Join(parts, "|")
}

// detectLang guesses the language of the words, hint breaking ties.
func detectLang(s string, toks []token, hint string) string {
	var t text.Tally
	for _, tok := range toks {
		for _, l := range langs {
			switch {
			case lex.langWord[l][tok.f]:
				t.Add(l, 2)
			case lex.tellsLang(l, tok.f):
				t.Add(l, 1)
			}
		}
	}
	t.Marks(s)
	best := i18n.Lang(hint)
	if hint == "" {
		best = defaultLang
	}
	return t.Best(best)
}

// matchCues marks the tokens that are cues of lang and returns the intents
// they point at.
func matchCues(toks []token, lang string, used []bool) map[intent]bool {
	found := map[intent]bool{}
	for i := range toks {
		for _, c := range lex.cues[lang] {
			if i+len(c.words) > len(toks) {
				continue
			}
			ok := true
			for j, w := range c.words {
				if used[i+j] || !wordFits(toks[i+j].f, w) {
					ok = false
					break
				}
			}
			if ok {
				found[c.intent] = true
				for j := range c.words {
					used[i+j] = true
				}
				break
			}
		}
	}
	return found
}

// nameRuns returns the runs of words that may be names: words that are
// neither cues nor function words nor numbers, joined across particles
// ("de Jong", "Atlético de Madrid").
func nameRuns(toks []token, used []bool) [][]token {
	nameish := func(i int) bool {
		f := toks[i].f
		if used[i] || lex.isKnown(f) || utf8.RuneCountInString(f) < 2 {
			return false
		}
		_, err := strconv.Atoi(f)
		return err != nil
	}
	var runs [][]token
	var run []token
	for i := range toks {
		switch {
		case nameish(i):
			run = append(run, toks[i])
		case len(run) > 0 && particles[toks[i].f] && i+1 < len(toks) && nameish(i+1):
			run = append(run, toks[i])
		default:
			if len(run) > 0 {
				runs = append(runs, run)
			}
			run = nil
		}
	}
	if len(run) > 0 {
		runs = append(runs, run)
	}
	return runs
}

// maxNgram is the longest name tried, in words.
const maxNgram = 5

// spotted is what the names of a question turned out to be.
type spotted struct {
	players   []knowledge.PlayerRef
	typed     string // the words that named the players, as written
	clubs     []knowledge.ClubRef
	unmatched []string // words that fit no name, as written
}

// capitalized reports whether one of words, other than the question's
// first, starts with a capital letter.
func capitalized(words []string, toks []token) bool {
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) && (i > 0 || len(toks) == 0 || toks[0].f != text.Fold(w)) {
			return true
		}
	}
	return false
}

// lowercase reports whether one of words, other than the question's
// first (which may be capitalized as a sentence's first word is), starts
// with a lower-case letter: a word the bot does not know that is written
// as no name is written. A question with such a word, no cue and no player
// is about something else ("what's the weather in Madrid?").
func lowercase(words []string, toks []token) bool {
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && utf8.RuneCountInString(w) > 2 && (len(toks) == 0 || toks[0].f != text.Fold(w)) {
			return true
		}
	}
	return false
}

// spot finds the players and clubs the runs name: the longest word
// sequences the knowledge base knows, then single words within a typo or
// two of a known name. idx, when the knowledge base offers one, tells
// which word sequences are names without a query for each.
func (rt *Router) spot(ctx context.Context, asked string, runs [][]token, idx *knowledge.NameIndex) (spotted, error) {
	var sp spotted
	var leftovers []token
	for _, run := range runs {
		for i := 0; i < len(run); {
			n, err := rt.spotAt(ctx, asked, run[i:], &sp, idx)
			if err != nil {
				return sp, err
			}
			if n == 0 {
				leftovers = append(leftovers, run[i])
				n = 1
			}
			i += n
		}
	}
	for _, t := range leftovers {
		if particles[t.f] {
			continue
		}
		ok, err := rt.spotTypo(ctx, asked, t, &sp, idx)
		if err != nil {
			return sp, err
		}
		if !ok {
			sp.unmatched = append(sp.unmatched, asked[t.start:t.end])
		}
	}
	return sp, nil
}

// spotAt tries the word sequences starting at run[0], longest first, and
// returns how many words the name found takes (0: none).
func (rt *Router) spotAt(ctx context.Context, asked string, run []token, sp *spotted, idx *knowledge.NameIndex) (int, error) {
	for n := min(len(run), maxNgram); n >= 1; n-- {
		last := run[n-1]
		if particles[last.f] {
			continue
		}
		name := asked[run[0].start:last.end]
		if player, _ := splitHint(name); idx == nil || idx.HasPlayer(player) {
			ps, err := rt.findPlayers(ctx, name)
			switch {
			case err == nil:
				if len(sp.players) == 0 {
					sp.players, sp.typed = ps, name
				}
				return n, nil
			case !errors.Is(err, knowledge.ErrNotFound):
				return 0, err
			}
		}
		if idx != nil && !idx.HasClub(name) {
			continue
		}
		cs, err := rt.findClubs(ctx, name)
		switch {
		case err == nil:
			if len(sp.clubs) == 0 {
				sp.clubs = cs
			}
			return n, nil
		case !errors.Is(err, knowledge.ErrNotFound):
			return 0, err
		}
	}
	return 0, nil
}

// spotTypo looks for a player, then a club, within a typo or two of one
// word of five letters or more.
func (rt *Router) spotTypo(ctx context.Context, asked string, t token, sp *spotted, idx *knowledge.NameIndex) (bool, error) {
	limit := maxTypos(t.f)
	if limit == 0 {
		return false, nil
	}
	if len(sp.players) == 0 {
		var names []string
		var err error
		if idx != nil {
			names = idx.ClosestPlayers(t.f, maxClosest)
		} else if names, err = rt.k.ClosestPlayers(ctx, t.f, maxClosest); err != nil {
			return false, err
		}
		for _, name := range names {
			if nameDistance(t.f, text.Fold(name)) > limit {
				continue
			}
			ps, err := rt.findPlayers(ctx, name)
			if errors.Is(err, knowledge.ErrNotFound) {
				return false, nil
			}
			if err != nil {
				return false, err
			}
			sp.players, sp.typed = ps, asked[t.start:t.end]
			return true, nil
		}
	}
	if len(sp.clubs) == 0 {
		for _, name := range rt.closestClubs(ctx, t.f, 1) {
			if nameDistance(t.f, text.Fold(name)) > limit {
				continue
			}
			cs, err := rt.findClubs(ctx, name)
			if errors.Is(err, knowledge.ErrNotFound) {
				return false, nil
			}
			if err != nil {
				return false, err
			}
			sp.clubs = cs
			return true, nil
		}
	}
	return false, nil
}

// parseQuestion works out what a question asks and about whom.
func (rt *Router) parseQuestion(ctx context.Context, asked, hint string) (question, error) {
	toks := tokenize(asked)
	q := question{lang: detectLang(asked, toks, hint)}
	used := make([]bool, len(toks))
	cues := matchCues(toks, q.lang, used)
	if len(cues) == 0 {
		for _, l := range langs {
			if l != q.lang {
				for in := range matchCues(toks, l, used) {
					cues[in] = true
				}
			}
		}
	}
	q.count, q.from, q.to = rt.numbers(toks)
	runs := nameRuns(toks, used)
	var idx *knowledge.NameIndex
	if len(runs) > 0 {
		var err error
		if idx, err = rt.names(ctx); err != nil {
			return q, err
		}
	}
	sp, err := rt.spot(ctx, asked, runs, idx)
	if err != nil {
		return q, err
	}
	q.players, q.typed = sp.players, sp.typed
	if len(sp.clubs) > 1 {
		q.clubs = sp.clubs
	} else if len(sp.clubs) == 1 {
		q.club = sp.clubs[0]
	}
	// His own club is not what a question about a player asks for.
	if len(q.players) == 1 && q.club.ID != 0 && text.Fold(q.players[0].CurrentClub) == text.Fold(q.club.Name) {
		q.club = knowledge.ClubRef{}
	}
	q.offTopic = len(cues) == 0 && len(q.players) == 0 && lowercase(sp.unmatched, toks)
	if len(cues) > 0 || len(sp.unmatched) == len(toks) || capitalized(sp.unmatched, toks) {
		// Words left over look like a name: asked about, or written as one.
		q.unknown = strings.Join(sp.unmatched, " ")
	}
	if q.unknown != "" && len(q.players) == 0 && q.club.ID == 0 && len(q.clubs) == 0 {
		if name, ok := rt.opts.KnownClub(q.unknown); ok {
			q.newClub, q.unknown = name, ""
		}
	}
	q.intent = decide(q, cues)
	return q, nil
}

// decide picks the intent from the cues and the names found.
func decide(q question, cues map[intent]bool) intent {
	hasP := len(q.players) > 0
	hasC := q.club.ID != 0 || len(q.clubs) > 0 || q.newClub != ""
	switch {
	case cues[intentTimeline] && hasP:
		return intentTimeline
	case cues[intentHot] && !hasP && q.unknown == "":
		return intentHot
	case cues[intentSources] && hasP:
		return intentSources
	case cues[intentFees] && hasP:
		return intentFees
	case cues[intentLatest] && (hasP || hasC || q.unknown == ""):
		return intentLatest
	case cues[intentExpiring] && !hasP && q.unknown == "":
		return intentExpiring
	case cues[cueContract] && hasP:
		return intentPlayer
	case cues[cueContract] && !hasC && q.unknown == "":
		return intentExpiring
	case !q.from.IsZero() && !hasP && !hasC && q.unknown == "":
		return intentExpiring
	case hasP && q.club.ID != 0:
		return intentSources
	case hasP:
		return intentSuitors
	case hasC:
		return intentClub
	}
	return intentUnknown
}

// numbers reads a count (latest N), a month and a year from the words.
func (rt *Router) numbers(toks []token) (count int, from, to facts.Date) {
	month, year := 0, 0
	for _, t := range toks {
		if m := text.Month(t.f); m != 0 {
			month = m
			continue
		}
		n, err := strconv.Atoi(t.f)
		switch {
		case err != nil:
		case n >= 1900 && n <= 2200:
			year = n
		case n >= 1 && n <= maxLatest:
			count = n
		}
	}
	now := rt.opts.Now()
	switch {
	case month != 0 && year == 0:
		from = nextMonth(now, month)
		to = from
	case month != 0:
		from = facts.Date{Year: year, Month: month}
		to = from
	case year != 0:
		from, to = facts.Date{Year: year, Month: 1}, facts.Date{Year: year, Month: 12}
	}
	return count, from, to
}
