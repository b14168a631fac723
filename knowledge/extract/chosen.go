package extract

// chosenInstead reports a mention of the player a club chose instead of
// the passage's player, who stands before the choice as a pronoun or a
// description: "Chelsea, who also looked at the 27-year-old, opted for
// X", "Le club l'a suivi, puis a opté pour X", "lo siguió, pero se decantó
// por X", "lo aveva seguito, poi ha scelto X", "hatte sich nach ihm
// erkundigt, sich dann aber für X entschieden" (word set choose). The
// pursuit before the choice is the passage's player's.
func (d *doc) chosenInstead(s *sent, m personMention) bool {
	c := d.choiceBefore(s, m)
	if c < 0 {
		return false
	}
	for k := s.a; k < c; k++ {
		if d.personAt[k] != 0 {
			return false // another name before the choice
		}
		if d.hasKindAt(k, kPos) || d.objPronounAt(s, k) {
			return true
		}
	}
	return false
}

// objPronounAt reports an object pronoun at word k, not an article that
// spells the same ("le Bayern", "lo Sporting").
func (d *doc) objPronounAt(s *sent, k int) bool {
	key := d.words[k].key
	if !d.is(wObjPronoun, key) {
		return false
	}
	return !d.is(wDefinite, key) || !d.articleAfter(k) && !(k+1 < s.b && (d.words[k+1].cap || d.clubAt[k+1] != 0))
}

// choiceBefore returns the choose word that takes mention m as its
// object, or -1: "opted for X", "a choisi X", "optó por X", "ha scelto
// X"; German closes the clause on it ("sich für X entschieden") or puts
// it before ("entschied sich jedoch für X").
func (d *doc) choiceBefore(s *sent, m personMention) int {
	k := m.w - 1
	if k <= s.a || d.words[m.w].prev&^sepSpaceLike != 0 {
		return -1
	}
	if d.is(wFor, d.words[k].key) {
		if m.end < s.b && d.words[m.end].prev&^sepSpaceLike == 0 && d.is(wChoose, d.words[m.end].key) {
			return m.end
		}
		k--
	}
	for j := k; j > s.a && j >= k-2; j-- {
		if d.is(wChoose, d.words[j].key) {
			return j
		}
		if d.words[j].prev&^sepSpaceLike != 0 {
			break
		}
	}
	return -1
}

// allChosen reports a sentence whose first player a club chose instead
// of the passage's player and whose others are listed after him with
// "and": "opted for Liam Delap and João Pedro instead".
func (d *doc) allChosen(s *sent) bool {
	if !d.chosenInstead(s, s.players[0]) {
		return false
	}
	for k, m := range s.players[1:] {
		if !d.listedAfter(s, m, s.players[k].p) {
			return false
		}
	}
	return true
}
