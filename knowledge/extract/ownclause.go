package extract

// otherClubsVerb reports a stage hit h of the clause of club mention m
// that tells what another club of that clause does: "Fulham have opened
// talks ..., and Brentford are also keen", "Wolves are monitoring him, and
// Everton have tabled a bid". A club that "and", a comma or "also" opens
// after a stage word of the club before it is the subject of a verb of its
// own; each club keeps its own verb.
func (d *doc) otherClubsVerb(s *sent, m clubMention, h hit) bool {
	c := s.clauses[m.w-s.a]
	for _, k := range d.mentionsIn(s.a, s.b) {
		o := d.cms[k]
		if o.club == m.club || o.attached || o.excluded || s.clauses[o.w-s.a] != c {
			continue
		}
		// m ... o ... h: the verb after o is o's when o opens a subject
		// of its own after m's verb
		if m.end <= o.w && o.end <= h.w && d.opensSubject(s, o.w) && d.stageBetween(s, m.end, o.w) && !d.listedClubAfter(s, o) && d.listedClubBefore(s, o) < 0 {
			return true
		}
		// o ... h ... m: the verb before m is o's when m opens its own
		if head := d.listHead(s, m); o.end <= h.w && h.end <= head.w && d.opensSubject(s, head.w) {
			return true
		}
	}
	return false
}

// opensSubject reports a club mention at word w that "and", a comma or
// "also" sets apart from the words before it, with at most an article and
// an "also" between: ", and Brentford", "e anche il Bologna", ", auch der
// SC Freiburg", "y el Betis".
func (d *doc) opensSubject(s *sent, w int) bool {
	i := w
	for n := 0; n < 2 && i-1 > s.a && d.words[i].prev&^sepSpaceLike == 0; n++ {
		k := d.words[i-1].key
		if !d.is(wDefinite, k) && !d.is(wAlso, k) {
			break
		}
		i--
	}
	if d.words[i].prev&sepComma != 0 {
		return true
	}
	return i-1 > s.a && d.words[i].prev&^sepSpaceLike == 0 && d.is(wAnd, d.words[i-1].key)
}

// stageBetween reports a stage word between words a and b.
func (d *doc) stageBetween(s *sent, a, b int) bool {
	for _, h := range d.hitsIn(a, b) {
		if stageKind(h.kind) && h.end <= b {
			return true
		}
	}
	return false
}

// listedClubAfter reports another club right after club mention o, past a
// comma or "and" and an article: o is one of a list ("le RB Leipzig,
// l'AC Milan et Chelsea ont tous été éconduits") that shares a verb.
func (d *doc) listedClubAfter(s *sent, o clubMention) bool {
	i := o.end
	if i >= s.b {
		return false
	}
	if d.words[i].prev&sepComma == 0 {
		if !d.is(wAnd, d.words[i].key) {
			return false
		}
		i++
	}
	for n := 0; n < 2 && i < s.b && d.clubAt[i] == 0 && d.is(wDefinite, d.words[i].key); n++ {
		i++
	}
	return i < s.b && d.clubAt[i] != 0
}

// clauseHasOtherClub reports a free club mention in clause c of the
// sentence other than club.
func (d *doc) clauseHasOtherClub(s *sent, c, club int) bool {
	for i := s.a; i < s.b; i++ {
		if s.clauses[i-s.a] == c && d.clubAt[i] != 0 {
			if m := d.cms[d.clubAt[i]-1]; !m.attached && !m.excluded && m.club != club {
				return true
			}
		}
	}
	return false
}

// listedClubBefore returns the club mention right before club mention o,
// past a comma or "and" and an article, when o is listed after it
// ("l'AC Milan et Chelsea"); else -1.
func (d *doc) listedClubBefore(s *sent, o clubMention) int {
	i := o.w
	for n := 0; n < 2 && i-1 > s.a && d.words[i].prev&^sepSpaceLike == 0 && d.is(wDefinite, d.words[i-1].key); n++ {
		i--
	}
	if d.words[i].prev&sepComma == 0 {
		if i-1 <= s.a || !d.is(wAnd, d.words[i-1].key) || d.words[i].prev&^sepSpaceLike != 0 {
			return -1
		}
		i--
	}
	if i-1 >= s.a && d.clubAt[i-1] != 0 {
		return int(d.clubAt[i-1]) - 1
	}
	return -1
}

// listHead returns the first club of the list club mention o closes or
// stands in: "le Bayern" of "le Bayern, Barcelone ou encore l'Atlético".
func (d *doc) listHead(s *sent, o clubMention) clubMention {
	for n := 0; n < 8; n++ {
		k := d.listedClubBefore(s, o)
		if k < 0 || d.cms[k].w >= o.w {
			break
		}
		o = d.cms[k]
	}
	return o
}
