package extract

// inApposition reports word i inside the apposition or relative clause
// that follows mention m, set off by a comma right after his name and
// closed by the next comma or clause break: "Mario Rossi, ormai vicino al
// Napoli: ...", "Mario Rossi, che piace al Chelsea, il Napoli ...".
func (d *doc) inApposition(s *sent, m personMention, i int) bool {
	if i < m.end || m.end >= s.b || d.words[m.end].prev&sepComma == 0 || d.subjectAt(m.end) {
		return false
	}
	for k := m.end + 1; k <= i; k++ {
		if d.words[k].sent || d.words[k].prev&(sepComma|clauseBreak) != 0 {
			return false
		}
	}
	return true
}

// subjectAt reports a club, or a pronoun standing for one, opening the
// words at k, maybe after an article: the subject of a main clause after a
// fronted one ("To replace X, Aston Villa have ...", "Per sostituire X, la
// Fiorentina ha ..."), not an apposition ("X, del Chelsea").
func (d *doc) subjectAt(k int) bool {
	if k+1 < len(d.words) && d.is(wDefinite, d.words[k].key) && !d.hasKindAt(k, kOf) {
		k++
	}
	return d.clubAt[k] != 0 || d.is(wClubPronoun, d.words[k].key)
}

// replacedBefore reports a replace word right after mention m that makes
// him the player replaced: "a Mario Rossi successor", "will Mario Rossi
// ersetzen", "um Mario Rossi zu ersetzen" (word set replacednext).
func (d *doc) replacedBefore(m personMention) bool {
	k := m.end
	if d.lang == "de" && k+1 < len(d.words) && d.words[k].key == "zu" && d.words[k].prev&^sepSpaceLike == 0 {
		k++ // "um Mario Rossi zu ersetzen": the infinitive's particle
	}
	return k < len(d.words) && d.words[k].prev&^sepSpaceLike == 0 && !d.words[k].sent && d.is(wReplacedNext, d.words[k].key)
}

// seeksReplacement reports a sentence naming nobody whose deal is about a
// replacement: "Lazio already have a replacement in sight", "Der VfB hat
// bereits Ersatz im Blick". It pursues someone else than the passage's
// player, unless a pronoun or a description brings him in ("see him as
// the successor", "le voit comme le successeur", "the Colombian").
func (d *doc) seeksReplacement(s *sent) bool {
	found := false
	for k := s.a; k < s.b; k++ {
		key := d.words[k].key
		if d.is(wReplace, key) {
			found = true
			continue
		}
		if !found && d.is(wObjPronoun, key) && !d.articleAfter(k) && !(k+1 < s.b && (d.words[k+1].cap || d.clubAt[k+1] != 0)) {
			return false
		}
	}
	if !found {
		return false
	}
	for _, h := range d.hitsIn(s.a, s.b) {
		if h.kind == kPos {
			return false
		}
	}
	return true
}
