package extract

import "github.com/mercato-bot/mercato/knowledge/facts"

// feeSpot is where a fee was read: its sentence [a, b), the word of its
// amount, and the club the sentence gave it (-1 for none).
type feeSpot struct {
	a, b, w int
	club    int
	owned   bool // the club owns the figure: "Leicester's £30m asking price"
	payer   bool // the club is told paying or offering it (see payerClub)
	party   bool // the club is the subject of an agreement made with another (see payerClub)
	asker   int  // the person who asks the price or values him (see askerBefore), or -1
	notClub int  // a club told paying the clause, never its club, or -1
	earned  bool // a wage told paid now (see earnedAt)
	his     bool // a price the player owns (see playerPossAt)
	of      bool // the club is named after the figure with an of-word (see clubAfterAmount)
	came    int  // the club he came from when the fee paid his arrival (see arrivalFrom), or -1
	cameOwn int  // the club the sentence of an arrival gives him (see ownClubIn), or -1
}

// settleFees names the club of each fee of p once the article is read:
// cur is the club he plays for now, held the one he played for before any
// signing the text tells, done the club a completed signing took him to
// (-1 when unknown).
func (d *doc) settleFees(p *person, fees []facts.Fee, cur, held, done int) {
	for i := range fees {
		c := p.feeSpots[i].club
		// a release clause no club of its sentence owns is in his contract
		// with the club he plays for before any signing; one in a contract
		// he signs now, with the club he signs for
		if c < 0 && fees[i].Kind == facts.FeeReleaseClause {
			c = held
			if p.newClause(i) {
				c = cur
			}
		}
		// a clause is in the contract he holds, not in one with a club
		// pursuing him ("che ha una clausola da 130 milioni e piace al
		// PSG"), unless he signs for that club now
		if fees[i].Kind == facts.FeeReleaseClause && c >= 0 && held >= 0 && c != held && !p.newClause(i) && p.pursuedBy(c) {
			c = held
		}
		if c >= 0 && c == p.feeSpots[i].notClub {
			c = -1 // the buyer paid it: the club he leaves is not known
		}
		switch fees[i].Kind {
		case facts.FeeWage:
			// "who earns £90,000 a week": his club pays it, not a club
			// of its sentence that wants him
			if p.feeSpots[i].earned && cur >= 0 {
				c = cur
				break
			}
			c = d.bidder(p, p.feeSpots[i], c, held, done, true)
		case facts.FeeBid:
			if sp := p.feeSpots[i]; sp.came >= 0 {
				if k := arrivalPayer(sp.cameOwn, sp.came, held, done, p.cameTo-1); k >= 0 {
					c = k
					break
				}
			}
			c = d.bidder(p, p.feeSpots[i], c, held, done, fees[i].Kind == facts.FeeWage)
		case facts.FeeAsking, facts.FeeValuation:
			c = d.seller(p, p.feeSpots[i], c, held)
		}
		if c >= 0 {
			fees[i].Club = d.x.table.Club(c).Name
		}
	}
}

// newClause reports whether fee i is a clause of a contract he signs.
func (p *person) newClause(i int) bool {
	for _, k := range p.newClauses {
		if k == i {
			return true
		}
	}
	return false
}

// bidder is the club that pays a bid or a wage: the club its sentence gave
// it unless that is the club he plays for (a club told paying it pays it
// still, and so does the subject of an agreement that signed him); else the nearest club of the
// sentence that buys him (an offer, an agreement, a signing), else (for
// a bid, or a wage no club of its sentence pays) the one club the article
// tells buying him now, else (for a bid) the club that signed him.
func (d *doc) bidder(p *person, sp feeSpot, c, held, done int, wage bool) int {
	if sp.of && c == held {
		// "arrivato per 30 milioni del Genoa": the club he came from
		c, sp.payer = -1, false
	}
	if c >= 0 && (c != held || sp.payer || sp.party && c == done) {
		return c
	}
	for _, buys := range []func(int) bool{p.buying, p.pursuedNow} {
		best, bestD := -1, 1<<30
		for _, k := range d.mentionsIn(sp.a, sp.b) {
			m := d.cms[k]
			if m.club != held && !m.excluded && buys(m.club) && abs(m.w-sp.w) < bestD {
				best, bestD = m.club, abs(m.w-sp.w)
			}
		}
		if best >= 0 {
			return best
		}
	}
	if wage && c >= 0 {
		return c // what his club pays him, or offers to keep him
	}
	if only := p.onlyBuyer(held, p.buysNow); only >= 0 {
		return only
	}
	if only := p.onlyBuyer(held, p.pursuedNow); only >= 0 {
		return only
	}
	// of several buyers, the one that signed him pays a fee no club of
	// its sentence is told paying ("The fee is around £30m"), and the
	// wage of the contract he signed ("he will earn €9m a year")
	if c < 0 && done >= 0 && done != held {
		return done
	}
	// a wage no club is told paying while no club is after him is the
	// club he plays for's: "the new deal is worth £80,000 a week"
	if c < 0 && wage && !p.pursuedNowBy(held) {
		return held
	}
	return c
}

// pursuedNowBy reports whether a club other than held is still after the
// person (see pursuedNow).
func (p *person) pursuedNowBy(held int) bool {
	for _, pr := range p.pairs {
		if pr.club != held && p.pursuedNow(pr.club) {
			return true
		}
	}
	return false
}

// seller is the club that asks a price or values him: the club he plays
// for when the sentence names it or names no club, or when a person who is
// no player asks it.
func (d *doc) seller(p *person, sp feeSpot, c, held int) int {
	if held < 0 || c == held || sp.owned {
		return c
	}
	if sp.his {
		return held // "the defender's £25m price tag has put off Fulham"
	}
	// a price a chairman or director asks is his club's: "il presidente
	// Maurizio Setti chiede almeno 25 milioni", "John Textor, qui en
	// attend au moins 35"
	if sp.asker >= 0 && d.persons[sp.asker] != p && d.persons[sp.asker].nonplayer {
		return held
	}
	// nor is a price asked by a club that bids for him itself
	if c < 0 || p.buying(c) {
		return held
	}
	for _, k := range d.mentionsIn(sp.a, sp.b) {
		if d.cms[k].club == held {
			return held
		}
	}
	return c
}

// onlyBuyer returns the one club other than held the article tells buying
// him, or -1.
func (p *person) onlyBuyer(held int, buys func(int) bool) int {
	only := -1
	for _, pr := range p.pairs {
		if pr.club == held || pr.club == only || !buys(pr.club) {
			continue
		}
		if only >= 0 {
			return -1
		}
		only = pr.club
	}
	return only
}

// buysNow reports whether the person has a pair with club c that tells an
// offer, an agreement or a signing not told as past.
func (p *person) buysNow(c int) bool { return p.buys(c, false) }

// ownerBefore returns the club named in the possessive right before the
// amount at word i ("Leicester's £30m asking price", "Milan's €12m bid"),
// or -1.
func (d *doc) ownerBefore(i int) int {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if c := d.clubAt[k]; c != 0 {
			if m := d.cms[c-1]; m.poss && (m.end == i || m.end == i-1 && d.words[i-1].key == "s") {
				return m.club
			}
			return -1
		}
	}
	return -1
}

// pursuedNow reports whether the person has a pair with club c told by a
// stage word not in the past: a club still after him.
func (p *person) pursuedNow(c int) bool {
	for _, pr := range p.pairs {
		if pr.club != c {
			continue
		}
		for _, e := range pr.events {
			if !e.neg && !e.past && stageKind(e.k) && e.k != kEnded && e.k != kDeny {
				return true
			}
		}
	}
	return false
}

// earnedAt reports a wage at words [i, end) told paid now: an earning
// verb in the present among the four words before it in its clause ("who
// earns £90,000 a week", "qui touche 3 millions", "que cobra", "che
// guadagna"), or in German at the clause's end after it ("der 3 Millionen
// Euro pro Jahr verdient").
func (d *doc) earnedAt(s *sent, i, end int) bool {
	c := s.clauses[i-s.a]
	for k := i - 1; k >= s.a && k >= i-4 && s.clauses[k-s.a] == c; k-- {
		if d.is(wEarns, d.words[k].key) {
			return true
		}
	}
	if d.lang != "de" {
		return false
	}
	for k := end; k < s.b && k < end+5 && s.clauses[k-s.a] == c; k++ {
		if d.is(wEarns, d.words[k].key) {
			return true
		}
	}
	return false
}

// clubAfterAmount returns the club an of-word (word set figureof) joins
// right after an amount whose words end at end ("los 50 millones del
// Chelsea", "l'offerta da 50 milioni del Bologna", "50 millions d'euros du
// Stade Brestois"), or -1.
func (d *doc) clubAfterAmount(s *sent, end int) int {
	k := end
	if k >= s.b || !d.is(wFigureOf, d.words[k].key) || d.words[k].prev&^sepSpaceLike != 0 {
		return -1
	}
	k++
	if k < s.b && d.clubAt[k] == 0 && d.is(wOfArticle, d.words[k].key) {
		k++
	}
	if k >= s.b || d.clubAt[k] == 0 {
		return -1
	}
	if m := d.cms[d.clubAt[k]-1]; m.w == k && !m.excluded {
		return m.club
	}
	return -1
}

// playerPossAt reports a player's possessive right before word i: a
// possessive determiner of what a player owns ("his", "sa", "su", "la
// sua", "seine"), or a player or a player noun with 's ("the defender's",
// "Rossi's").
func (d *doc) playerPossAt(s *sent, i int) bool {
	j := i - 1
	if j >= s.a && d.words[j].key == "s" && j > s.a {
		return d.personAt[j-1] != 0 || d.hasKindAt(j-1, kPos)
	}
	return j >= s.a && d.is(wPlayerPoss, d.words[j].key)
}

// arrivalFrom returns the club an arrival told next to the amount at
// words [i, end) took him from ("who arrived from Coventry City for around
// £20m", "arrivé du FC Metz pour 20 millions", "que llegó del Cádiz por",
// "arrivato dal Cagliari per", "der für 20 Millionen vom 1. FC Köln kam"),
// or -1: the fee was paid by the club he came to, not by that one. The
// club stands after a from-word in the amount's clause, within eight
// words of it and with no other club between ("a £17m move to Al-Hilal a
// year after arriving from Napoli" paid no arrival from Napoli). to is the
// club the clause tells him coming to, right after the arrival verb or
// after a destination word behind the club he left ("has joined Chelsea
// from Barcelona", "vom FC Augsburg zum SC Freiburg"), or -1.
func (d *doc) arrivalFrom(s *sent, i, end int) (from, to int) {
	c := s.clauses[i-s.a]
	for _, k := range d.mentionsIn(s.a, s.b) {
		m := &d.cms[k]
		if s.clauses[m.w-s.a] != c || abs(m.w-i) > 8 || !d.fromBefore(m.w) || d.loanNear(s, m) {
			continue
		}
		v := d.cameVerb(s, m)
		if v < 0 || len(d.mentionsIn(min(end, m.end), max(i, m.w))) > 0 {
			continue
		}
		return m.club, d.arrivalTo(s, m, v)
	}
	return -1, -1
}

// arrivalTo returns the club of the clause an arrival verb at word v
// takes him to from the club m: right after the verb ("has joined Chelsea
// from Barcelona"), or after a destination word behind m ("vom FC
// Augsburg zum SC Freiburg"), or -1.
func (d *doc) arrivalTo(s *sent, m *clubMention, v int) int {
	for _, k := range d.mentionsIn(s.a, s.b) {
		o := d.cms[k]
		if o.club == m.club || o.excluded || s.clauses[o.w-s.a] != s.clauses[m.w-s.a] {
			continue
		}
		if o.w > v && o.w-v <= 2 && o.w < m.w && d.articlesOnly(v+1, o.w) {
			return o.club
		}
		if o.w >= m.end && o.w-m.end <= 2 && d.destinationBefore(o.w, m.end-1) {
			return o.club
		}
	}
	return -1
}

// articlesOnly reports whether the words [a, b) are all articles.
func (d *doc) articlesOnly(a, b int) bool {
	for k := a; k < b; k++ {
		if !d.is(wDefinite, d.words[k].key) {
			return false
		}
	}
	return true
}

// ownClubIn returns the club the sentence gives as the player's own other
// than club from ("que llegó del Athletico Paranaense por 30 millones,
// tiene contrato con el Barça"), or -1.
func (d *doc) ownClubIn(s *sent, from int) int {
	for _, k := range d.mentionsIn(s.a, s.b) {
		if m := d.cms[k]; m.attached && !m.excluded && m.club != from {
			return m.club
		}
	}
	return -1
}

// arrivalPayer is the club that paid the fee of his arrival from club
// from: the club the sentence gives him (own), else the club he played for
// before any signing the text tells, else the club a completed signing
// took him to, else the club of the passage he is told coming to (to),
// else none.
func arrivalPayer(own, from, held, done, to int) int {
	for _, k := range []int{own, held, done, to} {
		if k >= 0 && k != from {
			return k
		}
	}
	return -1
}
