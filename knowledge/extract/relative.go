package extract

// inRelative reports whether word i lies in a relative clause set off by
// commas: the segment it is in opens, right after a comma, on a relative
// pronoun of the article's language (the word set relative: "Le PSG, qui
// avait tenté sa chance, observe", "Bayern, der ihn verpflichten wollte").
func (d *doc) inRelative(s *sent, i int) bool {
	k := i
	for k > s.a && d.words[k].prev&(sepComma|clauseBreak) == 0 {
		k--
	}
	if k == s.a || d.words[k].prev&sepComma == 0 {
		return false
	}
	key := d.words[k].key
	if !d.x.lex.every.has(wRelative, key) && d.is(wDefinite, key) && k+1 < s.b && d.words[k+1].prev&^sepSpaceLike == 0 {
		key = d.words[k+1].key // "il cui contratto", "la cuya"
	}
	return d.is(wRelative, key)
}

// commaBetween reports a comma between the mention and word i: in a list
// of moves ("Frattesi close to Inter, Kim towards Bayern") each club goes
// with the player on its side of the comma.
func (d *doc) commaBetween(m personMention, i int) bool {
	a, b := m.end, i
	if i < m.w {
		a, b = i+1, m.w
	}
	for k := a; k <= b && k < len(d.words); k++ {
		if d.words[k].prev&sepComma != 0 {
			return true
		}
	}
	return false
}

// setAside reports a player every mention of whom the sentence sets aside
// ("a swap involving Victor Osimhen", "the replacement for X", "il
// sostituto di X") or names as the player a buyer replaces ("to replace
// X", "per sostituire X"): the club at word club does not pursue him.
func (d *doc) setAside(s *sent, p, club int) bool {
	seen := false
	for _, m := range s.players {
		if m.p != p {
			continue
		}
		// "a replacement for Wesley Fofana, who completed his move to
		// Chelsea": the relative clause after him is about him
		if !d.oblique(m) && !d.replacedAt(m) || club > m.end && d.inRelative(s, club) {
			return false
		}
		// "per sostituire X, ormai vicino al Napoli": his apposition is his
		if d.replacedAt(m) && !d.oblique(m) && d.inApposition(s, m, club) {
			return false
		}
		seen = true
	}
	return seen
}

// inPlaceClause reports whether word i stands in a clause of place set off
// by a comma: the segment it is in opens, right after a comma, on a word
// of the set where ("Fulham, where he played on loan last season, would
// like him back", "Lens, où il a joué", "der SC Freiburg, wo er spielte").
func (d *doc) inPlaceClause(s *sent, i int) bool {
	k := i
	for k > s.a && d.words[k].prev&(sepComma|clauseBreak) == 0 {
		k--
	}
	return k > s.a && d.words[k].prev&sepComma != 0 && d.is(wWhere, d.words[k].key)
}

// reportedAfter returns the word of a reporting verb among the four words
// after past marker h, in its segment ("had reported", "hatten englische
// Medien berichtet", "avait révélé"), or -1: the past is the report's.
func (d *doc) reportedAfter(s *sent, h hit) int {
	for i := h.end; i < s.b && i < h.end+4; i++ {
		if d.words[i].prev&(sepComma|clauseBreak) != 0 || d.clubAt[i] != 0 || d.personAt[i] != 0 {
			return -1
		}
		if d.is(wReported, d.words[i].key) {
			return i
		}
	}
	return -1
}
