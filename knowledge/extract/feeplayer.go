package extract

// feePlayer returns the player the figures of a sentence naming no player
// are about when that is not the passage's player: the player named last
// before it in its paragraph who has one of its clubs for his own or for a
// suitor, when none of them is the passage's player's, a suitor of his or
// a club named in a sentence about him ("... in talks with Burnley over Luca
// Bianchi. Burnley want £12m."); else -1. It reads what the sentences
// before told, so it runs before the sentence's own rules.
func (d *doc) feePlayer(s *sent) int {
	if len(s.players) > 0 || d.focus < 0 || d.unit >= 0 || len(d.amountSpans(s)) == 0 {
		return -1
	}
	clubs := d.mentionsIn(s.a, s.b)
	if len(clubs) == 0 || d.linkedTo(d.persons[d.focus], clubs, 2) {
		return -1
	}
	best, bestW := -1, -1
	for _, m := range d.pms {
		if m.w < s.a && m.p != d.focus && m.w > bestW && !d.persons[m.p].nonplayer && !d.paraBetween(m.w, s.a) && d.linkedTo(d.persons[m.p], clubs, 0) {
			best, bestW = m.p, m.w
		}
	}
	return best
}

// linkedTo reports whether one of the club mentions cms is a suitor of
// the person by what the text told so far, a club named in a sentence
// about him (see noteNear), or his club weighing at least weight as his
// (see addCurAt).
func (d *doc) linkedTo(p *person, cms []int, weight float64) bool {
	for _, k := range cms {
		c := d.cms[k].club
		if p.near[c] > 0 || p.cur[c] > 0 && p.cur[c] >= weight {
			return true
		}
		for _, pr := range p.pairs {
			if pr.club == c {
				return true
			}
		}
	}
	return false
}
