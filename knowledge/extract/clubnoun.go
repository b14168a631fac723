package extract

// ofClubNounBefore returns the of-word that opens a club noun phrase
// ending right before the club at word i: "Mario Rossi of Danish side
// Randers", "of Championship outfit Hull City", "del club belga Genk",
// "della squadra danese Randers", "vom dänischen Klub Randers"; or -1. The
// words between are a club noun (clubHeads) and at most three words that
// describe it (its country, its league), with no comma, name or other
// club among them.
func (d *doc) ofClubNounBefore(s *sent, i int) int {
	head := false
	for k := i - 1; k > s.a && k >= i-5; k-- {
		if d.words[k+1].prev&(sepComma|clauseBreak) != 0 || d.personAt[k] != 0 {
			return -1
		}
		if c := d.clubAt[k]; c != 0 && c != d.clubAt[i] {
			return -1
		}
		if l, ok := clubHeads[d.words[k].key]; ok && contains(l, d.lang) {
			head = true
			continue
		}
		if d.hasKindAt(k, kOf) && k < i-1 {
			if head {
				return k
			}
			return -1
		}
		for _, h := range d.hitsIn(k, k+1) {
			if h.kind != kPos {
				return -1 // a deal, stage or role word (a nationality is a description)
			}
		}
		if d.words[k].num {
			return -1
		}
	}
	return -1
}

// clubAndCountry reports a club joined by "and" to one capitalised word
// that is no club, before a position noun: "the Juventus and France
// midfielder", "the Arsenal and England captain".
func (d *doc) clubAndCountry(s *sent, m *clubMention) bool {
	j := m.end
	if j+2 >= s.b || !d.is(wAnd, d.words[j].key) || d.words[j].prev&(sepComma|clauseBreak) != 0 {
		return false
	}
	c := d.words[j+1]
	return c.cap && !c.sent && d.clubAt[j+1] == 0 && d.personAt[j+1] == 0 && c.prev&sepComma == 0 && d.words[j+2].prev&sepComma == 0 && d.hasKindStarting(j+2, kPos)
}
