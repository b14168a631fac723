package extract

import (
	"math"
	"sort"
	"strings"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// conjunctions start a new clause.
var conjunctions = map[string]bool{"while": true, "but": true, "whereas": true, "although": true, "though": true,
	"however": true, "mais": true, "tandis": true, "cependant": true, "pourtant": true, "pero": true, "mientras": true,
	"aunque": true, "ma": true, "mentre": true, "pero ": true, "tuttavia": true, "aber": true, "wahrend": true,
	"doch": true, "sondern": true, "jedoch": true, "yet": true, "dennoch": true}

// innerAdverbs are conjunctions that are adverbs inside a clause: "has
// not yet been", "liegt aber nicht vor", "kam jedoch nie".
var innerAdverbs = map[string]bool{"yet": true, "aber": true, "jedoch": true, "doch": true}

// innerAdverb reports a word of innerAdverbs at i that opens no clause:
// neither the sentence (which starts at a), nor a comma, nor an and-word
// stands before it.
func (d *doc) innerAdverb(i, a int) bool {
	w := d.words[i]
	return innerAdverbs[w.key] && i > a && w.prev&(sepComma|clauseBreak) == 0 && !andWords[d.words[i-1].key]
}

// stageKind reports whether k says how far a pursuit has gone.
func stageKind(k kind) bool {
	return k >= kInterest && k <= kEnded || k == kDeny || k == kRenew || k == kNoOffer
}

type sent struct {
	a, b    int
	players []personMention // mentions of players
	clauses []int           // clause number per word (index w-a)
	pastIn  []bool          // per clause: the clause tells the past
	byConj  []bool          // per clause: opened by a conjunction ("but")
	hyp     []bool          // per word (index w-a): inside an "if" clause
	when    []bool          // per word (index w-a): inside a "when" clause; nil when none
	pastW   []bool          // per word (index w-a): next to a year before publication
	renew   bool
	source  string
	prevOne int // the one player the sentence before named, or -1
	feeP    int // the player its figures are about when not the passage's (see feePlayer), or -1
}

// pastAt reports whether word i of the sentence tells the past: a past
// marker in its clause, or in the first clause when nothing but
// punctuation opened its own ("Last summer: ..."). "..., but now ..."
// starts afresh.
func (s *sent) pastAt(i int) bool {
	if s.renew {
		return false
	}
	c := s.clauses[i-s.a]
	return s.pastIn[c] || (s.pastIn[0] && !s.byConj[c]) || s.pastW[i-s.a]
}

func (d *doc) sentence(a, b int) {
	s := &sent{a: a, b: b, clauses: make([]int, b-a), hyp: make([]bool, b-a), pastW: make([]bool, b-a), byConj: []bool{false}, feeP: -1}
	c := 0
	inIf, inWhen := false, false
	for i := a; i < b; i++ {
		w := d.words[i]
		conj := conjunctions[w.key] && (!w.cap || i == a) && !d.innerAdverb(i, a)
		if i > a && (w.prev&(sepColon|sepDash|sepParen) != 0 || (conj && !w.cap)) {
			c++
			s.byConj = append(s.byConj, conj)
			inIf, inWhen = false, false
		}
		if w.prev&sepComma != 0 {
			inIf, inWhen = false, false
		}
		if d.conditional(i) {
			inIf = true
		}
		if d.temporal(i) || d.afterWord(i) {
			inWhen = true
			if s.when == nil {
				s.when = make([]bool, b-a)
			}
		}
		s.clauses[i-a] = c
		s.hyp[i-a] = inIf
		if inWhen {
			s.when[i-a] = true
		}
	}
	s.pastIn = make([]bool, c+1)
	// "joined Palace from Reading in 2021": a year before publication tells
	// the past of its clause (a season "2022-23" or an expiry does not)
	if d.pub.Year > 0 {
		for i := a; i < b; i++ {
			if y := yearOf(d.words[i].key); y > 0 && y < d.pub.Year && !(i+1 < b && d.words[i+1].prev&sepHyph != 0) && !d.kindBefore(i, 4, kExpire) && !d.kindBefore(i, 1, kBorn) {
				s.markPastSegment(d, i)
			}
		}
	}
	for _, m := range d.pms {
		if m.w >= a && m.w < b && !d.persons[m.p].nonplayer {
			s.players = append(s.players, m)
		}
	}
	for _, m := range s.players {
		d.persons[m.p].mentions++
	}
	d.openUnit(s)
	hits := d.hitsIn(a, b)
	for _, h := range hits {
		switch h.kind {
		case kPast:
			if !d.pluperfect(h) {
				continue
			}
			// "a year ago", "il y a un an", "hace un año", "vor einem Jahr"
			// date the verb next to them only
			if r := d.reportedAfter(s, h); r >= 0 {
				// "Medien hatten berichtet, der SC Freiburg sei interessiert",
				// "had reported that ...": the past of the report, not of
				// what it reports
				for k := h.w; k <= r; k++ {
					s.pastW[k-a] = true
				}
			} else if k := d.words[h.w].key; k == "il" || k == "hace" || k == "vor" || d.words[h.end-1].key == "fa" || d.inRelative(s, h.w) || d.inPlaceClause(s, h.w) {
				// and a relative clause dates only itself: "Le PSG, qui
				// avait déjà tenté sa chance, observe la situation"
				s.markPastSegment(d, h.w)
			} else {
				s.pastIn[s.clauses[h.w-a]] = true
			}
		case kRenew:
			s.renew = true
		}
	}
	s.source = d.sourceOf(a, b, hits)
	if d.words[a].prev&sepPara != 0 {
		d.topicAt = 0 // a new paragraph tells a new story
		d.section = d.clubSection(a)
	}
	// "… Mario Hermoso dauerhaft zu halten. Der Spanier ist …": a
	// sentence opening on a player description goes on about the one
	// player the sentence before named
	prev := d.lastOne
	s.prevOne = prev
	d.lastOne = d.onePlayer(s)
	// "Deniz Undav soll fest verpflichtet werden. Mit Brighton laufen
	// Verhandlungen. Der Nationalstürmer ...": a sentence of the paragraph
	// naming nobody and no player description leaves him the one named last
	if len(s.players) == 0 && d.words[a].prev&sepPara == 0 && !d.opensOnDescription(s) {
		d.lastOne = prev
	}
	if d.lastOne >= 0 && len(s.players) == 1 && d.oblique(s.players[0]) {
		d.lastOne = -1 // "uno scambio con Vlahović": not whom the next sentence describes
	}
	// (in a section, it is the section's player)
	if len(s.players) == 0 && prev >= 0 && d.unit < 0 && d.opensOnDescription(s) {
		d.focus = prev
	}
	d.describe(s)
	// who the sentence is about when it names nobody
	if len(s.players) == 0 && d.focus < 0 {
		d.setTopic(s)
		return
	}
	s.feeP = d.feePlayer(s)
	d.departures(s)
	d.attach(s)
	d.ownedPlayer(s, hits)
	d.markLoan(s)
	d.contract(s, hits)
	d.sellers(s, hits)
	d.acceptedBy(s)
	d.suitors(s, hits)
	d.speakersDeal(s, hits)
	d.sectionArrivals(s)
	d.replacingClub(s)
	d.fees(s, hits)
	d.noteNear(s)
	d.setTopic(s)
	// the passage goes on about the player named most so far; a name met
	// once with nothing of a player around it ("Olivier Létang l'a
	// confirmé") does not take the passage over
	best := -1
	for _, m := range s.players {
		per := d.persons[m.p]
		// nor does one named once in passing while the article is about
		// someone named often, unless he opens a paragraph (a roundup)
		if d.focus >= 0 && per.total < 2 && !d.dealObject(s, m) && (per.evidence == 0 || d.persons[d.focus].total >= 3 && !d.paraLead(m.w)) {
			continue
		}
		if best < 0 || per.mentions > d.persons[best].mentions {
			best = m.p
		}
	}
	if best >= 0 {
		d.focus = best
	}
	if d.unit >= 0 {
		d.focus = d.unit // in a section, the sentences go on about its player
	}
}

// dealObject reports a mention that is what a deal of its sentence is
// for: "une offre de 25 millions d'euros pour Castello Lukeba", "a bid for
// X", "la oferta por X": he takes the passage over even when named once.
func (d *doc) dealObject(s *sent, m personMention) bool {
	j := m.w - 1
	if j > s.a && d.is(wDefinite, d.words[j].key) {
		j--
	}
	if j <= s.a || !d.is(wDealFor, d.words[j].key) {
		return false
	}
	for _, h := range d.hitsIn(s.a, j) {
		if h.kind == kBid || h.kind == kTalks || h.kind == kAdvanced || h.kind == kObj {
			return true
		}
	}
	return false
}

// playerFor returns the player a word of the sentence is about.
func (d *doc) playerFor(s *sent, i int) int {
	if len(s.players) == 0 {
		return d.focus
	}
	// "Wolves want the defender to replace X", "pour remplacer X": when all
	// it names it sets aside, the words before them are about the
	// passage's player ("..., who completed his move" is still X's)
	if d.focus >= 0 && i < s.players[0].w && d.allReplaced(s) && !d.namesPlayer(s, d.focus) {
		return d.focus
	}
	// "Bayern had asked about him, then opted for X": the words before
	// the choice are about the passage's player
	if d.focus >= 0 && i < s.players[0].w && !d.namesPlayer(s, d.focus) && d.allChosen(s) {
		return d.focus
	}
	best, bestD := -1, 1<<30
	for _, m := range s.players {
		dist := m.w - i
		if dist < 0 {
			dist = i - m.end + 1
		}
		if s.clauses[m.w-s.a] != s.clauses[i-s.a] {
			dist += 12
		} else if d.commaBetween(m, i) {
			dist += 5 // "Frattesi a un passo dall'Inter, Kim verso il Bayern"
		}
		if i < m.w && d.replacedAt(m) {
			dist += 12 // "le Barça, qui cherche à remplacer Neymar": not whom it seeks
		}
		// "les appels du pied de Kylian Mbappé": not who the verb is about
		// (but "pour remplacer Elye Wahi, transféré à ...": his apposition)
		if d.oblique(m) && !(i >= m.end && i-m.end <= 4 && m.end < s.b && d.words[m.end].prev&sepComma != 0) {
			dist += 6
		}
		if dist < bestD {
			best, bestD = m.p, dist
		}
	}
	return best
}

// nothingBetween reports that the n words before word i hold no other
// club and no comma: "dall'Empoli, il Bologna" is not from Bologna.
func (d *doc) nothingBetween(i, n int) bool {
	for k := i; k > i-n && k > 0; k-- {
		if d.words[k].prev&(sepComma|clauseBreak) != 0 || k < i && d.clubAt[k] != 0 && d.clubAt[k] != d.clubAt[i] {
			return false
		}
	}
	return true
}

func (d *doc) mentionsIn(a, b int) []int {
	var out []int
	for k, m := range d.cms {
		if m.w >= a && m.w < b {
			out = append(out, k)
		}
	}
	return out
}

// attach finds the clubs that are a player's own: "Barcelona midfielder
// Dani Olmo", "Brighton's Moisés Caicedo", "le défenseur de l'Inter",
// "Thiaw vom AC Mailand", and the clubs that are no suitor.
func (d *doc) attach(s *sent) {
	words := d.words
	for _, k := range d.mentionsIn(s.a, s.b) {
		m := &d.cms[k]
		// "de Ligt, ceduto al Bayern Monaco": the buyer of a sale told done;
		// "legato alla Roma da un contratto": the club he is tied to
		if m.w > s.a+1 && (d.soldTo(s, m) || d.tiedTo(s, m)) {
			m.attached = true
			if p := d.playerFor(s, m.w); p >= 0 {
				d.addCurAt(p, m, 3, "sold-or-tied-to")
			}
			continue
		}
		if m.w > s.a+1 && d.renewsWith(s, m) {
			m.attached = true
			if p := d.playerFor(s, m.w); p >= 0 {
				d.addCurAt(p, m, 2, "club-he-renews-with")
			}
			continue
		}
		if m.dest || m.w > s.a+1 && d.saidNoTo(s, m.w) {
			continue // where a departure goes, a club turned down: no club of his
		}
		d.playsWhere(s, m)
		if m.w > s.a+2 && d.playsAt(s, m) {
			m.attached = true
			if p := d.playerFor(s, m.w); p >= 0 {
				d.addCurAt(p, m, 3, "plays-at")
			}
			continue
		}
		if m.ofPlayer {
			m.attached = true
			if p := d.playerFor(s, m.w); p >= 0 {
				d.addCurAt(p, m, 3, "club-word-of-description")
			}
			continue
		}
		// "Karim Adeyemi (30 Millionen Euro, RB Salzburg)": his club
		if p := d.bracketOwner(s, m.w); p >= 0 {
			m.attached = true
			v := 1.0
			if m.w > 0 && d.words[m.w].prev&sepParen != 0 {
				v = 2 // "Romain Saïss (Wolverhampton, 31 ans)": the club first
			}
			d.addCurAt(p, m, v, "club-in-brackets")
			continue
		}
		// exclusions: against, former, leaders, ex-
		if d.kindBefore(m.w, 2, kExcl) && !d.buyerLeftFor(m.w) || d.kindBefore(m.w, 2, kBirthplace) || (m.w > 0 && words[m.w-1].key == "ex") || d.formerAfter(s, m) || d.formerRoleOf(s, m) || d.exclVerbLast(s, m) || d.listedAfterExcluded(s, k) {
			m.excluded = true
			continue
		}
		// "Arsenal have terminated his contract": a club he has left
		if d.terminatedBy(s, k) {
			m.excluded = true
			continue
		}
		// "in prestito al Parma", "on loan at Everton": a club he only visits
		if m.w > s.a+1 && d.loanedAt(s, m) {
			m.excluded = true
			continue
		}
		// "lontana dalla valutazione dei Citizens": the club that values him
		if m.w > s.a+1 && d.valuedBy(m.w) {
			m.attached = true
			if p := d.playerFor(s, m.w); p >= 0 {
				d.addCurAt(p, m, 1.5, "club-that-values-him")
			}
			continue
		}
		// not "a un passo dal Paris Saint-Germain": close to, not from
		if m.w > s.a && (d.fromBefore(m.w) && d.nothingBetween(m.w, 2) || d.loanedByBefore(s, m.w) || d.fromClubNoun(s, m.w)) && !d.stageBefore(m.w-1, 3) && !d.kindBefore(m.w-1, 1, kAdvanced) && !d.passiveAgentClub(s, m) && !d.requestBy(m) {
			m.attached = true
			// "who arrived from Napoli last summer", "der ablösefrei von
			// Schalke 04 kam": the club he came from is his former one
			// "Barcelona, who signed him from Arsenal": the club that took
			// him from it is his
			if a := d.boughtFromBy(s, m); a >= 0 && !d.loanNear(s, m) {
				m.excluded = true
				am := &d.cms[a]
				am.attached = true
				if p := d.describedFor(s, m); p >= 0 {
					d.addCurAt(p, am, 2, "club-that-bought-him")
				}
				continue
			}
			if !d.loanNear(s, m) && (d.cameFrom(s, m) || d.pastMoveFrom(s, m)) {
				m.excluded = true
				d.arrivedAt(s, m)
				continue
			}
			if p := d.describedFor(s, m); p >= 0 && !d.otherSubject(s, m.w) {
				if !d.sentenceHas(s, kDone) || d.loanIn(s) {
					d.addCurAt(p, m, 2, "club-he-comes-from")
				} else {
					// the seller of a signing: his club until the signing is read
					// as done, and still his parent club if it is a loan
					d.addCurAt(p, m, 1.5, "seller-of-signing")
				}
			}
			continue
		}
		// the club money goes to sells him: "paying Chelsea £12m"; in the
		// past ("who paid Benfica €127m for him in 2019") it sold him once
		if m.w > s.a && d.paidClub(s, m) {
			if s.pastAt(m.w) {
				m.excluded = true
				continue
			}
			m.attached = true
			if p := d.playerFor(s, m.w); p >= 0 {
				d.addCurAt(p, m, 1.5, "club-paid-for-him")
			}
			continue
		}
		// the club an offer goes to: "a transmis à l'AS Monaco une proposition"
		if m.w > s.a+1 && (d.toSeller(s, m) || d.atDoorOf(s, m)) || d.receivedOffer(s, k) {
			m.attached = true
			if p := d.playerFor(s, m.w); p >= 0 {
				d.addCurAt(p, m, 2, "club-an-offer-goes-to")
			}
			continue
		}
		// the club a buyer negotiates or agrees with: "talks with Leipzig over
		// X"; the club it approaches about him: "approached Tottenham to ask
		// about X" (approach.go)
		if m.w > s.a && (d.dealWith(s, m) || d.approachedClub(s, m)) {
			m.attached = true
			if p := d.playerFor(s, m.w); p >= 0 {
				d.addCurAt(p, m, 2, "club-a-buyer-deals-with")
			}
			continue
		}
		// "Lingard's United contract", "Kelly's Bournemouth exit"
		if p := d.possessorOf(s, m); p >= 0 {
			m.attached = true
			d.addCurAt(p, m, 3, "players-club-tenure")
			continue
		}
		// "whose Arsenal contract expires", "sein Bayern-Vertrag"
		if d.pronounClubTenure(s, m) {
			m.attached = true
			if p := d.playerFor(s, m.w); p >= 0 {
				d.addCurAt(p, m, 3, "players-club-tenure")
			}
			continue
		}
		// "his future at Manchester United", "could leave Arsenal"
		j := m.w
		if j > s.a+1 && d.is(wDefinite, words[j-1].key) && !words[j-1].cap {
			j-- // "son bail avec le club francilien"
		}
		if m.w > s.a && (d.kindBefore(m.w, 1, kLeave) || d.leftAfter(s, m) || (j > s.a+1 && d.tenureBefore(j-1) && (d.prepBefore(j) || d.prepBefore(m.w)))) {
			m.attached = true
			if p := d.playerFor(s, m.w); p >= 0 {
				d.addCurAt(p, m, 2, "club-he-leaves-or-plays-for")
			}
			continue
		}
		// Club [descriptions] Player
		j = m.end
		desc := 0
		if j < s.b && words[j].key == "s" || m.poss && d.lang == "de" || m.named {
			// "Brighton's Moisés Caicedo", "Espanyols Joan García"
			if words[j].key == "s" {
				j++
			}
			desc++
		}
		for j < s.b && j-m.end < 5 && d.personAt[j] == 0 && (d.hasKindAt(j, kPos) || words[j].num || nonName[words[j].key] || words[j].key == "year" || words[j].key == "old" || words[j].key == "youth") && words[j].prev&(sepComma|clauseBreak) == 0 {
			j++
			desc++
		}
		if j < s.b && d.personAt[j] != 0 && words[j].prev&(sepComma|clauseBreak) == 0 && desc > 0 {
			pm := d.pms[d.personAt[j]-1]
			if d.pursuitNamed(s, pm) {
				continue // "Fulham's Keïta move collapses": the club's move for him
			}
			m.attached = true
			d.addCurAt(pm.p, m, 3, "clubs-player")
			continue
		}
		if p := d.possessedApposition(s, m); p >= 0 {
			m.attached = true
			d.addCurAt(p, m, 3, "clubs-player")
			continue
		}
		indef := m.w > 0 && d.is(wIndefinite, words[m.w-1].key)
		// "will be a Brentford player": a move still to come
		if indef && m.end < s.b && d.hasKindAt(m.end, kPos) {
			if f := d.futureBeBefore(s, m.w); f >= 0 {
				if p := d.describedFor(s, m); p >= 0 {
					d.link(s, p, *m, []hit{{w: f, end: f + 1, kind: kAdvanced}}, "future-player-of-club")
				}
				continue
			}
		}
		// the Club midfielder
		if desc > 0 && m.end < s.b && (d.hasKindAt(m.end, kPos) || (m.poss && m.end+1 < s.b && d.hasKindAt(m.end+1, kPos) && !d.is(wDealFor, words[m.end].key))) && !indef {
			m.attached = true
			if p := d.playerFor(s, m.w); p >= 0 {
				d.addCurAt(p, m, 3, "club-position-noun")
			}
			continue
		}
		// "the 28-year-old Juventus and France midfielder": his club and
		// his country before one position noun
		if d.clubAndCountry(s, m) && !indef {
			m.attached = true
			if p := d.playerFor(s, m.w); p >= 0 {
				d.addCurAt(p, m, 3, "club-position-noun")
			}
			continue
		}
		// Player of Club, the midfielder of Club, "l'attaquant de l'Eintracht",
		// "X of Danish side Randers" (clubnoun.go)
		of := d.ofBefore(s, m.w)
		if of <= s.a {
			of = d.ofClubNounBefore(s, m.w)
		}
		if of > s.a {
			if pa := d.personAt[of-1]; pa != 0 && !d.loanedTo(s, d.pms[pa-1], of) {
				pm := d.pms[pa-1]
				if !d.persons[pm.p].nonplayer {
					m.attached = true
					d.addCurAt(pm.p, m, 3, "player-of-club")
					continue
				}
			}
			// "Orkun Kökçü, capitán del Feyenoord": an apposition
			if p := d.appositionOwner(s, of, m.end < s.b && d.words[m.end].prev&sepComma != 0); p >= 0 {
				m.attached = true
				d.addCurAt(p, m, 3, "apposition-of-club")
				continue
			}
			// "un nuovo giocatore della Juventus" is his new club: a signing
			// (not the agent of a passive pursuit: "Der Japaner wird von
			// Ajax umworben")
			if d.kindBefore(of, 1, kPos) && (!d.kindBefore(of, 3, kDone) || d.futureBeBefore(s, of-1) >= 0) && !d.passiveAgentClub(s, m) {
				// "sarà un giocatore della Juventus", "sera un joueur du
				// PSG": a move still to come, the club a buyer close to him
				if f := d.futureBeBefore(s, of-1); f >= 0 {
					if p := d.describedFor(s, m); p >= 0 {
						d.link(s, p, *m, []hit{{w: f, end: f + 1, kind: kAdvanced}}, "future-player-of-club")
					}
					continue
				}
				m.attached = true
				if p := d.describedFor(s, m); p >= 0 {
					d.addCurAt(p, m, 3, "new-player-of-club")
				}
				continue
			}
		}
	}
}

// pursuitNamed reports a pursuit noun right after the name of person
// mention pm, in its clause: after "Club's", the name is what the club's
// move, deal or chase is for ("Fulham's Keïta move collapses", "why
// Newcastle's Tate deal fell through").
func (d *doc) pursuitNamed(s *sent, pm personMention) bool {
	return pm.end < s.b && d.words[pm.end].prev&(sepComma|clauseBreak|sepParen) == 0 && d.is(wPursuitNoun, d.words[pm.end].key)
}

// tenureBefore reports a tenure word ("his future", "contrato") ending in
// the three words before word i, with no comma or clause break between:
// "contrato hasta 2027, ya rechazó al Barcelona" is no contract at Barcelona.
func (d *doc) tenureBefore(i int) bool {
	lo := sort.Search(len(d.hits), func(j int) bool { return d.hits[j].w >= i-8 })
	for _, h := range d.hits[lo:] {
		if h.w >= i {
			break
		}
		if h.kind != kTenure || h.end > i || h.end < i-3 {
			continue
		}
		clean := true
		for k := h.end; k <= i; k++ {
			if d.words[k].prev&(sepComma|clauseBreak) != 0 {
				clean = false
				break
			}
		}
		if clean {
			return true
		}
	}
	return false
}

// stageBefore reports a stage word in the n words before word i:
// "interest from Arsenal", "an offer from Chelsea".
func (d *doc) stageBefore(i, n int) bool {
	for k := kInterest; k <= kBid; k++ {
		if d.kindBefore(i, n, k) {
			return true
		}
	}
	return false
}

// passiveAgentClub reports a club after a from-word that is the agent of
// a passive whose verb comes last: "Der 19-Jährige wird auch vom SC
// Freiburg beobachtet" (an auxiliary before it in its clause, a pursuit
// verb within five words after it, no comma between, no name right before
// the from-word).
func (d *doc) passiveAgentClub(s *sent, m *clubMention) bool {
	if f := m.w - 2; f > s.a && (d.personAt[f] != 0 || d.words[f].cap && d.words[f-1].cap && !d.words[f-1].sent && d.clubAt[f] == 0) {
		return false // "wird Bilal El Khannouss von Leicester City gehandelt": his club
	}
	c := s.clauses[m.w-s.a]
	aux := false
	for _, h := range d.hitsIn(s.a, m.w) {
		if h.kind == kPassive && s.clauses[h.w-s.a] == c {
			aux = true
			break
		}
	}
	if !aux {
		return false
	}
	for k := m.end; k < s.b && k < m.end+5; k++ {
		if d.words[k].prev&(sepComma|clauseBreak) != 0 {
			return false
		}
		for kk := kInterest; kk <= kBid; kk++ {
			if d.hasKindStarting(k, kk) {
				return true
			}
		}
	}
	return false
}

// toSeller reports a club after "à", "alla", "bei", "to" in the clause of
// an offer: the club that receives it.
func (d *doc) toSeller(s *sent, m *clubMention) bool {
	k := d.words[m.w-1].key
	if k == "la" || k == "l" || d.lang == "de" && (k == "den" || k == "die") {
		k = d.words[m.w-2].key
	}
	switch k {
	case "a", "au", "alla", "al", "all", "bei", "to", "aux":
	case "an": // "eine Leihanfrage an den FC Chelsea"
		if d.lang != "de" {
			return false
		}
	default:
		return false
	}
	if d.lang == "en" && k == "a" {
		return false
	}
	if d.saidNoTo(s, m.w) {
		return false // "ha detto no al Bournemouth": the bidder turned down
	}
	for _, h := range d.hitsIn(s.a, s.b) {
		if h.kind == kBid && s.clauses[h.w-s.a] == s.clauses[m.w-s.a] && h.w-m.w < 10 && m.w-h.w < 10 {
			return true
		}
	}
	return false
}

// prepBefore reports "at", "à", "bei"... right before word i.
func (d *doc) prepBefore(i int) bool {
	switch d.words[i-1].key {
	case "at", "a", "au", "en", "al", "bei", "con", "with", "in", "avec", "im", "del", "de", "du", "della", "beim", "mit":
		return true
	}
	return false
}

func (d *doc) sentenceHas(s *sent, k kind) bool {
	for _, h := range d.hitsIn(s.a, s.b) {
		if h.kind == k {
			return true
		}
	}
	return false
}

// sellers credits the club that sells, keeps or prices the player.
func (d *doc) sellers(s *sent, hits []hit) {
	for _, h := range hits {
		switch h.kind {
		case kSeller, kReject, kAccept:
		case kSellerAfter:
			d.answeringClub(s, h)
			continue
		case kAsking, kValuation:
			// "Chelsea want £70m" prices him; "le PSG veut Skriniar" wants him;
			// "Leicester value Barnes at £40m"
			if !d.moneyAfter(max(s.a, h.w-12), min(s.b, h.end+12), 24) {
				continue
			}
		default:
			continue
		}
		// the club right before: "West Ham insist", "Leicester's asking price", "Chelsea have rejected"
		back := 4
		if d.lang == "de" && h.kind == kSeller {
			back = 12 // "Leverkusen würde den 24-Jährigen bei einem passenden Angebot ziehen lassen": the verb comes last
		}
		if d.lang == "de" && h.kind == kReject {
			back = 14 // "der VfB das Angebot des Rekordmeisters abgelehnt hat": the verb comes last
		}
		for i := h.w - 1; i >= s.a && i >= h.w-back; i-- {
			if d.is(wJoiner, d.words[i].key) && d.writtenAsKey(i) {
				break // "ofrecen los bávaros y lo que pide el Liverpool" (not "è", is)
			}
			if c := d.clubAt[i]; c != 0 {
				m := &d.cms[c-1]
				if m.excluded {
					break
				}
				if (h.kind == kReject || h.kind == kAccept) && (d.kindBefore(m.w, 1, kBid) || d.requestBy(m)) {
					continue // "das Angebot des Rekordmeisters", "die Anfrage der Münchner": the bidder
				}
				if h.kind == kSeller || h.kind == kAsking || h.kind == kValuation || (h.kind == kReject || h.kind == kAccept) && d.rejecter(m.end, h.w) {
					m.attached = true // "Palace blocked", "l'Inter dit non", "Liverpool have rejected"
				} else {
					break // "Chelsea had three offers rejected": the bidder, not his club
				}
				if p := d.playerFor(s, i); p >= 0 && !d.ownedHere(s, p, m.club) {
					d.addCurAt(p, m, 1.5, "selling-club")
				}
				break
			}
			if d.words[i].prev&clauseBreak != 0 || back > 8 && d.words[i].prev&sepComma != 0 {
				break // a German verb at the end of its clause: not past its comma
			}
		}
		// "lo que pide el Liverpool", "chiede la Lazio": the subject after
		// the verb; in German a sentence's object may open it and the
		// subject follow the finite verb ("Ein erstes Angebot über 50
		// Millionen lehnte der VfB ab"), unless it owns what follows
		// ("lehnte Bayerns Angebot ab")
		if h.kind == kAsking && (d.lang == "es" || d.lang == "it" || d.lang == "fr") || h.kind == kReject && d.lang == "de" {
			j := h.end
			if j < s.b && d.is(wDefinite, d.words[j].key) && d.words[j].prev&(clauseBreak|sepComma) == 0 {
				j++
			}
			if j < s.b && d.clubAt[j] != 0 && d.words[j].prev&(clauseBreak|sepComma) == 0 && !d.ownsNoun(&d.cms[d.clubAt[j]-1]) {
				m := &d.cms[d.clubAt[j]-1]
				m.attached = true
				if p := d.playerFor(s, j); p >= 0 {
					d.addCurAt(p, m, 1.5, "selling-club-after-verb")
				}
			}
		}
		// "turned down by Shakhtar", "refusé par le LOSC"
		for i := h.end; i < s.b && i < h.end+3; i++ {
			switch d.words[i].key {
			case "by", "par", "da", "von", "por", "dal", "dalla":
				if i+1 < s.b {
					for j := i + 1; j < s.b && j < i+4; j++ {
						if c := d.clubAt[j]; c != 0 {
							if d.requestBy(&d.cms[c-1]) {
								break // "lehnte die Anfrage von Borussia Dortmund ab": who asked
							}
							if h.kind == kReject {
								d.cms[c-1].attached = true // the club that turned it down sells
							}
							if p := d.playerFor(s, j); p >= 0 {
								d.addCurAt(p, &d.cms[c-1], 1.5, "club-that-turned-down")
							}
							break
						}
					}
				}
			}
		}
	}
}

// ownsNoun reports a club in the possessive before a noun ("Bayerns
// Angebot", "Chelsea's offer"), not a German demonym standing alone ("die
// Schwaben ab").
func (d *doc) ownsNoun(m *clubMention) bool {
	if !m.poss || m.end >= len(d.words) {
		return false
	}
	n := d.words[m.end]
	return n.prev&(clauseBreak|sepComma) == 0 && (n.cap || d.lang != "de")
}

// suitors links the clubs of a sentence that says something of a pursuit.
func (d *doc) suitors(s *sent, hits []hit) {
	var stage []hit
	for _, h := range hits {
		if stageKind(h.kind) {
			stage = append(stage, h)
		}
	}
	if len(stage) == 0 {
		return
	}
	linked := map[int]bool{}
	var firstFree = -1
	for _, k := range d.mentionsIn(s.a, s.b) {
		m := d.cms[k]
		if m.attached || m.excluded {
			continue
		}
		if firstFree < 0 {
			firstFree = k
		}
		p := d.playerFor(s, m.w)
		if p < 0 || d.setAside(s, p, m.w) || len(s.players) == 0 && d.seeksReplacement(s) || d.clubOfOtherPart(s, m.w) || d.unnamedTarget(s, m) {
			continue
		}
		d.link(s, p, m, stage, "club-in-sentence")
		if q := d.coordinatedPartner(s, k); q >= 0 {
			d.persons[p].last.party = q + 1
		} else {
			d.persons[p].last.solo = true
		}
		linked[p] = true
	}
	if firstFree < 0 {
		d.goesOn(s, stage, linked)
	}
	// a player the sentence pursues with no free club: the club the passage
	// is about ("The Gunners have tracked him. ... their pursuit of
	// Brighton's Moisés Caicedo"); "also in Napoli's sights" implies it too
	if (firstFree < 0 || d.alsoBefore(s, firstFree)) && !d.genericClubs(s) {
		if t := d.topicClub(); t >= 0 {
			prev := -1 // the player linked last, whose verb a player listed after him shares
			for _, pm := range s.players {
				if linked[pm.p] && firstFree < 0 || d.oblique(pm) {
					continue
				}
				for _, h := range stage {
					if p := d.playerFor(s, h.w); (p == pm.p || p == prev && d.listedAfter(s, pm, prev)) && h.kind != kDeny && h.kind != kNoOffer {
						m := clubMention{w: pm.w, end: pm.end, club: t}
						if p != pm.p {
							// listed after the player the verb is for: his stage
							m.w = h.w
							d.sharer, d.sharee = pm.p, p
						}
						prev = pm.p
						d.link(s, pm.p, m, stage, "club-the-passage-is-about")
						d.sharer, d.sharee = -1, -1
						d.persons[pm.p].last.solo = true
						break
					}
				}
			}
		}
	}
	// a player the sentence pursues with no club of his own clause: the
	// subject club, unless another player stands between them ("...
	// Kessié, ..., e De Paul, sul quale si è mossa anche la Roma" names
	// none for Kessié)
	if firstFree >= 0 && len(s.players) > 1 {
		prev := -1 // the player linked last: one listed after him shares his verb
		for _, pm := range s.players {
			if linked[pm.p] && pm.w < d.cms[firstFree].w || d.playerBetween(s, pm, d.cms[firstFree].w) || d.otherPartOfHeadline(s, d.cms[firstFree].w, pm) {
				if linked[pm.p] {
					prev = pm.p
				}
				continue
			}
			if linked[pm.p] {
				prev = pm.p
				continue
			}
			for _, h := range stage {
				p := d.playerFor(s, h.w)
				if (p == pm.p || p == prev && d.listedAfter(s, pm, prev)) && h.kind != kDeny && h.kind != kNoOffer {
					m := d.cms[firstFree]
					if p != pm.p {
						// "Brentford are keen on Marco Rossi and Luca Bianchi"
						d.sharer, d.sharee = pm.p, p
					}
					d.link(s, pm.p, m, stage, "subject-club-of-sentence")
					d.sharer, d.sharee = -1, -1
					d.persons[pm.p].last.solo = true
					prev = pm.p
					break
				}
			}
		}
	}
}

// playerBetween reports another player of the sentence named between
// mention pm and a club after it at word w.
func (d *doc) playerBetween(s *sent, pm personMention, w int) bool {
	for _, o := range s.players {
		if o.p != pm.p && o.w > pm.w && o.w < w {
			return true
		}
	}
	return false
}

// link adds the stage events of a sentence to the pair of player p and the
// club of m; rule names how the club was tied to the player.
func (d *doc) link(s *sent, p int, m clubMention, stage []hit, rule string) {
	per := d.persons[p]
	var pr *pair
	for _, x := range per.pairs {
		if x.club == m.club {
			pr = x
		}
	}
	if pr == nil {
		pr = &pair{club: m.club, sentence: d.sentenceText(s)}
		per.pairs = append(per.pairs, pr)
	}
	if pr.source == "" {
		pr.source = s.source
	}
	if pr.told == 0 || pr.at != s.a {
		pr.told++
	}
	pr.at = s.a
	per.last = pr
	d.because(pr, rule, m.w, m.end)
	if r := d.described; r.sent == s.a && r.p == p && r.b > r.a {
		d.because(pr, "player-by-description", r.a, r.b) // "the Colombian", "il belga"
	}
	if d.loanIn(s) {
		pr.loan = true // a loan: he stays his parent club's player
	}
	if d.moveToCome(s) {
		pr.later = true // "has signed ... and will join them when his deal expires"
	}
	clause := s.clauses[m.w-s.a]
	var evs []event
	add := func(h hit) {
		e := event{k: h.kind, pos: d.chron(h.w), past: s.pastAt(h.w)}
		if s.when != nil && s.when[h.w-s.a] && d.background(s, h) {
			// "when he signed the deal", "lorsqu'il a signé": how he came
			// to his club; "after Brentford turned down their approach",
			// "après avoir vu une première offre jugée insuffisante": a
			// rejection the rest of the sentence follows up
			e.past = true
		}
		if e.past && d.goesOnNow(s, h) {
			e.past = false // "had been keen on him and are still monitoring him"
		}
		if h.kind == kDone && d.futureBeBefore(s, h.w) >= 0 && !d.kindBefore(h.w, 4, kDone) {
			// "sarà un nuovo giocatore del Bologna", "será nuevo jugador
			// del Betis": a signing still to come
			e.k = kAdvanced
		}
		if s.hyp[h.w-s.a] && h.kind != kInterest && h.kind != kDeny {
			// "if the offer is refused", "si l'accord est trouvé": not news
			e.k = kInterest
		}
		for i := h.w - 1; i >= s.a && i >= h.w-3; i-- {
			if d.is(wFirst, d.words[i].key) {
				e.first = true
			}
			if d.hasKindAt(i, kNeg) {
				e.neg = true
			}
		}
		if h.kind == kRenew && !e.neg && d.negatedReturn(s, h.w) {
			e.neg = true // "would not return with an improved offer", "no ha vuelto con una oferta mejorada"
		}
		if h.kind != kDeny && !e.neg && d.deniedIn(s, h) {
			e.neg = true // "smentisce qualsiasi contatto", "hat ein Interesse an X dementiert"
		}
		if h.kind == kBid && !e.neg && d.offerNegated(s, h.w) {
			e.neg = true // "never followed them up with an offer", "sans passer à l'offre"
		}
		if e.neg && (h.kind == kTalks || h.kind == kBid || h.kind == kAdvanced || h.kind == kDone) && d.neverNear(s, h.w) {
			e.never = true // "never made an offer", "ein Angebot kam nie"
		}
		if (h.kind == kTalks || h.kind == kBid || h.kind == kAdvanced || h.kind == kDone) && d.couldBefore(s, h.w) {
			e.k = kInterest // "could offer a loan", "pourrait formuler une offre": a step not taken
		}
		if h.kind == kBid && d.indefiniteOffer(s, h.w) {
			e.k = kInterest // "would let him go for a suitable offer": a condition, no offer made
		}
		if s.concessive(d, h.w) && !(h.kind == kInterest && s.concededNoun(d, h.w)) {
			// "remain keen, even though their offer was turned down":
			// background; "despite the interest of Newcastle" still tells
			// the interest
			e.past = true
		}
		if h.kind == kReject || h.kind == kBid || h.kind == kEnded {
			for i := h.w + 1; i < s.b && i <= h.w+4; i++ {
				if d.is(wFirst, d.words[i].key) {
					e.first = true
				}
			}
		}
		evs = append(evs, e)
		d.because(pr, eventRule(e), h.w, h.end)
	}
	for _, h := range stage {
		c := s.clauses[h.w-s.a]
		// a later clause naming no club goes on about the same pursuit:
		// "..., but negotiations are not over"
		// "..., but West Ham say there is no offer": a denial of the offer
		// reaches back to the club said to have made it
		if (c == clause || c > clause && (s.byConj[c] && !d.clauseHasClub(s, c) || h.kind == kNoOffer)) && (d.playerFor(s, h.w) == p || d.sharer == p && d.playerFor(s, h.w) == d.sharee) && !(c == clause && d.otherClubsVerb(s, m, h)) {
			add(h)
		}
	}
	if len(evs) == 0 {
		for _, h := range stage {
			// not the verb of another clause's own club: "X have opened
			// talks, but face competition from Tottenham"
			if c := s.clauses[h.w-s.a]; h.kind >= kInterest && h.kind <= kDone && (c != clause && d.clauseHasOtherClub(s, c, m.club) || c == clause && d.otherClubsVerb(s, m, h)) {
				continue
			}
			if d.playerFor(s, h.w) == p {
				add(h)
			}
		}
	}
	rejectedObject(evs)
	conf := linkConfidence(rule, evs) - d.linkDoubt(s, p, m)
	if len(evs) == 0 {
		evs = append(evs, event{k: kInterest, pos: d.chron(m.w), past: s.pastAt(m.w)})
		d.because(pr, "no-stage-word:interest", m.w, m.end)
	}
	if d.passedOver(s, m) {
		// the club he chose another over: its pursuit is over
		evs = []event{{k: kEnded, pos: d.chron(m.w)}}
		d.because(pr, "passed-over:ended", m.w-3, m.end)
		conf = 0.8
	}
	if pr.conf > 0 {
		conf += 0.05 // told again: firmer
	}
	pr.conf = min(1, max(pr.conf, conf))
	pr.events = append(pr.events, evs...)
}

// deniedIn reports a denial in the clause of stage hit h that takes it as
// its object: a denial word right before it ("dément tout accord",
// "denies any interest", "smentisce qualsiasi contatto") or, in German,
// the verb closing its clause ("hat ein Interesse an Max Kruse
// dementiert"). The step it denies was not taken.
func (d *doc) deniedIn(s *sent, h hit) bool {
	c := s.clauses[h.w-s.a]
	for _, o := range d.hitsIn(max(s.a, h.w-4), min(s.b, h.end+8)) {
		if o.kind != kDeny || s.clauses[o.w-s.a] != c {
			continue
		}
		if o.end <= h.w && h.w-o.end <= 2 {
			return true
		}
		if d.lang == "de" && o.w >= h.end && (o.end >= s.b || d.words[o.end].prev&(sepComma|clauseBreak) != 0 || d.words[o.end].sent) {
			return true
		}
	}
	return false
}

// talksAfterRejection reports talks told as present news after an offer
// was turned down (a first one too): "Villarreal rejected the first offer
// ...; talks go on and a new proposal is being prepared".
func talksAfterRejection(evs []event) bool {
	reset := -1
	for _, e := range evs {
		if e.k == kReject && !e.past && !e.neg && e.pos > reset {
			reset = e.pos
		}
	}
	if reset < 0 {
		return false
	}
	for _, e := range evs {
		if e.k == kTalks && e.pos > reset && !e.past && !e.neg {
			return true
		}
	}
	return false
}

// firstOfferRejected reports an offer told as a first or opening one
// among the events of a pursuit whose rejection is present news: the
// first offer turned down opens the negotiation ("Liverpool have had an
// opening bid rejected", "la première offre a été repoussée").
func firstOfferRejected(evs []event) bool {
	first, rejected := false, false
	for _, e := range evs {
		switch {
		case e.k == kBid && e.first && !e.neg:
			first = true
		case e.k == kReject && !e.past && !e.neg:
			rejected = true
		case e.k == kRenew && e.neg:
			return false // "et n'est pas revenu à la charge": no follow-up
		}
	}
	return first && rejected
}

// rejectedObject reads an offer that a rejection just before takes as its
// object as rejected itself: "West Ham have rejected a £90m offer from
// Manchester City", "ha rechazado una oferta", "a refusé une offre".
func rejectedObject(evs []event) {
	for i, e := range evs {
		if e.k != kBid {
			continue
		}
		for _, r := range evs {
			if r.k == kReject && r.pos < e.pos && e.pos-r.pos <= 6 && r.past == e.past {
				evs[i].k = kReject
				break
			}
		}
	}
}

// linkConfidence is how firmly a sentence ties a club to a player: a stage
// word in the club's own clause is firm; a club the sentence does not name,
// or a link with no stage word at all, is weaker.
func linkConfidence(rule string, evs []event) float64 {
	c := 0.9
	switch rule {
	case "club-the-passage-is-about":
		c = 0.6
	case "subject-club-of-sentence":
		c = 0.7
	}
	if len(evs) == 0 {
		c -= 0.3
	}
	return c
}

// settledConfidence is the confidence of a link once the article is read:
// the firmest sentence that told it (linkConfidence), raised when more
// sentences tell it again, lowered when its player is named only once in
// the article or nothing the text says of him calls him a player (a name
// met in passing, an official read as a player). On the development sets
// these are what set the false links apart.
func settledConfidence(p *person, pr *pair) float64 {
	c := pr.conf + 0.1*float64(min(2, pr.told-1))
	if p.total <= 1 {
		c -= 0.15
	}
	if p.evidence == 0 {
		c -= 0.05
	}
	return min(1, max(0.05, c))
}

// linkDoubt lowers the confidence of a link when the sentence leaves its
// player open: he is not named in it, it names others too, or he is named
// in another clause than the club; and when the club is named by a word
// that is also a city or a common word.
func (d *doc) linkDoubt(s *sent, p int, m clubMention) float64 {
	doubt := 0.0
	if m.weak || m.city {
		doubt += 0.1
	}
	if len(s.players) == 0 {
		return doubt + 0.15
	}
	near, others := false, false
	for _, pm := range s.players {
		if pm.p != p {
			others = true
		} else if s.clauses[pm.w-s.a] == s.clauses[m.w-s.a] {
			near = true
		}
	}
	if others {
		doubt += 0.1
	}
	if !near {
		doubt += 0.1
	}
	return doubt
}

// eventRule names a stage event for -explain: "stage-bid", with what
// changes its weight ("past", "negated", "first offer").
func eventRule(e event) string {
	r := "stage-" + kindName(e.k)
	if e.past {
		r += ",past"
	}
	if e.neg {
		r += ",negated"
	}
	if e.first {
		r += ",first-offer"
	}
	return r
}

func (d *doc) sentenceText(s *sent) string {
	t := d.text[d.words[s.a].start:d.words[s.b-1].end]
	if e := d.words[s.b-1].end; e < len(d.text) && strings.ContainsRune(".!?", rune(d.text[e])) {
		t += d.text[e : e+1]
	}
	if len(t) > 600 {
		t = t[:600]
	}
	return strings.Join(strings.Fields(t), " ")
}

// players returns the players with something to say about them.
func (d *doc) players() []facts.Player {
	out := []facts.Player{}
	for _, p := range d.persons {
		if p.nonplayer {
			continue
		}
		// "joined Palace from Reading in 2021": a past signing is his club
		for _, pr := range p.pairs {
			if onlyPastDone(pr.events) {
				p.cur[pr.club] += 2
				if d.explain {
					p.curWhy = append(p.curWhy, clubReason{pr.club, facts.Reason{Rule: "past-signing", Words: pr.sentence, Weight: 2}})
				}
			}
		}
		curRule := "decide:weightiest-club"
		cur, best := -1, 1.4
		for c, v := range p.cur {
			if v > best || (v == best && cur >= 0 && c < cur) {
				cur, best = c, v
			}
		}
		// of two clubs told agreeing on him, the one not told pursuing him
		// elsewhere sells him
		if seller := p.sellerParty(); seller != nil && cur < 0 {
			cur, curRule = seller.club, "decide:other-party-of-a-deal"
		}
		// "Harry Kane kam von Tottenham": the club of the passage he came to
		if c := p.cameTo - 1; cur < 0 && c >= 0 && !p.pursuedBy(c) {
			cur, curRule = c, "decide:club-he-came-to"
			if d.explain {
				p.curWhy = append(p.curWhy, clubReason{c, p.cameWhy})
			}
		}
		// a roundup headed by one club ("Journal du mercato : Lille"): the
		// players it names without a club of their own are that club's
		if cur < 0 && d.heading >= 0 && !p.pursuedBy(d.heading) {
			cur, curRule = d.heading, "decide:club-of-the-heading"
		}
		if cur < 0 {
			cur, curRule = p.nearClub(), "decide:club-named-near-him"
		}
		fp := facts.Player{Name: p.name, ContractExpires: p.expires, Suitors: []facts.Suitor{}, Fees: p.fees}
		if fp.Fees == nil {
			fp.Fees = []facts.Fee{}
		}
		type decided struct {
			pr *pair
			st facts.Stage
		}
		var ds []decided
		var links []facts.SuitorReasoning
		held := cur // the club he plays for before any signing the text tells
		doneConf := 0.0
		for _, pr := range p.pairs {
			if onlyPastDone(pr.events) {
				continue
			}
			if st, ok, rule := decide(pr.events); ok {
				if d.explain {
					pr.why = append(pr.why, facts.Reason{Rule: rule})
				}
				ds = append(ds, decided{pr, st})
				// a completed signing: he is now the buyer's player; the
				// club he leaves is no buyer even when the signing's
				// sentence names it with the same verb; of two signings, the
				// firmer told
				if st == facts.StageDone && !pr.loan && !p.loaned && !pr.later && (cur > -2 || pr.club != held && pr.conf >= doneConf) {
					cur, doneConf = -2-pr.club, pr.conf
				}
			}
		}
		done := -1
		if cur <= -2 {
			done = -2 - cur
			cur, curRule = done, "decide:completed-signing"
		}
		if cur >= 0 {
			fp.CurrentClub = d.x.table.Club(cur).Name
		}
		d.settleFees(p, fp.Fees, cur, held, done)
		// the club the article otherwise gives him is the one a completed signing took him from
		if done >= 0 && held >= 0 && held != done {
			fp.FromClub = d.x.table.Club(held).Name
		}
		// the contract of a completed signing is the one he is under now
		if !p.newExpires.IsZero() && (done >= 0 || fp.ContractExpires.IsZero()) {
			fp.ContractExpires = p.newExpires
		}
		// he has signed for a club, now or for later; a signing with the
		// club he already plays for is rather how he came there
		signed := false
		for _, x := range ds {
			signed = signed || x.st == facts.StageDone && x.pr.club != held
		}
		for _, x := range ds {
			pr, st := x.pr, x.st
			if pr.club == cur && pr.club != done {
				continue
			}
			// once he has signed for one club, the others' pursuits are over
			if signed && st != facts.StageDone && st != facts.StageEnded {
				st = facts.StageEnded
				if d.explain {
					pr.why = append(pr.why, facts.Reason{Rule: "decide:lost-to-his-signing"})
				}
			}
			// the club he leaves in a completed signing sells him (a club
			// told signing him itself is a buyer read as his club)
			if done >= 0 && pr.club == held && held != done && st != facts.StageDone {
				continue
			}
			su := facts.Suitor{Club: d.x.table.Club(pr.club).Name, Stage: st, Sentence: pr.sentence, Source: pr.source, Confidence: roundConf(settledConfidence(p, pr))}
			fp.Suitors = append(fp.Suitors, su)
			if d.explain {
				links = append(links, facts.SuitorReasoning{Club: su.Club, Stage: st, Reasons: pr.why})
			}
		}
		if len(fp.Suitors) == 0 && fp.CurrentClub == "" && fp.ContractExpires.IsZero() && len(fp.Fees) == 0 {
			continue
		}
		d.explainPlayer(p, fp, cur, curRule, links)
		out = append(out, fp)
	}
	return out
}

var stageOf = map[kind]facts.Stage{kInterest: facts.StageInterest, kTalks: facts.StageTalks, kBid: facts.StageBid,
	kAdvanced: facts.StageAdvanced, kDone: facts.StageDone, kRenew: facts.StageTalks}

// decide turns the events of one (player, club) pair into its stage, and
// names the rule that decided it.
func decide(evs []event) (facts.Stage, bool, string) {
	lastReset, endPos, ended := -1, -1, false
	deny, anyPresent, pursuit, never := false, false, false, false
	for _, e := range evs {
		never = never || e.never
		switch {
		case e.k == kReject && !e.first && !e.past && !e.neg:
			lastReset = e.pos
		case e.k == kEnded && !e.neg && !e.past && !e.first:
			ended, endPos = true, e.pos
		case e.k == kDeny:
			deny = true
		}
		if !e.past {
			anyPresent = true
		}
		// a denial that an offer exists tells no pursuit of its own
		pursuit = pursuit || e.k != kNoOffer
	}
	renewed := false
	var best facts.Stage
	noOffer, denied := offerDenied(evs)
	for _, e := range evs {
		if e.k == kRenew && e.pos > endPos || (e.k == kEnded && e.neg) {
			renewed = true
		}
		st, ok := stageOf[e.k]
		if !ok || e.past || e.neg || e.pos <= lastReset || e.pos < noOffer && st != facts.StageInterest {
			continue
		}
		if st.Strength() > best.Strength() {
			best = st
		}
	}
	switch {
	case best == facts.StageDone && doneLast(evs, endPos):
		// "moved on and completed the signing": the signing came after
		return best, true, "decide:signing-after-the-end"
	case ended && !renewed:
		return facts.StageEnded, true, "decide:ended-not-renewed"
	case best == facts.StageBid && talksAfterRejection(evs):
		// "have rejected an offer ..., but talks are continuing", "opened
		// talks over an improved package": a new offer is being talked over
		return facts.StageTalks, true, "decide:talks-after-a-rejected-offer"
	case lastReset >= 0 && (best == "" || best == facts.StageInterest) && renewedOffer(evs):
		// "have turned down a second offer from Ipswich": two rounds of
		// offers are a negotiation, not a pursuit that ended
		return facts.StageTalks, true, "decide:second-offer-rejected"
	case never && (best == "" || best == facts.StageInterest):
		// "asked about him but never made an offer": interest that
		// never went further is over
		return facts.StageEnded, true, "decide:step-never-taken"
	case best != "":
		return best, true, "decide:strongest-present-stage"
	case noOffer >= 0 && denied:
		return facts.StageEnded, true, "decide:offer-denied"
	case noOffer >= 0:
		return "", false, "decide:no-offer"
	case lastReset >= 0 && firstOfferRejected(evs):
		// "had an opening bid rejected": a negotiation has begun
		return facts.StageTalks, true, "decide:first-offer-rejected"
	case lastReset >= 0:
		return facts.StageEnded, true, "decide:rejected-no-follow-up"
	case !pursuit:
		// "although Hoffenheim have not received an offer": a denial told
		// in a concession is no past pursuit
		return "", false, "decide:no-offer"
	case !anyPresent:
		return facts.StageEnded, true, "decide:only-past-pursuit"
	case deny:
		return "", false, "decide:denied"
	}
	return facts.StageEnded, true, "decide:no-present-stage"
}

// conditional reports whether word i opens an "if" clause in the article's
// language ("if", "si", "se", "wenn", "falls": the word set if), which
// tells what would happen, not what did.
func (d *doc) conditional(i int) bool {
	w := d.words[i]
	if !d.is(wIf, w.key) {
		return false
	}
	// "si" is also "yes" in Spanish ("el sí del jugador") and "so" in French
	// ("si proche"): such an "if" starts its clause
	if d.is(wIfOpens, w.key) && i > 0 && w.prev&(sepComma|clauseBreak) == 0 && !conjunctions[d.words[i-1].key] && d.words[i-1].key != "et" && d.words[i-1].key != "y" && d.words[i-1].key != "que" {
		return false
	}
	return true
}

// temporal reports whether word i opens a "when" clause in the article's
// language ("when", "lorsque", "cuando", "quando", "als": the word set
// when), which dates what it tells by another event: a when-word that is
// also a preposition ("als Ersatz"; the word set whenpronoun) only before
// its subject pronoun ("als er unterschrieb"), a question word no clause.
func (d *doc) temporal(i int) bool {
	w := d.words[i]
	if !d.is(wWhen, w.key) || w.cap && (w.sent || i == 0) && d.lang != "de" && d.questionAfter(i) {
		return false
	}
	if d.is(wWhenPronoun, w.key) {
		return i+1 < len(d.words) && subjectPronouns[d.words[i+1].key] != "" && strings.Contains(subjectPronouns[d.words[i+1].key], d.lang)
	}
	return true
}

// questionAfter reports a question mark ending the sentence of word i
// (after a space in French typography: "Luca Bianchi ?").
func (d *doc) questionAfter(i int) bool {
	for k := i + 1; k < len(d.words) && !d.words[k].sent; k++ {
		i = k
	}
	e := d.words[i].end
	rest := strings.TrimLeft(d.text[e:min(len(d.text), e+4)], " \u00a0\u202f")
	return strings.HasPrefix(rest, "?")
}

// doneLast reports a present "done" event after position end.
func doneLast(evs []event, end int) bool {
	for _, e := range evs {
		if e.k == kDone && !e.past && !e.neg && e.pos > end {
			return true
		}
	}
	return false
}

// clauseHasClub reports whether clause c of the sentence names a club that
// could be another suitor: the club he is bought from ("but they have since
// completed the signing of Højlund from Atalanta") does not count.
func (d *doc) clauseHasClub(s *sent, c int) bool {
	for i := s.a; i < s.b; i++ {
		if s.clauses[i-s.a] == c && d.clubAt[i] != 0 {
			if m := d.cms[d.clubAt[i]-1]; !m.attached && !m.excluded {
				return true
			}
		}
	}
	return false
}

// onlyPastDone reports a pair whose only news is a signing in the past.
func onlyPastDone(evs []event) bool {
	for _, e := range evs {
		if e.k != kDone || !e.past || e.neg {
			return false
		}
	}
	return len(evs) > 0
}

// concessive reports whether word i lies in a concessive clause.
func (s *sent) concessive(d *doc, i int) bool {
	c := s.clauses[i-s.a]
	for k := i; k >= s.a && s.clauses[k-s.a] == c; k-- {
		if d.is(wConcessive, d.words[k].key) || d.words[k].key == "bien" && k+1 < s.b && d.words[k+1].key == "que" || d.words[k].key == "anche" && k+1 < s.b && d.words[k+1].key == "se" {
			return true
		}
	}
	return false
}

// concededNoun reports whether word i is the noun a concessive
// preposition governs, one article at most between them ("despite the
// interest", "malgré l'intérêt", "pese al interés", "nonostante
// l'interesse"): what it concedes is told as still so, not as a clause
// of the past.
func (s *sent) concededNoun(d *doc, i int) bool {
	for k := i - 1; k >= s.a && k >= i-2; k-- {
		if d.is(wConcessive, d.words[k].key) {
			return true
		}
	}
	return false
}

// moneyAfter reports an amount of money within n words from i.
func (d *doc) moneyAfter(i, b, n int) bool {
	for k := i; k < b && k < i+n; k++ {
		if d.words[k].num {
			if a, cur, _ := d.amount(k, b); a > 0 && cur != "" {
				return true
			}
		}
	}
	return false
}

// oblique reports a mention set aside by the words before it.
func (d *doc) oblique(m personMention) bool {
	if m.w == 0 || d.words[m.w].sent {
		return false
	}
	k := m.w - 1
	if (d.is(wObliqueOf, d.words[k].key) || d.words[k].key == "fur" || d.is(wWith, d.words[k].key) || d.words[k].key == "involving") && k > 0 {
		k--
	}
	return d.is(wAside, d.words[k].key)
}

// replacedAt reports a mention of the player a buyer replaces: "to
// replace X", "cover for X", "pour remplacer X", "para sustituir a X",
// "il posto di X", "Ersatz für X".
func (d *doc) replacedAt(m personMention) bool {
	if d.replacedBefore(m) {
		return true
	}
	if m.w < 2 || d.words[m.w].sent || d.words[m.w].prev&(sepColon|sepDash) != 0 {
		return false // "added goalkeeping cover: Martin Dúbravka joins": the cover is he
	}
	k := m.w - 1
	if d.is(wObliqueOf, d.words[k].key) || d.words[k].key == "fur" {
		k--
	}
	return d.is(wReplace, d.words[k].key)
}

// allReplaced reports a sentence whose every player is one a buyer
// replaces.
func (d *doc) allReplaced(s *sent) bool {
	for _, m := range s.players {
		if !d.replacedAt(m) {
			return false
		}
	}
	return true
}

// pursuedBy reports whether the person has a pair with club c.
func (p *person) pursuedBy(c int) bool {
	for _, pr := range p.pairs {
		if pr.club == c {
			return true
		}
	}
	return false
}

// findHeading sets d.heading to the one club named in the article's
// heading: a first line of at most 15 words standing as its own paragraph.
func (d *doc) findHeading() {
	d.heading = -1
	n := len(d.words)
	end := 1
	for end < n && d.words[end].prev&sepPara == 0 {
		end++
	}
	if end >= n || end > 15 {
		return
	}
	// "Lille revient à la charge pour Lukebakio": a club pursuing someone
	// in the title is no club the article is a roundup of
	// ("Chelsea open to offers for Gallagher" sells: it stays)
	for _, h := range d.hitsIn(0, end) {
		if stageKind(h.kind) && !d.hasKindAt(h.w, kSeller) {
			return
		}
	}
	for k := 0; k < end; k++ {
		if c := d.clubAt[k]; c != 0 {
			// "Sancho zu Chelsea, Koné nach Rom": where a move goes, not
			// the club the article is a roundup of
			j := d.cms[c-1].w - 1
			if j > 0 && d.is(wDefinite, d.words[j].key) && d.is(wDestination, d.words[j-1].key) {
				j-- // "X to the Emirates", "X an den Main"
			}
			if j > 0 && d.is(wDestination, d.words[j].key) && d.personAt[j-1] != 0 {
				d.heading = -1
				return
			}
			club := d.cms[c-1].club
			if d.heading >= 0 && d.heading != club {
				d.heading = -1
				return
			}
			d.heading = club
		}
	}
}

// markPastSegment marks the comma-delimited part of the sentence around
// word i as telling the past.
func (s *sent) markPastSegment(d *doc, i int) {
	lo, hi := i, i+1
	for lo > s.a && d.words[lo].prev&(sepComma|clauseBreak) == 0 {
		lo--
	}
	for hi < s.b && d.words[hi].prev&(sepComma|clauseBreak) == 0 {
		hi++
	}
	// "En 2019, X est passé…", "In 2019, X moved…": a date fronted before a
	// comma dates the clause it opens
	if lo == s.a && hi-lo <= 3 && hi < s.b && d.words[hi].prev&clauseBreak == 0 {
		hi++
		for hi < s.b && d.words[hi].prev&(sepComma|clauseBreak) == 0 {
			hi++
		}
	}
	for k := lo; k < hi; k++ {
		s.pastW[k-s.a] = true
	}
}

// topicWindow is how many sentences a club stays the one the passage is about.
const topicWindow = 3

// setTopic remembers a club that opens a sentence as its subject.
func (d *doc) setTopic(s *sent) {
	d.sentN++
	for i := s.a; i < s.b && i < s.a+5; i++ {
		if c := d.clubAt[i]; c != 0 {
			m := d.cms[c-1]
			if !m.attached && !m.excluded && !m.poss {
				d.topic, d.topicAt = m.club, d.sentN
			}
			return
		}
	}
}

// topicClub returns the club the passage is about, or -1.
func (d *doc) topicClub() int {
	if d.topicAt == 0 || d.sentN-d.topicAt >= topicWindow {
		return -1
	}
	return d.topic
}

// alsoBefore reports "anche del Napoli", "also Chelsea" at mention k, when
// the topic club is not named in the sentence.
func (d *doc) alsoBefore(s *sent, k int) bool {
	m := d.cms[k]
	if m.club == d.topic {
		return false
	}
	for _, j := range d.mentionsIn(s.a, s.b) {
		if d.cms[j].club == d.topic {
			return false
		}
	}
	for i := m.w - 1; i >= s.a && i >= m.w-3; i-- {
		if d.is(wAlso, d.words[i].key) {
			return true
		}
	}
	return false
}

// loanIn reports a sentence about a loan.
func (d *doc) loanIn(s *sent) bool {
	for i := s.a; i < s.b; i++ {
		if d.is(wLoan, d.words[i].key) {
			return true
		}
	}
	return false
}

// loanNear reports a loan word in the six words before the club or the
// three after it: "joined Newcastle on loan from Chelsea" (his parent
// club), not "who starred on loan at PSV in 2022-23 and joined Everton
// from Carlisle" nor "vom SC Freiburg nach Dortmund, nachdem er zuvor an
// Union Berlin ausgeliehen war".
func (d *doc) loanNear(s *sent, m *clubMention) bool {
	for k := max(s.a, m.w-6); k < s.b && k <= m.end+3; k++ {
		if d.is(wLoan, d.words[k].key) && !d.loanElsewhere(k, m) {
			return true
		}
	}
	return false
}

// loanElsewhere reports a loan word at k that names the club of the loan,
// another than m: "who spent last season on loan at Spezia, arrived from
// Stamford Bridge" tells no loan from Chelsea.
func (d *doc) loanElsewhere(k int, m *clubMention) bool {
	j := k + 1
	if j >= len(d.words) || !d.is(wLoanHost, d.words[j].key) {
		return false
	}
	j++
	if j < len(d.words) && d.is(wDefinite, d.words[j].key) && d.clubAt[j] == 0 {
		j++
	}
	return j < len(d.words) && d.clubAt[j] != 0 && d.cms[d.clubAt[j]-1].club != m.club
}

// genericClubs reports a sentence naming clubs in general, or one club
// with an indefinite article or "top" before it ("ai top club italiani").
func (d *doc) genericClubs(s *sent) bool {
	for i := s.a; i < s.b; i++ {
		k := d.words[i].key
		// "ai top club italiani": "top" before a club noun names clubs in general
		if d.is(wGeneric, k) || i > s.a && (d.is(wIndefinite, d.words[i-1].key) || d.words[i-1].key == "top") && clubHeads[k] != "" {
			return true
		}
	}
	return false
}

// bracketOwner returns the player named right before the brackets word i
// stands in ("Nico Schlotterbeck (SC Freiburg)"), or -1.
func (d *doc) bracketOwner(s *sent, i int) int {
	for k := i; k > s.a && k > i-8; k-- {
		if d.words[k].prev&sepParen == 0 {
			continue
		}
		if pa := d.personAt[k-1]; pa != 0 && !d.persons[d.pms[pa-1].p].nonplayer {
			return d.pms[pa-1].p
		}
		return -1
	}
	return -1
}

// pluperfect reports whether a past hit is more than an English "had"
// without a participle after it: "had no wish" is no pluperfect.
func (d *doc) pluperfect(h hit) bool {
	if d.words[h.w].key != "had" || h.end-h.w != 1 {
		return true
	}
	if h.end >= len(d.words) {
		return false
	}
	n := d.words[h.end].key
	return strings.HasSuffix(n, "ed") || d.is(wParticiple, n)
}

// ofBefore returns the position of the "of" word that joins the club at
// word i to what comes before it ("the striker of Napoli", "l'attaquant de
// l'Eintracht"), or -1.
func (d *doc) ofBefore(s *sent, i int) int {
	j := i - 1
	if j > s.a && d.is(wOfArticle, d.words[j].key) && !d.words[j].cap && d.hasKindAt(j-1, kOf) {
		j--
	}
	if j > s.a && d.hasKindAt(j, kOf) {
		return j
	}
	return -1
}

// markLoan marks the players of a sentence about a present loan: a deal
// they sign keeps them their parent club's players ("Die Blues leihen den
// Engländer aus" after "Sancho wechselt zum FC Chelsea").
func (d *doc) markLoan(s *sent) {
	if !d.loanIn(s) {
		return
	}
	for i := s.a; i < s.b; i++ {
		if s.pastAt(i) {
			return
		}
	}
	if len(s.players) == 0 {
		if d.focus >= 0 {
			d.persons[d.focus].loaned = true
		}
		return
	}
	for _, m := range s.players {
		d.persons[m.p].loaned = true
	}
}

// roundConf rounds a confidence to two decimals.
func roundConf(c float64) float64 { return math.Round(c*100) / 100 }

// listedAfter reports a player listed right after player prev, the one
// named before him in the sentence, so that both are the object of one
// verb: "a écarté Romain Saïss (Wolverhampton, 31 ans) et Nicolas N'Koulou
// (Torino)", "keen on Marco Rossi and Luca Bianchi". Only his
// predecessor's bracket and an "and" stand between them.
func (d *doc) listedAfter(s *sent, pm personMention, prev int) bool {
	before, who := -1, -1
	for _, o := range s.players {
		if o.w < pm.w && o.p != pm.p {
			before, who = o.end, o.p
		}
	}
	if before < 0 || who != prev || pm.w-before > 8 {
		return false
	}
	w := d.words
	// "come Dries Mertens, Lucas Torreira e Mauro Icardi": a comma lists
	// examples as often as objects; only "and" joins him to the verb's
	if !d.is(wAnd, w[pm.w-1].key) {
		return false
	}
	inBracket := false
	for k := before; k < pm.w; k++ {
		if w[k].prev&sepParen != 0 {
			inBracket = !inBracket
		}
		if !inBracket && k < pm.w-1 && w[k].prev&sepComma == 0 && w[k].prev&sepParen == 0 {
			return false
		}
		if len(d.hitsIn(k, k+1)) > 0 && !inBracket && k != pm.w-1 {
			return false
		}
	}
	return true
}

// negatedReturn reports a negation among the six words before a new
// approach at word w, in its clause and with no comma between: the verb
// that brings the improved offer back is negated ("have not returned with
// an improved bid", "n'est pas revenu avec une offre améliorée", "no ha
// vuelto con una oferta mejorada").
func (d *doc) negatedReturn(s *sent, w int) bool {
	c := s.clauses[w-s.a]
	for i := w - 1; i >= s.a && i >= w-6 && s.clauses[i-s.a] == c; i-- {
		if d.hasKindAt(i, kNeg) {
			return true
		}
		if d.words[i].prev&sepComma != 0 {
			break
		}
	}
	return false
}

// renewedOffer reports a second or improved offer told as present news
// and not negated among the events of a pursuit.
func renewedOffer(evs []event) bool {
	for _, e := range evs {
		if e.k == kRenew && !e.neg && !e.past {
			return true
		}
	}
	return false
}

// couldBefore reports a modal of possibility within the three words before
// word i of its clause ("could offer", "pourrait formuler une offre",
// "podría presentar una oferta", "potrebbe presentare un'offerta",
// "könnte bald ein Angebot"; word set could).
func (d *doc) couldBefore(s *sent, i int) bool {
	for k := i - 1; k >= s.a && k >= i-3 && s.clauses[k-s.a] == s.clauses[i-s.a]; k-- {
		if d.is(wCould, d.words[k].key) {
			return true
		}
		if d.clubAt[k] != 0 || d.personAt[k] != 0 {
			return false
		}
	}
	return false
}

// neverNear reports a never-word (word set never: "never", "jamais",
// "nunca", "mai", "nie") in the eight words before word i or the five
// after it, in its clause, no comma, club or name between: "never
// followed that up with an offer", "no approach was ever made", "ein
// Angebot kam jedoch nie".
func (d *doc) neverNear(s *sent, i int) bool {
	c := s.clauses[i-s.a]
	for k := i - 1; k >= s.a && k >= i-8 && s.clauses[k-s.a] == c; k-- {
		if d.is(wNever, d.words[k].key) {
			return true
		}
		if d.words[k+1].prev&sepComma != 0 || d.clubAt[k] != 0 || d.personAt[k] != 0 {
			break
		}
	}
	for k := i + 1; k < s.b && k <= i+5 && s.clauses[k-s.a] == c; k++ {
		if d.words[k].prev&sepComma != 0 {
			break
		}
		if d.is(wNever, d.words[k].key) {
			return true
		}
	}
	return false
}
