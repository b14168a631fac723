package extract

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
		if !d.is(wWe, d.words[k].key) || !d.writtenAsKey(k) {
			continue
		}
		for _, h := range hits {
			if h.w <= k || h.w > k+6 || s.clauses[h.w-s.a] != s.clauses[k-s.a] || h.kind != kInterest && h.kind != kTalks || d.clubBetween(k, h.w) {
				continue
			}
			p := d.playerFor(s, h.w)
			if p < 0 {
				return
			}
			d.link(s, p, clubMention{w: k, end: k + 1, club: d.speaker}, []hit{h}, "speakers-club")
			return
		}
	}
}

// clubBetween reports a club named in words [a, b).
func (d *doc) clubBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if d.clubAt[k] != 0 {
			return true
		}
	}
	return false
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
