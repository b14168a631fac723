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
