package extract

// This file holds a club's pursuit of someone the text does not name:
// "Bournemouth want a striker", "Everton want another midfielder", "Lyon
// surveille un autre attaquant", "el Sevilla sigue a otro delantero", "la
// Juve ha chiesto al Monaco un altro centrale", "der BVB beobachtet einen
// Stürmer". In a sentence that names no player and takes none up, such a
// club is no suitor of the passage's player.

// unnamedTarget reports that the club mention m pursues someone unnamed:
// an indefinite article or an another-word with a player noun at most two
// words after it, within eight words after the club in its clause, in a
// sentence that names no player, describes none with a definite word and
// holds no object pronoun.
func (d *doc) unnamedTarget(s *sent, m clubMention) bool {
	if len(s.players) > 0 {
		return false
	}
	c := s.clauses[m.w-s.a]
	found := false
	for i := m.end; i < s.b && i < m.end+8 && s.clauses[i-s.a] == c && !found; i++ {
		found = d.indefiniteNoun(s, i) >= 0
	}
	if !found {
		return false
	}
	for i := s.a; i < s.b; i++ {
		if d.is(wObjPronoun, d.words[i].key) && !d.words[i].cap {
			return false // "want a striker and are monitoring him"
		}
		if d.hasKindAt(i, kPos) && !d.indefiniteBefore(s, i) {
			return false // "also keen on the striker"
		}
	}
	return true
}

// indefiniteNoun returns the word of a player noun that an indefinite
// article or an another-word at word i opens, at most two words after it
// with no break, club or name between ("a centre-back", "un défenseur
// central", "einen weiteren Innenverteidiger"), or -1.
func (d *doc) indefiniteNoun(s *sent, i int) int {
	if !d.is(wIndefinite, d.words[i].key) && !d.is(wAnother, d.words[i].key) {
		return -1
	}
	for j := i + 1; j < s.b && j <= i+3; j++ {
		if d.words[j].prev&(sepComma|clauseBreak) != 0 || d.clubAt[j] != 0 || d.personAt[j] != 0 {
			return -1
		}
		if d.hasKindAt(j, kPos) {
			return j
		}
	}
	return -1
}

// indefiniteBefore reports that the player noun at word i is one an
// indefinite article or an another-word opens.
func (d *doc) indefiniteBefore(s *sent, i int) bool {
	for k := i - 1; k >= s.a && k >= i-3; k-- {
		if n := d.indefiniteNoun(s, k); n >= 0 && n <= i {
			return true
		}
	}
	return false
}
