package extract

import "strings"

// findSpeaker sets d.speaker, in an interview (an article of question
// lines, see findQuestionLines), to the club of the person it quotes: the
// club a role word names in its first three paragraphs ("le président de
// l'Olympique de Marseille", "El director deportivo del Real Betis", "Il
// direttore sportivo del Bologna").
func (d *doc) findSpeaker() {
	d.speaker = -1
	if d.qlines == nil {
		return
	}
	end, paras := 1, 0 // the first word of the fourth paragraph
	for ; end < len(d.words); end++ {
		if d.words[end].prev&sepPara != 0 {
			if paras++; paras == 3 {
				break
			}
		}
	}
	defer func() {
		if d.speaker < 0 {
			d.speaker = d.bracketedSpeaker()
			d.speakerTag = d.speaker >= 0
		}
	}()
	for _, h := range d.hits {
		if h.w >= end {
			return
		}
		if h.kind != kRole {
			continue
		}
		// the role's club after an of-word, no name between: not
		// "Sportvorstand Markus Krösche über Manchester City"
		for k := h.end; k < len(d.words) && k <= h.end+4 && !d.words[k].sent && d.personAt[k] == 0; k++ {
			if c := d.clubAt[k]; c != 0 {
				if d.kindBefore(k, 1, kOf) {
					d.speaker = d.cms[c-1].club
					return
				}
				break
			}
		}
	}
}

// speakersDeal links the player an interview's answer is about with the
// club of the person it quotes when he tells, as "we", that his club
// follows or talks about him: "Nous avons contacté l'Atlético de
// Madrid", "On suit Jonathan Rowe", "Hemos hablado con el Villarreal por
// Jorge Cuenca", "Wir sind mit Olympique Marseille im Gespräch". (His own
// club, talking to buyers, is dropped as his club when the article
// gives it him.)
func (d *doc) speakersDeal(s *sent, hits []hit) {
	if d.speaker < 0 || d.inQuestionLine(s.a) {
		return
	}
	for k := s.a; k < s.b; k++ {
		if !d.is(wWe, d.words[k].key) || !d.writtenAsKey(k) || d.clubOpensClauseBefore(s, k) {
			continue
		}
		for _, h := range hits {
			other, with := d.clubsBetween(k, h.w)
			if h.w <= k || h.w > k+6+with || s.clauses[h.w-s.a] != s.clauses[k-s.a] || !speakerStage(h.kind) || other || d.negatedBetween(hits, k, h.w) {
				continue
			}
			p := d.playerFor(s, h.w)
			if p < 0 || d.speakerTag && !d.hasOtherClub(p) {
				// a club known only from the title's brackets: its people
				// also talk of their own players ("on est en discussions
				// avec lui"); a player of another club is one they pursue
				return
			}
			d.link(s, p, clubMention{w: k, end: k + 1, club: d.speaker}, []hit{h}, "speakers-club")
			return
		}
	}
}

// bracketedSpeaker returns the club in brackets after the name that opens
// an interview's title ("Frédéric Massart (Stade Rennais) : « ... »"): the
// club of the person it quotes; or -1.
func (d *doc) bracketedSpeaker() int {
	w := d.words
	if len(w) == 0 || d.personAt[0] == 0 {
		return -1
	}
	m := d.pms[d.personAt[0]-1]
	if m.end >= len(w) || w[m.end].prev&sepParen == 0 || !strings.Contains(d.text[w[m.end-1].end:w[m.end].start], "(") {
		return -1
	}
	if c := d.clubAt[m.end]; c != 0 && d.cms[c-1].w == m.end {
		return d.cms[c-1].club
	}
	return -1
}

// hasOtherClub reports a club other than the speaker's that the text gave
// player p as his so far ("Arne Vermeulen, du Club Bruges").
func (d *doc) hasOtherClub(p int) bool {
	for c, v := range d.persons[p].cur {
		if c != d.speaker && v > 0 {
			return true
		}
	}
	return false
}

// clubOpensClauseBefore reports a club named before word k in its
// clause: the subject, and the we-word its object ("L'Inter ne nous a
// jamais fait d'offre").
func (d *doc) clubOpensClauseBefore(s *sent, k int) bool {
	for j := k - 1; j >= s.a && s.clauses[j-s.a] == s.clauses[k-s.a]; j-- {
		if d.clubAt[j] != 0 {
			return true
		}
	}
	return false
}

// negatedBetween reports a negation among hits between words a and b:
// "Nous n'avons jamais travaillé sur ce joueur" tells no pursuit.
func (d *doc) negatedBetween(hits []hit, a, b int) bool {
	for _, h := range hits {
		if h.kind == kNeg && h.w > a && h.w < b {
			return true
		}
	}
	return false
}

// speakerStage reports the kinds of a stage a club's people tell of
// their own pursuit: following a player, talking, bidding or agreeing.
func speakerStage(k kind) bool {
	return k == kInterest || k == kTalks || k == kBid || k == kAdvanced
}

// clubsBetween reports a club named in words [a, b) that is not the one
// a with-word joins to the deal ("Wir sind mit Red Bull Salzburg im
// Austausch": the club dealt with, not the one dealing), and how many
// words the clubs dealt with take.
func (d *doc) clubsBetween(a, b int) (other bool, with int) {
	for k := a; k < b; k++ {
		c := d.clubAt[k]
		if c == 0 || d.cms[c-1].w != k {
			continue
		}
		j := k - 1
		if j > a && d.is(wWithArticle, d.words[j].key) {
			j--
		}
		if j < a || !d.is(wWith, d.words[j].key) {
			return true, with
		}
		with += d.cms[c-1].end - k
	}
	return false, with
}

// inQuestionLine reports word i inside an interview's question line.
func (d *doc) inQuestionLine(i int) bool {
	for _, q := range d.qlines {
		if i >= q.a && i < q.e {
			return true
		}
	}
	return false
}

// speakerLabel reports a mention that labels an interview's answer: it
// opens its line, a colon right after it ("Haller: Wir hatten ...",
// "Dufresne : Le FC Nantes ..."), as another mention of the same person
// does. Who answers tells nothing of a player.
func (d *doc) speakerLabel(m personMention) bool {
	if !d.labelAt(m) {
		return false
	}
	for _, o := range d.pms {
		if o.p == m.p && o.w != m.w && d.labelAt(o) {
			return true
		}
	}
	return false
}

// labelAt reports a mention opening its line with a colon right after it.
func (d *doc) labelAt(m personMention) bool {
	w := d.words
	return (m.w == 0 || w[m.w].prev&(sepNL|sepPara) != 0) && m.end < len(w) && w[m.end].prev&sepColon != 0
}
