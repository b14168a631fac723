package extract

// This file holds the rule for the club a deal pays: the club money goes
// to sells the player (or sold him), and is no suitor of his.

// paidClub reports a club the sentence tells money going to, an amount
// named in its clause: "paying Chelsea around £12m", "who paid Benfica
// €127m for him", "a versé 50 millions d'euros aux Eagles", "pagará 60
// millones al Villarreal", "al Torino andranno 41 milioni", "die Fohlen
// kassieren 18 Millionen Euro". Wages are no price: "at Chelsea he will
// receive £200,000 a week" pays him.
func (d *doc) paidClub(s *sent, m *clubMention) bool {
	c := s.clauses[m.w-s.a]
	j := m.w - 1
	if j > s.a && d.is(wWithArticle, d.words[j].key) && !d.words[j].cap {
		j-- // "paying the Blues", "versé aux", "al Torino"
	}
	paid := j >= s.a && d.kindBefore(m.w, m.w-j, kPay)
	if !paid && j > s.a && d.hasKindAt(j, kTo) {
		// a pay verb before the to-word in the clause: "a versé 50 millions aux Eagles"
		for _, h := range d.hitsIn(max(s.a, j-12), j) {
			if h.kind == kPay && s.clauses[h.w-s.a] == c {
				paid = true
				break
			}
		}
	}
	if !paid {
		// a receiving verb right after: "die Fohlen kassieren", "al Torino andranno"
		for _, h := range d.hitsIn(m.end, min(s.b, m.end+3)) {
			if h.kind == kCash && s.clauses[h.w-s.a] == c {
				paid = true
				break
			}
		}
	}
	if !paid {
		return false
	}
	lo, hi := max(s.a, m.w-14), min(s.b, m.end+14)
	for _, h := range d.hitsIn(lo, hi) {
		if h.kind == kWage && s.clauses[h.w-s.a] == c {
			return false
		}
	}
	return d.moneyAfter(lo, hi, hi-lo)
}

// answeringClub credits the club an offer must win over, or whose answer
// the sentence names, right after phrase h: "to convince West Ham", "il
// no dell'Atalanta alla prima offerta", "le oui du LOSC", "convencería a
// los hispalenses", "das Nein des BVB". It sells the player.
func (d *doc) answeringClub(s *sent, h hit) {
	for k := h.end; k < s.b && k < h.end+3; k++ {
		if d.words[k].prev&(sepComma|clauseBreak) != 0 {
			return
		}
		if c := d.clubAt[k]; c != 0 {
			m := &d.cms[c-1]
			if m.excluded {
				return
			}
			m.attached = true
			if p := d.playerFor(s, k); p >= 0 {
				d.addCurAt(p, m, 1.5, "club-that-answers-an-offer")
			}
			return
		}
		if !d.is(wWithArticle, d.words[k].key) && !d.is(wOfArticle, d.words[k].key) {
			return
		}
	}
}
