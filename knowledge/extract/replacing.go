package extract

// This file holds the rule that finds a player's own club from his being
// replaced: the club that pursues another player to replace him ("To
// replace Mario Rossi, Everton are looking at Luca Verdi", "pour remplacer
// X, le FC Nantes a coché le nom de Y", "per sostituire X, il Napoli pensa
// a Y", "um X zu ersetzen, beobachtet Werder Bremen Y") is the club he
// plays for.

// replacingClub weighs, for every player the sentence tells replaced, the
// club that pursues someone to replace him as his own: the first club of
// the sentence, outside a relative clause, that the sentence links to
// another player or whose clause tells a step of a pursuit; not a club
// that pursues him (the player it pursues may be one the text names
// only by description). With no club named, the club of the passage.
func (d *doc) replacingClub(s *sent) {
	for _, q := range s.players {
		if !d.replacedAt(q) {
			continue
		}
		rq := d.persons[q.p]
		ms := d.mentionsIn(s.a, s.b)
		for _, k := range ms {
			m := d.cms[k]
			// "X, che piace al Chelsea": his suitors, not who replaces him
			if m.attached || m.excluded || d.inRelative(s, m.w) || d.inApposition(s, q, m.w) || rq.pursuedBy(m.club) {
				continue
			}
			if d.linkedHere(s, m.club, q.p) || d.stageInClause(s, m.w) {
				d.addCur(q.p, m.club, 1.5, "club-replacing-him", q.w-3, q.end)
			}
			break
		}
		// "To replace X, they have made an offer for Y"
		if t := d.topicClub(); len(ms) == 0 && t >= 0 && !rq.pursuedBy(t) && d.linkedHere(s, t, q.p) {
			d.addCur(q.p, t, 1.5, "club-replacing-him", q.w-3, q.end)
		}
	}
}

// stageInClause reports a step of a pursuit told in the clause of word i.
func (d *doc) stageInClause(s *sent, i int) bool {
	for _, h := range d.hitsIn(s.a, s.b) {
		if h.kind >= kInterest && h.kind <= kDone && s.clauses[h.w-s.a] == s.clauses[i-s.a] {
			return true
		}
	}
	return false
}

// linkedHere reports a player of the sentence other than p that the
// sentence linked to club.
func (d *doc) linkedHere(s *sent, club, p int) bool {
	for _, pm := range s.players {
		if pm.p == p {
			continue
		}
		for _, pr := range d.persons[pm.p].pairs {
			if pr.at == s.a && pr.club == club {
				return true
			}
		}
	}
	return false
}
