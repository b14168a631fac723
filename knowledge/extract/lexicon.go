package extract

import (
	"strings"

	"github.com/mercato-bot/mercato/knowledge/text"
)

// kind is what a lexicon phrase signals.
type kind uint8

const (
	kInterest    kind = iota + 1 // monitoring, keen, linked
	kTalks                       // contact, talks, negotiations
	kBid                         // an offer made
	kAdvanced                    // close, agreement, personal terms
	kDone                        // signed, completed
	kReject                      // an offer turned down: the pursuit may go on
	kEnded                       // the pursuit is over: collapsed, cooled
	kPast                        // the passage tells the past: last summer
	kRenew                       // a new approach after a setback
	kDeny                        // a denial: no interest, not an option
	kNeg                         // a negation word: not, pas, nicht
	kContract                    // contract nouns
	kExpire                      // expiry verbs and phrases
	kSeller                      // what the selling club does: sell, keep, ask
	kRole                        // people who are not players: coach, journalist
	kPos                         // player descriptions: midfielder, le minot
	kSource                      // before an outlet: according to, selon
	kSourceAfter                 // after an outlet: reports, says
	kExcl                        // before a club that is no suitor: against, ex
	kFrom                        // before the club a player leaves: from
	kLoc                         // before a city: in, à, nach
	kClause                      // release clause
	kWage                        // wages
	kAsking                      // asking price
	kValuation                   // valuation
	kAccept                      // accepted
	kFormer                      // former, previous (contract, club)
	kOf                          // of, de, del, von: "the striker of Napoli"
	kPlayer                      // words that say a man is a player
	kTenure                      // his future at, his time at: the club he is at
	kLeave                       // leave: the club he is at
	kObj                         // before a player a deal is about: signing of, offer for
	kSigned                      // after a player who moves: has signed, a signé
	kSigns                       // signing verbs that can take an expiry: a signé jusqu'en 2028
	kAgent                       // before who does what a passive verb tells: by, par, da, por, von
	kBorn                        // before a birth year, which tells no past: born in, classe, Jahrgang
	kQuestion                    // a reader's question opening a paragraph of a mailbag: Q:, Question :, Frage:
	kAnswer                      // the answer's marker in a mailbag: Answer:, Réponse :, Antwort:
	kExtension                   // renewing the contract he holds: extension, prolongation, rinnovo
	kTeam                        // a team a person leads: "the side of X", "el equipo de X", "X's squad"
	kPassive                     // a passive's auxiliary: is, est, es, viene, wird
	kCame                        // a past arrival: came, arrived, kam; the club he came from is his former one
	kExpiring                    // a contract running out, told with no date: in scadenza, en fin de contrat; ends with the season
	kPay                         // paying a club, which follows: "paying Chelsea", "versé ... aux", "pagará al"
	kCash                        // a club receiving money, which comes before: "die Fohlen kassieren", "incassa"
	kTo                          // before the club money goes to: to, à, al, alla, an
	kOver                        // joins a deal to the player it is about: for, over, pour, por, per, über
	kSellerAfter                 // the club after it answers an offer: to convince, il no del, le oui du
	kNoOffer                     // an offer denied to exist: there is no offer, aucune offre, kein Angebot
	kStill                       // a pursuit that goes on: still, toujours, sigue, continua a, weiterhin
	kBirthplace                  // before where a player was born, no club nor person: native of, natif de, nativo di
	kRenewed                     // a player's renewal told made: extended his, a prolongé, renueva, ha rinnovato, verlängert
	kCloseTo                     // who speaks from near a club: a source close to, una fonte vicina; no stage (see dropCovered)
	kTerminate                   // a contract ended early: terminated, résilié, rescindió, rescissione, aufgelöst (see terminatedBy)
	kAgo                         // how long ago: a week ago, il y a une semaine, hace una semana; no wage (see pastCovers)
	kCost                        // a price told of the player, asked by no one: would cost, en dessous de; his club's asking price (see fees)
	nKinds
)

// phrase is one entry of the lexicon.
type phrase struct {
	words []string // folded; a trailing '*' matches a prefix
	exact []string // per word: the lowercase form it must have as written, or ""
	kind  kind
}

// lex indexes the phrases by first word: exact, and by the first four
// letters for prefix words.
type lex struct {
	exact  map[string][]phrase
	prefix map[string][]phrase
}

var kindNames = map[string]kind{"interest": kInterest, "talks": kTalks, "bid": kBid, "advanced": kAdvanced,
	"done": kDone, "reject": kReject, "ended": kEnded, "past": kPast, "renew": kRenew, "deny": kDeny,
	"neg": kNeg, "contract": kContract, "expire": kExpire, "seller": kSeller, "role": kRole, "pos": kPos,
	"source": kSource, "sourceafter": kSourceAfter, "excl": kExcl, "from": kFrom, "loc": kLoc,
	"clause": kClause, "wage": kWage, "asking": kAsking, "valuation": kValuation, "accept": kAccept,
	"former": kFormer, "of": kOf, "player": kPlayer, "tenure": kTenure, "leave": kLeave, "obj": kObj, "signed": kSigned, "signs": kSigns, "agent": kAgent, "born": kBorn, "team": kTeam, "question": kQuestion, "answer": kAnswer, "extension": kExtension, "came": kCame, "expiring": kExpiring, "passive": kPassive,
	"pay": kPay, "cash": kCash, "to": kTo, "over": kOver, "sellerafter": kSellerAfter, "nooffer": kNoOffer, "still": kStill, "birthplace": kBirthplace, "renewed": kRenewed, "closeto": kCloseTo, "terminate": kTerminate, "ago": kAgo, "cost": kCost}

// conceptKind returns the kind of a concept of the lexicon files: "pos",
// or a class of it, "pos.mid", "nat.br" (see descriptionClasses), or 0.
func conceptKind(name string) kind {
	base, class, ok := strings.Cut(name, ".")
	if ok && class == "" {
		return 0
	}
	if base == "nat" {
		return kPos // a nationality noun is a description of a player
	}
	return kindNames[base]
}

// buildLex indexes the phrases of one or more lexicon texts (see
// eachPhrase). It panics on an unknown concept, which only a broken
// embedded file can hold.
func buildLex(srcs ...string) *lex {
	l := &lex{exact: map[string][]phrase{}, prefix: map[string][]phrase{}}
	for _, src := range srcs {
		eachPhrase(src, func(name, p string) {
			k := conceptKind(name)
			if k == 0 && (wordSetNames[name] != 0 || name == numberConcept) {
				return // a word set (wordsets.go) or a number word (numbers.go), not a phrase
			}
			if k == 0 {
				panic("extract: unknown lexicon kind " + name)
			}
			if ph, ok := parsePhrase(p, k); ok {
				l.add(ph)
			}
		})
	}
	return l
}

// eachPhrase calls f with every phrase of a lexicon text and its concept:
// lines of "concept: phrase | phrase", # starting a comment line.
func eachPhrase(src string, f func(concept, phrase string)) {
	for _, line := range strings.Split(src, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		name, body, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		for _, p := range strings.Split(body, "|") {
			if p = strings.TrimSpace(p); p != "" {
				f(strings.TrimSpace(name), p)
			}
		}
	}
}

// parsePhrase reads one phrase: words folded, a trailing * for a prefix,
// a leading = for a word that must be written as given ("=sì" is no "si").
func parsePhrase(p string, k kind) (phrase, bool) {
	ph := phrase{kind: k}
	for _, f := range strings.Fields(p) {
		raw := strings.HasPrefix(f, "=")
		f = strings.TrimPrefix(f, "=")
		star := strings.HasSuffix(f, "*")
		parts := strings.Fields(text.Key(strings.TrimSuffix(f, "*")))
		for _, part := range parts {
			ph.words = append(ph.words, part)
			ph.exact = append(ph.exact, "")
		}
		if raw && len(parts) == 1 {
			ph.exact[len(ph.exact)-1] = strings.ToLower(f)
		}
		if star && len(parts) > 0 {
			ph.words[len(ph.words)-1] += "*"
		}
	}
	return ph, len(ph.words) > 0
}

// add indexes one phrase.
func (l *lex) add(ph phrase) {
	first := ph.words[0]
	if strings.HasSuffix(first, "*") && len(first) >= 5 {
		key := first[:4]
		l.prefix[key] = append(l.prefix[key], ph)
		return
	}
	first = strings.TrimSuffix(first, "*")
	ph.words[0] = first
	l.exact[first] = append(l.exact[first], ph)
}

// hit is one lexicon phrase found in the text.
type hit struct {
	w, end int // word indexes [w, end)
	kind   kind
}

// match appends the phrases that start at word i of text.
func (l *lex) match(text string, words []word, i int, out []hit) []hit {
	try := func(ps []phrase) {
		for _, p := range ps {
			if n, ok := matchAt(text, words, i, p); ok {
				out = append(out, hit{w: i, end: i + n, kind: p.kind})
			}
		}
	}
	k := words[i].key
	try(l.exact[k])
	if len(k) >= 4 {
		try(l.prefix[k[:4]])
	}
	return out
}

func matchAt(text string, words []word, i int, p phrase) (int, bool) {
	if i+len(p.words) > len(words) {
		return 0, false
	}
	for j, pw := range p.words {
		w := words[i+j]
		if j > 0 && w.prev&(sepStop|sepNL|sepPara|sepColon) != 0 {
			return 0, false
		}
		if strings.HasSuffix(pw, "*") {
			if !strings.HasPrefix(w.key, pw[:len(pw)-1]) {
				return 0, false
			}
		} else if w.key != pw {
			return 0, false
		}
		if p.exact[j] != "" && (w.end > len(text) || strings.ToLower(text[w.start:w.end]) != p.exact[j]) {
			return 0, false
		}
	}
	return len(p.words), true
}
