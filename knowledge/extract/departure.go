package extract

// This file holds the rules that find a player's own club from his
// leaving it: the club that must cope with, confirms or prepares his
// departure is the one he plays for ("Leverkusen muss den Abgang von
// Jonathan Tah verkraften", "Barça negocia la salida de Kessié", "il Napoli
// prepara la cessione di Osimhen", "Arsenal are open to the sale of").

// destinationAfter reports a club after a destination word within eight
// words after word i, in its clause.
func (d *doc) destinationAfter(s *sent, i int) bool {
	for k := i + 2; k < s.b && k <= i+8; k++ {
		if d.words[k].prev&(sepComma|clauseBreak) != 0 {
			return false
		}
		if d.clubAt[k] != 0 {
			j := k - 1
			if j > i && (d.words[j].key == "l" || d.words[j].key == "la" || d.words[j].key == "le" || d.words[j].key == "el" || d.words[j].key == "den" || d.words[j].key == "the") {
				j--
			}
			return j > i && d.is(wDestination, d.words[j].key)
		}
	}
	return false
}

// departureOf returns the player whose departure the sentence tells at
// word i ("the departure of X", "la salida de X", "der Abgang von X"), or
// -1.
func (d *doc) departureOf(s *sent, i int) int {
	if !d.is(wDeparture, d.words[i].key) && !(d.is(wMoveNoun, d.words[i].key) && d.destinationAfter(s, i)) {
		return -1
	}
	for k := i + 1; k < s.b && k <= i+3; k++ {
		if pa := d.personAt[k]; pa != 0 {
			if p := d.pms[pa-1].p; !d.persons[p].nonplayer && d.is(wDepartureOf, d.words[k-1].key) {
				return p
			}
			return -1
		}
		if d.clubAt[k] != 0 || d.words[k].prev&(sepComma|clauseBreak) != 0 {
			return -1
		}
	}
	return -1
}

// departures gives the player whose departure a sentence tells the club
// named before it in its clause, the club he leaves: not one excluded, not
// one pursuing him in the sentence.
func (d *doc) departures(s *sent) {
	for i := s.a + 1; i < s.b; i++ {
		p := d.departureOf(s, i)
		if p < 0 {
			continue
		}
		c := s.clauses[i-s.a]
		for k := i - 1; k >= s.a && s.clauses[k-s.a] == c; k-- {
			if d.personAt[k] != 0 {
				break
			}
			if cm := d.clubAt[k]; cm != 0 {
				m := &d.cms[cm-1]
				if !m.excluded && !m.ofPlayer && !d.stageBefore(m.w, 3) {
					m.attached = true
					d.addCurAt(p, m, 2, "departure-from")
				}
				break
			}
		}
		// "la salida de Koundé al Chelsea": where he goes, not who sells
		for k := i + 2; k < s.b && k <= i+8; k++ {
			if d.words[k].prev&(sepComma|clauseBreak) != 0 {
				break
			}
			if cm := d.clubAt[k]; cm != 0 {
				d.cms[cm-1].dest = true
				break
			}
		}
	}
}

// andWords join the player and his club as the two parties a buyer deals
// with: "talks with the player and Arsenal", "mit dem Innenverteidiger und
// dem BVB".
var andWords = map[string]bool{"and": true, "et": true, "y": true, "e": true, "und": true}

// withPlayerAnd returns the with-word before "the player and" the club at
// word j+1 (j the word before the club, its article skipped), or -1.
func (d *doc) withPlayerAnd(s *sent, j int) int {
	if j <= s.a || !andWords[d.words[j].key] {
		return -1
	}
	who := false
	for k := j - 1; k > s.a && k >= j-5; k-- {
		if d.words[k].prev&(sepComma|clauseBreak) != 0 && !d.is(wWith, d.words[k].key) {
			return -1
		}
		if d.is(wWith, d.words[k].key) {
			if who {
				return k
			}
			return -1
		}
		switch {
		case d.personAt[k] != 0:
			if d.persons[d.pms[d.personAt[k]-1].p].nonplayer {
				return -1
			}
			who = true
		case d.hasKindAt(k, kPos) || d.hasKindAt(k, kPlayer):
			who = true
		case d.clubAt[k] != 0:
			return -1
		}
	}
	return -1
}

// saidNoTo reports a "no" in the three words before the preposition
// before word i: the club after it is one turned down, never the seller.
func (d *doc) saidNoTo(s *sent, i int) bool {
	for k := i - 2; k >= s.a && k >= i-5; k-- {
		if d.is(wNo, d.words[k].key) && !d.words[k].cap {
			return true
		}
	}
	return false
}

// describedFor returns the player a description of a club's player at
// the start of a sentence is about ("Der Innenverteidiger von RB Leipzig
// gilt als Wunschnachfolger von David Alaba"): the player the passage is
// about, not one named further on, unless he stands right after it as an
// apposition ("Le milieu de l'OM, Mattéo Guendouzi").
func (d *doc) describedFor(s *sent, m *clubMention) int {
	p := d.playerFor(s, m.w)
	if d.focus < 0 || p == d.focus {
		return p
	}
	for _, pm := range s.players {
		if pm.w < m.w || pm.w <= m.end+2 {
			return p
		}
	}
	return d.focus
}

// leftAfter reports a German leave verb closing the clause of the club
// ("der den Rekordmeister ablösefrei verlassen wird", "den BVB im Sommer
// verlässt"): the club he leaves, told verb-last.
func (d *doc) leftAfter(s *sent, m *clubMention) bool {
	// the club is the object: "den Rekordmeister", not "in Richtung FC Bayern"
	if d.lang != "de" || m.w <= s.a || !d.is(wAccusative, d.words[m.w-1].key) {
		return false
	}
	c := s.clauses[m.w-s.a]
	for k := m.end; k < s.b && k <= m.end+3; k++ {
		if d.clubAt[k] != 0 || d.personAt[k] != 0 || s.clauses[k-s.a] != c || d.words[k].prev&sepComma != 0 {
			return false
		}
		if d.hasKindAt(k, kLeave) {
			return true
		}
	}
	return false
}

// playsWhere gives a player his club from a relative clause saying he
// plays there: "der FC Chelsea, wo mit Timo Werner ein alter Bekannter
// spielt", "Chelsea, where Kai Havertz plays", "l'OM, où joue Guendouzi".
// The club is not set aside: it may still pursue someone else.
func (d *doc) playsWhere(s *sent, m *clubMention) {
	w := m.end
	if w >= s.b || !d.is(wWhere, d.words[w].key) || d.words[w].prev&sepComma == 0 {
		return
	}
	p, play, contract := -1, false, false
	for k := w + 1; k < s.b && k <= w+10; k++ {
		if d.words[k].prev&(sepComma|clauseBreak) != 0 {
			break
		}
		if pa := d.personAt[k]; pa != 0 && p < 0 {
			if q := d.pms[pa-1].p; !d.persons[q].nonplayer {
				p = q
			}
		}
		if d.is(wPlay, d.words[k].key) {
			play = true
		}
		if d.hasKindAt(k, kContract) {
			contract = true
		}
	}
	// "Manchester City, where he is under contract until 2027", "el
	// Atlético, donde tiene contrato hasta 2027": a contract there names
	// no one, it is the player the sentence is about
	if p < 0 && contract {
		p = d.playerFor(s, m.w)
	}
	if p >= 0 && (play || contract) {
		d.addCurAt(p, m, 3, "plays-for")
	}
}

// playsAt reports a club a play verb in the present puts him at, its
// subject the player or a relative pronoun: "who plays for Everton", "qui
// joue au FC Nantes", "que juega en el Betis", "che gioca nel Torino",
// "Mario Rossi spielt beim VfL Bochum", and German verb-last "der seit
// 2021 beim VfL Bochum spielt". Not "wants to play for Barcelona" (no
// subject before the verb), nor "played for" (a past form).
func (d *doc) playsAt(s *sent, m *clubMention) bool {
	words := d.words
	j := m.w - 1
	if j > s.a && d.is(wWithArticle, words[j].key) && !words[j].cap {
		j--
	}
	if j <= s.a || !d.is(wPlayPrep, words[j].key) || words[m.w].prev&(sepComma|clauseBreak) != 0 || words[j].prev&(sepComma|clauseBreak) != 0 {
		return false
	}
	if v := j - 1; d.is(wPlay, words[v].key) && v > s.a && d.playSubject(v-1) {
		return true
	}
	// verb last: "der seit 2021 beim VfL Bochum spielt"
	if d.lang != "de" {
		return false
	}
	for k := m.end; k < s.b && k <= m.end+2; k++ {
		if words[k].prev&(sepComma|clauseBreak) != 0 || d.clubAt[k] != 0 {
			return false
		}
		if d.is(wPlay, words[k].key) {
			for i := j - 1; i > s.a && i >= j-5; i-- {
				if words[i].prev&sepComma != 0 {
					return d.is(wRelative, words[i].key)
				}
			}
		}
	}
	return false
}

// playSubject reports a player's name or a relative pronoun at word i,
// the subject of the play verb after it.
func (d *doc) playSubject(i int) bool {
	if d.is(wRelative, d.words[i].key) {
		return true
	}
	pa := d.personAt[i]
	return pa != 0 && !d.persons[d.pms[pa-1].p].nonplayer
}

// ownedPlayer gives the club of a sentence the player it calls its own:
// "el club londinense se resiste a dejar salir a su capitán", "the club
// will not let their captain go", "le club refuse de céder son milieu",
// "la società non vuole privarsi del suo capitano", "der Verein will
// seinen Kapitän nicht abgeben". Sentences telling a pursuit are left
// alone ("Chelsea want to replace their captain with Rice").
func (d *doc) ownedPlayer(s *sent, hits []hit) {
	for _, h := range hits {
		if h.kind >= kInterest && h.kind <= kDone {
			return
		}
	}
	for _, h := range hits {
		if h.kind != kPos || h.w <= s.a || !d.is(wPossessive, d.words[h.w-1].key) {
			continue
		}
		c := -1
		for k := h.w - 2; k >= s.a && k >= h.w-12; k-- {
			if cm := d.clubAt[k]; cm != 0 {
				c = int(cm - 1)
				break
			}
			if d.personAt[k] != 0 {
				break
			}
		}
		if c < 0 || d.cms[c].excluded {
			continue
		}
		if p := d.playerFor(s, h.w); p >= 0 {
			d.addCurAt(p, &d.cms[c], 2, "owned-by")
		}
	}
}

// formerAfter reports an apposition after the club that calls it a former
// one: "Angers, son ancien club", "Reading, his former club", "el Betis,
// su antiguo club", "il Brescia, sua vecchia squadra", "Mainz, sein
// ehemaliger Verein".
func (d *doc) formerAfter(s *sent, m *clubMention) bool {
	if m.end >= s.b || d.words[m.end].prev&sepComma == 0 {
		return false
	}
	for k := m.end; k < s.b && k <= m.end+2; k++ {
		if d.hasKindAt(k, kFormer) || (d.hasKindAt(k, kExcl) || d.hasKindAt(k, kBirthplace)) && !d.is(wNotFormer, d.words[k].key) {
			return true
		}
	}
	return false
}
