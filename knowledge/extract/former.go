package extract

import (
	"sort"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// cameReach is how many words an arrival verb may stand before the club he
// came from.
const cameReach = 12

// cameFrom reports a club after "from" that the player came from: a past
// arrival verb stands before the club in its clause ("who arrived from
// Napoli last summer", "llegó al Liverpool procedente del Inter") or, in
// German, after it ("der ablösefrei von Schalke 04 kam"). That club is his
// former one. A past clause alone says nothing: "im vergangenen Sommer
// wollten die Sachsen ihn vom FC Everton holen" is still his club.
func (d *doc) cameFrom(s *sent, m *clubMention) bool {
	return d.cameVerb(s, m) >= 0
}

// cameVerb returns the arrival verb of cameFrom, or -1.
func (d *doc) cameVerb(s *sent, m *clubMention) int {
	c := s.clauses[m.w-s.a]
	// a fee or a time may stand between the verb and the club: "kam für
	// rund 100 Millionen Euro plus Boni von Tottenham", "que llegó a
	// Portugal hace apenas seis meses procedente de River"; past the eighth
	// word, no comma and no name between ("l'arrivée de Randal Kolo Muani
	// en provenance de l'Eintracht" is news of a signing)
	named := false
	for i := m.w - 1; i >= s.a && i >= m.w-cameReach && s.clauses[i-s.a] == c; i-- {
		named = named || d.personAt[i] != 0
		if i < m.w-8 && (d.words[i+1].prev&sepComma != 0 || named) {
			break
		}
		if d.hasKindAt(i, kCame) {
			return i
		}
	}
	for i := m.end; d.lang == "de" && i < s.b && i <= m.end+3 && s.clauses[i-s.a] == c && d.words[i].prev&sepComma == 0; i++ {
		if d.hasKindAt(i, kCame) {
			return i
		}
	}
	return -1
}

// pastMoveFrom reports a club after "from" that a destination follows in
// a clause told in the past: a move made ("2023 hatte er ihn von
// Olympique Lyon nach Leipzig gelotst", "moved from Lyon to Leipzig in
// 2019"). The club he left then is a former one; a past pursuit with no
// destination ("wollten ihn vom FC Everton holen") says nothing.
func (d *doc) pastMoveFrom(s *sent, m *clubMention) bool {
	if !s.pastAt(m.w) {
		return false
	}
	c := s.clauses[m.w-s.a]
	for k := m.end; k < s.b && k <= m.end+2 && s.clauses[k-s.a] == c; k++ {
		if d.words[k].prev&(sepComma|clauseBreak) != 0 {
			return false
		}
		if d.is(wDestination, d.words[k].key) || d.hasKindAt(k, kTo) {
			return true
		}
	}
	return false
}

// fromBefore reports a from-word ("from", "dal", "von", "procedente de")
// right before the club at word i, or before its article only: not
// "dall'altra la Juventus" (on the other side), where a word stands between.
func (d *doc) fromBefore(i int) bool {
	lo := sort.Search(len(d.hits), func(j int) bool { return d.hits[j].w >= i-6 })
	for _, h := range d.hits[lo:] {
		if h.w >= i {
			break
		}
		if h.kind != kFrom || h.end > i || h.end < i-2 || d.sentenceStartIn(h.end, i) {
			continue
		}
		if d.kindBefore(h.w, 0, kRole) && !d.hasKindAt(h.w-1, kContract) {
			continue // "Vertreter von Manchester United": people of the club, not where he comes from
		}
		clean := true
		for k := h.end; k < i; k++ {
			if !d.is(wDefinite, d.words[k].key) || d.words[k].cap && k > h.end {
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

// fromClubNoun reports a from-word before a club noun and the words that
// describe it, ending right before the club at word i: "from Belgian side
// KRC Genk", "procedente del club belga KRC Genk", "vom belgischen Klub
// KRC Genk" (clubHeads; at most four words, no comma, name, number or
// other club, no hit but a description's).
func (d *doc) fromClubNoun(s *sent, i int) bool {
	head := false
	for k := i - 1; k > s.a && k >= i-4; k-- {
		if d.words[k+1].prev&(sepComma|clauseBreak) != 0 || d.personAt[k] != 0 || d.words[k].num {
			return false
		}
		if c := d.clubAt[k]; c != 0 && c != d.clubAt[i] {
			return false
		}
		if l, ok := clubHeads[d.words[k].key]; ok && contains(l, d.lang) {
			head = true
			continue
		}
		if head && d.fromBefore(k+1) {
			return true
		}
		for _, h := range d.hitsIn(k, k+1) {
			if h.kind != kPos {
				return false
			}
		}
	}
	return false
}

// loanedByBefore reports a club at word i that is the agent of a loan
// participle a few words before it, with an adverbial between and no
// comma, name or club ("prêté pour une saison par Nottingham Forest",
// "prestado de nuevo por el Manchester City", "loaned for a season by
// Everton"; word set loaned): the club that lends him, where he comes
// from.
func (d *doc) loanedByBefore(s *sent, i int) bool {
	k := i - 1
	if k > s.a && d.is(wDefinite, d.words[k].key) && !d.words[k].cap {
		k--
	}
	if k <= s.a || !d.hasKindAt(k, kAgent) || d.words[i].prev&^sepSpaceLike != 0 || d.words[k+1].prev&^sepSpaceLike != 0 {
		return false
	}
	for j := k - 1; j >= s.a && j >= k-5; j-- {
		if d.words[j+1].prev&(sepComma|clauseBreak) != 0 || d.clubAt[j] != 0 || d.personAt[j] != 0 {
			return false
		}
		if d.is(wLoaned, d.words[j].key) {
			return true
		}
	}
	return false
}

// valuedBy reports a club right after a valuation or asking-price word and
// an of-word: "la valutazione dei Citizens", "la valoración del Valencia",
// "the valuation of Chelsea", "die Forderung des BVB". The club that sets
// his price is his.
func (d *doc) valuedBy(i int) bool {
	j := i
	if j > 0 && d.is(wDefinite, d.words[j-1].key) && !d.words[j-1].cap && !d.hasKindAt(j-1, kOf) {
		j-- // "de la", "of the"
	}
	if j < 2 || !d.hasKindAt(j-1, kOf) || d.words[j].prev&(sepComma|clauseBreak) != 0 {
		return false
	}
	o := j - 1
	for o > 0 && d.hasKindAt(o-1, kOf) && o > j-2 {
		o-- // a two-word of: "von der"
	}
	if d.requestNoPrice(o - 1) {
		return false // "a repoussé la demande du Stade Rennais": who asks, not who prices
	}
	return d.words[o].prev&(sepComma|clauseBreak) == 0 && (d.hasKindAt(o-1, kValuation) || d.hasKindAt(o-1, kAsking))
}

// pronounClubTenure reports a club between a possessive pronoun and a
// contract noun that an expiry word follows.
func (d *doc) pronounClubTenure(s *sent, m *clubMention) bool {
	i := m.w - 1
	if i < s.a || m.end >= s.b || !d.is(wTenurePronoun, d.words[i].key) || d.words[m.w].prev&^sepSpaceLike != 0 {
		return false
	}
	e := m.end
	if d.words[e].prev&(sepComma|clauseBreak) != 0 || !d.hasKindAt(e, kContract) {
		return false
	}
	// a contract still running: "whose Arsenal contract expires next
	// summer", not "after his Chelsea contract was terminated"
	for _, h := range d.hitsIn(e+1, min(s.b, e+6)) {
		if h.kind == kExpire || h.kind == kExpiring {
			return true
		}
	}
	return false
}

// possessorOf returns the player whose possessive stands right before the
// club, which a contract, tenure or departure noun follows ("Lingard's
// United contract", "Kelly's Bournemouth exit", "Saka's Arsenal future"),
// or -1. The club of his contract, his time or his leaving is his.
func (d *doc) possessorOf(s *sent, m *clubMention) int {
	i := m.w - 1
	if i <= s.a || m.end >= s.b || d.words[i].key != "s" || d.words[m.w].prev&(sepComma|clauseBreak) != 0 {
		return -1
	}
	pa := d.personAt[i-1]
	if pa == 0 || d.words[i].prev&sepApos == 0 {
		return -1
	}
	e := m.end
	if !(d.hasKindAt(e, kContract) || d.hasKindAt(e, kTenure) || d.is(wDeparture, d.words[e].key)) || d.words[e].prev&(sepComma|clauseBreak) != 0 {
		return -1
	}
	p := d.pms[pa-1].p
	if d.persons[p].nonplayer {
		return -1
	}
	return p
}

// listedAfterExcluded reports club mention k closing a list whose club
// before "and" an exclusion set aside: "played for Burnley and
// Tottenham.", "a joué à Lorient et à Rennes,", "jugó en el Getafe y el
// Celta,". A preposition or an article may stand after "and"; the club
// ends its segment, so that "beat Arsenal and Chelsea are keen" is no list.
func (d *doc) listedAfterExcluded(s *sent, k int) bool {
	m := d.cms[k]
	if k == 0 || m.end < s.b && d.words[m.end].prev&(sepComma|clauseBreak) == 0 {
		return false
	}
	j := m.w - 1
	for j > s.a && j >= m.w-2 && !d.andAt(j) && (d.hasKindAt(j, kTo) || d.is(wDefinite, d.words[j].key) || d.hasKindAt(j, kLoc)) {
		j--
	}
	if j <= s.a || !d.andAt(j) || d.words[m.w].prev&(sepComma|clauseBreak) != 0 {
		return false
	}
	p := d.cms[k-1]
	return p.excluded && p.end == j && d.words[j].prev&(sepComma|clauseBreak) == 0
}

// boughtFromBy returns the club mention a relative clause that tells a
// club taking him from the club of m hangs on, or -1: "Barcelona, who
// signed him from Arsenal", "le FC Nantes, qui l'avait recruté en
// provenance de Lorient", "el Betis, que lo fichó del Cádiz", "il Torino,
// che lo aveva acquistato dal Genoa", "der VfL Bochum, der ihn von Schalke
// 04 geholt hatte". The club before the comma bought him: his own club;
// the one after the from-word is a former one. The relative pronoun has
// him as the object (an object pronoun within two words after it).
func (d *doc) boughtFromBy(s *sent, m *clubMention) int {
	if !d.inRelative(s, m.w) {
		return -1
	}
	k := m.w
	for k > s.a && d.words[k].prev&(sepComma|clauseBreak) == 0 {
		k--
	}
	c := d.clubAt[k-1]
	if c == 0 || d.words[k].prev&sepComma == 0 || d.cms[c-1].club == m.club {
		return -1
	}
	for j := k + 1; j <= k+3 && j < m.w; j++ {
		if d.is(wObjPronoun, d.words[j].key) {
			return int(c - 1)
		}
	}
	return -1
}

// arrivedAt gives the player who came from the club m (see cameFrom) the
// club he came to: the one a destination word puts after it in its clause
// ("kam von Tottenham zum FC Bayern", "arrivé de Lille à Monaco"), his
// own; with no other club in the clause, the club the passage is about
// ("Die Bayern ... Kane kam für 100 Millionen von Tottenham"), kept for
// when nothing else gives him a club and that club is not told pursuing
// him.
func (d *doc) arrivedAt(s *sent, m *clubMention) {
	p := d.describedFor(s, m)
	if p < 0 || d.otherSubject(s, m.w) {
		return
	}
	c := s.clauses[m.w-s.a]
	v := d.cameVerb(s, m)
	lo := min(m.w, v)
	if lo < 0 {
		lo = m.w
	}
	for _, k := range d.mentionsIn(lo, s.b) {
		o := &d.cms[k]
		if o.club == m.club || s.clauses[o.w-s.a] != c {
			continue
		}
		// right after the verb or the club he left, in a clause of the
		// past: "who joined Monaco from Lille in 2022", "der 2022 vom OSC
		// Lille zur AS Monaco kam"; a move just made is news, a signing
		// (not "appena approdato al Napoli dal Manchester United")
		near := o.w > v && o.w-v <= 3 || o.w > m.end && o.w-m.end <= 2 && d.words[o.w].prev&sepComma == 0
		if !near || !d.destinationBefore(o.w, lo) {
			return // another club in the clause: not the passage's
		}
		if s.pastAt(o.w) || d.yearBeforeAfter(o.end) || d.yearBeforeAfter(m.end) {
			d.addCurAt(p, o, 2, "club-he-came-to")
		}
		return
	}
	t := d.topicClub()
	if t < 0 || t == m.club {
		return
	}
	per := d.persons[p]
	per.cameTo = t + 1
	per.cameWhy = facts.Reason{Rule: "came-to-the-passage-club", Words: d.span(m.w-4, m.end), Weight: 0}
}

// destinationBefore reports a destination or arrival word ("to", "zum",
// "al") right before word i, or before its article, after word lo.
func (d *doc) destinationBefore(i, lo int) bool {
	for j := i - 1; j > lo && j >= i-2; j-- {
		if d.is(wDestination, d.words[j].key) || d.is(wArrivePrep, d.words[j].key) {
			return true
		}
		if !d.is(wDefinite, d.words[j].key) || d.words[j].cap {
			return false
		}
	}
	return false
}

// formerRoleOf reports a club that a from- or of-word joins to a role or
// position noun called former: "der frühere Torjäger von Sturm Graz", "den
// früheren Stürmer vom VfL Wolfsburg" (German "von" is also the word of
// where he comes from), "the former striker of", "l'ancien attaquant de".
// He left that club: it is neither his nor a suitor.
func (d *doc) formerRoleOf(s *sent, m *clubMention) bool {
	j := m.w - 1
	if j > s.a && d.is(wDefinite, d.words[j].key) && !d.words[j].cap {
		j-- // "von der", "of the"
	}
	if j <= s.a || !(d.hasKindAt(j, kFrom) || d.hasKindAt(j, kOf)) {
		return false
	}
	for _, h := range d.hitsIn(max(s.a, j-4), j) {
		if h.kind == kPos && h.end == j && d.words[j].prev&(sepComma|clauseBreak) == 0 {
			return d.kindBefore(h.w, 0, kFormer)
		}
	}
	return false
}

// otherSubject reports a person who is no player named before word i in
// its clause, with no player or club between: "and the new coach Ange
// Postecoglou was arriving from Celtic" tells where the coach comes from,
// not the passage's player.
func (d *doc) otherSubject(s *sent, i int) bool {
	c := s.clauses[i-s.a]
	for k := i - 1; k >= s.a && k >= i-cameReach && s.clauses[k-s.a] == c; k-- {
		if d.clubAt[k] != 0 {
			return false
		}
		if pa := d.personAt[k]; pa != 0 {
			return d.persons[d.pms[pa-1].p].nonplayer
		}
	}
	return false
}
