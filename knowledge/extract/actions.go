package extract

// What a person does in a deal, which makes him an official rather than
// a player: he leads the negotiations, or he sells.

// leadsTalks reports a mention of a person who leads the negotiations: the
// agent after a leading participle that follows a talks noun ("the
// negotiations, led by X", "la trattativa, condotta da X", "die Gespräche,
// geführt von X"), or the subject of a leading verb a talks noun follows
// ("X personally conducted the negotiations", "X a mené les discussions",
// "X leitete die Verhandlungen"). Players negotiate; they do not lead a
// club's negotiations.
func (d *doc) leadsTalks(m personMention) bool {
	w := m.w
	if w >= 2 && d.words[w].prev&^sepSpaceLike == 0 && d.is(wLeadBy, d.words[w-1].key) && d.is(wLead, d.words[w-2].key) {
		for _, h := range d.hitsIn(max(0, w-7), w-2) {
			if h.kind == kTalks && h.end <= w-2 && !d.sentenceStartIn(h.end, w) {
				return true
			}
		}
	}
	// the subject: a leading verb among the four words after him, then a
	// talks noun among the three after it, in one clause
	for i := m.end; i < len(d.words) && i < m.end+4; i++ {
		if d.words[i].sent || d.words[i].prev&clauseBreak != 0 {
			return false
		}
		if !d.is(wLead, d.words[i].key) {
			continue
		}
		for _, h := range d.hitsIn(i+1, min(len(d.words), i+4)) {
			if h.kind == kTalks && !d.sentenceStartIn(i+1, h.w) {
				return true
			}
		}
	}
	return false
}

// sellsHim reports a mention of a person who wants to sell: a selling
// verb among the three words after him, with a verb between ("X wants to
// sell", "X veut vendre", "X quiere vender", "X vuole vendere", "X will
// vor August verkaufen"). A name right before the selling verb is its
// object ("will Sancho verkaufen"), and a player is sold, he does not sell.
func (d *doc) sellsHim(m personMention) bool {
	for i := m.end + 1; i < len(d.words) && i < m.end+4; i++ {
		if d.words[i].sent || d.words[i].prev&(clauseBreak|sepComma) != 0 || d.personAt[i] != 0 || d.clubAt[i] != 0 {
			return false
		}
		if d.is(wSell, d.words[i].key) {
			return true
		}
	}
	return false
}

// callsOrCoaches reports a mention of a person who phones a player or
// coaches him: a verb of the word set calls among the six words after him
// with an object pronoun before it or right after it, in one clause ("X,
// who has called him personally", "X l'a appelé", "X lo llamó", "X lo ha
// chiamato", "X hat ihn am Sonntag angerufen"; "X, who coached him", "X,
// qui l'a entraîné", "X, der ihn trainiert hat"). Clubs phone and coaches
// coach; players are phoned and coached.
func (d *doc) callsOrCoaches(m personMention) bool {
	pronoun := false
	for i := m.end; i < len(d.words) && i < m.end+6; i++ {
		w := d.words[i]
		if w.sent || w.prev&clauseBreak != 0 || d.personAt[i] != 0 {
			return false
		}
		if d.is(wObjPronoun, w.key) {
			pronoun = true
			continue
		}
		if d.is(wCalls, w.key) {
			return pronoun || i+1 < len(d.words) && d.words[i+1].prev&^sepSpaceLike == 0 && d.is(wObjPronoun, d.words[i+1].key)
		}
	}
	return false
}

// strengthensSquad reports a mention of a person keen to strengthen a
// squad: a verb of the word set reinforce among the four words after him,
// in his clause, with no other name between ("with X keen to add pace to
// his attack", "X voulant renforcer son milieu", "X quiere reforzar la
// defensa", "X vuole rinforzare il centrocampo", "X will die Abwehr
// verstärken"). A coach or a director builds the squad; a player is
// added to it.
func (d *doc) strengthensSquad(m personMention) bool {
	for i := m.end; i < len(d.words) && i < m.end+5; i++ {
		w := d.words[i]
		if w.sent || w.prev&(clauseBreak|sepComma) != 0 || d.personAt[i] != 0 || d.clubAt[i] != 0 {
			return false
		}
		if i > m.end && d.is(wReinforce, w.key) {
			// "add to his tally": not the squad
			return !(i+1 < len(d.words) && d.words[i+1].key == "to")
		}
	}
	return false
}
